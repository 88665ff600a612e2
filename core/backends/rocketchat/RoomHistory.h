#pragma once

#include "RocketChat.h"

#include <QList>

namespace agentdesk::rocketchat {

//! `GET /api/v1/livechat/messages.history/:rid`: what was written in a room, newest first, read
//! with the visitor token like the send endpoints (no agent credentials).
//!
//! Page backwards by key, not by offset: pass the oldest `ts` seen so far as `end`.
struct RoomHistoryRequest {
    QString rid;   //!< the room id (required)
    QString token; //!< the visitor token (required)
    QDateTime ls;  //!< `ls`: the visitor's last-seen time, for unread counting; omitted if invalid
    QDateTime end; //!< `end`: only messages before this time; omitted if invalid
    std::optional<int> limit;  //!< `limit` (server default 20); omitted when unset
    std::optional<int> offset; //!< `offset`; omitted when unset
};

struct RoomHistory {
    QList<Message> messages;
    std::optional<qint64> unreadNotLoaded; //!< unread messages beyond this page, when reported
};

HttpRequest roomHistoryRequest(const QUrl& server, const RoomHistoryRequest& request);
Result<RoomHistory> parseRoomHistoryReply(const HttpResponse& response);

//! Refuses (InvalidRequest, nothing sent) a request without room id or visitor token.
void roomHistory(Transport& transport, const QUrl& server, const RoomHistoryRequest& request,
                 QObject* context, ResultCallback<RoomHistory> done);

} // namespace agentdesk::rocketchat
