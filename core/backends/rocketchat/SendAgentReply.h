#pragma once

#include "RocketChat.h"

namespace agentdesk::rocketchat {

//! `POST /api/v1/chat.sendMessage`: a message written by the signed-in user (the agent), with
//! the agent's X-User-Id / X-Auth-Token. The server sets `u` to that user: this is how an agent's
//! reply must be posted (`livechat/message` always writes as the visitor whose token it gets).
//!
//! `id` is the client's own `_id`: the outbox sets it so that a retry can never insert a second
//! copy. A real server refuses an `_id` it already has with a 400 whose words say nothing
//! useful (the message is not inserted again), so a 400 is checked with chatMessage().
struct SendAgentReplyRequest {
    QString rid; //!< the room id (required)
    QString msg; //!< the text (required)
    QString id;  //!< optional `_id`; omitted when empty
};

//! The reason the request must not be sent (InvalidRequest), or none(): rid or msg missing.
ApiError checkSendAgentReplyRequest(const SendAgentReplyRequest& request);

HttpRequest sendAgentReplyRequest(const Server& server, const SendAgentReplyRequest& request);
Result<Message> parseSendAgentReplyReply(const HttpResponse& response);

void sendAgentReply(Transport& transport, const Server& server,
                    const SendAgentReplyRequest& request, QObject* context,
                    ResultCallback<Message> done);

} // namespace agentdesk::rocketchat
