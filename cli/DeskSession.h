#pragma once

#include "desk/Desk.h"
#include "store/Types.h"

#include <QProcessEnvironment>

#include <optional>

namespace agentdesk {
class History;
class Outbox;
} // namespace agentdesk

namespace agentdesk::cli {

class CliContext;

//! The core Desk as one command uses it (`--data-dir`): opened with its secrets in memory and
//! taken from the environment for this run only, its problems and a salvage told on stderr,
//! its outbox flushed and each message's outcome printed.
class DeskSession {
public:
    explicit DeskSession(CliContext& context);

    //! Opens the workspace under `dataDir`; prints why and returns false when it cannot.
    //! `onlyReads`: the command writes nothing, so a workspace it cannot write (a read-only
    //! folder) is opened read-only instead of refused.
    bool open(const QString& dataDir, bool onlyReads = false);

    Desk& desk() { return m_desk; }
    History& history();
    Outbox& outbox();

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
    //! Flushes the outbox here, or waits for the process that delivers it; false (and why, on
    //! stderr) when that other process kept it.
    bool flush(const QList<qint64>& messageIds, int patienceMs);
    int report(const QList<Message>& messages);

    CliContext& m_context;
    Desk m_desk;
};

} // namespace agentdesk::cli
