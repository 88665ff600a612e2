#include "RocketChatMessage.h"

namespace agentdesk {

Message fromRocketChat(const rocketchat::Message& remote, const rocketchat::Visitor& visitor,
                       const Account& agent) {
    Message message;
    message.remoteId = remote.id;
    message.text = remote.msg;
    message.createdAt = remote.ts;
    const QString serverName = !remote.u.name.isEmpty() ? remote.u.name : remote.u.username;
    const bool byVisitor =
        !remote.u.id.isEmpty() ? remote.u.id == visitor.id : remote.u.username == visitor.username;
    const bool byUs = !remote.u.id.isEmpty() && remote.u.id == agent.userId;
    if (!remote.raw.value(QLatin1String("t")).toString().isEmpty())
        message.direction = Direction::System; // "livechat-started", "uj", ...
    else if (byVisitor)
        message.direction = Direction::Incoming;
    else
        message.direction = Direction::Outgoing;
    if (message.direction == Direction::Outgoing)
        message.author = byUs && !agent.username.isEmpty() ? agent.username : serverName;
    else
        message.author = !remote.alias.isEmpty() ? remote.alias : serverName;
    if (message.direction == Direction::Outgoing) {
        message.state = DeliveryState::Sent;
        message.sentAt = remote.ts;
    }
    return message;
}

} // namespace agentdesk
