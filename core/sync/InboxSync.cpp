#include "InboxSync.h"

#include "SyncRound.h"

#include "backends/Backends.h"
#include "backends/LiveFollower.h"
#include "backends/Poller.h"
#include "backends/socialboards/SocialBoardsBackend.h"
#include "net/ApiError.h"
#include "net/Transport.h"
#include "store/History.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "agentdesk.sync", QtInfoMsg)

namespace agentdesk {

namespace {
//! One backoff for every account's reads: from 3 s after the first failure up to 5 minutes.
constexpr Backoff::Policy kPollBackoff{std::chrono::milliseconds(3'000),
                                       std::chrono::milliseconds(5 * 60'000), 0.3};
} // namespace

InboxSync::InboxSync(History* history, Transport* transport, const Credentials* credentials,
                     QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_transport(transport)
    , m_credentials(credentials) {
    for (const BackendPlugin* backend : allBackends()) {
        if (!backend->makePoller)
            continue;
        std::unique_ptr<Poller> poller = backend->makePoller();
        if (backend->makeLiveFollower)
            m_followers[backend->backend] = backend->makeLiveFollower(*this, *poller);
        m_pollers[backend->backend] = std::move(poller);
    }
    m_backoff.setPolicy(kPollBackoff);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InboxSync::pollAll);
    if (transport)
        connect(transport, &Transport::rateLimitReported, this,
                [this](const QUrl& url, int limit, int remaining, const QDateTime& resetAt) {
                    m_budget.record(url, limit, remaining, resetAt);
                });
}

InboxSync::~InboxSync() = default;

Poller* InboxSync::pollerFor(Backend backend) const {
    const auto found = m_pollers.find(backend);
    return found == m_pollers.end() ? nullptr : found->second.get();
}

LiveFollower* InboxSync::liveFollowerFor(Backend backend) const {
    const auto found = m_followers.find(backend);
    return found == m_followers.end() ? nullptr : found->second.get();
}

bool InboxSync::isLive(qint64 accountId) const {
    return std::any_of(m_followers.begin(), m_followers.end(), [accountId](const auto& follower) {
        return follower.second->isLive(accountId);
    });
}

void InboxSync::followLive(const QList<Account>& accounts) {
    for (const auto& [backend, follower] : m_followers) {
        QList<Account> followed;
        if (m_realtimeEnabled) {
            for (const Account& account : accounts) {
                if (account.backend == backend)
                    followed.append(account);
            }
        }
        follower->follow(followed);
    }
}

void InboxSync::stopLive() {
    for (const auto& [backend, follower] : m_followers)
        follower->stop();
}

void InboxSync::liveChanged(qint64 accountId, bool live) {
    if (live)
        reportAccount(accountId, {});
    if (live)
        pollSoon();
}

void InboxSync::pushMerged(qint64 conversationId, const QString& remoteId, int fresh) {
    if (fresh > 0)
        m_intervalMs = m_activeMs;
    emit realtimeMessageMerged(conversationId, remoteId);
}

void InboxSync::setIntervals(int activeMs, int idleMaxMs) {
    m_activeMs = std::max(10, activeMs);
    m_idleMaxMs = std::max(m_activeMs, idleMaxMs);
    m_intervalMs = m_activeMs;
}

void InboxSync::start() {
    m_intervalMs = m_activeMs;
    m_timer.start(0);
}

void InboxSync::stop() {
    m_timer.stop();
    stopLive();
}

void InboxSync::pollSoon() {
    m_intervalMs = m_activeMs;
    if (m_polling) {
        m_pollAgain = true;
        return;
    }
    m_timer.start(0);
}

std::optional<Conversation>
InboxSync::addSocialBoardsConversation(qint64 accountId, qint64 remoteId, const QString& title) {
    auto stored = agentdesk::addSocialBoardsConversation(*m_history, accountId, remoteId, title);
    if (stored)
        pollSoon();
    return stored;
}

void InboxSync::pollAll() {
    m_wakeAt = QDateTime();
    const QList<Account> all = m_history->accounts();
    followLive(all);
    const QDateTime now = m_transport->now();
    QList<Account> accounts;
    for (const Account& account : all) {
        if (mayPoll(account, now))
            accounts.append(account);
    }
    if (accounts.isEmpty()) {
        roundFinished(0);
        return;
    }
    m_polling = true;
    auto remaining = std::make_shared<int>(int(accounts.size()));
    auto newMessages = std::make_shared<int>(0);
    for (const Account& account : accounts) {
        Poller* poller = pollerFor(account.backend);
        auto* round =
            new SyncRound(this, m_history, m_transport, m_credentials, account, poller, {});
        const bool live = isLive(account.id);
        round->setDone([this, round, poller, account, live, remaining,
                        newMessages](const ApiError& error, int fresh) {
            reportAccount(account.id, error);
            if (error) {
                backOff(account.id, error);
            } else if (round->complete()) {
                m_failures.remove(account.id);
                m_blockedUntil.remove(account.id);
                poller->roundCompleted(account, live && isLive(account.id));
            }
            *newMessages += fresh;
            if (--*remaining == 0)
                roundFinished(*newMessages);
        });
        round->start();
    }
}

bool InboxSync::mayPoll(const Account& account, const QDateTime& now) {
    const QDateTime blocked = m_blockedUntil.value(account.id);
    if (blocked.isValid() && blocked > now) {
        wakeAt(blocked);
        return false;
    }
    const Poller* poller = pollerFor(account.backend);
    return poller && poller->wantsRound(account, isLive(account.id));
}

void InboxSync::backOff(qint64 accountId, const ApiError& error) {
    if (error.kind() != ApiError::Kind::RateLimited && !error.isRetryable())
        return; // a refusal: the agent has to act; polling again changes nothing, costs little
    const int failures = ++m_failures[accountId];
    const QDateTime until = m_backoff.nextAttempt(error, failures, m_transport->now());
    m_blockedUntil.insert(accountId, until);
    qCInfo(lcSync) << "account" << accountId << "waits" << m_transport->now().msecsTo(until)
                   << "ms before the next read";
    wakeAt(until);
}

void InboxSync::wakeAt(const QDateTime& when) {
    if (!m_wakeAt.isValid() || when < m_wakeAt)
        m_wakeAt = when;
}

void InboxSync::reportAccount(qint64 accountId, const ApiError& error) {
    const QString problem = error ? error.message() : QString();
    if (error)
        qCInfo(lcSync) << "account" << accountId << error.kindName() << error.detail();
    m_problems.insert(accountId, problem);
    emit accountStatusChanged(accountId, !error, problem);
}

void InboxSync::roundFinished(int newMessages) {
    m_polling = false;
    if (newMessages > 0 || m_pollAgain)
        m_intervalMs = m_activeMs;
    else
        m_intervalMs = std::min(m_idleMaxMs, m_intervalMs + m_intervalMs / 2);
    const bool again = m_pollAgain;
    m_pollAgain = false;
    emit pollFinished();
    qint64 next = again ? 0 : m_intervalMs;
    if (m_wakeAt.isValid()) // a rate-limit window or backoff ends sooner than the interval
        next = std::min(next, std::max<qint64>(0, m_transport->now().msecsTo(m_wakeAt) + 1));
    m_timer.start(int(next));
}

int InboxSync::merge(const Conversation& conversation, QList<Message> messages,
                     QSet<QString>* added) {
    std::sort(messages.begin(), messages.end(),
              [](const Message& a, const Message& b) { return a.createdAt < b.createdAt; });
    // Replies of ours still on their way have no server id yet: the server's copy is theirs.
    QStringList inFlight;
    for (const Message& pending : m_history->pendingMessages()) {
        if (pending.conversationId == conversation.id && pending.remoteId.isEmpty())
            inFlight.append(pending.text);
    }
    const bool firstRead = m_history->messageCount(conversation.id) == 0;
    int fresh = 0;
    for (Message message : messages) {
        message.conversationId = conversation.id;
        // A server id equal to one of our client ids (Rocket.Chat `_id`) is matched by the
        // history itself; only copies without our id are matched by their text.
        if (message.direction == Direction::Outgoing &&
            !m_history->messageByClientId(message.remoteId) && inFlight.removeOne(message.text)) {
            continue;
        }
        const auto [stored, isNew] = m_history->mergeRemoteMessage(message);
        if (isNew && added)
            added->insert(message.remoteId);
        if (isNew && stored && stored->direction == Direction::Incoming)
            ++fresh;
    }
    if (firstRead && fresh > 0) {
        // Old history is not news, but a visitor still waiting for an answer is: what they wrote
        // after the agent's last reply stays unread.
        int unanswered = 0;
        for (const Message& message : std::as_const(messages)) {
            if (message.direction == Direction::Outgoing)
                unanswered = 0;
            else if (message.direction == Direction::Incoming)
                ++unanswered;
        }
        m_history->setUnreadCount(conversation.id, unanswered);
    } else if (fresh > 0) {
        emit visitorMessagesArrived(conversation.id, fresh);
    }
    return firstRead ? 0 : fresh;
}

} // namespace agentdesk
