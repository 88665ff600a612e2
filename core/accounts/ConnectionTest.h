#pragma once

#include "net/ApiError.h"
#include "store/Types.h"

#include <QString>

#include <functional>

class QObject;

namespace agentdesk {

class Transport;

//! What "Test connection" found out, in words for the agent.
struct ConnectionTestResult {
    bool ok = false;
    QString message; //!< one sentence: what worked, or what failed and what to check
    ApiError error;  //!< the failure, for logs and tests (none when ok)
    //! Rocket.Chat: who the credentials sign in as (`/api/v1/me`), when that was found out.
    QString agentUsername;
    QString agentName;
};

//! Calls the account's server once with the given secret, the cheapest authenticated request
//! each backend has (BackendPlugin::testConnection, after the account passed its backend's
//! accountProblem()), and says whether the server, the ids and the token work together:
//! - Rocket.Chat: who the pair signs in as (`GET /api/v1/me`), then the agent's open rooms
//!   (`GET /api/v1/livechat/rooms`), both with `X-Auth-Token` / `X-User-Id`;
//! - SocialBoards: one message of `probeConversationId` (`GET chat/conversations/{id}/messages`),
//!   where an answer in SocialBoards' own error envelope still proves the token was accepted;
//! - LiveChatAI: one conversation of the AI agent (`GET /api/v2/conversations`), which needs
//!   the agent id.
//!
//! Nothing is stored or retried. `done` runs exactly once, later, and never after `context` is
//! destroyed.
void testConnection(Transport& transport, const Account& account, const QString& secret,
                    QObject* context, std::function<void(const ConnectionTestResult&)> done,
                    qint64 probeConversationId = 1);

//! A failed test in the agent's words: what to check (credentials, the address), then the error.
ConnectionTestResult connectionTestFailure(const ApiError& error);

} // namespace agentdesk
