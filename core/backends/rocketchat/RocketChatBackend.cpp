#include "RocketChatBackend.h"

#include "RocketChatLive.h"
#include "RocketChatPolling.h"
#include "RocketChatSignIn.h"

#include "backends/Delivery.h"

namespace agentdesk {

const BackendPlugin& rocketChatBackend() {
    static const BackendPlugin plugin{
        .backend = Backend::RocketChat,
        .makeDelivery = makeRocketChatDelivery,
        .makePoller = [] { return std::make_unique<RocketChatPoller>(); },
        .makeLiveFollower =
            [](Inbox& inbox, Poller& poller) {
                // the poller made for the same inbox: both keep the rooms' state in it
                return std::make_unique<RocketChatLive>(inbox,
                                                        static_cast<RocketChatPoller&>(poller));
            },
        .signIn = signInToRocketChat,
        .testConnection = testRocketChatConnection,
        .accountProblem = rocketChatAccountProblem,
        .defaultServerUrl = {},
    };
    return plugin;
}

} // namespace agentdesk
