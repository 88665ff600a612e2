#include "SyncRound.h"

#include "accounts/Credentials.h"
#include "backends/rocketchat/MessagesHistory.h"
#include "backends/rocketchat/Rooms.h"
#include "store/History.h"

#include <QSet>

namespace agentdesk {

namespace {

constexpr int kRoomsPage = 100;
constexpr int kHistoryPage = 50;

//! Classifies by who the server says wrote it (`u._id`), as Rocket.Chat sets it: the visitor's
//! own messages and those posted on the visitor's behalf (`livechat/message(s)`) are incoming;
//! the signed-in agent's (`chat.sendMessage`) are ours, named like the replies typed here; any
//! other agent's are outgoing under that agent's name.
Message fromRocketChat(const rocketchat::Message& remote, const rocketchat::Visitor& visitor,
                       const Account& agent) {
    Message message;
    message.remoteId = remote.id;
    message.text = remote.msg;
    message.createdAt = remote.ts;
    const QString serverName = !remote.u.name.isEmpty() ? remote.u.name : remote.u.username;
    const bool byVisitor =
        !remote.u.id.isEmpty() ? remote.u.id == visitor.id : remote.u.username == visitor.username;
    const bool byUs = !remote.u.id.isEmpty() && remote.u.id == agent.userId;
    if (!remote.raw.value(QLatin1String("t")).toString().isEmpty())
        message.direction = Direction::System; // "livechat-started", "uj", ...
    else if (byVisitor)
        message.direction = Direction::Incoming;
    else
        message.direction = Direction::Outgoing;
    if (message.direction == Direction::Outgoing)
        message.author = byUs && !agent.username.isEmpty() ? agent.username : serverName;
    else
        message.author = !remote.alias.isEmpty() ? remote.alias : serverName;
    if (message.direction == Direction::Outgoing) {
        message.state = DeliveryState::Sent;
        message.sentAt = remote.ts;
    }
    return message;
}

Conversation fromRoom(const Account& account, const rocketchat::Room& room,
                      std::optional<Conversation> known) {
    Conversation conversation = known.value_or(Conversation{});
    conversation.accountId = account.id;
    conversation.backend = Backend::RocketChat;
    conversation.remoteId = room.id;
    conversation.visitorToken = room.v.token;
    conversation.visitorName = !room.fname.isEmpty()    ? room.fname
                               : !room.v.name.isEmpty() ? room.v.name
                                                        : room.v.username;
    conversation.title = conversation.visitorName;
    conversation.open = true;
    if (!known)
        conversation.lastActivity = room.lastMessageAt.isValid() ? room.lastMessageAt : room.ts;
    return conversation;
}

} // namespace

void SyncRound::pullRocketChat() {
    rocketchat::Server server{m_account.serverUrl, m_account.userId,
                              m_credentials ? m_credentials->secret(m_account.id) : QString()};
    if (server.authToken.isEmpty()) {
        return finish(
            ApiError(ApiError::Kind::Unauthorized, tr("no token is saved for this account")));
    }
    rocketchat::RoomsRequest request;
    request.agentId = m_account.userId;
    request.open = true;
    request.count = kRoomsPage;
    rocketchat::rooms(
        *m_transport, server, request, this, [this, server](Result<rocketchat::RoomsPage> page) {
            if (!page)
                return finish(page.error());
            QSet<QString> openRooms;
            QList<std::pair<Conversation, rocketchat::Visitor>> toRead;
            for (const rocketchat::Room& room : page->rooms) {
                openRooms.insert(room.id);
                auto stored = m_history->upsertConversation(fromRoom(
                    m_account, room, m_history->conversationByRemoteId(m_account.id, room.id)));
                if (stored)
                    toRead.append({*stored, room.v});
            }
            for (Conversation conversation : m_history->conversations()) {
                if (conversation.accountId == m_account.id && conversation.open &&
                    !openRooms.contains(conversation.remoteId)) {
                    conversation.open = false; // closed on the server, or handed to someone else
                    m_history->updateConversation(conversation);
                }
            }
            using Item = std::pair<Conversation, rocketchat::Visitor>;
            forEach<Item>(
                toRead,
                [this, server](const Item& item, std::function<void()> next) {
                    rocketchat::MessagesHistoryRequest history;
                    history.rid = item.first.remoteId;
                    history.token = item.first.visitorToken;
                    history.limit = kHistoryPage;
                    rocketchat::messagesHistory(
                        *m_transport, server.baseUrl, history, this,
                        [this, item, next](Result<rocketchat::MessagesHistory> read) {
                            if (!read)
                                return finish(read.error());
                            QList<Message> messages;
                            for (const rocketchat::Message& remote : read->messages)
                                messages.append(fromRocketChat(remote, item.second, m_account));
                            m_newMessages += merge(item.first, messages);
                            next();
                        });
                },
                [this] { finish({}); });
        });
}

} // namespace agentdesk
