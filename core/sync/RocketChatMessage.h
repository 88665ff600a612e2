#pragma once

#include "backends/rocketchat/RocketChat.h"
#include "store/Types.h"

namespace agentdesk {

//! A Rocket.Chat message as the history stores it: who wrote it (the visitor, an agent, the
//! system) and, for an agent's, that it is delivered. The one conversion for every way a message
//! arrives: a history read while polling and a push over the realtime websocket.
Message fromRocketChat(const rocketchat::Message& remote, const rocketchat::Visitor& visitor);

} // namespace agentdesk
