#pragma once

#include "SocialBoards.h"

#include <optional>

namespace agentdesk::socialboards {

//! One message to add; optional fields are omitted from the JSON when unset, never sent empty.
struct NewMessage {
    QString message; //!< the text (required)
    UserValue author;
    //! When the message was written, for importing earlier history; invalid: the server uses its
    //! own time. At most kMaxCreationTimeAheadSecs ahead of now, or it is refused before sending.
    QDateTime creationTime;
    std::optional<bool> isByTeam; //!< true: a team member; false: the client; unset: server's rule
};

//! `POST chat/conversations/{id}/messages`: one or more messages into a conversation, in one call.
struct AddMessagesRequest {
    qint64 conversationId = 0;
    QList<NewMessage> messages;
};

//! Checks what the server would refuse, so a doomed request never leaves: no messages, an empty
//! text, a non-bot author without id/email/customIdentifier, a creationTime more than 30 s after
//! `now`. Returns no error when the request may be sent.
ApiError checkAddMessages(const AddMessagesRequest& request, const QDateTime& now);

HttpRequest addMessagesRequest(const Server& server, const AddMessagesRequest& request);
//! The added messages as the server stored them (`data[]`).
Result<QList<ConversationMessage>> parseAddMessagesReply(const HttpResponse& response);

//! Checks the request against transport.now() (an injectable clock), then sends it.
void addMessages(Transport& transport, const Server& server, const AddMessagesRequest& request,
                 QObject* context, ResultCallback<QList<ConversationMessage>> done);

} // namespace agentdesk::socialboards
