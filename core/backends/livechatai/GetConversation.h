#pragma once

#include "LiveChatAI.h"

namespace agentdesk::livechatai {

//! `GET /api/v2/conversations/{conversationId}`: one conversation with its messages.
struct GetConversationRequest {
    QString conversationId; //!< e.g. "chat_1234567890"; required
};

//! Refuses an empty id, or one that cannot stand as a single path segment, before sending.
ApiError checkGetConversation(const GetConversationRequest& request);

HttpRequest getConversationRequest(const Server& server, const GetConversationRequest& request);
Result<Conversation> parseGetConversationReply(const HttpResponse& response);

void getConversation(Transport& transport, const Server& server,
                     const GetConversationRequest& request, QObject* context,
                     ResultCallback<Conversation> done);

} // namespace agentdesk::livechatai
