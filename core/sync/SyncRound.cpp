#include "SyncRound.h"

#include "InboxSync.h"

#include "net/ApiError.h"
#include "store/History.h"

#include <QPointer>

namespace agentdesk {

SyncRound::SyncRound(InboxSync* sync, History* history, Transport* transport,
                     const Credentials* credentials, const Account& account, Done done)
    : QObject(sync)
    , m_sync(sync)
    , m_history(history)
    , m_transport(transport)
    , m_credentials(credentials)
    , m_account(account)
    , m_done(std::move(done)) {}

void SyncRound::start() {
    switch (m_account.backend) {
    case Backend::RocketChat:
        return pullRocketChat();
    case Backend::SocialBoards:
        return pullSocialBoards();
    case Backend::LiveChatAI:
        return pullLiveChatAi();
    }
}

int SyncRound::merge(const Conversation& conversation, QList<Message> messages) {
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
    } else if (fresh > 0)
        emit m_sync->visitorMessagesArrived(conversation.id, fresh);
    return firstRead ? 0 : fresh;
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
