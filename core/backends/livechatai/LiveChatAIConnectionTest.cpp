#include "LiveChatAIBackend.h"

#include "accounts/ConnectionTest.h"
#include "backends/livechatai/ListConversations.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {

//! The context lupdate files these messages under (it reads Q_DECLARE_TR_FUNCTIONS).
struct ConnectionTestText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

} // namespace

void testLiveChatAIConnection(Transport& transport, const Account& account, const QString& secret,
                              QObject* context, ConnectionTestDone done, qint64) {
    livechatai::Server server;
    server.baseUrl = account.serverUrl; // testConnection() filled in the default server
    server.apiKey = secret;
    livechatai::ListConversationsRequest request;
    request.agentId = account.agentId.trimmed();
    request.page = 1;
    request.perPage = 1;
    livechatai::listConversations(
        transport, server, request, context,
        [done = std::move(done)](Result<livechatai::ConversationPage> page) {
            if (!page)
                return done(connectionTestFailure(page.error()));
            ConnectionTestResult result;
            result.ok = true;
            result.message =
                ConnectionTestText::tr("Connected to LiveChatAI: the API key was accepted (%Ln "
                                       "conversation(s) with this AI agent).",
                                       nullptr, int(page->meta.total));
            done(result);
        });
}

} // namespace agentdesk
