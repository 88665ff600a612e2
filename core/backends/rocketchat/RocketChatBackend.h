#pragma once

#include "backends/Backends.h"

namespace agentdesk {

//! Rocket.Chat's capabilities: delivery, polling, the realtime websocket, sign-in with a
//! password or a personal access token, and "Test connection" (`me`, then `livechat/rooms`).
const BackendPlugin& rocketChatBackend();

// The pieces rocketChatBackend() registers, each in its own file of this folder.
std::unique_ptr<Delivery> makeRocketChatDelivery();
void testRocketChatConnection(Transport& transport, const Account& account, const QString& secret,
                              QObject* context, ConnectionTestDone done,
                              qint64 probeConversationId);
std::optional<QString> rocketChatAccountProblem(const Account& account);

} // namespace agentdesk
