#include "ConnectionTest.h"
#include "backends/livechatai/ListConversations.h"
#include "backends/rocketchat/Me.h"
#include "backends/rocketchat/Rooms.h"
#include "backends/socialboards/ReadMessages.h"

#include <QCoreApplication>
#include <QTimer>

namespace agentdesk {

namespace {

//! The context lupdate files these messages under (it reads Q_DECLARE_TR_FUNCTIONS, while a
//! free tr() helper would have it guess the context from the calling scope).
struct ConnectionTestText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

ConnectionTestResult failure(const ApiError& error) {
    ConnectionTestResult result;
    result.error = error;
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        result.message = ConnectionTestText::tr(
                             "The server refused the credentials: check the ids and the token. "
                             "(%1)")
                             .arg(error.message());
        break;
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::TimedOut:
    case ApiError::Kind::TlsFailed:
    case ApiError::Kind::InsecureUrl:
        result.message =
            ConnectionTestText::tr("Could not reach the server: check the server address. (%1)")
                .arg(error.message());
        break;
    default:
        result.message =
            ConnectionTestText::tr("The connection test failed: %1").arg(error.message());
        break;
    }
    return result;
}

void later(QObject* context, std::function<void(const ConnectionTestResult&)> done,
           ConnectionTestResult result) {
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void testRocketChat(Transport& transport, const Account& account, const QString& secret,
                    QObject* context, std::function<void(const ConnectionTestResult&)> done) {
    rocketchat::Server server;
    server.baseUrl = account.serverUrl;
    server.userId = account.userId.trimmed();
    server.authToken = secret;
    if (server.userId.isEmpty()) {
        return later(
            context, std::move(done),
            failure(ApiError(ApiError::Kind::InvalidRequest,
                             ConnectionTestText::tr("Rocket.Chat needs the agent's user id."))));
    }
    Transport* t = &transport;
    rocketchat::me(
        transport, server, context,
        [t, server, context, done = std::move(done)](Result<rocketchat::User> me) mutable {
            if (!me)
                return done(failure(me.error()));
            const rocketchat::User agent = me.value();
            rocketchat::RoomsRequest request;
            request.open = true;
            request.count = 1;
            rocketchat::rooms(
                *t, server, request, context,
                [agent, done = std::move(done)](Result<rocketchat::RoomsPage> page) {
                    if (!page)
                        return done(failure(page.error()));
                    ConnectionTestResult result;
                    result.ok = true;
                    result.agentUsername = agent.username;
                    result.agentName = agent.name;
                    const QString who =
                        agent.name.isEmpty()
                            ? agent.username
                            : ConnectionTestText::tr("%1 (%2)").arg(agent.name, agent.username);
                    result.message =
                        ConnectionTestText::tr("Signed in as %1.").arg(who) + u' ' +
                        ConnectionTestText::tr(
                            "Connected to Rocket.Chat: %Ln open conversation(s) assigned.", nullptr,
                            int(page->total));
                    done(result);
                });
        });
}

void testSocialBoards(Transport& transport, const Account& account, const QString& secret,
                      QObject* context, std::function<void(const ConnectionTestResult&)> done,
                      qint64 probeConversationId) {
    socialboards::Server server;
    server.baseUrl = account.serverUrl;
    server.accessToken = secret;
    socialboards::ReadMessagesRequest request;
    request.conversationId = probeConversationId > 0 ? probeConversationId : 1;
    request.take = 1;
    socialboards::readMessages(
        transport, server, request, context,
        [done = std::move(done)](Result<QList<socialboards::ConversationMessage>> messages) {
            ConnectionTestResult result;
            if (messages) {
                result.ok = true;
                result.message =
                    ConnectionTestText::tr("Connected to SocialBoards: the token was accepted.");
                return done(result);
            }
            const ApiError error = messages.error();
            // SocialBoards' own envelope for an unknown conversation: the token got us in.
            const bool answeredInEnvelope = (error.kind() == ApiError::Kind::InvalidRequest ||
                                             error.kind() == ApiError::Kind::NotFound) &&
                                            !error.serverCode().isEmpty();
            if (!answeredInEnvelope)
                return done(failure(error));
            result.ok = true;
            result.message = ConnectionTestText::tr(
                                 "Connected to SocialBoards: the token was accepted (the test "
                                 "conversation said: %1).")
                                 .arg(error.serverMessage());
            done(result);
        });
}

void testLiveChatAI(Transport& transport, const Account& account, const QString& secret,
                    QObject* context, std::function<void(const ConnectionTestResult&)> done) {
    livechatai::Server server;
    server.baseUrl = account.serverUrl.isEmpty()
                         ? QUrl(QStringLiteral("https://app.livechatai.com"))
                         : account.serverUrl;
    server.apiKey = secret;
    livechatai::ListConversationsRequest request;
    request.agentId = account.agentId.trimmed();
    request.page = 1;
    request.perPage = 1;
    livechatai::listConversations(
        transport, server, request, context,
        [done = std::move(done)](Result<livechatai::ConversationPage> page) {
            if (!page)
                return done(failure(page.error()));
            ConnectionTestResult result;
            result.ok = true;
            result.message =
                ConnectionTestText::tr("Connected to LiveChatAI: the API key was accepted (%Ln "
                                       "conversation(s) with this AI agent).",
                                       nullptr, int(page->meta.total));
            done(result);
        });
}

} // namespace

void testConnection(Transport& transport, const Account& account, const QString& secret,
                    QObject* context, std::function<void(const ConnectionTestResult&)> done,
                    qint64 probeConversationId) {
    if (secret.isEmpty()) {
        return later(
            context, std::move(done),
            failure(ApiError(ApiError::Kind::InvalidRequest,
                             ConnectionTestText::tr("Enter the token (or API key) first."))));
    }
    if (!account.serverUrl.isValid() ||
        (account.serverUrl.isEmpty() && account.backend != Backend::LiveChatAI)) {
        return later(context, std::move(done),
                     failure(ApiError(ApiError::Kind::InvalidRequest,
                                      ConnectionTestText::tr("Enter the server address first."))));
    }
    switch (account.backend) {
    case Backend::RocketChat:
        return testRocketChat(transport, account, secret, context, std::move(done));
    case Backend::SocialBoards:
        return testSocialBoards(transport, account, secret, context, std::move(done),
                                probeConversationId);
    case Backend::LiveChatAI:
        return testLiveChatAI(transport, account, secret, context, std::move(done));
    }
}

} // namespace agentdesk
