#pragma once

#include <QHash>
#include <QString>

namespace agentdesk {

//! Where the secret of an account (access token, auth token, API key) comes from at send time.
//!
//! The desk implements it over the system keychain, the command line tool over environment
//! variables, tests over a map. Secrets never enter the history database or a log.
class Credentials {
public:
    virtual ~Credentials() = default;
    //! The secret for the account, or an empty string when none is known.
    virtual QString secret(qint64 accountId) const = 0;
};

//! Credentials that the desk can also change: where an account's secret is kept when it is
//! added, signed in again or removed (the keychain store, or memory for the demo, the command
//! line tool and tests). Accounts writes through it so an account and its secret change together.
class SecretStore : public Credentials {
public:
    virtual void setSecret(qint64 accountId, const QString& secret) = 0;
    virtual void removeSecret(qint64 accountId) = 0;
};

//! Secrets held in memory only, for the session (and for tests).
class MemoryCredentials : public SecretStore {
public:
    void setSecret(qint64 accountId, const QString& secret) override {
        m_secrets.insert(accountId, secret);
    }
    void removeSecret(qint64 accountId) override { m_secrets.remove(accountId); }
    QString secret(qint64 accountId) const override { return m_secrets.value(accountId); }

private:
    QHash<qint64, QString> m_secrets;
};

} // namespace agentdesk
