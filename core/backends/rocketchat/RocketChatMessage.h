#pragma once

#include "backends/rocketchat/RocketChat.h"
#include "store/Types.h"

namespace agentdesk {

//! A Rocket.Chat message as the history stores it: who wrote it (the visitor, an agent, the
//! system) and, for an agent's, that it is delivered. The one conversion for every way a message
//! arrives: a history read while polling and a push over the realtime websocket.
//! Classifies by who the server says wrote it (`u._id`), as Rocket.Chat sets it: the visitor's
//! own messages and those posted on the visitor's behalf (`livechat/message(s)`) are incoming;
//! the signed-in agent's (`chat.sendMessage`) are ours, named like the replies typed here; any
//! other agent's are outgoing under that agent's name.
Message fromRocketChat(const rocketchat::Message& remote, const rocketchat::Visitor& visitor,
                       const Account& agent);

} // namespace agentdesk
