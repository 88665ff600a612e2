#pragma once

#include "Outbox.h"
#include "backends/Delivery.h"
#include "net/Backoff.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace agentdesk {

class Credentials;
class DeliveryLock;
class History;
class Transport;

//! The outbox's state: one lane per conversation holding its undelivered messages in the order
//! typed, at most one request in flight per lane.
class Outbox::Private {
public:
    //! One conversation's messages not yet Sent (Queued, Sending, Failed), in the order typed.
    struct Lane {
        QList<Message> queue;
        QSet<qint64> inFlight; //!< ids of the messages of the current request or lookup
        int failures = 0;      //!< transient failures in a row, for the backoff
        bool flushNow = false; //!< flush(): try now even if the next try is later
    };

    //! A request whose parts are marked Sending here but not yet in the history: commit()
    //! records the marks of every request due in this turn of the event loop together (one
    //! transaction, at most one disk sync), then sends them.
    struct Outgoing {
        qint64 conversationId = 0;
        DeliveryTarget target;
        QList<Message> parts;
        bool synced = true; //!< its Sending marks must be on disk first (Delivery::deduplicates)
    };

    //! What the next request of a conversation would be: where it goes, through which delivery
    //! and how many of the waiting messages it takes, or why it cannot leave (`refusal`; without
    //! a delivery only the head is refused, else all `size` parts).
    struct Plan {
        DeliveryTarget target;
        Delivery* delivery = nullptr;
        int size = 0;
        QString refusal;
    };

    Private(Outbox* owner, History* history, Transport* transport, const Credentials* credentials);

    Outbox* q;
    History* history;
    Transport* transport;
    const Credentials* credentials;
    Clock clock = systemClock();
    Backoff backoff;
    std::map<Backend, std::unique_ptr<Delivery>> deliveries;
    std::map<qint64, Lane> lanes; //!< by conversation id
    QTimer wake;
    QString lastError;
    bool loaded = false;
    bool started = false;
    bool wasIdle = true;
    bool flushing = false;
    QDateTime flushDeadline;
    //! Each conversation's row and its account's while sending goes on, so neither a flush nor
    //! a reply reads them for every message; pumpAll() starts afresh, conversationChanged
    //! brings a conversation up to date, accountsChanged and conversationRemoved drop them.
    mutable std::map<qint64, std::pair<Conversation, std::optional<Account>>> addresses;
    QList<Outgoing> outgoing;     //!< requests waiting for commit()
    QList<Message> confirmed;     //!< Sent marks waiting for commit()
    bool commitPosted = false;    //!< commit() is due in this turn of the event loop
    DeliveryLock* lock = nullptr; //!< the workspace's; none: this outbox always delivers
    QTimer watch;                 //!< tries the lock, looks for other processes' writes
    qint64 seenVersion = -1;      //!< the history's data_version at the last rescan()
    bool rescanDue = false;       //!< the last rescan() left a lane in flight alone
    bool heldElsewhere = false;   //!< deliveryHeldElsewhere() was said, takeover not yet

    // Outbox.cpp: bookkeeping
    bool ensureLoaded();
    Lane* laneOf(qint64 messageId, Message** message);
    //! Writes `message` to the history, then to its lane, then announces it.
    bool store(const Message& message);
    void removeFromLane(qint64 conversationId, qint64 messageId);
    //! Forgets the conversation, or one message of it, in what waits for commit().
    void forgetUncommitted(qint64 conversationId, std::optional<qint64> messageId = {});
    qint64 newBatchId(BatchKind kind) const;

    // OutboxFollowing.cpp: one process delivers, the others' writes are followed
    //! True when this process may send (holds the lock or has none).
    bool delivering() const;
    //! Takes the lock if nobody else holds it (then rescan()s); tells when it cannot.
    bool takeDelivery();
    //! Every watch tick: the lock, when another holds it; what others wrote, when changed.
    void follow();
    //! Brings the lanes up to date with the history, where another process queued, retried,
    //! edited, discarded or delivered: lanes with nothing in flight are read afresh (their
    //! backoff kept), the others only gain the rows they lack. Not while marks wait for
    //! commit(): those rows' stored states are behind.
    void rescan();

    // OutboxSending.cpp: the sending loop
    void pumpAll();
    void pump(qint64 conversationId);
    //! The next request for `waiting` (due, head first) going to `where` (nullopt: `why`).
    Plan plan(const std::optional<DeliveryTarget>& where, const QString& why,
              const QList<Message>& waiting) const;
    //! Marks the parts Sending (one more attempt) and leaves them to commit(); the lane holds
    //! them in flight already.
    void transmit(qint64 conversationId, const DeliveryTarget& target, QList<Message> parts);
    void postCommit();
    //! Writes the Sent marks and the Sending marks that piled up in one transaction (synced when
    //! anything is about to leave), announces them, then sends the requests.
    void commit();
    //! Hands a request whose parts the history already records as Sending to its delivery.
    void send(const Outgoing& request);
    void finish(qint64 conversationId, const DeliveryTarget& target, const QList<Message>& parts,
                const DeliveryReport& report, bool wasLookup);
    //! Takes the confirmed parts out of the lane; commit() records them as Sent.
    void markDelivered(qint64 conversationId, const QList<Message>& delivered);
    //! Puts the parts back in the queue with the next try time (transient, or retryable error)
    //! or marks them Failed, which stops the conversation. `reason` overrides error.message().
    void markFailed(qint64 conversationId, const QList<Message>& parts, const ApiError& error,
                    const QString& reason = {}, bool transient = false);
    //! The conversation and its account (nullopt when it has none), from `addresses` or read
    //! and kept there; nullptr when the conversation does not exist.
    const std::pair<Conversation, std::optional<Account>>* address(qint64 conversationId) const;
    std::optional<DeliveryTarget> target(qint64 conversationId, QString* why) const;
    std::optional<DeliveryTarget> target(const Conversation& conversation,
                                         const std::optional<Account>& account, QString* why) const;
    Delivery* deliveryFor(Backend backend) const;
    QSet<QString> knownRemoteIds(qint64 conversationId, const QList<Message>& parts) const;
    void scheduleWake();
    void settle();
    bool laneSettled(const Lane& lane) const;
};

} // namespace agentdesk
