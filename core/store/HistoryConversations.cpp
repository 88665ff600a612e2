#include "History.h"

#include "HistoryPrivate.h"

namespace agentdesk {

namespace {

const QString conversationColumns = QStringLiteral(
    "id, account_id, backend, remote_id, visitor_token, title, visitor_name, visitor_email,"
    " last_activity, last_message_preview, unread_count, open, ai_conversation_id, draft");

Conversation conversationFrom(const QSqlQuery& query) {
    Conversation conversation;
    conversation.id = query.value(0).toLongLong();
    conversation.accountId = query.value(1).toLongLong();
    conversation.backend = store::backendFromColumn(query.value(2));
    conversation.remoteId = query.value(3).toString();
    conversation.visitorToken = query.value(4).toString();
    conversation.title = query.value(5).toString();
    conversation.visitorName = query.value(6).toString();
    conversation.visitorEmail = query.value(7).toString();
    conversation.lastActivity = store::dateTimeFrom(query.value(8));
    conversation.lastMessagePreview = query.value(9).toString();
    conversation.unreadCount = query.value(10).toInt();
    conversation.open = query.value(11).toBool();
    conversation.aiConversationId = query.value(12).toString();
    conversation.draft = query.value(13).toString();
    return conversation;
}

//! Binds every column but id, in conversationColumns order, from position 0.
void bindConversationFields(QSqlQuery& query, const Conversation& conversation) {
    query.bindValue(0, store::idOrNull(conversation.accountId));
    query.bindValue(1, backendKey(conversation.backend));
    query.bindValue(2, store::text(conversation.remoteId));
    query.bindValue(3, store::text(conversation.visitorToken));
    query.bindValue(4, store::text(conversation.title));
    query.bindValue(5, store::text(conversation.visitorName));
    query.bindValue(6, store::text(conversation.visitorEmail));
    query.bindValue(7, store::msOrNull(conversation.lastActivity));
    query.bindValue(8, store::text(conversation.lastMessagePreview));
    query.bindValue(9, conversation.unreadCount);
    query.bindValue(10, conversation.open);
    query.bindValue(11, store::text(conversation.aiConversationId));
    query.bindValue(12, store::text(conversation.draft));
}

} // namespace

std::optional<Conversation> History::upsertConversation(const Conversation& conversation) {
    WriteTransaction transaction(*d);
    if (!transaction.isActive())
        return std::nullopt;
    std::optional<Conversation> existing;
    if (!conversation.remoteId.isEmpty())
        existing = conversationByRemoteId(conversation.accountId, conversation.remoteId);

    Conversation stored = conversation;
    if (existing) {
        // What the server says replaces the descriptive fields; what only the desk knows
        // (unread count, draft, the AI conversation) is kept.
        stored.id = existing->id;
        stored.unreadCount = existing->unreadCount;
        stored.draft = existing->draft;
        if (stored.aiConversationId.isEmpty())
            stored.aiConversationId = existing->aiConversationId;
        if (!stored.lastActivity.isValid() ||
            (existing->lastActivity.isValid() && existing->lastActivity >= stored.lastActivity)) {
            stored.lastActivity = existing->lastActivity;
            stored.lastMessagePreview = existing->lastMessagePreview;
        }
        QSqlQuery* update = d->prepared(QStringLiteral(
            "UPDATE conversations SET account_id = ?, backend = ?, remote_id = ?,"
            " visitor_token = ?, title = ?, visitor_name = ?, visitor_email = ?,"
            " last_activity = ?, last_message_preview = ?, unread_count = ?, open = ?,"
            " ai_conversation_id = ?, draft = ? WHERE id = ?"));
        if (!update)
            return std::nullopt;
        bindConversationFields(*update, stored);
        update->bindValue(13, stored.id);
        if (!d->exec(*update, "updating a conversation"))
            return std::nullopt;
        update->finish();
    } else {
        QSqlQuery* insert = d->prepared(QStringLiteral(
            "INSERT INTO conversations (account_id, backend, remote_id, visitor_token, title,"
            " visitor_name, visitor_email, last_activity, last_message_preview, unread_count,"
            " open, ai_conversation_id, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return std::nullopt;
        bindConversationFields(*insert, stored);
        if (!d->exec(*insert, "adding a conversation"))
            return std::nullopt;
        stored.id = insert->lastInsertId().toLongLong();
        insert->finish();
    }
    if (!transaction.commit())
        return std::nullopt;
    if (existing) {
        if (conversation.title != existing->title ||
            stored.lastActivity != existing->lastActivity || stored.open != existing->open ||
            stored.visitorName != existing->visitorName ||
            stored.visitorEmail != existing->visitorEmail ||
            stored.visitorToken != existing->visitorToken ||
            stored.aiConversationId != existing->aiConversationId ||
            stored.backend != existing->backend)
            emit conversationChanged(stored);
    } else {
        emit conversationInserted(stored);
    }
    return stored;
}

bool History::updateConversation(const Conversation& conversation) {
    QSqlQuery* update = d->prepared(
        QStringLiteral("UPDATE conversations SET account_id = ?, backend = ?, remote_id = ?,"
                       " visitor_token = ?, title = ?, visitor_name = ?, visitor_email = ?,"
                       " last_activity = ?, last_message_preview = ?, unread_count = ?, open = ?,"
                       " ai_conversation_id = ?, draft = ? WHERE id = ?"));
    if (!update)
        return false;
    bindConversationFields(*update, conversation);
    update->bindValue(13, conversation.id);
    if (!d->exec(*update, "updating a conversation"))
        return false;
    const bool found = update->numRowsAffected() > 0;
    update->finish();
    if (!found)
        return d->fail(QStringLiteral("there is no conversation %1").arg(conversation.id));
    emit conversationChanged(conversation);
    return true;
}

std::optional<Conversation> History::conversation(qint64 conversationId) const {
    QSqlQuery* select = d->prepared(
        QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(conversationColumns));
    if (!select)
        return std::nullopt;
    StatementScope scope(select);
    select->bindValue(0, conversationId);
    if (!d->exec(*select, "reading a conversation") || !select->next())
        return std::nullopt;
    return conversationFrom(*select);
}

std::optional<Conversation> History::conversationByRemoteId(qint64 accountId,
                                                            const QString& remoteId) const {
    if (remoteId.isEmpty())
        return std::nullopt;
    QSqlQuery* select = d->prepared(QStringLiteral("SELECT %1 FROM conversations"
                                                   " WHERE ifnull(account_id, 0) = ?"
                                                   " AND remote_id = ? AND remote_id <> ''")
                                        .arg(conversationColumns));
    if (!select)
        return std::nullopt;
    StatementScope scope(select);
    select->bindValue(0, accountId);
    select->bindValue(1, remoteId);
    if (!d->exec(*select, "finding a conversation") || !select->next())
        return std::nullopt;
    return conversationFrom(*select);
}

QList<Conversation> History::conversations() const {
    QList<Conversation> result;
    QSqlQuery* select = d->prepared(
        QStringLiteral(
            "SELECT %1 FROM conversations ORDER BY last_activity DESC NULLS LAST, id DESC")
            .arg(conversationColumns));
    if (!select)
        return result;
    StatementScope scope(select);
    if (!d->exec(*select, "listing conversations"))
        return result;
    while (select->next())
        result << conversationFrom(*select);
    return result;
}

QList<Conversation> History::conversationsAfter(const std::optional<ConversationKey>& after,
                                                int limit) const {
    if (limit <= 0)
        return {};
    return d->conversationsInOrder(after, std::nullopt, limit);
}

QList<Conversation> History::conversationsThrough(const std::optional<ConversationKey>& after,
                                                  const ConversationKey& through) const {
    return d->conversationsInOrder(after, through, -1);
}

QList<Conversation>
History::Private::conversationsInOrder(const std::optional<ConversationKey>& after,
                                       const std::optional<ConversationKey>& through, int limit) {
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
    // conversations() orders the same way; conversations_by_activity serves this order.
    QString sql = QStringLiteral("SELECT %1 FROM conversations").arg(conversationColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY last_activity DESC NULLS LAST, id DESC LIMIT ?");
    values << limit;

    QList<Conversation> result;
    QSqlQuery* select = prepared(sql);
    if (!select)
        return result;
    StatementScope scope(select);
    for (int i = 0; i < values.size(); ++i)
        select->bindValue(i, values.at(i));
    if (!exec(*select, "listing conversations by key"))
        return result;
    while (select->next())
        result << conversationFrom(*select);
    return result;
}

namespace {

//! Runs a one-column update of a conversation; emits conversationChanged when a row changed.
bool updateColumn(History* history, History::Private& d, const QString& sql, const QVariant& value,
                  qint64 conversationId, const char* what) {
    QSqlQuery* update = d.prepared(sql);
    if (!update)
        return false;
    const QVariant bound =
        value.typeId() == QMetaType::QString ? store::text(value.toString()) : value;
    update->bindValue(0, bound);
    update->bindValue(1, conversationId);
    update->bindValue(2, bound);
    if (!d.exec(*update, what))
        return false;
    const bool changed = update->numRowsAffected() > 0;
    update->finish();
    if (changed) {
        if (const auto conversation = history->conversation(conversationId))
            emit history->conversationChanged(*conversation);
        return true;
    }
    if (!history->conversation(conversationId))
        return d.fail(QStringLiteral("there is no conversation %1").arg(conversationId));
    return true; // nothing to change
}

} // namespace

bool History::markRead(qint64 conversationId) {
    return updateColumn(this, *d,
                        QStringLiteral("UPDATE conversations SET unread_count = ?"
                                       " WHERE id = ? AND unread_count IS NOT ?"),
                        0, conversationId, "marking a conversation read");
}

bool History::setUnreadCount(qint64 conversationId, int unreadCount) {
    return updateColumn(this, *d,
                        QStringLiteral("UPDATE conversations SET unread_count = ?"
                                       " WHERE id = ? AND unread_count IS NOT ?"),
                        std::max(0, unreadCount), conversationId, "counting unread messages");
}

bool History::setDraft(qint64 conversationId, const QString& draft) {
    return updateColumn(this, *d,
                        QStringLiteral("UPDATE conversations SET draft = ?"
                                       " WHERE id = ? AND draft IS NOT ?"),
                        draft, conversationId, "saving a draft");
}

bool History::setAiConversationId(qint64 conversationId, const QString& aiConversationId) {
    return updateColumn(this, *d,
                        QStringLiteral("UPDATE conversations SET ai_conversation_id = ?"
                                       " WHERE id = ? AND ai_conversation_id IS NOT ?"),
                        aiConversationId, conversationId, "keeping the AI conversation") &&
           removeAiConversationCopies(aiConversationId);
}

} // namespace agentdesk
