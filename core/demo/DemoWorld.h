#pragma once

#include <QString>

//! The accounts `agentdesk-sandbox` seeds in its demo world, one per backend, so `agentdesk
//! --demo` can create them without asking the user for anything. They only exist in the sandbox.
namespace agentdesk::demo {

//! Rocket.Chat (base URL: the sandbox URL; REST under /api/v1).
struct RocketChatAccount {
    static QString userId() { return QStringLiteral("CkCPNcvsvCDfmWLqC"); }
    static QString username() { return QStringLiteral("kim.jane"); }
    static QString name() { return QStringLiteral("Kim Jane"); }
    static QString password() { return QStringLiteral("demo"); }
    //! Works as X-Auth-Token with X-User-Id, like a personal access token; /login returns it too.
    static QString authToken() { return QStringLiteral("demo-rocketchat-token"); }
};

//! SocialBoards (base URL: the sandbox URL; chat/... and /token).
struct SocialBoardsAccount {
    static QString clientId() { return QStringLiteral("agentdesk-demo"); }
    static QString refreshToken() { return QStringLiteral("demo-socialboards-refresh-token"); }
    //! A Bearer token that never expires in the sandbox; /token mints 3599-second ones.
    static QString accessToken() { return QStringLiteral("demo-socialboards-token"); }
    //! Conversations are opened by id (there is no list endpoint): these two are seeded.
    static qint64 firstConversationId() { return 254626; }
    static qint64 secondConversationId() { return 254627; }
};

//! LiveChatAI (base URL: the sandbox URL; REST under /api/v2).
struct LiveChatAiAccount {
    static QString apiKey() { return QStringLiteral("demo-livechatai-key"); }
    static QString agentId() { return QStringLiteral("clx1234567890abcdef"); }
};

} // namespace agentdesk::demo
