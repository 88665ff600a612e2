#pragma once

#include "RocketChat.h"

namespace agentdesk::rocketchat {

//! `GET /api/v1/livechat/message/:_id`: one message of a room, read with the visitor token.
//!
//! The outbox asks this after a retry of the single send answered 400: when our own `_id` is
//! found, the first attempt was delivered. "Not there" is therefore its own answer: a NotFound
//! error, both for a 404 and for the server's 400 `invalid-message`.
struct VisitorMessageByIdRequest {
    QString id;    //!< the message `_id` (required)
    QString token; //!< the visitor token (required)
    QString rid;   //!< the room id (required)
};

HttpRequest visitorMessageByIdRequest(const QUrl& server, const VisitorMessageByIdRequest& request);
Result<Message> parseVisitorMessageByIdReply(const HttpResponse& response);
//! readError(), then a 400 `invalid-message` (the server's "no such message") becomes NotFound.
void readVisitorMessageByIdError(ApiError& error, const HttpResponse& response);

void visitorMessageById(Transport& transport, const QUrl& server,
                        const VisitorMessageByIdRequest& request, QObject* context,
                        ResultCallback<Message> done);

} // namespace agentdesk::rocketchat
