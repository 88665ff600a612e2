#include "History.h"

#include "HistoryPrivate.h"

#include <algorithm>
#include <limits>

namespace agentdesk {

// Pages are read by key (createdAt, id) on the index messages_by_time, which holds
// (conversation_id, rowid): ids grow with createdAt (store::firstMessageIdAt), so a key is a
// bound on the id and a page a short walk of that index. The cost of a page does not grow with
// how far back it is, unlike OFFSET.

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

//! The ids of the messages created at key.createdAtMs are [first, first + 256): the returned
//! `first`, for any key (times beyond what a message can carry included).
qint64 firstIdOfKey(const MessageKey& key) {
    return store::firstMessageIdAt(
        std::clamp(key.createdAtMs, -store::maxAbsoluteMs, store::maxAbsoluteMs));
}

//! Messages before `key` in (createdAt, id) order are exactly those with an id below this.
qint64 idsBelow(const MessageKey& key) {
    const qint64 first = firstIdOfKey(key);
    return std::max(first, std::min(key.id, first + store::messageIdsPerMs));
}

//! Messages after `key` in (createdAt, id) order are exactly those with an id from this on.
qint64 idsFrom(const MessageKey& key) {
    const qint64 first = firstIdOfKey(key);
    const qint64 next = key.id == std::numeric_limits<qint64>::max() ? key.id : key.id + 1;
    return std::min(first + store::messageIdsPerMs, std::max(next, first));
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
                                           " AND id < ? ORDER BY id DESC LIMIT ?")
                                .arg(store::messageColumns),
                            {conversationId, idsBelow(*before), limit}, "reading older messages");
    } else {
        page = readMessages(*d,
                            QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ?"
                                           " ORDER BY id DESC LIMIT ?")
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
                                       " AND id >= ? ORDER BY id LIMIT ?")
                            .arg(store::messageColumns),
                        {conversationId, idsFrom(after), limit}, "reading newer messages");
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
