#pragma once

#include "backends/Endpoint.h"
#include "backends/JsonReader.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

//! LiveChatAI REST API v2, as published at api.livechatai.com (api-reference-v2): send a message,
//! list and retrieve conversations, reply as an agent. Every answer is `{status:"success", data}`
//! and every error `{status:"error", message, code}` (code is a string like "VALIDATION_ERROR";
//! a number is accepted too). Parsers require the fields the desk relies on (ids, texts, times)
//! and accept the rest as optional; a field of the wrong type is always a BadResponse.
namespace agentdesk::livechatai {

//! Where LiveChatAI lives and the API key that opens it.
struct Server {
    //! e.g. https://app.livechatai.com (a path prefix is kept); endpoints are `/api/v2/...`.
    QUrl baseUrl;
    QString apiKey; //!< never logged

    //! `Authorization: Bearer <api key>` as transport credentials, so a redirect to another
    //! origin never carries it.
    HeaderList credentials() const;
};

enum class MessageType { Text, Image };
enum class ResponseFormat { Markdown, Plain };
enum class IntegrationType { WhatsApp, Slack };
enum class ConversationStatus { Open, Close };

QString toString(MessageType type);          //!< "TEXT", "IMAGE"
QString toString(ResponseFormat format);     //!< "MARKDOWN", "PLAIN"
QString toString(IntegrationType type);      //!< "WHATSAPP", "SLACK"
QString toString(ConversationStatus status); //!< "open", "close"

//! A human agent (team member) as the server describes one.
struct Agent {
    QString id;
    QString name;
    QString email;
    QString avatar;
};

//! The visitor behind a conversation, as the conversation list describes them.
struct Contact {
    QString id;
    QString name;
    QString phone;
    QString email;
    QString distinctId;
};

//! One message of a conversation.
struct Message {
    QString id;
    QString content;
    QString role; //!< "user" for the visitor; the AI and human agents otherwise
    QString type; //!< "TEXT", "IMAGE"
    QDateTime createdAt;
    std::optional<Agent> agent; //!< the human agent who wrote it, if one did
};

//! A conversation: the list fills `contact`, the single read fills `contactId`, `agentId` and
//! `messages`.
struct Conversation {
    QString id;
    QString contactId;
    QString agentId; //!< the AI agent (chatbot) it belongs to
    std::optional<Contact> contact;
    std::optional<Agent> agent; //!< the assigned human agent
    bool isResolved = false;
    bool isAgent = false; //!< a human agent has taken over
    bool isMuted = false;
    bool isStarred = false;
    QString integrationType; //!< "WHATSAPP", "SLACK", ... (empty for the web widget)
    QDateTime lastMessageDate;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Message> messages;
};

//! The largest page the list endpoint serves.
constexpr int kMaxPerPage = 100;

//! Reads LiveChatAI's error shape `{status:"error", message, code}` into an ApiError.
void readError(ApiError& error, const HttpResponse& response);

//! Checks the `{status:"success", data, ...}` envelope every answer has.
//!
//! `status:"error"` in a 2xx answer (not documented, but the error shape says it all) is an
//! InvalidRequest error carrying message and code; any other shape is a BadResponse. On success the
//! whole object is returned for the endpoint to read `data` from.
Result<QJsonObject> unwrapEnvelope(const HttpResponse& response);

Agent parseAgent(JsonReader reader);
Contact parseContact(JsonReader reader);
Message parseMessage(JsonReader reader);
Conversation parseConversation(JsonReader reader);

//! True for an id that can stand as one path segment (no '/', '?', '#', '%', spaces).
bool isPathSegment(const QString& id);

} // namespace agentdesk::livechatai
