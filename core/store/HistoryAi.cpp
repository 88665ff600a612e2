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
    // the exchange is kept even when this fails: the next sync round removes the copy then
    removeAiConversationCopies(stored.aiConversationId);
    return stored;
}

bool History::isAiConversation(const QString& remoteId) const {
    if (remoteId.isEmpty())
        return false;
    QSqlQuery* select = d->prepared(
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM ai_exchanges"
                       " WHERE ai_conversation_id = ?) OR EXISTS (SELECT 1 FROM conversations"
                       " WHERE ai_conversation_id = ?)"));
    if (!select)
        return false;
    StatementScope scope(select);
    select->bindValue(0, remoteId);
    select->bindValue(1, remoteId);
    return d->exec(*select, "recognising the AI colleague's conversation") && select->next();
}

bool History::removeAiConversationCopies(const QString& aiConversationId) {
    if (aiConversationId.isEmpty())
        return true;
    // Only what the sync alone made: no reply of the agent's and no AI question asked from it.
    QSqlQuery* select = d->prepared(QStringLiteral(
        "SELECT c.id FROM conversations c WHERE c.backend = ? AND c.remote_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
        "  AND m.direction = ?)"
        " AND NOT EXISTS (SELECT 1 FROM ai_exchanges e WHERE e.conversation_id = c.id)"));
    if (!select)
        return false;
    QList<qint64> copies;
    {
        StatementScope scope(select);
        select->bindValue(0, backendKey(Backend::LiveChatAI));
        select->bindValue(1, aiConversationId);
        select->bindValue(2, store::directionKey(Direction::Outgoing));
        if (!d->exec(*select, "finding copies of the AI colleague's conversation"))
            return false;
        while (select->next())
            copies << select->value(0).toLongLong();
    }
    if (copies.isEmpty())
        return true;
    {
        WriteTransaction transaction(*d);
        QSqlQuery* remove = d->prepared(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
        if (!transaction.isActive() || !remove)
            return false;
        for (qint64 id : std::as_const(copies)) {
            remove->bindValue(0, id);
            if (!d->exec(*remove, "removing a copy of the AI colleague's conversation"))
                return false;
        }
        remove->finish();
        if (!transaction.commit())
            return false;
    }
    for (qint64 id : std::as_const(copies))
        emit conversationRemoved(id);
    return true;
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
