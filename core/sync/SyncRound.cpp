#include "SyncRound.h"

#include "InboxSync.h"

#include "accounts/Credentials.h"
#include "backends/Poller.h"
#include "net/ApiError.h"
#include "net/Transport.h"
#include "store/History.h"

namespace agentdesk {

SyncRound::SyncRound(InboxSync* sync, History* history, Transport* transport,
                     const Credentials* credentials, const Account& account, Poller* poller,
                     Done done)
    : QObject(sync)
    , m_sync(sync)
    , m_history(history)
    , m_transport(transport)
    , m_credentials(credentials)
    , m_account(account)
    , m_poller(poller)
    , m_done(std::move(done)) {}

void SyncRound::start() {
    m_poller->poll(*this);
}

QString SyncRound::secret() const {
    return m_credentials ? m_credentials->secret(m_account.id) : QString();
}

int SyncRound::merge(const Conversation& conversation, QList<Message> messages,
                     QSet<QString>* added) {
    const int fresh = m_sync->merge(conversation, std::move(messages), added);
    m_newMessages += fresh;
    return fresh;
}

bool SyncRound::admit(const QUrl& url) {
    const QDateTime now = m_transport->now();
    const QDateTime allowed = m_sync->m_budget.nextAllowed(url, now);
    if (allowed > now) {
        // The account waits for the window to reset (nothing else in the round could go).
        QDateTime& blocked = m_sync->m_blockedUntil[m_account.id];
        if (!blocked.isValid() || blocked < allowed)
            blocked = allowed;
        m_sync->wakeAt(allowed);
        m_complete = false;
        finish({});
        return false;
    }
    m_sync->m_budget.spend(url);
    return true;
}

void SyncRound::rememberActivity(qint64 conversationId, const QDateTime& activity) {
    auto conversation = m_history->conversation(conversationId);
    if (conversation && activity.isValid() &&
        (!conversation->lastActivity.isValid() || conversation->lastActivity < activity)) {
        conversation->lastActivity = activity;
        m_history->updateConversation(*conversation);
    }
}

void SyncRound::finish(const ApiError& error) {
    if (m_finished)
        return;
    m_finished = true;
    Done done = std::move(m_done);
    done(error, m_newMessages);
    deleteLater();
}

} // namespace agentdesk
