#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace agentdesk {

//! The right to deliver a workspace's outbox, held by one process at a time: the desk window
//! for as long as it runs, or an agentdesk-cli command while it flushes or sends.
//!
//! Two processes delivering the same queued rows would send them twice (SocialBoards has no
//! idempotency key), or mark a reply failed that the other process delivered. Every process may
//! still queue replies (the history is SQLite WAL, shared safely); only the holder sends them,
//! including those queued by others. It is a QLockFile in the workspace: a holder that was
//! killed leaves a lock whose process no longer runs, which the next process takes over.
class DeliveryLock {
public:
    explicit DeliveryLock(const QString& dataDir);
    ~DeliveryLock();
    DeliveryLock(const DeliveryLock&) = delete;
    DeliveryLock& operator=(const DeliveryLock&) = delete;

    //! The lock file inside a workspace folder.
    static QString path(const QString& dataDir);

    //! Takes the lock if no other running process holds it; true when this process holds it.
    bool tryTake();
    bool isHeld() const;
    //! Lets another process take over (done by the destructor too).
    void release();
    //! Who holds it, in the agent's words ("agentdesk-cli, pid 1234"); empty when nobody
    //! does or it cannot be read.
    QString holder() const;

private:
    std::unique_ptr<QLockFile> m_file;
};

} // namespace agentdesk
