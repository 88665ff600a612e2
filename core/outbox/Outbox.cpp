#include "Outbox.h"

#include "OutboxPrivate.h"
#include "accounts/Credentials.h"
#include "backends/Backends.h"
#include "store/History.h"

#include <QUuid>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcOutbox, "agentdesk.outbox", QtInfoMsg)

namespace agentdesk {

namespace {
bool isWaiting(const Message& message) {
    return message.state == DeliveryState::Queued || message.state == DeliveryState::Sending;
}
} // namespace

Outbox::Private::Private(Outbox* owner, History* h, Transport* t, const Credentials* c)
    : q(owner)
    , history(h)
    , transport(t)
    , credentials(c) {
    wake.setSingleShot(true);
    QObject::connect(&wake, &QTimer::timeout, q, [this] { pumpAll(); });
    if (!history)
        return;
    // Whatever leaves the history (a removed account or conversation) leaves the queues too; an
    // answer still on its way then finds nothing to update.
    QObject::connect(history, &History::messageRemoved, q,
                     [this](qint64 conversationId, qint64 messageId) {
                         forgetUncommitted(conversationId, messageId);
                         removeFromLane(conversationId, messageId);
                         settle();
                     });
    QObject::connect(
        history, &History::conversationChanged, q, [this](const Conversation& conversation) {
            const auto known = addresses.find(conversation.id);
            if (known != addresses.end() && known->second.first.accountId == conversation.accountId)
                known->second.first = conversation; // e.g. its last activity
            else
                addresses.erase(conversation.id);
        });
    QObject::connect(history, &History::accountsChanged, q, [this] { addresses.clear(); });
    QObject::connect(history, &History::conversationRemoved, q, [this](qint64 conversationId) {
        addresses.erase(conversationId);
        forgetUncommitted(conversationId);
        lanes.erase(conversationId);
        settle();
    });
}

bool Outbox::Private::ensureLoaded() {
    if (loaded)
        return true;
    if (!history || !history->isOpen()) {
        lastError = tr("The history is not open.");
        return false;
    }
    QList<Message> undelivered = history->pendingMessages() + history->failedMessages();
    // The order typed is the order of the local ids (a batch is inserted in one transaction).
    std::sort(undelivered.begin(), undelivered.end(),
              [](const Message& a, const Message& b) { return a.id < b.id; });
    for (const Message& message : std::as_const(undelivered)) {
        Lane& lane = lanes[message.conversationId];
        lane.queue.append(message);
    }
    for (auto& [conversationId, lane] : lanes) {
        // Keeps the backoff growing across restarts.
        if (!lane.queue.isEmpty())
            lane.failures = lane.queue.first().attempts;
    }
    loaded = true;
    return true;
}

Outbox::Private::Lane* Outbox::Private::laneOf(qint64 messageId, Message** message) {
    for (auto& [conversationId, lane] : lanes) {
        for (Message& candidate : lane.queue) {
            if (candidate.id == messageId) {
                if (message)
                    *message = &candidate;
                return &lane;
            }
        }
    }
    return nullptr;
}

bool Outbox::Private::store(const Message& message) {
    const bool stored = history->updateMessage(message);
    if (!stored) {
        lastError = history->lastError();
        qCWarning(lcOutbox) << "cannot record the delivery state of message" << message.id << ":"
                            << lastError;
    }
    auto lane = lanes.find(message.conversationId);
    if (lane != lanes.end()) {
        for (Message& held : lane->second.queue) {
            if (held.id == message.id)
                held = message;
        }
    }
    emit q->deliveryChanged(message);
    return stored;
}

void Outbox::Private::removeFromLane(qint64 conversationId, qint64 messageId) {
    auto lane = lanes.find(conversationId);
    if (lane == lanes.end())
        return;
    lane->second.queue.removeIf([messageId](const Message& m) { return m.id == messageId; });
    if (lane->second.queue.isEmpty() && lane->second.inFlight.isEmpty())
        lanes.erase(lane);
}

void Outbox::Private::forgetUncommitted(qint64 conversationId, std::optional<qint64> messageId) {
    const auto gone = [&](const Message& message) {
        return message.conversationId == conversationId && (!messageId || message.id == *messageId);
    };
    confirmed.removeIf(gone);
    const auto lane = lanes.find(conversationId);
    bool emptied = false;
    for (Outgoing& request : outgoing) {
        if (request.conversationId != conversationId || request.parts.removeIf(gone) == 0)
            continue;
        if (lane != lanes.end() && messageId) // not on the wire yet: it holds its lane no more
            lane->second.inFlight.remove(*messageId);
        emptied = emptied || request.parts.isEmpty();
    }
    outgoing.removeIf([&](const Outgoing& request) {
        return request.conversationId == conversationId && request.parts.isEmpty();
    });
    if (emptied && messageId) { // the rest of the lane goes on, outside the history's signal
        QMetaObject::invokeMethod(
            q, [this, conversationId] { pump(conversationId); }, Qt::QueuedConnection);
    }
}

qint64 Outbox::Private::newBatchId(BatchKind kind) const {
    // Unique across processes in practice (wall-clock microseconds), and strictly increasing here.
    static std::atomic<qint64> last{0};
    qint64 id = QDateTime::currentMSecsSinceEpoch() * 1000;
    qint64 previous = last.load();
    do {
        id = std::max(id, previous + 1);
    } while (!last.compare_exchange_weak(previous, id));
    return kind == BatchKind::AsVisitor ? -id : id;
}

Outbox::Outbox(History* history, Transport* transport, const Credentials* credentials,
               QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, history, transport, credentials)) {
    for (const BackendPlugin* backend : allBackends()) {
        if (backend->makeDelivery)
            d->deliveries[backend->backend] = backend->makeDelivery();
    }
}

