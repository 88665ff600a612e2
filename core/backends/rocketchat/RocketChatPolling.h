#pragma once

#include "backends/Poller.h"
#include "backends/rocketchat/RocketChat.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace agentdesk {

//! What the inbox remembers about one Rocket.Chat account's rooms between rounds and pushes.
struct RocketChatRooms {
    QHash<QString, QDateTime> lastRead;           //!< rid -> the room's `lm` when read
    //! rid -> where a read that paged back and was cut short (rate limit, error) goes on: the
    //! `end` of the page it could not read. The messages between there and what we knew before
    //! are still missing although the newest page is known.
    QHash<QString, QDateTime> resumeBefore;
    QHash<QString, rocketchat::Visitor> visitors; //!< rid -> the room's visitor
    bool caughtUp = false;                        //!< a round completed since the websocket came up
    bool refresh = false; //!< the room list changed: read it even while live
};

//! Reads Rocket.Chat accounts: the open rooms (`livechat/rooms`), then only the rooms whose last
//! message (`lm`) changed since they were read, from the newest message we have on (`ls`, paging
//! back with `end` when more arrived). A live account (RocketChatLive) is read only to catch up
//! after (re)connecting or when its room list changed.
class RocketChatPoller final : public Poller {
public:
    bool wantsRound(const Account& account, bool live) const override;
    void poll(SyncRound& round) override;
    void roundCompleted(const Account& account, bool live) override;

    //! The account's rooms as the last round and the pushes since left them (shared with
    //! RocketChatLive, which follows the same accounts).
    RocketChatRooms& rooms(qint64 accountId) { return m_rooms[accountId]; }
    //! Forgets an account that is gone (or no longer followed live).
    void forget(qint64 accountId) { m_rooms.remove(accountId); }

private:
    //! A room whose last message changed since it was read.
    struct RoomToRead {
        Conversation conversation;
        rocketchat::Visitor visitor;
        QDateTime lastMessageAt; //!< the room's `lm` as listed
    };

    //! Reads a room from the newest message we have on (`ls`), one page before `end` at a time,
    //! paging back while a full page holds nothing we knew. `resuming`: `end` is where an
    //! earlier read was cut short (RocketChatRooms::resumeBefore); once that gap is filled the
    //! newest page is read too.
    void readRoom(SyncRound& round, const rocketchat::Server& server, const RoomToRead& room,
                  const QDateTime& end, bool resuming, std::function<void()> next);

    QHash<qint64, RocketChatRooms> m_rooms;
};

} // namespace agentdesk
