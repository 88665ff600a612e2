#pragma once

#include "RocketChat.h"

#include <QList>

namespace agentdesk::rocketchat {

//! `GET /api/v1/livechat/rooms`: the rooms an agent serves, to fill the conversation list.
//! Needs the agent's credentials (`X-Auth-Token` / `X-User-Id`).
struct ListRoomsRequest {
    QString agentId;                 //!< `agents[]`; empty: the signed-in agent (Server::userId)
    std::optional<bool> open = true; //!< `open`; omitted when unset (open and closed rooms)
    std::optional<int> offset;       //!< omitted when unset
    std::optional<int> count;        //!< omitted when unset (the server's page size)
};

//! One page of rooms and where it sits in the whole list.
struct RoomsPage {
    QList<Room> rooms;
    qint64 count = 0;  //!< rooms on this page
    qint64 offset = 0; //!< index of the first one
    qint64 total = 0;  //!< rooms matching, on all pages
};

HttpRequest listRoomsRequest(const Server& server, const ListRoomsRequest& request);
Result<RoomsPage> parseListRoomsReply(const HttpResponse& response);
//! Parses one room object; records shape errors in the reader.
Room parseRoom(JsonReader reader);

//! Refuses (Unauthorized, nothing sent) when the server description has no credentials.
void listRooms(Transport& transport, const Server& server, const ListRoomsRequest& request,
               QObject* context, ResultCallback<RoomsPage> done);

} // namespace agentdesk::rocketchat
