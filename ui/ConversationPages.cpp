#include "ConversationPages.h"

#include "store/History.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

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

QList<Conversation> after(const History& history, std::optional<Key> after, int limit) {
    QList<Conversation> page;
    if (!history.isOpen() || limit <= 0)
        return page;
    // History::conversations() orders the same way.
    const QString order =
        QStringLiteral(" ORDER BY last_activity DESC NULLS LAST, id DESC LIMIT ?");
    QString where;
    if (after && after->lastActivityMs)
        where = QStringLiteral(" WHERE last_activity < ? OR (last_activity = ? AND id < ?)"
                               " OR last_activity IS NULL");
    else if (after)
        where = QStringLiteral(" WHERE last_activity IS NULL AND id < ?");
    QSqlQuery query(history.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id FROM conversations") + where + order)) {
        qCWarning(lcConversationPages) << "cannot list conversations:" << query.lastError().text();
        return page;
    }
    int position = 0;
    if (after && after->lastActivityMs) {
        query.bindValue(position++, *after->lastActivityMs);
        query.bindValue(position++, *after->lastActivityMs);
    }
    if (after)
        query.bindValue(position++, after->id);
    query.bindValue(position, limit);
    if (!query.exec()) {
        qCWarning(lcConversationPages) << "cannot list conversations:" << query.lastError().text();
        return page;
    }
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    page.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (auto conversation = history.conversation(id))
            page << std::move(*conversation);
    }
    return page;
}

} // namespace ConversationPages