Outbox::~Outbox() = default;

void Outbox::setClock(Clock clock) {
    d->clock = clock ? std::move(clock) : systemClock();
}

void Outbox::setRetryPolicy(const Backoff::Policy& policy, std::optional<quint32> seed) {
    d->backoff.setPolicy(policy);
    if (seed)
        d->backoff.reseed(*seed);
}

Backoff::Policy Outbox::retryPolicy() const {
    return d->backoff.policy();
}

void Outbox::start() {
    if (!d->ensureLoaded()) {
        qCWarning(lcOutbox) << "cannot start:" << d->lastError;
        return;
    }
    d->started = true;
    d->takeDelivery();
    if (d->lock)
        d->watch.start();
    d->pumpAll();
}

std::optional<Message> Outbox::queueMessage(qint64 conversationId, const QString& text,
                                            BatchKind kind) {
    const QList<Message> queued = queue(conversationId, {text}, kind, false);
    if (queued.isEmpty())
        return std::nullopt;
    return queued.first();
}

QList<Message> Outbox::queueBatch(qint64 conversationId, const QStringList& parts, BatchKind kind) {
    return queue(conversationId, parts, kind, kind == BatchKind::AsVisitor);
}

QList<Message> Outbox::queue(qint64 conversationId, const QStringList& parts, BatchKind kind,
                             bool oneRequest) {
    if (!d->ensureLoaded())
        return {};
    if (parts.isEmpty()) {
        d->lastError = tr("There is nothing to send.");
        return {};
    }
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty()) {
            d->lastError = tr("An empty message cannot be sent.");
            return {};
        }
    }
    const auto* address = d->address(conversationId);
    if (!address) {
        d->lastError = tr("The conversation does not exist (id %1).").arg(conversationId);
        return {};
    }
    const Conversation* conversation = &address->first;
    const std::optional<Account>& account = address->second;
    const bool asVisitor = kind == BatchKind::AsVisitor;
    const qint64 batchId = parts.size() > 1 || oneRequest ? d->newBatchId(kind) : 0;
    Private::Lane& lane = d->lanes[conversationId];
    // The history orders by creation time: never let a clock step back reorder what was typed.
    QDateTime now = d->clock();
    if (!lane.queue.isEmpty() && lane.queue.last().createdAt > now)
        now = lane.queue.last().createdAt;

    QList<Message> messages;
    for (const QString& part : parts) {
        Message message;
        message.conversationId = conversationId;
        message.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        message.direction = Direction::Outgoing;
        message.author = asVisitor ? conversation->visitorName
                         : account ? account->username
                                   : QString();
        message.text = part;
        message.createdAt = now;
        message.state = DeliveryState::Queued;
        message.batchId = batchId;
        message.asVisitor = asVisitor;
        messages.append(message);
    }
    // Nothing of this conversation waits ahead, so its next request leaves at once: its parts
    // are stored as Sending (attempt 1) by the queueing transaction itself, one disk sync before
    // the bytes leave instead of two.
    Private::Plan atOnce;
    if (d->started && d->delivering() && lane.queue.isEmpty() && lane.inFlight.isEmpty()) {
        QString why;
        atOnce = d->plan(d->target(*conversation, account, &why), why, messages);
        if (!atOnce.delivery || !atOnce.refusal.isEmpty())
            atOnce.size = 0; // pump() says why
        for (int i = 0; i < atOnce.size; ++i) {
            messages[i].state = DeliveryState::Sending;
            messages[i].attempts = 1;
        }
    }
    const QList<Message> stored = d->history->addMessages(messages);
    if (stored.size() != messages.size()) {
        d->lastError = tr("The message could not be saved: %1").arg(d->history->lastError());
        qCWarning(lcOutbox) << "cannot queue" << parts.size() << "message(s):" << d->lastError;
        return {};
    }
    const QList<Message> leaving = stored.mid(0, atOnce.size);
    for (const Message& message : leaving)
        lane.inFlight.insert(message.id);
    lane.queue.append(stored);
    d->wasIdle = false;
    for (const Message& message : stored)
        emit deliveryChanged(message);
    if (!leaving.isEmpty() && d->lanes.find(conversationId) != d->lanes.end())
        d->send({conversationId, atOnce.target, leaving});
    else if (d->started)
        d->pump(conversationId);
    return stored;
}

