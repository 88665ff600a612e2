#include "SyncRound.h"

#include "accounts/Credentials.h"
#include "backends/livechatai/GetConversation.h"
#include "backends/livechatai/ListConversations.h"
#include "store/History.h"

namespace agentdesk {

namespace {

constexpr int kConversationsPage = 50;

Message fromLiveChatAi(const livechatai::Message& remote) {
    Message message;
    message.remoteId = remote.id;
    message.text = remote.content;
    message.createdAt = remote.createdAt;
    message.format = TextFormat::Plain;
    if (remote.role == QLatin1String("user")) {
        message.direction = Direction::Incoming;
    } else if (remote.agent) {
        message.direction = Direction::Outgoing; // a human agent's reply
        message.author = remote.agent->name;
        message.state = DeliveryState::Sent;
        message.sentAt = remote.createdAt;
    } else {
        message.direction = Direction::Ai; // the AI agent answered the visitor itself
        message.format = TextFormat::Markdown;
    }
    return message;
}

} // namespace

void SyncRound::pullLiveChatAi() {
    const livechatai::Server server{
        m_account.serverUrl, m_credentials ? m_credentials->secret(m_account.id) : QString()};
    if (server.apiKey.isEmpty()) {
        return finish(
            ApiError(ApiError::Kind::Unauthorized, tr("no API key is saved for this account")));
    }
    livechatai::ListConversationsRequest request;
    request.agentId = m_account.agentId;
    request.perPage = kConversationsPage;
    request.status = livechatai::ConversationStatus::Open;
    livechatai::listConversations(
        *m_transport, server, request, this,
        [this, server](Result<livechatai::ConversationPage> page) {
            if (!page)
                return finish(page.error());
            using Changed = std::pair<Conversation, QDateTime>;
            QList<Changed> changed;
            for (const livechatai::Conversation& remote : page->conversations) {
                if (m_history->isAiConversation(remote.id)) {
                    // the AI colleague's own conversation (the AI panel asked there): no visitor;
                    // a copy listed before the panel recorded it goes
                    m_history->removeAiConversationCopies(remote.id);
                    continue;
                }
                auto known = m_history->conversationByRemoteId(m_account.id, remote.id);
                const QDateTime activity =
                    remote.lastMessageDate.isValid() ? remote.lastMessageDate : remote.updatedAt;
                if (known && known->lastActivity.isValid() && activity.isValid() &&
                    activity <= known->lastActivity) {
                    continue; // nothing new since the last read
                }
                Conversation conversation = known.value_or(Conversation{});
                conversation.accountId = m_account.id;
                conversation.backend = Backend::LiveChatAI;
                conversation.remoteId = remote.id;
                if (remote.contact) {
                    conversation.visitorName = remote.contact->name;
                    conversation.visitorEmail = remote.contact->email;
                }
                if (conversation.visitorName.isEmpty())
                    conversation.visitorName = tr("Visitor %1").arg(remote.id.right(6));
                conversation.title = conversation.visitorName;
                conversation.open = !remote.isResolved;
                if (!known)
                    conversation.lastActivity = remote.createdAt;
                if (auto stored = m_history->upsertConversation(conversation))
                    changed.append({*stored, activity});
            }
            forEach<Changed>(
                changed,
                [this, server](const Changed& item, std::function<void()> next) {
                    const Conversation& conversation = item.first;
                    livechatai::GetConversationRequest read;
                    read.conversationId = conversation.remoteId;
                    livechatai::getConversation(*m_transport, server, read, this,
                                                [this, conversation, activity = item.second,
                                                 next](Result<livechatai::Conversation> full) {
                                                    if (!full)
                                                        return finish(full.error());
                                                    QList<Message> messages;
                                                    for (const livechatai::Message& remote :
                                                         full->messages)
                                                        messages.append(fromLiveChatAi(remote));
                                                    m_newMessages += merge(conversation, messages);
                                                    rememberActivity(conversation.id, activity);
                                                    next();
                                                });
                },
                [this] { finish({}); });
        });
}

} // namespace agentdesk
