#pragma once

#include "backends/Backends.h"

namespace agentdesk {

//! LiveChatAI's capabilities: delivery, polling the AI agent's conversations, and "Test
//! connection" (one conversation of the agent). It takes an API key, no sign-in, no live line;
//! an account without a server address talks to app.livechatai.com.
const BackendPlugin& liveChatAIBackend();

// The pieces liveChatAIBackend() registers, each in its own file of this folder.
std::unique_ptr<Delivery> makeLiveChatAIDelivery();
std::unique_ptr<Poller> makeLiveChatAIPoller();
void testLiveChatAIConnection(Transport& transport, const Account& account, const QString& secret,
                              QObject* context, ConnectionTestDone done,
                              qint64 probeConversationId);

} // namespace agentdesk
