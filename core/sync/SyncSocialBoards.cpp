#include "SyncRound.h"

#include "accounts/Credentials.h"
#include "backends/socialboards/ReadMessages.h"
#include "store/History.h"

namespace agentdesk {

namespace {

constexpr int kPage = 50;

Message fromSocialBoards(const socialboards::ConversationMessage& remote) {
    Message message;
    message.remoteId = QString::number(remote.id);
    message.text = remote.message;
    message.createdAt = remote.creationTime;
    message.author = remote.author.name;
    if (remote.author.isBot)
        message.direction = Direction::System;
    else if (remote.author.status == QLatin1String("client"))
        message.direction = Direction::Incoming;
    else
        message.direction = Direction::Outgoing;
    if (message.direction == Direction::Outgoing) {
        message.state = DeliveryState::Sent;
        message.sentAt = remote.creationTime;
    }
    return message;
}

} // namespace

void SyncRound::nameTheVisitor(const Conversation& conversation,
                               const QList<socialboards::ConversationMessage>& messages) {
    // A conversation added by id has only its number for a name until its client writes.
    if (!conversation.visitorEmail.isEmpty())
        return;
    for (const auto& remote : messages) {
        if (remote.author.status != QLatin1String("client") || remote.author.name.isEmpty())
            continue;
        auto named = m_history->conversation(conversation.id);
        if (!named)
            return;
        named->visitorName = remote.author.name;
        named->visitorEmail = remote.author.email;
        named->title = remote.author.name;
        m_history->updateConversation(*named);
        return;
    }
}

void SyncRound::pullSocialBoards() {
    const socialboards::Server server{
        m_account.serverUrl, m_credentials ? m_credentials->secret(m_account.id) : QString()};
    if (server.accessToken.isEmpty()) {
        return finish(ApiError(ApiError::Kind::Unauthorized,
                               tr("no access token is saved for this account")));
    }
    QList<Conversation> conversations;
    for (const Conversation& conversation : m_history->conversations()) {
        if (conversation.accountId == m_account.id && conversation.open)
            conversations.append(conversation);
    }
    forEach<Conversation>(
        conversations,
        [this, server](const Conversation& conversation, std::function<void()> next) {
            socialboards::ReadMessagesRequest request;
            request.conversationId = conversation.remoteId.toLongLong();
            request.orderBy = socialboards::MessageOrder::CreationTimeDesc;
            request.take = kPage;
            socialboards::readMessages(
                *m_transport, server, request, this,
                [this, conversation, next](Result<QList<socialboards::ConversationMessage>> read) {
                    if (!read)
                        return finish(read.error());
                    QList<Message> messages;
                    for (const auto& remote : read.value())
                        messages.append(fromSocialBoards(remote));
                    nameTheVisitor(conversation, read.value());
                    m_newMessages += merge(conversation, messages);
                    next();
                });
        },
        [this] { finish({}); });
}

} // namespace agentdesk
