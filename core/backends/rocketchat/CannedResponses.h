#pragma once

#include "RocketChat.h"

#include <QList>

namespace agentdesk::rocketchat {

//! A saved reply the agent may insert by its shortcut (Rocket.Chat Enterprise).
struct CannedResponse {
    QString id; //!< `_id`
    QString shortcut;
    QString text;  //!< may hold placeholders such as `{{contact.name}}`
    QString scope; //!< "global", "department" or "user"
    QStringList tags;
    QString departmentId; //!< for the "department" scope
    QDateTime updatedAt;  //!< `_updatedAt`, when the server includes it
};

//! `GET /api/v1/canned-responses.get`: every canned response the signed-in agent may use.
HttpRequest cannedResponsesRequest(const Server& server);
Result<QList<CannedResponse>> parseCannedResponsesReply(const HttpResponse& response);

//! Refuses (Unauthorized, nothing sent) when the server description has no credentials.
void cannedResponses(Transport& transport, const Server& server, QObject* context,
                     ResultCallback<QList<CannedResponse>> done);

} // namespace agentdesk::rocketchat
