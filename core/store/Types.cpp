#include "Types.h"

#include <QCoreApplication>

namespace agentdesk {

QString backendKey(Backend backend) {
    switch (backend) {
    case Backend::RocketChat:
        return QStringLiteral("rocketchat");
    case Backend::SocialBoards:
        return QStringLiteral("socialboards");
    case Backend::LiveChatAI:
        return QStringLiteral("livechatai");
    }
    return {};
}

std::optional<Backend> backendFromKey(const QString& key) {
    for (Backend backend : {Backend::RocketChat, Backend::SocialBoards, Backend::LiveChatAI}) {
        if (backendKey(backend) == key)
            return backend;
    }
    return std::nullopt;
}

QString backendDisplayName(Backend backend) {
    switch (backend) {
    case Backend::RocketChat:
        return QCoreApplication::translate("agentdesk::Backend", "Rocket.Chat");
    case Backend::SocialBoards:
        return QCoreApplication::translate("agentdesk::Backend", "SocialBoards");
    case Backend::LiveChatAI:
        return QCoreApplication::translate("agentdesk::Backend", "LiveChatAI");
    }
    return {};
}

QString deliveryStateKey(DeliveryState state) {
    switch (state) {
    case DeliveryState::None:
        return QStringLiteral("none");
    case DeliveryState::Queued:
        return QStringLiteral("queued");
    case DeliveryState::Sending:
        return QStringLiteral("sending");
    case DeliveryState::Sent:
        return QStringLiteral("sent");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace agentdesk
