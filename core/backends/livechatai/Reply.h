#pragma once

#include "LiveChatAI.h"

#include <optional>

namespace agentdesk::livechatai {

//! `POST /api/v2/conversations/{conversationId}/reply`: a human agent's reply to the visitor.
struct ReplyRequest {
    QString conversationId; //!< required
    QString message;        //!< the reply text; required
    QString userId;         //!< the LiveChatAI user (team member) replying; omitted when empty
    std::optional<MessageType> messageType; //!< omitted when unset
};

//! The reply as the server stored it.
struct SentReply {
    QString id;
    QString text;
    QString sender; //!< "AGENT"
    QString type;   //!< "TEXT", "IMAGE"
    QDateTime createdAt;
    std::optional<Agent> agent;
};

struct ReplyResult {
    QString messageId;
    QString conversationId;
    SentReply message;
};

//! Refuses an empty text or a bad conversation id before sending.
ApiError checkReply(const ReplyRequest& request);

HttpRequest replyRequest(const Server& server, const ReplyRequest& request);
Result<ReplyResult> parseReplyReply(const HttpResponse& response);

void reply(Transport& transport, const Server& server, const ReplyRequest& request,
           QObject* context, ResultCallback<ReplyResult> done);

} // namespace agentdesk::livechatai
