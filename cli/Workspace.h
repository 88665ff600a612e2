#pragma once

#include "accounts/Credentials.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QProcessEnvironment>

#include <memory>

namespace agentdesk::cli {

class CliContext;

//! A workspace opened from the command line (`--data-dir`): its history, its outbox, and the
//! secrets of its accounts taken from the environment for this run only.
class Workspace {
public:
    explicit Workspace(CliContext& context);
    ~Workspace();

    //! Opens the history under `dataDir`; prints why and returns false when it cannot.
    bool open(const QString& dataDir);

    History& history() { return *m_history; }
    Outbox& outbox() { return *m_outbox; }

    //! The account for this backend and server, created on first use.
    std::optional<Account> account(Backend backend, const QUrl& server, const Account& details);
    //! The conversation with this remote id on the account, created on first use.
    std::optional<Conversation> conversation(const Account& account, const QString& remoteId,
                                             const QString& visitorToken);

    //! Delivers what is queued and waits until it settles (or `patienceMs` of backoff). Prints
    //! each message's outcome; returns Success only when nothing is left queued or failed.
    int deliver(const QList<qint64>& messageIds, int patienceMs);
    //! Delivers everything queued in the workspace.
    int flushAll(int patienceMs);

    //! Puts the environment's secrets on every account of the matching backend.
    void loadSecrets(const QProcessEnvironment& environment);

private:
    int report(const QList<Message>& messages);
    void runFlush(int patienceMs);

    CliContext& m_context;
    std::unique_ptr<History> m_history;
    MemoryCredentials m_credentials;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace agentdesk::cli
