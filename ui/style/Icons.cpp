#include "ui/style/Icons.h"

namespace agentdesk {
namespace ui {

namespace Icons {

namespace {
QIcon load(const QString& name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}
} // namespace

QIcon backend(agentdesk::Backend backend) {
    static const QIcon rocketChat = load(QStringLiteral("rocketchat"));
    static const QIcon socialBoards = load(QStringLiteral("socialboards"));
    static const QIcon liveChatAi = load(QStringLiteral("livechatai"));
    switch (backend) {
    case agentdesk::Backend::RocketChat:
        return rocketChat;
    case agentdesk::Backend::SocialBoards:
        return socialBoards;
    case agentdesk::Backend::LiveChatAI:
        return liveChatAi;
    }
    return {};
}

QIcon warning() {
    static const QIcon icon = load(QStringLiteral("warning"));
    return icon;
}

QIcon ai() {
    static const QIcon icon = load(QStringLiteral("ai"));
    return icon;
}

QIcon app() {
    static const QIcon icon = load(QStringLiteral("agentdesk"));
    return icon;
}

} // namespace Icons

} // namespace ui
} // namespace agentdesk
