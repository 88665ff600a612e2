#include "History.h"

#include "HistoryPrivate.h"
#include "SqliteBind.h"

#include <QSqlError>
#include <QSqlResult>

namespace agentdesk {

// Message ids follow the creation time (store::firstMessageIdAt, MessageInserter): ordering by
// id is ordering by (createdAt, insertion order), which lets full-text search walk the FTS index
// newest first (ORDER BY rowid DESC) and stop after `limit` hits instead of sorting every match.
// createdAt is fixed once a message is stored.

std::optional<Message> History::Private::insertMessage(const Message& message) {
    Message stored = message;
    if (stored.conversationId <= 0) {
        fail(QStringLiteral("a message needs a conversation"));
        return std::nullopt;
    }
    if ((stored.state == DeliveryState::Queued || stored.state == DeliveryState::Sending) &&
        stored.clientId.isEmpty()) {
        fail(QStringLiteral("a message to deliver needs a client id"));
        return std::nullopt;
    }
    if (!stored.createdAt.isValid())
        stored.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 ms = stored.createdAt.toMSecsSinceEpoch();
    if (ms <= -store::maxAbsoluteMs || ms >= store::maxAbsoluteMs) {
        fail(QStringLiteral("the message time %1 is out of range")
                 .arg(stored.createdAt.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (!isOpen) {
        fail(QStringLiteral("the history database is not open"));
        return std::nullopt;
    }
    if (!inserter)
        inserter = std::make_unique<MessageInserter>(db());
    MessageInserter::Failure failure;
    stored.id = inserter->insert(stored, ms, &failure);
    if (stored.id == 0) {
        if (failure.text.contains(QLatin1String("FOREIGN KEY")))
            fail(QStringLiteral("there is no conversation %1").arg(stored.conversationId));
        else if (failure.text.contains(QLatin1String("messages.client_id")))
            fail(QStringLiteral("a message with client id %1 already exists").arg(stored.clientId));
        else if (failure.code == 13) // SQLITE_FULL
            fail(QStringLiteral("the disk is full: the message was not saved"));
        else
            fail(QStringLiteral("saving a message failed: %1").arg(failure.text));
        qCWarning(lcHistory).noquote() << lastError;
        return std::nullopt;
    }
    searchIndexPending.push_back(stored.id);
    // what the database holds: whole milliseconds, in UTC (a later one when more than 256
    // messages share a millisecond)
    stored.createdAt = QDateTime::fromMSecsSinceEpoch(store::createdAtMsOf(stored.id), Qt::UTC);
    return stored;
}

bool History::Private::recordActivity(const QList<Message>& inserted) {
    struct Activity {
        int unread = 0;
        const Message* newest = nullptr;
    };
    QHash<qint64, Activity> perConversation;
    for (const Message& message : inserted) {
        Activity& activity = perConversation[message.conversationId];
        if (message.direction == Direction::Incoming)
            ++activity.unread;
        // An entry without text (Rocket.Chat's "chat started") is no last message: neither the
        // preview nor the activity that orders the list.
        if (store::isShownInPreview(message) &&
            (!activity.newest || message.id > activity.newest->id))
            activity.newest = &message;
    }
    QSqlQuery* update = prepared(QStringLiteral(
        "UPDATE conversations SET unread_count = unread_count + ?,"
        " last_message_preview = CASE WHEN last_activity IS NULL OR last_activity <= ?"
        "  THEN ? ELSE last_message_preview END,"
        " last_activity = max(ifnull(last_activity, ?), ?) WHERE id = ?"));
    QSqlQuery* count = prepared(
        QStringLiteral("UPDATE conversations SET unread_count = unread_count + ? WHERE id = ?"));
    if (!update || !count)
        return false;
    for (auto it = perConversation.cbegin(); it != perConversation.cend(); ++it) {
        if (!it->newest) {
            if (it->unread == 0)
                continue;
            count->bindValue(0, it->unread);
            count->bindValue(1, it.key());
            if (!exec(*count, "counting unread messages"))
                return false;
            continue;
        }
        const qint64 ms = it->newest->createdAt.toMSecsSinceEpoch();
        update->bindValue(0, it->unread);
        update->bindValue(1, ms);
        update->bindValue(2, store::text(store::previewOf(it->newest->text)));
        update->bindValue(3, ms);
        update->bindValue(4, ms);
        update->bindValue(5, it.key());
        if (!exec(*update, "updating the conversation's activity"))
            return false;
    }
    update->finish();
    count->finish();
    return true;
}

void History::Private::announceInserted(const QList<Message>& inserted) {
    QList<qint64> order;
    QHash<qint64, QList<Message>> perConversation;
    for (const Message& message : inserted) {
        auto& list = perConversation[message.conversationId];
        if (list.isEmpty())
            order << message.conversationId;
        list << message;
    }
    for (qint64 conversationId : std::as_const(order)) {
        const QList<Message>& messages = perConversation[conversationId];
        emit q->messagesAboutToBeInserted(conversationId, int(messages.size()));
        emit q->messagesInserted(conversationId, messages);
    }
    for (qint64 conversationId : std::as_const(order)) {
        if (const auto conversation = q->conversation(conversationId))
            emit q->conversationChanged(*conversation);
    }
}

std::optional<Message> History::Private::findMessage(const QString& sql,
                                                     const QVariantList& values) {
    QSqlQuery* select = prepared(sql);
    if (!select)
        return std::nullopt;
    StatementScope scope(select);
    for (int i = 0; i < values.size(); ++i)
        select->bindValue(i, values.at(i));
    if (!exec(*select, "reading a message") || !select->next())
        return std::nullopt;
    return store::messageFrom(*select);
}

std::optional<Message> History::addMessage(const Message& message) {
    const QList<Message> added = addMessages({message});
    if (added.isEmpty())
        return std::nullopt;
    return added.first();
}

QList<Message> History::addMessages(const QList<Message>& messages) {
    QList<Message> inserted;
    if (messages.isEmpty())
        return inserted;
    inserted.reserve(messages.size());
    // History from a server or an import (nothing of it still to deliver) is not worth a disk
    // sync per batch; a reply to send is on disk before this returns.
    const bool toDeliver = std::any_of(messages.cbegin(), messages.cend(), [](const Message& m) {
        return m.state == DeliveryState::Queued || m.state == DeliveryState::Sending;
    });
    {
        WriteTransaction transaction(*d, toDeliver ? WriteTransaction::Sync::Full
                                                   : WriteTransaction::Sync::Deferred);
        if (!transaction.isActive())
            return {};
        for (const Message& message : messages) {
            auto stored = d->insertMessage(message);
            if (!stored)
                return {}; // all or nothing: the transaction rolls back
            inserted << *stored;
        }
        if (!d->recordActivity(inserted) || !transaction.commit())
            return {};
    }
    d->announceInserted(inserted);
    return inserted;
}

std::pair<std::optional<Message>, bool> History::mergeRemoteMessage(const Message& message) {
    const QString byRemoteId = QStringLiteral("SELECT %1 FROM messages"
                                              " WHERE conversation_id = ? AND remote_id = ?")
                                   .arg(store::messageColumns);
    const QString byClientId =
        QStringLiteral("SELECT %1 FROM messages WHERE client_id = ?").arg(store::messageColumns);

    // what the server has: a new message, an edit, or the Sent mark of a reply of ours (which,
    // like the outbox's own Sent marks, does not wait for the disk)
    WriteTransaction transaction(*d, WriteTransaction::Sync::Deferred);
    if (!transaction.isActive())
        return {std::nullopt, false};

    if (!message.remoteId.isEmpty()) {
        if (auto known = d->findMessage(byRemoteId, {message.conversationId, message.remoteId})) {
            // already merged; an edit on the server replaces the text
            if (message.text.isEmpty() || message.text == known->text)
                return {known, false};
            known->text = message.text;
            QSqlQuery* update =
                d->prepared(QStringLiteral("UPDATE messages SET text = ? WHERE id = ?"));
            if (!update)
                return {std::nullopt, false};
            update->bindValue(0, store::text(known->text));
            update->bindValue(1, known->id);
            if (!d->exec(*update, "updating an edited message") || !transaction.commit())
                return {std::nullopt, false};
            emit messageChanged(*known);
            return {known, false};
        }
    }

    // The server's copy of our own message: it carries our client id, either as its own id
    // (Rocket.Chat `_id`) or in a field of its own. Confirm the local echo instead of adding.
    for (const QString& candidate : {message.clientId, message.remoteId}) {
        if (candidate.isEmpty())
            continue;
        auto echo = d->findMessage(byClientId, {candidate});
        if (!echo || echo->conversationId != message.conversationId)
            continue;
        if (echo->remoteId.isEmpty())
            echo->remoteId = message.remoteId.isEmpty() ? candidate : message.remoteId;
        if (!echo->sentAt.isValid())
            echo->sentAt = message.sentAt.isValid() ? message.sentAt : message.createdAt;
        echo->state = DeliveryState::Sent;
        echo->lastError.clear();
        echo->nextAttemptAt = QDateTime();
        if (!d->storeMessageUpdate(*echo) || !transaction.commit())
            return {std::nullopt, false};
        auto confirmed = this->message(echo->id);
        if (confirmed)
            emit messageChanged(*confirmed);
        return {confirmed, false};
    }

    Message incoming = message;
    if (!incoming.clientId.isEmpty() && d->findMessage(byClientId, {incoming.clientId}))
        incoming.clientId.clear(); // another conversation's id: keep the message, not the id
    auto stored = d->insertMessage(incoming);
    if (!stored || !d->recordActivity({*stored}) || !transaction.commit())
        return {std::nullopt, false};
    d->announceInserted({*stored});
    return {stored, true};
}

bool History::Private::storeMessageUpdate(const Message& message) {
    QSqlQuery* update = prepared(QStringLiteral(
        "UPDATE messages SET remote_id = ?, author = ?, text = ?, format = ?, sent_at = ?,"
        " state = ?, last_error = ?, next_attempt_at = ?, attempts = ?, batch_id = ?"
        " WHERE id = ?"));
    if (!update)
        return false;
    update->bindValue(0, store::textOrNull(message.remoteId));
    update->bindValue(1, store::text(message.author));
    update->bindValue(2, store::text(message.text));
    update->bindValue(3, store::formatKey(message.format));
    update->bindValue(4, store::msOrNull(message.sentAt));
    update->bindValue(5, deliveryStateKey(message.state));
    update->bindValue(6, store::text(message.lastError));
    update->bindValue(7, store::msOrNull(message.nextAttemptAt));
    update->bindValue(8, message.attempts);
    update->bindValue(9, message.batchId);
    update->bindValue(10, message.id);
    if (!exec(*update, "updating a message"))
        return false;
    const bool found = update->numRowsAffected() > 0;
    update->finish();
    if (!found)
        return fail(QStringLiteral("there is no message %1").arg(message.id));
    return true;
}

bool History::Private::refreshPreview(qint64 conversationId) {
    // the newest message with text (an entry without any is not shown as the last message)
    QList<Message> newest;
    std::optional<MessageKey> before;
    for (;;) {
        const QList<Message> page = q->messagesBefore(conversationId, before, 50);
        const auto shown = std::find_if(page.crbegin(), page.crend(), store::isShownInPreview);
        if (shown != page.crend()) {
            newest = {*shown};
            break;
        }
        if (page.size() < 50)
            break;
        before = MessageKey{page.first().createdAt.toMSecsSinceEpoch(), page.first().id};
    }
    QSqlQuery* update =
        prepared(QStringLiteral("UPDATE conversations SET last_message_preview = ? WHERE id = ?"
                                " AND last_message_preview IS NOT ?"));
    if (!update)
        return false;
    const QVariant preview =
        store::text(newest.isEmpty() ? QString() : store::previewOf(newest.first().text));
    update->bindValue(0, preview);
    update->bindValue(1, conversationId);
    update->bindValue(2, preview);
    if (!exec(*update, "updating the conversation's preview"))
        return false;
    const bool changed = update->numRowsAffected() > 0;
    update->finish();
    if (changed) {
        if (const auto conversation = q->conversation(conversationId))
            emit q->conversationChanged(*conversation);
    }
    return true;
}

bool History::updateMessage(const Message& message) {
    const auto before = this->message(message.id);
    if (!d->storeMessageUpdate(message))
        return false;
    const auto stored = this->message(message.id);
    if (stored)
        emit messageChanged(*stored);
    if (before && stored && before->text != stored->text) // an edited reply
        d->refreshPreview(stored->conversationId);
    return true;
}

namespace {

enum class MarkOutcome { Written, NotMatched, Failed };

//! A text as messageFrom() reads a NOT NULL text column back.
QString notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

//! The row a delivery-state change leaves, as messageFrom() would read it back: the fields the
//! UPDATE wrote and the ones its WHERE clause found equal.
Message asStored(const Message& message) {
    Message stored = message;
    const auto time = [](const QDateTime& t) { return store::dateTimeFrom(store::msOrNull(t)); };
    stored.clientId = message.clientId.isEmpty() ? QString() : message.clientId;
    stored.remoteId = message.remoteId.isEmpty() ? QString() : message.remoteId;
    stored.author = notNull(message.author);
    stored.text = notNull(message.text);
    stored.createdAt = time(message.createdAt);
    stored.sentAt = time(message.sentAt);
    stored.lastError = notNull(message.lastError);
    stored.nextAttemptAt = time(message.nextAttemptAt);
    return stored;
}

//! Writes a delivery-state change: everything updateMessage() writes but the text, when the row
//! still has the message's text and the fields fixed at creation (so the row is asStored()).
//! Leaving the text out also spares the search index, whose trigger fires on any write to the
//! text column. NotMatched when the message is gone or differs (an edit).
const QString kMarkSql = QStringLiteral(
    "UPDATE messages SET remote_id = ?, author = ?, format = ?, sent_at = ?, state = ?,"
    " last_error = ?, next_attempt_at = ?, attempts = ?, batch_id = ?"
    " WHERE id = ? AND text = ? AND conversation_id = ? AND created_at = ? AND direction = ?"
    " AND client_id IS ?");

#ifdef AGENTDESK_SQLITE_DIRECT
//! The same through SQLite directly: Qt Sql costs more than the statement itself (a QVariant per
//! value, a bound-value map), which counts for the 1,000 marks of an import batch.
MarkOutcome markDirectly(History::Private& d, sqlite3_stmt* s, const Message& message) {
    // the QStrings outlive the step (bindings are cleared before this returns)
    const QString format = store::formatKey(message.format);
    const QString state = deliveryStateKey(message.state);
    const QString direction = store::directionKey(message.direction);
    store::bindTextOrNull(s, 1, message.remoteId);
    store::bindText(s, 2, message.author);
    store::bindText(s, 3, format);
    store::bindMsOrNull(s, 4, message.sentAt);
    store::bindText(s, 5, state);
    store::bindText(s, 6, message.lastError);
    store::bindMsOrNull(s, 7, message.nextAttemptAt);
    sqlite3_bind_int(s, 8, message.attempts);
    sqlite3_bind_int64(s, 9, message.batchId);
    sqlite3_bind_int64(s, 10, message.id);
    store::bindText(s, 11, message.text);
    sqlite3_bind_int64(s, 12, message.conversationId);
    store::bindMsOrNull(s, 13, message.createdAt);
    store::bindText(s, 14, direction);
    store::bindTextOrNull(s, 15, message.clientId);
    MarkOutcome outcome = MarkOutcome::Written;
    if (sqlite3_step(s) != SQLITE_DONE) {
        sqlite3* db = sqlite3_db_handle(s);
        const QString reason = QString::fromUtf8(sqlite3_errmsg(db));
        d.fail((sqlite3_extended_errcode(db) & 0xff) == SQLITE_FULL
                   ? QStringLiteral("updating a message failed: the disk is full (%1)").arg(reason)
                   : QStringLiteral("updating a message failed: %1").arg(reason));
        qCWarning(lcHistory).noquote() << d.lastError;
        outcome = MarkOutcome::Failed;
    } else if (sqlite3_changes(sqlite3_db_handle(s)) == 0) {
        outcome = MarkOutcome::NotMatched;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s); // nothing keeps pointing into the message's strings
    return outcome;
}
#endif

MarkOutcome updateUnlessEdited(History::Private& d, const Message& message) {
    QSqlQuery* update = d.prepared(kMarkSql);
    if (!update)
        return MarkOutcome::Failed;
#ifdef AGENTDESK_SQLITE_DIRECT
    // This statement is only ever stepped here, never through Qt.
    const QVariant handle = update->result() ? update->result()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0) {
        if (sqlite3_stmt* statement = *static_cast<sqlite3_stmt* const*>(handle.constData()))
            return markDirectly(d, statement, message);
    }
#endif
    const QVariantList values = {store::textOrNull(message.remoteId),
                                 store::text(message.author),
                                 store::formatKey(message.format),
                                 store::msOrNull(message.sentAt),
                                 deliveryStateKey(message.state),
                                 store::text(message.lastError),
                                 store::msOrNull(message.nextAttemptAt),
                                 message.attempts,
                                 message.batchId,
                                 message.id,
                                 store::text(message.text),
                                 message.conversationId,
                                 store::msOrNull(message.createdAt),
                                 store::directionKey(message.direction),
                                 store::textOrNull(message.clientId)};
    for (int i = 0; i < values.size(); ++i)
        update->bindValue(i, values.at(i));
    if (!d.exec(*update, "updating a message"))
        return MarkOutcome::Failed;
    const bool found = update->numRowsAffected() > 0;
    update->finish();
    return found ? MarkOutcome::Written : MarkOutcome::NotMatched;
}

} // namespace

bool History::updateMessages(const QList<Message>& messages, Durability durability) {
    if (messages.isEmpty())
        return true;
    QList<Message> stored; // as the database holds them now, for messageChanged
    QList<bool> edited;    // the text changed: the conversation's preview may have to follow
    stored.reserve(messages.size());
    edited.reserve(messages.size());
    {
        WriteTransaction transaction(*d, durability == Durability::Deferred
                                             ? WriteTransaction::Sync::Deferred
                                             : WriteTransaction::Sync::Full);
        if (!transaction.isActive())
            return false;
        for (const Message& message : messages) {
            const MarkOutcome outcome = updateUnlessEdited(*d, message);
            if (outcome == MarkOutcome::Failed)
                return false;                      // the transaction rolls back
            if (outcome == MarkOutcome::Written) { // the outbox's marks
                stored << asStored(message);
                edited << false;
                continue;
            }
            const auto before = this->message(message.id); // an edit, or a missing message
            if (!d->storeMessageUpdate(message))
                return false; // the transaction rolls back
            const auto after = this->message(message.id);
            if (!after)
                return d->fail(QStringLiteral("there is no message %1").arg(message.id));
            stored << *after;
            edited << (before && before->text != message.text);
        }
        if (!transaction.commit())
            return false;
    }
    for (qsizetype i = 0; i < stored.size(); ++i) {
        emit messageChanged(stored.at(i));
        if (edited.at(i))
            d->refreshPreview(stored.at(i).conversationId);
    }
    return true;
}

bool History::removeMessage(qint64 messageId) {
    const auto existing = message(messageId);
    if (!existing)
        return d->fail(QStringLiteral("there is no message %1").arg(messageId));
    QSqlQuery* remove = d->prepared(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    if (!remove)
        return false;
    remove->bindValue(0, messageId);
    if (!d->exec(*remove, "removing a message"))
        return false;
    remove->finish();
    emit messageRemoved(existing->conversationId, messageId);
    d->refreshPreview(existing->conversationId); // a discarded reply leaves the list too
    return true;
}

std::optional<Message> History::message(qint64 messageId) const {
    return d->findMessage(
        QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(store::messageColumns),
        {messageId});
}

std::optional<Message> History::messageByClientId(const QString& clientId) const {
    if (clientId.isEmpty())
        return std::nullopt;
    return d->findMessage(
        QStringLiteral("SELECT %1 FROM messages WHERE client_id = ?").arg(store::messageColumns),
        {clientId});
}

} // namespace agentdesk
