#pragma once

#include "Backend.h"
#include "LiveChatAiAgent.h"

namespace sandbox {

//! LiveChatAI's API under /api/v2: ask the AI agent, list and read conversations, post a human
//! agent's reply; Bearer API keys and the `{status:"error", message, code}` error shape.
class LiveChatAiApi : public Backend {
public:
    explicit LiveChatAiApi(World& world)
        : m_world(world)
        , m_agent(world) {}

    bool owns(const Request& request) const override;
    Reply handle(const Request& request) override;
    Reply serverError() const override;
    Reply tooManyRequests(int waitSeconds) const override;

    static constexpr int kMaxPerPage = 100;

private:
    Reply ask(const Request& request);
    Reply list(const Request& request);
    Reply get(const QString& conversationId);
    Reply reply(const Request& request, const QString& conversationId);

    World& m_world;
    LiveChatAiAgent m_agent;
};

} // namespace sandbox
