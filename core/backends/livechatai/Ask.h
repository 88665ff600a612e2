#pragma once

#include "LiveChatAI.h"

#include <optional>

namespace agentdesk::livechatai {

//! `POST /api/v2/conversations`: a question to an AI agent, answered in the same call.
//!
//! Optional fields are omitted when unset. `streaming` is sent only when explicitly set; its
//! response format is not documented, so nothing here depends on it (a streamed answer that is
//! not the documented JSON is a BadResponse).
struct AskRequest {
    QString question;       //!< required
    QString agentId;        //!< the AI agent (chatbot) to ask; required
    QString conversationId; //!< continue this conversation; empty: start a new one
    std::optional<MessageType> messageType;
    std::optional<bool> streaming;
    std::optional<ResponseFormat> responseFormat; //!< the server's default is MARKDOWN
    std::optional<IntegrationType> integrationType;
    QString ip;      //!< the visitor's IP address
    QString country; //!< the visitor's country code, e.g. "US"
};

//! A link the AI used as a source for its answer.
struct Link {
    QString link;
    QString type; //!< e.g. "WEBSITE"
};

//! The AI's answer and the ids that place it in its conversation.
struct Answer {
    QString conversationId;
    QString contactId;
    QString response;          //!< the answer text, in the requested format
    QString messageId;         //!< the question as stored
    QString responseMessageId; //!< the answer as stored
    QList<Link> links;
    QString message; //!< the server's status text, e.g. "Message sent successfully"
};

//! Refuses an empty question or agentId before anything is sent; no error when it may be sent.
ApiError checkAsk(const AskRequest& request);

HttpRequest askRequest(const Server& server, const AskRequest& request);
Result<Answer> parseAskReply(const HttpResponse& response);

void ask(Transport& transport, const Server& server, const AskRequest& request, QObject* context,
         ResultCallback<Answer> done);

} // namespace agentdesk::livechatai
