#include "ConversationPages.h"

#include "store/History.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

Q_LOGGING_CATEGORY(lcConversationPages, "agentdesk.ui.conversationpages")

using namespace agentdesk;

namespace ConversationPages {

Key keyOf(const Conversation& conversation) {
    Key key;
    key.id = conversation.id;
    if (conversation.lastActivity.isValid())
        key.lastActivityMs = conversation.lastActivity.toMSecsSinceEpoch();
    return key;
}

bool comesBefore(const Key& a, const Key& b) {
    if (a.lastActivityMs != b.lastActivityMs) {
        if (!a.lastActivityMs || !b.lastActivityMs)
            return bool(a.lastActivityMs); // no activity goes last
        return *a.lastActivityMs > *b.lastActivityMs;
    }
    return a.id > b.id;
}

namespace {

//! The ids in list order: after `after`, down to `through`, at most `limit` (-1: all).
QList<qint64> idsInOrder(const History& history, const std::optional<Key>& after,
                         const std::optional<Key>& through, int limit) {
    QStringList where;
    QVariantList values;
    if (after && after->lastActivityMs) {
        where << QStringLiteral("(last_activity < ? OR (last_activity = ? AND id < ?)"
                                " OR last_activity IS NULL)");
        values << *after->lastActivityMs << *after->lastActivityMs << after->id;
    } else if (after) {
        where << QStringLiteral("(last_activity IS NULL AND id < ?)");
        values << after->id;
    }
    if (through && through->lastActivityMs) {
        where << QStringLiteral("(last_activity > ? OR (last_activity = ? AND id >= ?))");
        values << *through->lastActivityMs << *through->lastActivityMs << through->id;
    } else if (through) {
        where << QStringLiteral("(last_activity IS NOT NULL OR id >= ?)");
        values << through->id;
    }
    // History::conversations() orders the same way.
    QString sql = QStringLiteral("SELECT id FROM conversations");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY last_activity DESC NULLS LAST, id DESC LIMIT ?");
    values << limit;

    QList<qint64> result;
    QSqlQuery query(history.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcConversationPages) << "cannot list conversations:" << query.lastError().text();
        return result;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        qCWarning(lcConversationPages) << "cannot list conversations:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

QList<Conversation> conversationsOf(const History& history, const QList<qint64>& ids) {
    QList<Conversation> page;
    page.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto conversation = history.conversation(id))
            page << std::move(*conversation);
    }
    return page;
}

} // namespace

QList<Conversation> after(const History& history, std::optional<Key> after, int limit) {
    if (!history.isOpen() || limit <= 0)
        return {};
    return conversationsOf(history, idsInOrder(history, after, std::nullopt, limit));
}

QList<Conversation> between(const History& history, std::optional<Key> after, const Key& through) {
    if (!history.isOpen())
        return {};
    return conversationsOf(history, idsInOrder(history, after, through, -1));
}

} // namespace ConversationPages
