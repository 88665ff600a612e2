#include "SocialBoardsBackend.h"

#include "backends/Delivery.h"
#include "backends/Poller.h"

namespace agentdesk {

const BackendPlugin& socialBoardsBackend() {
    static const BackendPlugin plugin{
        .backend = Backend::SocialBoards,
        .makeDelivery = makeSocialBoardsDelivery,
        .makePoller = makeSocialBoardsPoller,
        .makeLiveFollower = {},
        .signIn = nullptr,
        .testConnection = testSocialBoardsConnection,
        .accountProblem = nullptr,
        .defaultServerUrl = {},
    };
    return plugin;
}

} // namespace agentdesk
