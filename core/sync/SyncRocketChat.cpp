#include "SyncRound.h"

#include "InboxSync.h"
#include "RocketChatMessage.h"

#include "accounts/Credentials.h"
#include "backends/rocketchat/MessagesHistory.h"
#include "backends/rocketchat/Rooms.h"
#include "store/History.h"

#include <QSet>

namespace agentdesk {

namespace {
constexpr int kRoomsPage = 100;
constexpr int kHistoryPage = 50;
} // namespace

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

namespace {

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
    if (!admit(rocketchat::roomsRequest(server, request).url))
        return;
    rocketchat::rooms(
        *m_transport, server, request, this, [this, server](Result<rocketchat::RoomsPage> page) {
            if (!page)
                return finish(page.error());
            InboxSync::RocketChatRooms& seen = m_sync->m_rocketChat[m_account.id];
            QSet<QString> openRooms;
            QList<RoomToRead> toRead;
            for (const rocketchat::Room& room : page->rooms) {
                openRooms.insert(room.id);
                seen.visitors.insert(room.id, room.v);
                auto stored = m_history->upsertConversation(fromRoom(
                    m_account, room, m_history->conversationByRemoteId(m_account.id, room.id)));
                // Only rooms with a message since they were last read (`lm` moved on).
                const auto read = seen.lastRead.constFind(room.id);
                const bool unchanged = read != seen.lastRead.cend() &&
                                       (!room.lastMessageAt.isValid() ||
                                        (read->isValid() && room.lastMessageAt <= *read));
                if (stored && !unchanged)
                    toRead.append({*stored, room.v, room.lastMessageAt});
            }
            for (Conversation conversation : m_history->conversations()) {
                if (conversation.accountId == m_account.id && conversation.open &&
                    !openRooms.contains(conversation.remoteId)) {
                    conversation.open = false; // closed on the server, or handed to someone else
                    m_history->updateConversation(conversation);
                }
            }
            forEach<RoomToRead>(
                toRead,
                [this, server](const RoomToRead& room, std::function<void()> next) {
                    readRocketChatRoom(server, room, {}, std::move(next));
                },
                [this] { finish({}); });
        });
}

void SyncRound::readRocketChatRoom(const rocketchat::Server& server, const RoomToRead& room,
                                   const QDateTime& end, std::function<void()> next) {
    rocketchat::MessagesHistoryRequest history;
    history.rid = room.conversation.remoteId;
    history.token = room.conversation.visitorToken;
    history.limit = kHistoryPage;
    history.end = end;
    const QList<Message> newest = m_history->messagesBefore(room.conversation.id, std::nullopt, 1);
    if (!newest.isEmpty())
        history.ls = newest.first().createdAt; // the newest message we have
    if (!admit(rocketchat::messagesHistoryRequest(server.baseUrl, history).url))
        return;
    rocketchat::messagesHistory(
        *m_transport, server.baseUrl, history, this,
        [this, server, room, next = std::move(next)](Result<rocketchat::MessagesHistory> read) {
            if (!read)
                return finish(read.error());
            const bool firstRead = m_history->messageCount(room.conversation.id) == 0;
            QList<Message> messages;
            for (const rocketchat::Message& remote : read->messages)
                messages.append(fromRocketChat(remote, room.visitor, m_account));
            QSet<QString> added;
            m_newMessages += m_sync->merge(room.conversation, messages, &added);
            // The page is newest first: when its oldest message was known already, it reaches
            // back to what we had; otherwise more may have arrived than one page holds.
            const QDateTime oldest =
                read->messages.isEmpty() ? QDateTime() : read->messages.last().ts;
            const bool reachedKnown =
                read->messages.isEmpty() || !added.contains(read->messages.last().id);
            const bool full = read->messages.size() >= kHistoryPage;
            const bool more = !firstRead && full && oldest.isValid() &&
                              (!reachedKnown || read->unreadNotLoaded.value_or(0) > 0);
            if (more)
                return readRocketChatRoom(server, room, oldest, next);
            InboxSync::RocketChatRooms& seen = m_sync->m_rocketChat[m_account.id];
            seen.lastRead.insert(room.conversation.remoteId, room.lastMessageAt);
            next();
        });
}

} // namespace agentdesk
