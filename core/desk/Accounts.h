#pragma once

#include "store/Types.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace agentdesk {

class History;
class SecretStore;

//! The agent's backend accounts, each together with its secret: the one place that adds,
//! updates and removes an account, so an account never stays behind without its token being
//! forgotten, and a token is never kept for an account that is gone. The accounts dialog, the
//! command line tool and the demo all go through it.
class Accounts : public QObject {
    Q_OBJECT
public:
    Accounts(History* history, SecretStore* secrets, QObject* parent = nullptr);

    QList<Account> all() const;
    std::optional<Account> account(qint64 id) const;
    //! The first account of `backend` on `server`, if there is one.
    std::optional<Account> find(Backend backend, const QUrl& server) const;

    //! Records a new account and keeps its secret (when given). nullopt and lastError() when the
    //! account could not be written; no secret is kept then.
    std::optional<Account> add(const Account& account, const QString& secret = {});
    //! Saves changed details, and the new secret when one is given (empty: the secret stays).
    bool update(const Account& account, const QString& secret = {});
    //! Removes the account, its conversations and its secret.
    bool remove(qint64 accountId);
    //! The account of `backend` on `server`, added with `details` when there is none yet.
    std::optional<Account> ensure(Backend backend, const QUrl& server, const Account& details);
    //! Keeps a secret for an existing account (a sign-in, the environment of the command line).
    void setSecret(qint64 accountId, const QString& secret);

    SecretStore* secrets() const { return m_secrets; }
    QString lastError() const { return m_lastError; }

signals:
    //! An account was added, changed or removed (by anyone, also the sync).
    void changed();

private:
    History* m_history;
    SecretStore* m_secrets;
    QString m_lastError;
};

} // namespace agentdesk
