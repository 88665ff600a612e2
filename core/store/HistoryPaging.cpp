#include "History.h"

#include "HistoryPrivate.h"

#include <algorithm>

namespace agentdesk {

// Pages are read by key (createdAt, id) on the index messages_by_time: the cost of a page does
// not grow with how far back it is, unlike OFFSET.

namespace {

QList<Message> readMessages(History::Private& d, const QString& sql, const QVariantList& values,
                            const char* what) {
    QList<Message> result;
    QSqlQuery* select = d.prepared(sql);
    if (!select)
        return result;
    StatementScope scope(select);
    for (int i = 0; i < values.size(); ++i)
        select->bindValue(i, values.at(i));
    if (!d.exec(*select, what))
        return result;
    while (select->next())
        result << store::messageFrom(*select);
    return result;
}

} // namespace

QList<Message> History::messagesBefore(qint64 conversationId, std::optional<MessageKey> before,
                                       int limit) const {
    if (limit <= 0)
        return {};
    QList<Message> page;
    if (before) {
        page = readMessages(*d,
                            QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?"
                                           " AND (created_at, id) < (?, ?)"
                                           " ORDER BY created_at DESC, id DESC LIMIT ?")
                                .arg(store::messageColumns),
                            {conversationId, before->createdAtMs, before->id, limit},
                            "reading older messages");
    } else {
        page = readMessages(*d,
                            QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?"
                                           " ORDER BY created_at DESC, id DESC LIMIT ?")
                                .arg(store::messageColumns),
                            {conversationId, limit}, "reading the latest messages");
    }
    std::reverse(page.begin(), page.end());
    return page;
}

QList<Message> History::messagesAfter(qint64 conversationId, MessageKey after, int limit) const {
    if (limit <= 0)
        return {};
    return readMessages(*d,
                        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?"
                                       " AND (created_at, id) > (?, ?)"
                                       " ORDER BY created_at, id LIMIT ?")
                            .arg(store::messageColumns),
                        {conversationId, after.createdAtMs, after.id, limit},
                        "reading newer messages");
}

qint64 History::messageCount(qint64 conversationId) const {
    QSqlQuery* select =
        d->prepared(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ?"));
    if (!select)
        return 0;
    StatementScope scope(select);
    select->bindValue(0, conversationId);
    if (!d->exec(*select, "counting messages") || !select->next())
        return 0;
    return select->value(0).toLongLong();
}

QList<Message> History::pendingMessages() const {
    return readMessages(*d,
                        QStringLiteral("SELECT %1 FROM messages"
                                       " WHERE state IN ('queued', 'sending')"
                                       " ORDER BY conversation_id, created_at, id")
                            .arg(store::messageColumns),
                        {}, "listing queued messages");
}

QList<Message> History::failedMessages() const {
    return readMessages(*d,
                        QStringLiteral("SELECT %1 FROM messages WHERE state = 'failed'"
                                       " ORDER BY conversation_id, created_at, id")
                            .arg(store::messageColumns),
                        {}, "listing failed messages");
}

} // namespace agentdesk
