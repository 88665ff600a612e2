#pragma once

#include "net/Backoff.h"
#include "net/Clock.h"
#include "store/Types.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace agentdesk {

class Credentials;
class DeliveryLock;
class History;
class Transport;

//! Delivers the agent's replies exactly once, in the order typed, through crashes and outages.
//!
//! A message is written to the History (state Queued, or Sending when it leaves at once, with a
//! clientId that never changes) before any byte leaves, with a disk sync. Per conversation messages
//! leave in order; conversations send in parallel. Transient failures retry with exponential
//! backoff and jitter, honouring the server's Retry-After; permanent ones stop that conversation's
//! queue until the agent retries, edits or discards. Unknown outcomes are reconciled against the
//! server before resending.
class Outbox : public QObject {
    Q_OBJECT
public:
    Outbox(History* history, Transport* transport, const Credentials* credentials,
           QObject* parent = nullptr);
    ~Outbox() override;

    void setClock(Clock clock);
    //! How long to wait between tries; `seed` makes the jitter reproducible (tests).
    void setRetryPolicy(const Backoff::Policy& policy, std::optional<quint32> seed = {});
    Backoff::Policy retryPolicy() const;
    //! Sends only while this process holds `lock`, the workspace's DeliveryLock (the Desk sets
    //! it; without one every started outbox sends). While another process holds it, replies are
    //! still queued on disk, start() and flush() send nothing (deliveryHeldElsewhere()), and
    //! the lock is tried again every few hundred milliseconds: once taken, everything the
    //! other process left queued is sent here. The holder picks up what other processes queue,
    //! retry, edit or discard meanwhile (it watches the history for their writes).
    void setDeliveryLock(DeliveryLock* lock);
    //! True when this process may send: it holds the lock, or has none to respect.
    bool deliversHere() const;
    //! Who delivers this workspace's outbox while another process does (DeliveryLock::holder).
    QString deliveryHolder() const;

    //! Who the messages are written as. A Reply is the agent's own and goes out as the signed-in
    //! agent (Rocket.Chat: one `chat.sendMessage` each with the agent's credentials and the
    //! clientId as `_id`). AsVisitor messages are written on the visitor's behalf: imports of
    //! earlier history, bridging, the command line's send and send-batch (Rocket.Chat: one
    //! `livechat/message` with the clientId as `_id` for a single message, one
    //! `livechat/messages` request for a batch), so the server shows the visitor as their
    //! author. They carry Message::asVisitor; their batches a negative batchId.
    enum class BatchKind { Reply, AsVisitor, Import = AsVisitor };

    //! Resumes what was queued or in flight when the process last stopped, then keeps sending.
    void start();

    //! Queues one reply; it is on disk when this returns (nullopt and lastError() if not). When
    //! it leaves at once (started, nothing of the conversation ahead of it) it is stored as
    //! Sending, attempt 1, in the same write.
    std::optional<Message> queueMessage(qint64 conversationId, const QString& text,
                                        BatchKind kind = BatchKind::Reply);
    //! Queues several parts to leave as one request where the backend has a batch endpoint.
    //! All parts are on disk together (one transaction) or none is (empty list, lastError()); as
    //! with queueMessage(), the parts of a request that leaves at once are stored as Sending.
    //! An AsVisitor batch always leaves as one request, even with a single part.
    QList<Message> queueBatch(qint64 conversationId, const QStringList& parts,
                              BatchKind kind = BatchKind::Reply);

    //! Tries a failed message (and the queue it stopped) again now.
    void retry(qint64 messageId);
    //! Replaces the text of a queued or failed message (same clientId) and retries it.
    bool edit(qint64 messageId, const QString& text);
    //! Removes a queued or failed message for good.
    bool discard(qint64 messageId);

    //! Sends everything queued now, ignoring the wait of earlier failures, and emits flushed()
    //! once every conversation has delivered all, failed for good, or failed again with its next
    //! try further away than `patience` (starts the outbox if needed). What is left is in
    //! History::pendingMessages() / failedMessages(), each with lastError and nextAttemptAt.
    void flush(std::chrono::milliseconds patience = std::chrono::milliseconds(0));
    bool isFlushing() const;

    //! True when nothing is in flight or due to be sent (failed messages, and those queued
    //! behind them, wait for the agent).
    bool isIdle() const;
    QString lastError() const;

signals:
    //! A message of ours changed state (queued, sending, sent, failed, next try time).
    void deliveryChanged(const agentdesk::Message& message);
    //! Everything queued has been delivered or has failed for good.
    void idle();
    //! The flush() asked for has settled (at once while another process delivers).
    void flushed();
    //! Another process delivers this workspace's outbox (`holder` names it): what is queued
    //! here waits for it, or for this process to take over.
    void deliveryHeldElsewhere(const QString& holder);
    //! The other process let go: this one delivers now.
    void deliveryTakenOver();

private:
    QList<Message> queue(qint64 conversationId, const QStringList& parts, BatchKind kind,
                         bool oneRequest);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace agentdesk
