#include "LiveChatAIBackend.h"

#include "backends/Poller.h"
#include "backends/livechatai/GetConversation.h"
#include "backends/livechatai/ListConversations.h"
#include "net/ApiError.h"
#include "store/History.h"
#include "sync/SyncRound.h"

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

//! Lists the AI agent's open LiveChatAI conversations and reads those with activity since they
//! were last read.
class LiveChatAIPoller final : public Poller {
public:
    void poll(SyncRound& round) override;
};

void LiveChatAIPoller::poll(SyncRound& round) {
    const Account& account = round.account();
    const livechatai::Server server{account.serverUrl, round.secret()};
    if (server.apiKey.isEmpty()) {
        return round.finish(ApiError(ApiError::Kind::Unauthorized,
                                     SyncRound::tr("no API key is saved for this account")));
    }
    livechatai::ListConversationsRequest request;
    request.agentId = account.agentId;
    request.perPage = kConversationsPage;
    request.status = livechatai::ConversationStatus::Open;
    History& history = round.history();
    livechatai::listConversations(
        round.transport(), server, request, &round,
        [&round, &history, account, server](Result<livechatai::ConversationPage> page) {
            if (!page)
                return round.finish(page.error());
            using Changed = std::pair<Conversation, QDateTime>;
            QList<Changed> changed;
            for (const livechatai::Conversation& remote : page->conversations) {
                if (history.isAiConversation(remote.id)) {
                    // the AI colleague's own conversation (the AI panel asked there): no visitor;
                    // a copy listed before the panel recorded it goes
                    history.removeAiConversationCopies(remote.id);
                    continue;
                }
                auto known = history.conversationByRemoteId(account.id, remote.id);
                const QDateTime activity =
                    remote.lastMessageDate.isValid() ? remote.lastMessageDate : remote.updatedAt;
                if (known && known->lastActivity.isValid() && activity.isValid() &&
                    activity <= known->lastActivity) {
                    continue; // nothing new since the last read
                }
                Conversation conversation = known.value_or(Conversation{});
                conversation.accountId = account.id;
                conversation.backend = Backend::LiveChatAI;
                conversation.remoteId = remote.id;
                if (remote.contact) {
                    conversation.visitorName = remote.contact->name;
                    conversation.visitorEmail = remote.contact->email;
                }
                if (conversation.visitorName.isEmpty())
                    conversation.visitorName = SyncRound::tr("Visitor %1").arg(remote.id.right(6));
                conversation.title = conversation.visitorName;
                conversation.open = !remote.isResolved;
                if (!known)
                    conversation.lastActivity = remote.createdAt;
                if (auto stored = history.upsertConversation(conversation))
                    changed.append({*stored, activity});
            }
            round.forEach<Changed>(
                changed,
                [&round, server](const Changed& item, std::function<void()> next) {
                    const Conversation& conversation = item.first;
                    livechatai::GetConversationRequest read;
                    read.conversationId = conversation.remoteId;
                    livechatai::getConversation(
                        round.transport(), server, read, &round,
                        [&round, conversation, activity = item.second,
                         next](Result<livechatai::Conversation> full) {
                            if (!full)
                                return round.finish(full.error());
                            QList<Message> messages;
                            for (const livechatai::Message& remote : full->messages)
                                messages.append(fromLiveChatAi(remote));
                            round.merge(conversation, messages);
                            round.rememberActivity(conversation.id, activity);
                            next();
                        });
                },
                [&round] { round.finish({}); });
        });
}

} // namespace

std::unique_ptr<Poller> makeLiveChatAIPoller() {
    return std::make_unique<LiveChatAIPoller>();
}

} // namespace agentdesk
