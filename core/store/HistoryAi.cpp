#include "History.h"

#include "HistoryPrivate.h"

namespace agentdesk {

std::optional<AiExchange> History::addAiExchange(const AiExchange& exchange) {
    if (exchange.question.trimmed().isEmpty()) {
        d->fail(QStringLiteral("an AI exchange needs a question"));
        return std::nullopt;
    }
    AiExchange stored = exchange;
    if (!stored.askedAt.isValid())
        stored.askedAt = QDateTime::currentDateTimeUtc();
    bool conversationUpdated = false;
    {
        WriteTransaction transaction(*d);
        QSqlQuery* insert = d->prepared(
            QStringLiteral("INSERT INTO ai_exchanges (conversation_id, question, answer,"
                           " ai_conversation_id, asked_at) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery* insertLink = d->prepared(QStringLiteral(
            "INSERT INTO ai_links (exchange_id, position, url, type) VALUES (?, ?, ?, ?)"));
        if (!transaction.isActive() || !insert || !insertLink)
            return std::nullopt;
        insert->bindValue(0, store::idOrNull(stored.conversationId));
        insert->bindValue(1, store::text(stored.question));
        insert->bindValue(2, store::text(stored.answer));
        insert->bindValue(3, store::text(stored.aiConversationId));
        insert->bindValue(4, stored.askedAt.toMSecsSinceEpoch());
        if (!d->exec(*insert, "saving an AI answer")) {
            if (d->lastError.contains(QLatin1String("FOREIGN KEY")))
                d->fail(QStringLiteral("there is no conversation %1").arg(stored.conversationId));
            return std::nullopt;
        }
        stored.id = insert->lastInsertId().toLongLong();
        insert->finish();
        for (int i = 0; i < stored.links.size(); ++i) {
            insertLink->bindValue(0, stored.id);
            insertLink->bindValue(1, i);
            insertLink->bindValue(2, store::text(stored.links.at(i).url));
            insertLink->bindValue(3, store::text(stored.links.at(i).type));
            if (!d->exec(*insertLink, "saving an AI answer's link"))
                return std::nullopt;
        }
        insertLink->finish();
        if (stored.conversationId != 0 && !stored.aiConversationId.isEmpty()) {
            // follow-up questions from this conversation continue the same AI conversation
            QSqlQuery* update =
                d->prepared(QStringLiteral("UPDATE conversations SET ai_conversation_id = ?"
                                           " WHERE id = ? AND ai_conversation_id IS NOT ?"));
            if (!update)
                return std::nullopt;
            update->bindValue(0, store::text(stored.aiConversationId));
            update->bindValue(1, stored.conversationId);
            update->bindValue(2, store::text(stored.aiConversationId));
            if (!d->exec(*update, "keeping the AI conversation"))
                return std::nullopt;
            conversationUpdated = update->numRowsAffected() > 0;
            update->finish();
        }
        if (!transaction.commit())
            return std::nullopt;
    }
    if (conversationUpdated) {
        if (const auto changed = conversation(stored.conversationId))
            emit conversationChanged(*changed);
    }
    return stored;
}

QList<AiExchange> History::aiExchanges(qint64 conversationId) const {
    QList<AiExchange> result;
    QSqlQuery* select = d->prepared(
        QStringLiteral("SELECT id, conversation_id, question, answer, ai_conversation_id,"
                       " asked_at FROM ai_exchanges WHERE conversation_id IS ?"
                       " ORDER BY asked_at, id"));
    QSqlQuery* links = d->prepared(
        QStringLiteral("SELECT l.exchange_id, l.url, l.type FROM ai_links l"
                       " JOIN ai_exchanges e ON e.id = l.exchange_id"
                       " WHERE e.conversation_id IS ? ORDER BY l.exchange_id, l.position"));
    if (!select || !links)
        return result;
    {
        StatementScope scope(select);
        select->bindValue(0, store::idOrNull(conversationId));
        if (!d->exec(*select, "reading AI answers"))
            return result;
        while (select->next()) {
            AiExchange exchange;
            exchange.id = select->value(0).toLongLong();
            exchange.conversationId = select->value(1).toLongLong();
            exchange.question = select->value(2).toString();
            exchange.answer = select->value(3).toString();
            exchange.aiConversationId = select->value(4).toString();
            exchange.askedAt = store::dateTimeFrom(select->value(5));
            result << exchange;
        }
    }
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < result.size(); ++i)
        indexOf.insert(result.at(i).id, i);
    StatementScope scope(links);
    links->bindValue(0, store::idOrNull(conversationId));
    if (!d->exec(*links, "reading AI answers' links"))
        return result;
    while (links->next()) {
        const auto found = indexOf.constFind(links->value(0).toLongLong());
        if (found != indexOf.cend())
            result[*found].links << AiLink{links->value(1).toString(), links->value(2).toString()};
    }
    return result;
}

} // namespace agentdesk
