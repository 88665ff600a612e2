#pragma once

#include "SocialBoards.h"

#include <optional>

namespace agentdesk::socialboards {

//! `POST chat/conversations`: opens a conversation (a chat ticket) for a client.
//!
//! The body follows the vendor's "Create conversation" page: author, title, url, sentiment,
//! categoryId, isBotEnabled; optional fields are omitted when unset. The page's `fields` (custom
//! field values) are not sent: the desk has no custom fields yet.
struct CreateConversationRequest {
    UserValue author; //!< required; a non-bot author needs id, email or customIdentifier
    QString title;    //!< optional
    QString url;      //!< the page where the chat took place; optional
    //! The page's "Sentiment enumeration"; only "question" (the server's default) is documented,
    //! so the value is passed through as written. Empty: omitted.
    QString sentiment;
    std::optional<qint64> categoryId;
    std::optional<bool> isBotEnabled; //!< true: a bot answers first; the server's default is false
};

//! Where a conversation is in the agents' queue; position -1 means an agent has it.
struct QueuePosition {
    qint64 position = -1;
    std::optional<qint64> waitTime; //!< null when unknown
};

//! A conversation as the server returns it (the "Conversation" object).
struct Conversation {
    User author;
    QDateTime creationTime;
    qint64 id = 0;
    QString initialPageUrl;
    bool isClosed = false;
    bool isTakeoverEnabled = false;
    QDateTime lastModifiedTime;
    QString latestPageUrl;
    QList<ConversationMessage> messages;
    std::optional<QueuePosition> queuePositionInfo;
    qint64 totalMessagesCount = 0;
};

//! Refuses an author the server would refuse, before anything is sent.
ApiError checkCreateConversation(const CreateConversationRequest& request);

HttpRequest createConversationRequest(const Server& server,
                                      const CreateConversationRequest& request);
Result<Conversation> parseCreateConversationReply(const HttpResponse& response);
//! Reads a Conversation object; records shape errors in the reader.
Conversation parseConversation(JsonReader reader);

void createConversation(Transport& transport, const Server& server,
                        const CreateConversationRequest& request, QObject* context,
                        ResultCallback<Conversation> done);

} // namespace agentdesk::socialboards
