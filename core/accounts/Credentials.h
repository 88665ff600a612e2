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

//! Secrets held in memory only, for the session (and for tests).
class MemoryCredentials : public Credentials {
public:
    void setSecret(qint64 accountId, const QString& secret) { m_secrets.insert(accountId, secret); }
    void removeSecret(qint64 accountId) { m_secrets.remove(accountId); }
    QString secret(qint64 accountId) const override { return m_secrets.value(accountId); }

private:
    QHash<qint64, QString> m_secrets;
};

} // namespace agentdesk
