#pragma once

#include "net/Clock.h"
#include "store/Types.h"

#include <QObject>

#include <memory>

namespace agentdesk {

class Credentials;
class History;
class Transport;

//! Delivers the agent's replies exactly once, in the order typed, through crashes and outages.
//!
//! A message is written to the History (state Queued, with a clientId that never changes)
//! before any byte leaves. Per conversation messages leave in order; conversations send in
//! parallel. Transient failures retry with exponential backoff and jitter, honouring the
//! server's Retry-After; permanent ones stop that conversation's queue until the agent retries,
//! edits or discards. Unknown outcomes are reconciled against the server before resending.
class Outbox : public QObject {
    Q_OBJECT
public:
    Outbox(History* history, Transport* transport, const Credentials* credentials,
           QObject* parent = nullptr);
    ~Outbox() override;

    void setClock(Clock clock);

    //! Resumes what was queued or in flight when the process last stopped, then keeps sending.
    void start();

    //! Queues one reply; it is on disk when this returns (nullopt and lastError() if not).
    std::optional<Message> queueMessage(qint64 conversationId, const QString& text);
    //! Queues several parts to leave as one request where the backend has a batch endpoint.
    QList<Message> queueBatch(qint64 conversationId, const QStringList& parts);

    //! Tries a failed message (and the queue it stopped) again now.
    void retry(qint64 messageId);
    //! Replaces the text of a queued or failed message (same clientId) and retries it.
    bool edit(qint64 messageId, const QString& text);
    //! Removes a queued or failed message for good.
    bool discard(qint64 messageId);

    //! True when nothing is queued or in flight.
    bool isIdle() const;
    QString lastError() const;

signals:
    //! A message of ours changed state (queued, sending, sent, failed, next try time).
    void deliveryChanged(const agentdesk::Message& message);
    //! Everything queued has been delivered or has failed for good.
    void idle();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace agentdesk
