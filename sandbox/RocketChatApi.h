#pragma once

#include "Backend.h"
#include "RocketChatRooms.h"

namespace sandbox {

//! Rocket.Chat's REST API under /api/v1: the livechat send, history and lookup endpoints, rooms,
//! login and canned responses, with the validation and error shapes of the published pages.
class RocketChatApi : public Backend {
public:
    explicit RocketChatApi(World& world)
        : m_world(world)
        , m_rooms(world) {}

    bool owns(const Request& request) const override;
    Reply handle(const Request& request) override;
    Reply serverError() const override;
    Reply tooManyRequests(int waitSeconds) const override;

    //! Longest message the single send accepts (Livechat_message_character_limit).
    static constexpr int kMessageCharacterLimit = 5000;
    //! Longest message chat.sendMessage accepts (Message_MaxAllowedSize).
    static constexpr int kMessageMaxAllowedSize = 5000;

private:
    Reply sendMessage(const Request& request);
    Reply sendMessages(const Request& request);
    Reply history(const Request& request, const QString& rid);
    Reply messageById(const Request& request, const QString& id);
    Reply rooms(const Request& request);
    Reply chatSendMessage(const Request& request);
    Reply chatGetMessage(const Request& request);
    Reply me(const Request& request);
    Reply login(const Request& request);
    Reply cannedResponses(const Request& request);
    //! The agent behind X-Auth-Token / X-User-Id; empty when the request is not logged in.
    QJsonObject authenticated(const Request& request) const;

    World& m_world;
    RocketChatRooms m_rooms;
};

} // namespace sandbox
