#pragma once

#include "backends/SignIn.h"
#include "store/Types.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace agentdesk {

class Delivery;
class Inbox;
class LiveFollower;
class Poller;
class Transport;
struct ConnectionTestResult;

using ConnectionTestDone = std::function<void(const ConnectionTestResult&)>;

//! What one backend can do, registered once in its own folder (`<service>/<Service>Backend.cpp`)
//! and looked up with backendFor(): the outbox, the inbox and "Test connection" ask the registry
//! instead of switching over Backend. A capability a backend does not have is null.
struct BackendPlugin {
    Backend backend;
    //! Deliver: how the outbox's messages reach the server (one per Outbox).
    std::function<std::unique_ptr<Delivery>()> makeDelivery;
    //! Poll: how an inbox reads the accounts (one per InboxSync and backend).
    std::function<std::unique_ptr<Poller>()> makePoller;
    //! Follow live: a line per account that pushes into `inbox`; null when the backend has none.
    //! Made after makePoller() for the same inbox, so the two may share what they remember.
    std::function<std::unique_ptr<LiveFollower>(Inbox& inbox, Poller& poller)> makeLiveFollower;
    //! Sign in with a password or a personal token; null when the backend takes a token only.
    SignInFunction signIn = nullptr;
    //! Test connection: the cheapest authenticated request, with the given secret; `done` runs
    //! once, later, never after `context` is destroyed (testConnection() checks the rest first).
    void (*testConnection)(Transport& transport, const Account& account, const QString& secret,
                           QObject* context, ConnectionTestDone done,
                           qint64 probeConversationId) = nullptr;
    //! Validate an account: what it lacks before any request can go (nullopt: nothing).
    std::optional<QString> (*accountProblem)(const Account& account) = nullptr;
    //! The server an account without an address talks to (empty: the address is required).
    QUrl defaultServerUrl;
};

//! The backend's registered capabilities.
const BackendPlugin& backendFor(Backend backend);
//! Every registered backend, in the order of the Backend enum.
QList<const BackendPlugin*> allBackends();

} // namespace agentdesk
