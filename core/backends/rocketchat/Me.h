#pragma once

#include "RocketChat.h"

namespace agentdesk::rocketchat {

//! `GET /api/v1/me`: who the X-User-Id / X-Auth-Token pair signs in as. Used with a personal
//! access token (which has no login answer) to learn the agent's username and display name.
//!
//! The server answers the user itself at the top level: `{_id, username, name, ..., success}`.
HttpRequest meRequest(const Server& server);
Result<User> parseMeReply(const HttpResponse& response);

void me(Transport& transport, const Server& server, QObject* context, ResultCallback<User> done);

} // namespace agentdesk::rocketchat
