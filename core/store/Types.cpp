#include "Types.h"

#include <QCoreApplication>

namespace agentdesk {

ConversationKey ConversationKey::of(const Conversation& conversation) {
    ConversationKey key;
    key.id = conversation.id;
    if (conversation.lastActivity.isValid())
        key.lastActivityMs = conversation.lastActivity.toMSecsSinceEpoch();
    return key;
}

bool ConversationKey::listedBefore(const ConversationKey& other) const {
    if (lastActivityMs != other.lastActivityMs) {
        if (!lastActivityMs || !other.lastActivityMs)
            return bool(lastActivityMs); // no activity goes last
        return *lastActivityMs > *other.lastActivityMs;
    }
    return id > other.id;
}

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
