#include "RocketChatPolling.h"

#include "RocketChatMessage.h"

#include "backends/rocketchat/ListRooms.h"
#include "backends/rocketchat/RoomHistory.h"
#include "net/ApiError.h"
#include "store/History.h"
#include "sync/SyncRound.h"

#include <QSet>

namespace agentdesk {

namespace {
constexpr int kRoomsPage = 100;
constexpr int kHistoryPage = 50;

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

bool RocketChatPoller::wantsRound(const Account& account, bool live) const {
    if (!live)
        return true;
    // Pushed messages keep a live account current: only a catch-up after (re)connecting or a
    // changed room list is read.
    const auto rooms = m_rooms.constFind(account.id);
    return rooms == m_rooms.cend() || !rooms->caughtUp || rooms->refresh;
}

void RocketChatPoller::roundCompleted(const Account& account, bool live) {
    if (!live)
        return;
    RocketChatRooms& seen = m_rooms[account.id];
    seen.caughtUp = true; // from now on pushes alone keep it current
    seen.refresh = false;
}

void RocketChatPoller::poll(SyncRound& round) {
    const Account& account = round.account();
    rocketchat::Server server{account.serverUrl, account.userId, round.secret()};
    if (server.authToken.isEmpty()) {
        return round.finish(ApiError(ApiError::Kind::Unauthorized,
                                     SyncRound::tr("no token is saved for this account")));
    }
    rocketchat::ListRoomsRequest request;
    request.agentId = account.userId;
    request.open = true;
    request.count = kRoomsPage;
    if (!round.admit(rocketchat::listRoomsRequest(server, request).url))
        return;
    History& history = round.history();
    rocketchat::listRooms(
        round.transport(), server, request, &round,
        [this, &round, &history, account, server](Result<rocketchat::RoomsPage> page) {
            if (!page)
                return round.finish(page.error());
            RocketChatRooms& seen = m_rooms[account.id];
            QSet<QString> openRooms;
            QList<RoomToRead> toRead;
            for (const rocketchat::Room& room : page->rooms) {
                openRooms.insert(room.id);
                seen.visitors.insert(room.id, room.v);
                auto stored = history.upsertConversation(
                    fromRoom(account, room, history.conversationByRemoteId(account.id, room.id)));
                // Only rooms with a message since they were last read (`lm` moved on).
                const auto read = seen.lastRead.constFind(room.id);
                const bool unchanged = read != seen.lastRead.cend() &&
                                       !seen.resumeBefore.contains(room.id) &&
                                       (!room.lastMessageAt.isValid() ||
                                        (read->isValid() && room.lastMessageAt <= *read));
                if (stored && !unchanged)
                    toRead.append({*stored, room.v, room.lastMessageAt});
            }
            for (Conversation conversation : history.conversations()) {
                if (conversation.accountId == account.id && conversation.open &&
                    !openRooms.contains(conversation.remoteId)) {
                    conversation.open = false; // closed on the server, or handed to someone else
                    history.updateConversation(conversation);
                }
            }
            round.forEach<RoomToRead>(
                toRead,
                [this, &round, server](const RoomToRead& room, std::function<void()> next) {
                    // A gap left by a read cut short is filled first, so that the newest page
                    // (known by now) does not use up the budget round after round.
                    const QDateTime resume =
                        m_rooms[round.account().id].resumeBefore.take(room.conversation.remoteId);
                    readRoom(round, server, room, resume, resume.isValid(), std::move(next));
                },
                [&round] { round.finish({}); });
        });
}

void RocketChatPoller::readRoom(SyncRound& round, const rocketchat::Server& server,
                                const RoomToRead& room, const QDateTime& end, bool resuming,
                                std::function<void()> next) {
    rocketchat::RoomHistoryRequest history;
    history.rid = room.conversation.remoteId;
    history.token = room.conversation.visitorToken;
    history.limit = kHistoryPage;
    history.end = end;
    const QList<Message> newest =
        round.history().messagesBefore(room.conversation.id, std::nullopt, 1);
    if (!newest.isEmpty())
        history.ls = newest.first().createdAt; // the newest message we have
    const qint64 accountId = round.account().id;
    const QString rid = room.conversation.remoteId;
    // A page further back that cannot be read now is read first thing next time.
    const auto resumeLater = [this, accountId, rid, end] {
        if (end.isValid())
            m_rooms[accountId].resumeBefore.insert(rid, end);
    };
    if (!round.admit(rocketchat::roomHistoryRequest(server.baseUrl, history).url))
        return resumeLater();
    rocketchat::roomHistory(
        round.transport(), server.baseUrl, history, &round,
        [this, &round, server, room, resuming, resumeLater,
         next = std::move(next)](Result<rocketchat::RoomHistory> read) {
            if (!read) {
                resumeLater();
                return round.finish(read.error());
            }
            const bool firstRead = round.history().messageCount(room.conversation.id) == 0;
            QList<Message> messages;
            for (const rocketchat::Message& remote : read->messages)
                messages.append(fromRocketChat(remote, room.visitor, round.account()));
            QSet<QString> added;
            round.merge(room.conversation, messages, &added);
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
                return readRoom(round, server, room, oldest, resuming, next);
            if (resuming) // the gap is filled: now whatever arrived since
                return readRoom(round, server, room, {}, false, next);
            RocketChatRooms& seen = m_rooms[round.account().id];
            seen.lastRead.insert(room.conversation.remoteId, room.lastMessageAt);
            next();
        });
}

} // namespace agentdesk
