#include "SocialBoardsBackend.h"

#include "backends/Poller.h"
#include "backends/socialboards/ReadMessages.h"
#include "net/ApiError.h"
#include "store/History.h"
#include "sync/SyncRound.h"

#include <QCoreApplication>

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

//! Names a SocialBoards conversation after its client, once one has written.
void nameTheVisitor(History& history, const Conversation& conversation,
                    const QList<socialboards::ConversationMessage>& messages) {
    // A conversation added by id has only its number for a name until its client writes.
    if (!conversation.visitorEmail.isEmpty())
        return;
    for (const auto& remote : messages) {
        if (remote.author.status != QLatin1String("client") || remote.author.name.isEmpty())
            continue;
        auto named = history.conversation(conversation.id);
        if (!named)
            return;
        named->visitorName = remote.author.name;
        named->visitorEmail = remote.author.email;
        named->title = remote.author.name;
        history.updateConversation(*named);
        return;
    }
}

//! Reads every open SocialBoards conversation of the account (there is no list endpoint: they
//! are added by id), newest messages first.
class SocialBoardsPoller final : public Poller {
public:
    void poll(SyncRound& round) override;
};

void SocialBoardsPoller::poll(SyncRound& round) {
    const Account& account = round.account();
    const socialboards::Server server{account.serverUrl, round.secret()};
    if (server.accessToken.isEmpty()) {
        return round.finish(ApiError(ApiError::Kind::Unauthorized,
                                     SyncRound::tr("no access token is saved for this account")));
    }
    QList<Conversation> conversations;
    for (const Conversation& conversation : round.history().conversations()) {
        if (conversation.accountId == account.id && conversation.open)
            conversations.append(conversation);
    }
    round.forEach<Conversation>(
        conversations,
        [&round, server](const Conversation& conversation, std::function<void()> next) {
            socialboards::ReadMessagesRequest request;
            request.conversationId = conversation.remoteId.toLongLong();
            request.orderBy = socialboards::MessageOrder::CreationTimeDesc;
            request.take = kPage;
            socialboards::readMessages(round.transport(), server, request, &round,
                                       [&round, conversation, next](
                                           Result<QList<socialboards::ConversationMessage>> read) {
                                           if (!read)
                                               return round.finish(read.error());
                                           QList<Message> messages;
                                           for (const auto& remote : read.value())
                                               messages.append(fromSocialBoards(remote));
                                           nameTheVisitor(round.history(), conversation,
                                                          read.value());
                                           round.merge(conversation, messages);
                                           next();
                                       });
        },
        [&round] { round.finish({}); });
}

//! The conversation names read as the inbox's own (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct InboxText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::InboxSync)
};

} // namespace

std::unique_ptr<Poller> makeSocialBoardsPoller() {
    return std::make_unique<SocialBoardsPoller>();
}

std::optional<Conversation> addSocialBoardsConversation(History& history, qint64 accountId,
                                                        qint64 remoteId, const QString& title) {
    const auto account = history.account(accountId);
    if (!account || account->backend != Backend::SocialBoards || remoteId <= 0)
        return std::nullopt;
    Conversation conversation;
    conversation.accountId = accountId;
    conversation.backend = Backend::SocialBoards;
    conversation.remoteId = QString::number(remoteId);
    conversation.title = title.isEmpty() ? InboxText::tr("Conversation %1").arg(remoteId) : title;
    conversation.visitorName = conversation.title;
    return history.upsertConversation(conversation);
}

} // namespace agentdesk
