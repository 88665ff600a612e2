#include "History.h"

#include "HistoryPrivate.h"
#include "SearchQuery.h"

#include <QRegularExpression>

namespace agentdesk {

QString ftsMatchExpression(const QString& userInput) {
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = userInput.split(whitespace, Qt::SkipEmptyParts);
    QStringList terms;
    for (QString word : words) {
        qsizetype stars = 0;
        while (stars < word.size() && word.at(word.size() - 1 - stars) == QLatin1Char('*'))
            ++stars;
        word.chop(stars);
        const auto searchable =
            std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (searchable == 0)
            continue; // only punctuation: the tokenizer would drop it anyway
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        QString term = QLatin1Char('"') + word + QLatin1Char('"');
        // a prefix must be asked for and long enough: "a*" would merge half the index
        if (stars > 0 && searchable >= minimumPrefixLength)
            term += QLatin1Char('*');
        terms << term;
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> History::search(const QString& query, const SearchFilter& filter) const {
    QList<SearchHit> hits;
    const QString match = ftsMatchExpression(query);
    if (match.isEmpty() || filter.limit <= 0)
        return hits;

    // Message ids grow with createdAt (see HistoryMessages.cpp), so walking the index by rowid
    // descending yields the newest hits first: ORDER BY created_at DESC, id DESC without
    // collecting and sorting every match, and the walk stops at the limit.
    // the words match the text only; a conversation is a token of search_scope (Migrations 4)
    QString expression = QStringLiteral("{text} : (%1)").arg(match);
    if (filter.conversationId != 0)
        expression += QStringLiteral(" AND {search_scope} : \"c%1\"").arg(filter.conversationId);
    QString conditions;
    QVariantList values{expression};
    if (filter.backend) {
        conditions += QStringLiteral(" AND c.backend = ?");
        values << backendKey(*filter.backend);
    }
    values << qMin(filter.limit, 10000);

    QSqlQuery* select = d->prepared(
        QStringLiteral("SELECT m.id, m.conversation_id, c.backend, c.title,"
                       " snippet(messages_fts, 0, char(2), char(3), '\u2026', 16), m.created_at"
                       " FROM messages_fts"
                       " CROSS JOIN messages m ON m.id = messages_fts.rowid"
                       " CROSS JOIN conversations c ON c.id = m.conversation_id"
                       " WHERE messages_fts MATCH ?%1"
                       " ORDER BY messages_fts.rowid DESC LIMIT ?")
            .arg(conditions));
    if (!select)
        return hits;
    StatementScope scope(select);
    for (int i = 0; i < values.size(); ++i)
        select->bindValue(i, values.at(i));
    if (!d->exec(*select, "searching the history"))
        return hits;
    while (select->next()) {
        SearchHit hit;
        hit.messageId = select->value(0).toLongLong();
        hit.conversationId = select->value(1).toLongLong();
        hit.backend = store::backendFromColumn(select->value(2));
        hit.conversationTitle = select->value(3).toString();
        hit.snippet = select->value(4).toString();
        hit.createdAt = store::dateTimeFrom(select->value(5));
        hits << hit;
    }
    return hits;
}

} // namespace agentdesk
