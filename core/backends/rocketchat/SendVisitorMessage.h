#pragma once

#include "RocketChat.h"

#include <optional>

namespace agentdesk::rocketchat {

//! `POST /api/v1/livechat/message`: one message into a livechat room, no authentication.
//!
//! `id` is the client's own `_id`: the outbox sets it so a retry can never insert a second copy
//! (the server answers 400 for an `_id` it already has).
struct SendVisitorMessageRequest {
    QString token; //!< the visitor token (required)
    QString rid;   //!< the room id (required)
    QString msg;   //!< the text (required)
    QString id;    //!< optional `_id`; omitted when empty
    struct Agent {
        QString agentId;
        QString username;
    };
    std::optional<Agent> agent; //!< optional; omitted when unset
};

HttpRequest sendVisitorMessageRequest(const QUrl& server, const SendVisitorMessageRequest& request);
Result<Message> parseSendVisitorMessageReply(const HttpResponse& response);

void sendVisitorMessage(Transport& transport, const QUrl& server,
                        const SendVisitorMessageRequest& request, QObject* context,
                        ResultCallback<Message> done);

} // namespace agentdesk::rocketchat
