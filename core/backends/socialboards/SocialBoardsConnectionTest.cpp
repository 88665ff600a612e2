#include "SocialBoardsBackend.h"

#include "accounts/ConnectionTest.h"
#include "backends/socialboards/ReadMessages.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {

//! The context lupdate files these messages under (it reads Q_DECLARE_TR_FUNCTIONS).
struct ConnectionTestText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

} // namespace

void testSocialBoardsConnection(Transport& transport, const Account& account, const QString& secret,
                                QObject* context, ConnectionTestDone done,
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
                return done(connectionTestFailure(error));
            result.ok = true;
            result.message = ConnectionTestText::tr(
                                 "Connected to SocialBoards: the token was accepted (the test "
                                 "conversation said: %1).")
                                 .arg(error.serverMessage());
            done(result);
        });
}

} // namespace agentdesk
