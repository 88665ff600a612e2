#include "Accounts.h"

#include "accounts/Credentials.h"
#include "store/History.h"

namespace agentdesk {

Accounts::Accounts(History* history, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_secrets(secrets) {
    connect(history, &History::accountsChanged, this, &Accounts::changed);
}

QList<Account> Accounts::all() const {
    return m_history->accounts();
}

std::optional<Account> Accounts::account(qint64 id) const {
    return m_history->account(id);
}

std::optional<Account> Accounts::find(Backend backend, const QUrl& server) const {
    for (const Account& known : m_history->accounts()) {
        if (known.backend == backend && known.serverUrl == server)
            return known;
    }
    return std::nullopt;
}

std::optional<Account> Accounts::add(const Account& account, const QString& secret) {
    m_lastError.clear();
    auto added = m_history->addAccount(account);
    if (!added) {
        m_lastError = m_history->lastError();
        return std::nullopt;
    }
    if (!secret.isEmpty())
        m_secrets->setSecret(added->id, secret);
    return added;
}

bool Accounts::update(const Account& account, const QString& secret) {
    m_lastError.clear();
    if (!m_history->updateAccount(account)) {
        m_lastError = m_history->lastError();
        return false;
    }
    if (!secret.isEmpty())
        m_secrets->setSecret(account.id, secret);
    return true;
}

bool Accounts::remove(qint64 accountId) {
    m_lastError.clear();
    if (!m_history->removeAccount(accountId)) {
        m_lastError = m_history->lastError();
        return false;
    }
    m_secrets->removeSecret(accountId);
    return true;
}

std::optional<Account> Accounts::ensure(Backend backend, const QUrl& server,
                                        const Account& details) {
    if (auto known = find(backend, server))
        return known;
    Account account = details;
    account.backend = backend;
    account.serverUrl = server;
    if (account.displayName.isEmpty())
        account.displayName =
            backendDisplayName(backend) + QStringLiteral(" (") + server.host() + u')';
    return add(account);
}

void Accounts::setSecret(qint64 accountId, const QString& secret) {
    m_secrets->setSecret(accountId, secret);
}

} // namespace agentdesk
