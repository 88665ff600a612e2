#pragma once

#include "backends/SignIn.h"

namespace agentdesk {

//! Signs in to Rocket.Chat: `POST /api/v1/login` for a password (the answer's `data.me` names the
//! agent), `GET /api/v1/me` for a personal access token. Replies are then sent as this agent
//! (`chat.sendMessage`). `done` runs once, later, never after `context` is destroyed.
void signInToRocketChat(Transport& transport, const AgentSignIn& signIn, QObject* context,
                        ResultCallback<SignedInAgent> done);

} // namespace agentdesk
