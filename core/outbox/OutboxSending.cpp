#include "OutboxPrivate.h"
#include "accounts/Credentials.h"
#include "store/History.h"

#include <algorithm>

namespace agentdesk {

namespace {

//! The lane's copy of a stored message follows the history's.
template<class Lanes> void replaceHeld(Lanes& lanes, const Message& message) {
    const auto lane = lanes.find(message.conversationId);
    if (lane == lanes.end())
        return;
    for (Message& held : lane->second.queue) {
        if (held.id == message.id)
            held = message;
    }
}

} // namespace

const std::pair<Conversation, std::optional<Account>>*
Outbox::Private::address(qint64 conversationId) const {
    auto known = addresses.find(conversationId);
    if (known == addresses.end()) {
        const auto conversation = history->conversation(conversationId);
        if (!conversation)
            return nullptr;
        known = addresses
                    .emplace(conversationId,
                             std::pair(*conversation, history->account(conversation->accountId)))
                    .first;
    }
    return &known->second;
}

std::optional<DeliveryTarget> Outbox::Private::target(qint64 conversationId, QString* why) const {
    const auto* known = address(conversationId);
    if (!known) {
        *why = tr("The conversation no longer exists.");
        return std::nullopt;
    }
    return target(known->first, known->second, why);
}

std::optional<DeliveryTarget> Outbox::Private::target(const Conversation& conversation,
                                                      const std::optional<Account>& account,
                                                      QString* why) const {
    if (!account) {
        *why = tr("The account of this conversation no longer exists.");
        return std::nullopt;
    }
    DeliveryTarget found;
    found.account = *account;
    found.conversation = conversation;
    found.secret = credentials ? credentials->secret(account->id) : QString();
    return found;
}

QSet<QString> Outbox::Private::knownRemoteIds(qint64 conversationId,
                                              const QList<Message>& parts) const {
    // The messages around the doubtful ones: older copies with the same text must not match.
    constexpr qint64 window = 60LL * 60 * 1000;
    const int limit = 1000 + static_cast<int>(parts.size()); // the parts themselves and around
    QSet<QString> known;
    const MessageKey from{parts.first().createdAt.toMSecsSinceEpoch() - window, 0};
    for (const Message& message : history->messagesAfter(conversationId, from, limit)) {
        if (!message.remoteId.isEmpty())
            known.insert(message.remoteId);
    }
    return known;
}

Delivery* Outbox::Private::deliveryFor(Backend backend) const {
    const auto found = deliveries.find(backend);
    return found == deliveries.end() ? nullptr : found->second.get();
}

void Outbox::Private::pumpAll() {
    addresses.clear(); // another process may have changed them since
    QList<qint64> conversationIds;
    for (const auto& [conversationId, lane] : lanes)
        conversationIds.append(conversationId);
    for (qint64 conversationId : std::as_const(conversationIds))
        pump(conversationId);
    scheduleWake();
    settle();
}

void Outbox::Private::pump(qint64 conversationId) {
    if (!started || !delivering())
        return; // another process delivers: it sends this conversation's replies
    const auto found = lanes.find(conversationId);
    if (found == lanes.end())
        return settle();
    Lane& lane = found->second;
    if (!lane.inFlight.isEmpty())
        return;
    if (lane.queue.isEmpty()) {
        lanes.erase(found);
        return settle();
    }
    const Message& head = lane.queue.first();
    if (head.state == DeliveryState::Failed)
        return settle(); // stopped until the agent retries, edits or discards
    if (!lane.flushNow && head.nextAttemptAt.isValid() && head.nextAttemptAt > clock()) {
        scheduleWake();
        return settle();
    }
    lane.flushNow = false;

    QList<Message> waiting;
    for (const Message& message : std::as_const(lane.queue)) {
        if (message.state == DeliveryState::Failed)
            break;
        waiting.append(message);
    }
    QString why;
    const auto where = target(conversationId, &why);
    const Plan next = plan(where, why, waiting);
    if (!next.delivery) {
        markFailed(conversationId, waiting.mid(0, 1), {}, next.refusal);
        return settle();
    }
    const QList<Message> parts = waiting.mid(0, next.size);
    if (!next.refusal.isEmpty()) {
        markFailed(conversationId, parts, {}, next.refusal);
        return settle();
    }
    for (const Message& part : parts)
        lane.inFlight.insert(part.id);
    wasIdle = false;

    // A part tried before may be on the server already: find out before sending it again.
    const bool unknown = std::any_of(parts.begin(), parts.end(), [](const Message& part) {
        return part.attempts > 0 || part.state == DeliveryState::Sending;
    });
    if (!unknown)
        return transmit(conversationId, next.target, parts);
    qCInfo(lcOutbox) << "reconciling" << parts.size() << "message(s) of conversation"
                     << conversationId << "before sending again";
    DeliveryTarget doubtful = next.target;
    doubtful.knownRemoteIds = knownRemoteIds(conversationId, parts);
    next.delivery->reconcile(*transport, doubtful, parts, q,
                             [this, conversationId, doubtful, parts](DeliveryReport report) {
                                 finish(conversationId, doubtful, parts, report, true);
                             });
}

Outbox::Private::Plan Outbox::Private::plan(const std::optional<DeliveryTarget>& where,
                                            const QString& why,
                                            const QList<Message>& waiting) const {
    Plan next;
    next.refusal = why;
    next.delivery = where ? deliveryFor(where->conversation.backend) : nullptr;
    if (where && !next.delivery) {
        next.refusal = tr("Sending to %1 is not supported by this version.")
                           .arg(backendDisplayName(where->conversation.backend));
    }
    if (!next.delivery)
        return next;
    next.target = *where;
    next.size = std::clamp(next.delivery->batchSize(waiting), 1, static_cast<int>(waiting.size()));
    if (const auto refusal = next.delivery->check(next.target, waiting.mid(0, next.size)))
        next.refusal = *refusal;
    return next;
}

void Outbox::Private::transmit(qint64 conversationId, const DeliveryTarget& target,
                               QList<Message> parts) {
    for (Message& part : parts) {
        part.state = DeliveryState::Sending;
        part.attempts += 1;
        part.nextAttemptAt = {};
    }
    Delivery* delivery = deliveryFor(target.conversation.backend);
    const bool synced = !delivery || !delivery->deduplicates(parts);
    outgoing.append({conversationId, target, std::move(parts), synced});
    postCommit();
}

void Outbox::Private::postCommit() {
    if (commitPosted)
        return;
    commitPosted = true;
    // After the answers already waiting in the event queue: their marks join this transaction.
    QMetaObject::invokeMethod(
        q, [this] { commit(); }, Qt::QueuedConnection);
}

void Outbox::Private::commit() {
    commitPosted = false;
    const QList<Outgoing> requests = std::exchange(outgoing, {});
    const QList<Message> sent = std::exchange(confirmed, {});
    QList<Message> sending;
    bool sync = false;
    for (const Outgoing& request : requests) {
        sending += request.parts;
        sync = sync || request.synced;
    }
    const auto write = [this](const QList<Message>& marks, History::Durability durability) {
        if (marks.isEmpty() || history->updateMessages(marks, durability))
            return true;
        lastError = history->lastError();
        qCWarning(lcOutbox) << "cannot record the delivery state of" << marks.size()
                            << "message(s):" << lastError;
        return false;
    };
    // A Sending mark is on disk before its request leaves: after a crash it says the outcome is
    // unknown. Unless the server itself refuses a second copy (Delivery::deduplicates): losing
    // the mark then only means a resend that the server answers "already there". A Sent mark
    // need not wait for the disk either: if a power cut loses it, the message is found Sending
    // (or Queued, as above) and reconciled with the server, never sent twice.
    const auto durability = sync ? History::Durability::Synced : History::Durability::Deferred;
    bool sendingWritten = false;
    if (sending.isEmpty()) {
        write(sent, History::Durability::Deferred);
    } else if (write(sent + sending, durability)) {
        sendingWritten = true;
    } else if (!sent.isEmpty()) { // one that cannot be written must not hold up the others
        write(sent, History::Durability::Deferred);
        sendingWritten = write(sending, durability);
    }
    for (const Message& message : sent)
        emit q->deliveryChanged(message);
    if (!sendingWritten) {
        // Never send what the history cannot vouch for: the state would be lost on a crash.
        const QString error = lastError;
        for (const Outgoing& request : requests) {
            auto lane = lanes.find(request.conversationId);
            if (lane == lanes.end())
                continue;
            for (const Message& part : request.parts)
                lane->second.inFlight.remove(part.id);
            QList<Message> queued = request.parts;
            for (Message& part : queued) { // as the history still has them
                part.state = DeliveryState::Queued;
                part.attempts -= 1;
            }
            markFailed(request.conversationId, queued, {},
                       tr("The history could not be written: %1").arg(error), true);
            pump(request.conversationId);
        }
        scheduleWake();
        return settle();
    }
    for (const Message& part : std::as_const(sending)) {
        replaceHeld(lanes, part);
        emit q->deliveryChanged(part);
    }
    for (const Outgoing& request : requests) {
        if (lanes.find(request.conversationId) != lanes.end()) // listeners may have removed it
            send(request);
    }
    settle();
}

void Outbox::Private::send(const Outgoing& request) {
    Delivery* delivery = deliveryFor(request.target.conversation.backend);
    const qint64 conversationId = request.conversationId;
    const DeliveryTarget target = request.target;
    const QList<Message> parts = request.parts;
    delivery->send(*transport, target, parts, q,
                   [this, conversationId, target, parts](DeliveryReport report) {
                       finish(conversationId, target, parts, report, false);
                   });
}

void Outbox::Private::finish(qint64 conversationId, const DeliveryTarget& target,
                             const QList<Message>& parts, const DeliveryReport& report,
                             bool wasLookup) {
    if (lanes.find(conversationId) == lanes.end())
        return; // the conversation left the history meanwhile
    markDelivered(conversationId, report.delivered);
    const auto found = lanes.find(conversationId); // listeners of deliveryChanged may remove it
    if (found == lanes.end())
        return;
    Lane& lane = found->second;
    QList<Message> remaining;
    for (const Message& part : parts) {
        for (const Message& held : std::as_const(lane.queue)) {
            if (held.id == part.id)
                remaining.append(held);
        }
    }
    if (report.error) {
        lane.inFlight.clear();
        markFailed(conversationId, remaining, report.error);
    } else if (!remaining.isEmpty() && wasLookup) {
        return transmit(conversationId, target, remaining); // still in flight
    } else if (!remaining.isEmpty()) {
        lane.inFlight.clear();
        markFailed(conversationId, remaining, {},
                   tr("The server did not confirm every message; they will be checked and sent "
                      "again."),
                   true);
    } else {
        lane.inFlight.clear();
        lane.failures = 0;
    }
    pump(conversationId);
    scheduleWake();
    settle();
}

void Outbox::Private::markDelivered(qint64 conversationId, const QList<Message>& delivered) {
    const auto found = lanes.find(conversationId);
    if (found == lanes.end() || delivered.isEmpty())
        return;
    QHash<qint64, const Message*> byId; // what the server confirmed, by local id
    byId.reserve(delivered.size());
    for (const Message& confirmedPart : delivered)
        byId.insert(confirmedPart.id, &confirmedPart);
    // One pass over the queue, in the order typed: a batch of 1,000 leaves it without 1,000
    // searches nor moving the rest 1,000 times.
    bool any = false;
    found->second.queue.removeIf([&](const Message& held) {
        const Message* confirmedPart = byId.value(held.id);
        if (!confirmedPart)
            return false;
        Message copy = held;
        if (!confirmedPart->text.isEmpty())
            copy.text = confirmedPart->text; // the words the server has (see RocketChatDelivery)
        copy.state = DeliveryState::Sent;
        copy.remoteId = confirmedPart->remoteId;
        copy.sentAt = confirmedPart->sentAt.isValid() ? confirmedPart->sentAt : clock();
        copy.lastError.clear();
        copy.nextAttemptAt = {};
        confirmed.append(copy);
        any = true;
        return true;
    });
    if (any)
        postCommit();
}

void Outbox::Private::markFailed(qint64 conversationId, const QList<Message>& parts,
                                 const ApiError& error, const QString& reason, bool transient) {
    if (parts.isEmpty())
        return;
    const QString why = reason.isEmpty() ? error.message() : reason;
    Lane& lane = lanes[conversationId];
    // the parts of one request in one transaction; the lanes' copies follow even when the
    // history cannot be written (as store() does)
    const auto storeAll = [this](const QList<Message>& messages) {
        if (!history->updateMessages(messages)) {
            lastError = history->lastError();
            qCWarning(lcOutbox) << "cannot record the delivery state of" << messages.size()
                                << "message(s):" << lastError;
        }
        for (const Message& message : messages) {
            replaceHeld(lanes, message);
            emit q->deliveryChanged(message);
        }
    };
    if (transient || error.isRetryable()) {
        lane.failures += 1;
        const QDateTime next = backoff.nextAttempt(error, lane.failures, clock());
        qCInfo(lcOutbox) << "conversation" << conversationId << "will try again at"
                         << next.toString(Qt::ISODateWithMs) << "after" << error.kindName();
        QList<Message> queued = parts;
        for (Message& part : queued) {
            part.state = DeliveryState::Queued;
            part.lastError = why;
            part.nextAttemptAt = next;
        }
        storeAll(queued);
        return;
    }
    if (error)
        qCWarning(lcOutbox) << "conversation" << conversationId << "stopped:" << error.kindName()
                            << error.httpStatus();
    else
        qCWarning(lcOutbox).noquote() << "conversation" << conversationId << "stopped:" << why;
    QList<Message> failed = parts;
    for (Message& part : failed) {
        part.state = DeliveryState::Failed;
        part.lastError = why;
        part.nextAttemptAt = {};
    }
    storeAll(failed);
}

void Outbox::Private::scheduleWake() {
    QDateTime earliest;
    for (const auto& [conversationId, lane] : lanes) {
        if (!lane.inFlight.isEmpty() || lane.queue.isEmpty())
            continue;
        const Message& head = lane.queue.first();
        if (head.state == DeliveryState::Failed || !head.nextAttemptAt.isValid())
            continue;
        if (!earliest.isValid() || head.nextAttemptAt < earliest)
            earliest = head.nextAttemptAt;
    }
    if (!earliest.isValid() || !started || !delivering()) {
        wake.stop();
        return;
    }
    constexpr qint64 day = 24LL * 3600 * 1000;
    wake.start(static_cast<int>(std::clamp<qint64>(clock().msecsTo(earliest), 0, day)));
}

bool Outbox::Private::laneSettled(const Lane& lane) const {
    if (!lane.inFlight.isEmpty())
        return false;
    if (lane.queue.isEmpty())
        return true;
    const Message& head = lane.queue.first();
    if (head.state == DeliveryState::Failed)
        return true;
    return !lane.flushNow && head.nextAttemptAt.isValid() && head.nextAttemptAt > flushDeadline;
}

void Outbox::Private::settle() {
    const bool idleNow = q->isIdle();
    if (idleNow && !wasIdle) {
        wasIdle = true;
        emit q->idle();
    } else if (!idleNow) {
        wasIdle = false;
    }
    if (!flushing || !confirmed.isEmpty())
        return;          // settles again once commit() has written the Sent marks
    if (!delivering()) { // nothing is sent here: what waits is the other process's to send
        flushing = false;
        emit q->flushed();
        return;
    }
    for (const auto& [conversationId, lane] : lanes) {
        if (!laneSettled(lane))
            return;
    }
    flushing = false;
    emit q->flushed();
}

} // namespace agentdesk
