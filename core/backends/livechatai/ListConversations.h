#pragma once

#include "LiveChatAI.h"

#include <optional>

namespace agentdesk::livechatai {

//! `GET /api/v2/conversations?agentId=&page=&perPage=&status=`: one page of an AI agent's
//! conversations, newest activity first, so the desk can list what visitors wrote.
struct ListConversationsRequest {
    QString agentId;                          //!< the AI agent (chatbot); required
    int page = 1;                             //!< 1-based
    int perPage = 20;                         //!< 1..100; more is refused before sending
    std::optional<ConversationStatus> status; //!< unset: all
};

//! Where a page sits in the whole list.
struct PageInfo {
    qint64 total = 0;
    int perPage = 0;
    int currentPage = 0;
    int totalPages = 0;
};

struct ConversationPage {
    QList<Conversation> conversations;
    PageInfo meta;
};

//! Refuses an empty agentId, a page below 1 and a perPage outside 1..100 before sending.
ApiError checkListConversations(const ListConversationsRequest& request);

HttpRequest listConversationsRequest(const Server& server, const ListConversationsRequest& request);
Result<ConversationPage> parseListConversationsReply(const HttpResponse& response);

void listConversations(Transport& transport, const Server& server,
                       const ListConversationsRequest& request, QObject* context,
                       ResultCallback<ConversationPage> done);

} // namespace agentdesk::livechatai
