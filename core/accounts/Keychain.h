#pragma once

#include <QString>

#include <functional>

class QObject;

namespace agentdesk {

//! A place that keeps secrets outside the history database: the system keychain in the desk,
//! a stand-in in tests.
//!
//! Calls are asynchronous because the system keychain may ask the agent to unlock it; the
//! callback runs exactly once on the caller's thread, and never after `context` is destroyed.
class Keychain {
public:
    enum class Status {
        Ok,          //!< done (a read found the secret)
        NotFound,    //!< the keychain works but has no entry for that key
        Unavailable, //!< there is no usable keychain (no secret service, access denied, ...)
    };
    using Done = std::function<void(Status status, const QString& secret, const QString& error)>;

    virtual ~Keychain() = default;
    virtual void read(const QString& key, QObject* context, Done done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, Done done) = 0;
    virtual void remove(const QString& key, QObject* context, Done done) = 0;
};

} // namespace agentdesk
