#pragma once

#include "Backoff.h"
#include "Delivery.h"
#include "Outbox.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace agentdesk {

class Credentials;
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

    // Outbox.cpp: bookkeeping
    bool ensureLoaded();
    Lane* laneOf(qint64 messageId, Message** message);
    //! Writes `message` to the history, then to its lane, then announces it.
    bool store(const Message& message);
    void removeFromLane(qint64 conversationId, qint64 messageId);
    qint64 newBatchId(BatchKind kind) const;

    // OutboxSending.cpp: the sending loop
    void pumpAll();
    void pump(qint64 conversationId);
    void transmit(qint64 conversationId, const DeliveryTarget& target, QList<Message> parts);
    void finish(qint64 conversationId, const DeliveryTarget& target, const QList<Message>& parts,
                const DeliveryReport& report, bool wasLookup);
    void markDelivered(qint64 conversationId, const QList<Message>& delivered);
    //! Puts the parts back in the queue with the next try time (transient, or retryable error)
    //! or marks them Failed, which stops the conversation. `reason` overrides error.message().
    void markFailed(qint64 conversationId, const QList<Message>& parts, const ApiError& error,
                    const QString& reason = {}, bool transient = false);
    std::optional<DeliveryTarget> target(qint64 conversationId, QString* why) const;
    Delivery* deliveryFor(Backend backend) const;
    QSet<QString> knownRemoteIds(qint64 conversationId, const QList<Message>& parts) const;
    void scheduleWake();
    void settle();
    bool laneSettled(const Lane& lane) const;
};

} // namespace agentdesk
