#include "Backends.h"

#include "backends/livechatai/LiveChatAIBackend.h"
#include "backends/rocketchat/RocketChatBackend.h"
#include "backends/socialboards/SocialBoardsBackend.h"

namespace agentdesk {

const BackendPlugin& backendFor(Backend backend) {
    switch (backend) {
    case Backend::RocketChat:
        return rocketChatBackend();
    case Backend::SocialBoards:
        return socialBoardsBackend();
    case Backend::LiveChatAI:
        return liveChatAIBackend();
    }
    Q_UNREACHABLE();
}

QList<const BackendPlugin*> allBackends() {
    return {&rocketChatBackend(), &socialBoardsBackend(), &liveChatAIBackend()};
}

} // namespace agentdesk
