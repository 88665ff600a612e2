#include "History.h"

#include "HistoryPrivate.h"

namespace agentdesk {

namespace {

const QString accountColumns =
    QStringLiteral("id, backend, server_url, display_name, user_id, username, email, agent_id,"
                   " agent_name");

Account accountFrom(const QSqlQuery& query) {
    Account account;
    account.id = query.value(0).toLongLong();
    account.backend = store::backendFromColumn(query.value(1));
    account.serverUrl = QUrl(query.value(2).toString());
    account.displayName = query.value(3).toString();
    account.userId = query.value(4).toString();
    account.username = query.value(5).toString();
    account.email = query.value(6).toString();
    account.agentId = query.value(7).toString();
    account.agentName = query.value(8).toString();
    return account;
}

void bindAccountFields(QSqlQuery& query, const Account& account) {
    query.bindValue(0, backendKey(account.backend));
    query.bindValue(1, store::text(account.serverUrl.toString()));
    query.bindValue(2, store::text(account.displayName));
    query.bindValue(3, store::text(account.userId));
    query.bindValue(4, store::text(account.username));
    query.bindValue(5, store::text(account.email));
    query.bindValue(6, store::text(account.agentId));
    query.bindValue(7, store::text(account.agentName));
}

} // namespace

std::optional<Account> History::addAccount(const Account& account) {
    QSqlQuery* insert = d->prepared(QStringLiteral(
        "INSERT INTO accounts (backend, server_url, display_name, user_id, username, email,"
        " agent_id, agent_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::nullopt;
    bindAccountFields(*insert, account);
    if (!d->exec(*insert, "adding an account"))
        return std::nullopt;
    Account added = account;
    added.id = insert->lastInsertId().toLongLong();
    insert->finish();
    emit accountsChanged();
    return added;
}

bool History::updateAccount(const Account& account) {
    QSqlQuery* update = d->prepared(QStringLiteral(
        "UPDATE accounts SET backend = ?, server_url = ?, display_name = ?, user_id = ?,"
        " username = ?, email = ?, agent_id = ?, agent_name = ? WHERE id = ?"));
    if (!update)
        return false;
    bindAccountFields(*update, account);
    update->bindValue(8, account.id);
    if (!d->exec(*update, "updating an account"))
        return false;
    const bool found = update->numRowsAffected() > 0;
    update->finish();
    if (!found)
        return d->fail(QStringLiteral("there is no account %1").arg(account.id));
    emit accountsChanged();
    return true;
}

bool History::removeAccount(qint64 accountId) {
    QList<qint64> removedConversations;
    {
        QSqlQuery* select =
            d->prepared(QStringLiteral("SELECT id FROM conversations WHERE account_id = ?"));
        if (!select)
            return false;
        StatementScope scope(select);
        select->bindValue(0, accountId);
        if (!d->exec(*select, "listing an account's conversations"))
            return false;
        while (select->next())
            removedConversations << select->value(0).toLongLong();
    }
    WriteTransaction transaction(*d);
    QSqlQuery* remove = d->prepared(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    if (!transaction.isActive() || !remove)
        return false;
    remove->bindValue(0, accountId);
    // conversations, messages and AI exchanges go with it (ON DELETE CASCADE)
    if (!d->exec(*remove, "removing an account"))
        return false;
    const bool found = remove->numRowsAffected() > 0;
    remove->finish();
    if (!found)
        return d->fail(QStringLiteral("there is no account %1").arg(accountId));
    if (!transaction.commit())
        return false;
    for (qint64 conversationId : std::as_const(removedConversations))
        emit conversationRemoved(conversationId);
    emit accountsChanged();
    return true;
}

QList<Account> History::accounts() const {
    QList<Account> result;
    QSqlQuery* select =
        d->prepared(QStringLiteral("SELECT %1 FROM accounts ORDER BY id").arg(accountColumns));
    if (!select)
        return result;
    StatementScope scope(select);
    if (!d->exec(*select, "listing accounts"))
        return result;
    while (select->next())
        result << accountFrom(*select);
    return result;
}

std::optional<Account> History::account(qint64 accountId) const {
    QSqlQuery* select =
        d->prepared(QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(accountColumns));
    if (!select)
        return std::nullopt;
    StatementScope scope(select);
    select->bindValue(0, accountId);
    if (!d->exec(*select, "reading an account") || !select->next())
        return std::nullopt;
    return accountFrom(*select);
}

} // namespace agentdesk
