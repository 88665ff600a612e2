#pragma once

#include "store/History.h"

#include <QUrl>

#include <optional>

//! The test workspace: one Rocket.Chat account on a loopback server and its conversations.
namespace workspace {

inline std::optional<agentdesk::Account> rocketChatAccount(agentdesk::History& history,
                                                           const QUrl& server) {
    for (const agentdesk::Account& account : history.accounts()) {
        if (account.serverUrl == server && account.backend == agentdesk::Backend::RocketChat)
            return account;
    }
    agentdesk::Account account;
    account.backend = agentdesk::Backend::RocketChat;
    account.serverUrl = server;
    account.displayName = QStringLiteral("Test desk (Rocket.Chat)");
    account.userId = QStringLiteral("agent-1");
    account.username = QStringLiteral("kim.jane");
    return history.addAccount(account);
}

//! Room `room-<n>` with visitor token `token-<n>`.
inline std::optional<agentdesk::Conversation> room(agentdesk::History& history, qint64 accountId,
                                                   int n) {
    agentdesk::Conversation conversation;
    conversation.accountId = accountId;
    conversation.backend = agentdesk::Backend::RocketChat;
    conversation.remoteId = QStringLiteral("room-%1").arg(n);
    conversation.visitorToken = QStringLiteral("token-%1").arg(n);
    conversation.title = QStringLiteral("Visitor %1").arg(n);
    return history.upsertConversation(conversation);
}

} // namespace workspace
