#pragma once

#include "Backend.h"
#include "SocialBoardsConversations.h"

namespace sandbox {

//! SocialBoards' External Chat API (`chat/...`) and its token endpoint (`/token`): Bearer
//! authentication, the `{data, errorCode, errorText}` envelope and the 30-second rule.
class SocialBoardsApi : public Backend {
public:
    explicit SocialBoardsApi(World& world)
        : m_world(world)
        , m_conversations(world) {}

    bool owns(const Request& request) const override;
    Reply handle(const Request& request) override;
    Reply serverError() const override;
    Reply tooManyRequests(int waitSeconds) const override;

    static constexpr int kMaxFutureSeconds = 30; //!< how far `creationTime` may lie ahead
    static constexpr int kTokenLifetimeSeconds = 3599;
    static constexpr int kMaxTake = 100;

private:
    Reply token(const Request& request);
    Reply createConversation(const Request& request);
    Reply addMessages(const Request& request, qint64 conversationId);
    Reply readMessages(const Request& request, qint64 conversationId);
    bool isAuthorized(const Request& request) const;

    World& m_world;
    SocialBoardsConversations m_conversations;
};

} // namespace sandbox
