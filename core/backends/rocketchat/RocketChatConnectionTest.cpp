#include "RocketChatBackend.h"

#include "accounts/ConnectionTest.h"
#include "backends/rocketchat/ListRooms.h"
#include "backends/rocketchat/Me.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {

//! The context lupdate files these messages under (it reads Q_DECLARE_TR_FUNCTIONS).
struct ConnectionTestText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

} // namespace

std::optional<QString> rocketChatAccountProblem(const Account& account) {
    if (account.userId.trimmed().isEmpty())
        return ConnectionTestText::tr("Rocket.Chat needs the agent's user id.");
    return std::nullopt;
}

void testRocketChatConnection(Transport& transport, const Account& account, const QString& secret,
                              QObject* context, ConnectionTestDone done, qint64) {
    rocketchat::Server server;
    server.baseUrl = account.serverUrl;
    server.userId = account.userId.trimmed();
    server.authToken = secret;
    Transport* t = &transport;
    rocketchat::me(
        transport, server, context,
        [t, server, context, done = std::move(done)](Result<rocketchat::User> me) mutable {
            if (!me)
                return done(connectionTestFailure(me.error()));
            const rocketchat::User agent = me.value();
            rocketchat::ListRoomsRequest request;
            request.open = true;
            request.count = 1;
            rocketchat::listRooms(
                *t, server, request, context,
                [agent, done = std::move(done)](Result<rocketchat::RoomsPage> page) {
                    if (!page)
                        return done(connectionTestFailure(page.error()));
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

} // namespace agentdesk
