#pragma once

#include "demo/DemoWorld.h"
#include "store/History.h"

#include <QUrl>

#include <optional>

//! Test data for a workspace: a Rocket.Chat account on a loopback server and its rooms, the demo
//! sandbox's seeded conversations and their secrets.
namespace seed {

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

//! The demo sandbox's seeded conversation of `backend` (sandbox/README.md), with an account
//! that may write to it; the same one on every call.
inline std::optional<agentdesk::Conversation>
sandboxConversation(agentdesk::History& history, const QUrl& server, agentdesk::Backend backend) {
    using namespace agentdesk;
    std::optional<Account> account;
    for (const Account& known : history.accounts()) {
        if (known.serverUrl == server && known.backend == backend)
            account = known;
    }
    if (!account) {
        Account fresh;
        fresh.backend = backend;
        fresh.serverUrl = server;
        fresh.displayName = QStringLiteral("Sandbox ") + backendKey(backend);
        if (backend == Backend::RocketChat) {
            fresh.userId = demo::RocketChatAccount::userId();
            fresh.username = demo::RocketChatAccount::username();
        } else if (backend == Backend::SocialBoards) {
            fresh.username = demo::RocketChatAccount::name();
            fresh.email = QStringLiteral("kim.jane@example.com");
        } else {
            fresh.agentId = demo::LiveChatAiAccount::agentId();
            fresh.userId = QStringLiteral("user_kim");
        }
        account = history.addAccount(fresh);
        if (!account)
            return std::nullopt;
    }
    Conversation conversation;
    conversation.accountId = account->id;
    conversation.backend = backend;
    if (backend == Backend::RocketChat) {
        conversation.remoteId = QStringLiteral("hGFwSKA28nRKut3pD");
        conversation.visitorToken =
            QStringLiteral("54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9");
    } else if (backend == Backend::SocialBoards) {
        conversation.remoteId = QString::number(demo::SocialBoardsAccount::firstConversationId());
    } else {
        conversation.remoteId = QStringLiteral("chat_1234567890");
    }
    conversation.title = conversation.remoteId;
    return history.upsertConversation(conversation);
}

inline bool isSandboxAccount(const agentdesk::Account& account) {
    return account.displayName.startsWith(QLatin1String("Sandbox "));
}

//! The secret the demo sandbox accepts for an account of `backend`.
inline QString sandboxSecret(agentdesk::Backend backend) {
    using namespace agentdesk;
    if (backend == Backend::RocketChat)
        return demo::RocketChatAccount::authToken();
    if (backend == Backend::SocialBoards)
        return demo::SocialBoardsAccount::accessToken();
    return demo::LiveChatAiAccount::apiKey();
}

} // namespace seed
