#pragma once

#include "SocialBoards.h"

namespace agentdesk::socialboards {

enum class MessageOrder {
    CreationTimeAsc,  //!< `creation_time_asc`: the earliest first
    CreationTimeDesc, //!< `creation_time_desc`: the latest first (the server's default)
};

//! The largest page the server serves.
constexpr int kMaxTake = 100;

//! `GET chat/conversations/{id}/messages?orderBy=&skip=&take=`: one page of a conversation's
//! messages, so the desk can show what the client wrote.
struct ReadMessagesRequest {
    qint64 conversationId = 0;
    MessageOrder orderBy = MessageOrder::CreationTimeDesc;
    int skip = 0;
    int take = kMaxTake; //!< 1..100; more is refused before sending
};

//! Refuses a missing conversation, a negative skip and a take outside 1..100 before sending.
ApiError checkReadMessages(const ReadMessagesRequest& request);

HttpRequest readMessagesRequest(const Server& server, const ReadMessagesRequest& request);
Result<QList<ConversationMessage>> parseReadMessagesReply(const HttpResponse& response);

void readMessages(Transport& transport, const Server& server, const ReadMessagesRequest& request,
                  QObject* context, ResultCallback<QList<ConversationMessage>> done);

} // namespace agentdesk::socialboards
