#pragma once

#include "RocketChat.h"

namespace agentdesk::rocketchat {

//! `GET /api/v1/chat.getMessage?msgId=`: one message by `_id`, read with the agent's
//! credentials (any message of a room the agent may see, whoever wrote it).
//!
//! The outbox asks this after chat.sendMessage answered 400 or left its outcome unknown: when our
//! own `_id` is found, the first attempt was delivered. "Not there" is its own answer, NotFound:
//! a real server says it as a bare 400 `{success:false}` (no error text), and a 404 counts too.
struct AgentReplyByIdRequest {
    QString id; //!< the message `_id` (required)
};

HttpRequest agentReplyByIdRequest(const Server& server, const AgentReplyByIdRequest& request);
Result<Message> parseAgentReplyByIdReply(const HttpResponse& response);
//! readError(), then the bare 400 `{success:false}` (the server's "no such message") becomes
//! NotFound.
void readAgentReplyByIdError(ApiError& error, const HttpResponse& response);

void agentReplyById(Transport& transport, const Server& server,
                    const AgentReplyByIdRequest& request, QObject* context,
                    ResultCallback<Message> done);

} // namespace agentdesk::rocketchat