void Outbox::retry(qint64 messageId) {
    if (!d->ensureLoaded())
        return;
    Message* message = nullptr;
    Private::Lane* lane = d->laneOf(messageId, &message);
    if (!lane || lane->inFlight.contains(messageId))
        return;
    const qint64 conversationId = message->conversationId;
    // A failure stops its whole conversation, so retrying one retries everything it held up.
    const QList<Message> queue = lane->queue;
    for (Message held : queue) {
        if (held.state == DeliveryState::Failed || held.id == messageId) {
            held.state = DeliveryState::Queued;
            held.nextAttemptAt = {};
            d->store(held);
        }
    }
    lane = &d->lanes[conversationId];
    lane->failures = 0;
    lane->flushNow = true;
    d->wasIdle = false;
    if (d->started)
        d->pump(conversationId);
}

bool Outbox::edit(qint64 messageId, const QString& text) {
    if (!d->ensureLoaded())
        return false;
    if (text.trimmed().isEmpty()) {
        d->lastError = tr("An empty message cannot be sent.");
        return false;
    }
    Message* message = nullptr;
    Private::Lane* lane = d->laneOf(messageId, &message);
    if (!lane) {
        d->lastError = tr("Only a queued or failed message can be edited.");
        return false;
    }
    if (lane->inFlight.contains(messageId) || message->state == DeliveryState::Sending ||
        (message->state == DeliveryState::Queued && message->attempts > 0)) {
        d->lastError = tr("This message may already have reached the visitor; it can be "
                          "discarded but not edited.");
        return false;
    }
    Message edited = *message;
    edited.text = text;
    if (!d->store(edited))
        return false;
    retry(messageId);
    return true;
}

bool Outbox::discard(qint64 messageId) {
    if (!d->ensureLoaded())
        return false;
    Message* message = nullptr;
    Private::Lane* lane = d->laneOf(messageId, &message);
    if (!lane) {
        d->lastError = tr("Only a queued or failed message can be discarded.");
        return false;
    }
    if (lane->inFlight.contains(messageId)) {
        d->lastError = tr("This message is being sent right now.");
        return false;
    }
    const qint64 conversationId = message->conversationId;
    if (!d->history->removeMessage(messageId)) {
        d->lastError = d->history->lastError();
        return false;
    }
    qCInfo(lcOutbox) << "message" << messageId << "discarded by the agent";
    d->removeFromLane(conversationId, messageId);
    if (d->started)
        d->pump(conversationId);
    d->settle();
    return true;
}

void Outbox::flush(std::chrono::milliseconds patience) {
    if (!d->ensureLoaded()) {
        QMetaObject::invokeMethod(this, &Outbox::flushed, Qt::QueuedConnection);
        return;
    }
    d->started = true;
    d->takeDelivery(); // while another process delivers, flushed() comes at once
    if (d->lock)
        d->watch.start();
    d->flushDeadline = d->clock().addMSecs(patience.count());
    for (auto& [conversationId, lane] : d->lanes)
        lane.flushNow = true;
    d->pumpAll();
    // Settles on the next turn at the earliest, so a caller connecting after flush() hears it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            d->flushing = true;
            d->settle();
        },
        Qt::QueuedConnection);
}

bool Outbox::isFlushing() const {
    return d->flushing;
}

bool Outbox::isIdle() const {
    if (!d->confirmed.isEmpty() || !d->outgoing.isEmpty())
        return false; // marks not yet written
    for (const auto& [conversationId, lane] : d->lanes) {
        if (!lane.inFlight.isEmpty())
            return false;
        // Messages behind a failed one wait for the agent, not for the outbox.
        if (!lane.queue.isEmpty() && isWaiting(lane.queue.first()))
            return false;
    }
    return true;
}

QString Outbox::lastError() const {
    return d->lastError;
}

} // namespace agentdesk
