#pragma once

#include "RocketChat.h"

#include <QList>

namespace agentdesk::rocketchat {

//! `POST /api/v1/livechat/messages`: several visitor messages in one request, as the agent
//! identified by `X-Auth-Token` / `X-User-Id`.
//!
//! The server assigns its own ids and answers only `username`, `msg` and `ts` per message, so a
//! batch whose outcome is unknown must be reconciled against the room history, never resent.
struct SendVisitorMessagesRequest {
    QString visitorToken; //!< `visitor.token` (required)
    QStringList messages; //!< each becomes `{"msg": ...}`, in order (at least one, none empty)
};

//! One message of the batch as the server confirms it.
struct SentMessage {
    QString username;
    QString msg;
    QDateTime ts;
};

struct SendVisitorMessagesResult {
    QList<SentMessage> messages; //!< in the order sent
};

//! The reason a batch must not be sent (InvalidRequest), or none(): no visitor token, no
//! message, or an empty message (named by its position, counted from 1).
ApiError checkSendVisitorMessagesRequest(const SendVisitorMessagesRequest& request);

HttpRequest sendVisitorMessagesRequest(const Server& server,
                                       const SendVisitorMessagesRequest& request);
Result<SendVisitorMessagesResult> parseSendVisitorMessagesReply(const HttpResponse& response);

//! Checks the request and the credentials first (an error then arrives without any request
//! sent), and treats an answer that confirms a different number of messages as BadResponse.
void sendVisitorMessages(Transport& transport, const Server& server,
                         const SendVisitorMessagesRequest& request, QObject* context,
                         ResultCallback<SendVisitorMessagesResult> done);

} // namespace agentdesk::rocketchat
