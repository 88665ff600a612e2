#include "DeliveryLock.h"
#include "OutboxPrivate.h"
#include "store/History.h"

#include <algorithm>

namespace agentdesk {

namespace {

//! How often a process looks at the lock and at other processes' writes: a reply queued by
//! agentdesk-cli next to a running desk leaves within this.
constexpr int kFollowMs = 250;

bool sameDelivery(const Message& a, const Message& b) {
    return a.state == b.state && a.attempts == b.attempts && a.text == b.text &&
           a.lastError == b.lastError && a.nextAttemptAt == b.nextAttemptAt;
}

} // namespace

void Outbox::setDeliveryLock(DeliveryLock* lock) {
    d->lock = lock;
    d->watch.setInterval(kFollowMs);
    QObject::disconnect(&d->watch, nullptr, this, nullptr);
    if (lock)
        QObject::connect(&d->watch, &QTimer::timeout, this, [this] { d->follow(); });
}

bool Outbox::deliversHere() const {
    return d->delivering();
}

QString Outbox::deliveryHolder() const {
    return d->lock ? d->lock->holder() : QString();
}

bool Outbox::Private::delivering() const {
    return !lock || lock->isHeld();
}

bool Outbox::Private::takeDelivery() {
    if (!lock || lock->isHeld())
        return true;
    if (lock->tryTake()) {
        rescan(); // what the last holder left, and what others queued meanwhile
        if (heldElsewhere) {
            heldElsewhere = false;
            qCInfo(lcOutbox) << "the other process let go: this one delivers the outbox now";
            emit q->deliveryTakenOver();
        }
        return true;
    }
    if (!heldElsewhere) {
        heldElsewhere = true;
        const QString holder = lock->holder();
        qCInfo(lcOutbox).noquote() << "another process delivers this workspace's outbox (" << holder
                                   << "); replies queued here wait for it";
        emit q->deliveryHeldElsewhere(holder);
    }
    return false;
}

void Outbox::Private::follow() {
    if (!started || !history || !history->isOpen())
        return;
    if (!delivering()) {
        if (takeDelivery())
            return pumpAll();
    }
    // data_version changes only when another connection, another process, commits.
    const qint64 version = history->pragma(QStringLiteral("data_version")).toLongLong();
    if (version == seenVersion && !rescanDue)
        return;
    rescan();
    if (delivering())
        pumpAll();
}

void Outbox::Private::rescan() {
    if (!loaded || !history || !history->isOpen())
        return;
    if (!outgoing.isEmpty() || !confirmed.isEmpty()) {
        rescanDue = true; // those rows are behind on disk; next tick
        return;
    }
    seenVersion = history->pragma(QStringLiteral("data_version")).toLongLong();
    rescanDue = false;
    std::map<qint64, QList<Message>> onDisk;
    for (const Message& message : history->pendingMessages() + history->failedMessages())
        onDisk[message.conversationId].append(message);
    for (auto& [conversationId, messages] : onDisk) {
        std::sort(messages.begin(), messages.end(),
                  [](const Message& a, const Message& b) { return a.id < b.id; });
    }
    QList<qint64> conversationIds;
    for (const auto& [conversationId, lane] : lanes)
        conversationIds.append(conversationId);
    for (const auto& [conversationId, messages] : onDisk) {
        if (lanes.find(conversationId) == lanes.end())
            conversationIds.append(conversationId);
    }
    QList<Message> changed;
    QList<qint64> gone;
    for (qint64 conversationId : std::as_const(conversationIds)) {
        const QList<Message> stored = onDisk[conversationId];
        Lane& lane = lanes[conversationId];
        if (!lane.inFlight.isEmpty()) {
            // Only what this lane lacks, in the order typed; the rest once the answer is in.
            for (const Message& message : stored) {
                const bool held = std::any_of(lane.queue.begin(), lane.queue.end(),
                                              [&](const Message& m) { return m.id == message.id; });
                if (held)
                    continue;
                const auto at = std::find_if(lane.queue.begin(), lane.queue.end(),
                                             [&](const Message& m) { return m.id > message.id; });
                lane.queue.insert(at, message);
                changed.append(message);
                rescanDue = true;
            }
            continue;
        }
        for (const Message& held : std::as_const(lane.queue)) {
            const auto now = std::find_if(stored.begin(), stored.end(),
                                          [&](const Message& m) { return m.id == held.id; });
            if (now == stored.end())
                gone.append(held.id);
            else if (!sameDelivery(*now, held))
                changed.append(*now);
        }
        for (const Message& message : stored) {
            const bool held = std::any_of(lane.queue.begin(), lane.queue.end(),
                                          [&](const Message& m) { return m.id == message.id; });
            if (!held)
                changed.append(message);
        }
        const bool wasEmpty = lane.queue.isEmpty();
        lane.queue = stored;
        if (wasEmpty && !stored.isEmpty())
            lane.failures = stored.first().attempts; // as ensureLoaded() does
        if (lane.queue.isEmpty())
            lanes.erase(conversationId);
    }
    if (!changed.isEmpty() || !gone.isEmpty()) {
        qCInfo(lcOutbox) << "another process changed" << changed.size() + gone.size()
                         << "message(s) of the outbox";
        wasIdle = false;
    }
    for (const Message& message : std::as_const(changed))
        emit q->deliveryChanged(message);
    for (qint64 id : std::as_const(gone)) { // delivered or discarded by the other process
        if (const auto message = history->message(id))
            emit q->deliveryChanged(*message);
    }
    settle();
}

} // namespace agentdesk
