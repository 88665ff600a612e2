#include "LiveChatAIBackend.h"

#include "backends/Delivery.h"
#include "backends/Poller.h"

namespace agentdesk {

const BackendPlugin& liveChatAIBackend() {
    static const BackendPlugin plugin{
        .backend = Backend::LiveChatAI,
        .makeDelivery = makeLiveChatAIDelivery,
        .makePoller = makeLiveChatAIPoller,
        .makeLiveFollower = {},
        .signIn = nullptr,
        .testConnection = testLiveChatAIConnection,
        .accountProblem = nullptr,
        .defaultServerUrl = QUrl(QStringLiteral("https://app.livechatai.com")),
    };
    return plugin;
}

} // namespace agentdesk
