#include "RocketChatSignIn.h"
#include "backends/rocketchat/Login.h"
#include "backends/rocketchat/Me.h"

namespace agentdesk {

void signInToRocketChat(Transport& transport, const AgentSignIn& signIn, QObject* context,
                        ResultCallback<SignedInAgent> done) {
    namespace rc = rocketchat;
    if (signIn.withPassword()) {
        rc::LoginRequest request;
        request.user = signIn.user.trimmed();
        request.password = signIn.password;
        rc::login(transport, signIn.serverUrl, request, context,
                  [done = std::move(done)](Result<rc::LoginSession> session) {
                      if (!session)
                          return done(session.error());
                      done(SignedInAgent{session->userId, session->authToken, session->me.username,
                                         session->me.name});
                  });
        return;
    }
    const rc::Server server{signIn.serverUrl, signIn.userId.trimmed(),
                            signIn.accessToken.trimmed()};
    rc::me(transport, server, context, [server, done = std::move(done)](Result<rc::User> me) {
        if (!me)
            return done(me.error());
        if (me->id != server.userId) {
            return done(ApiError(ApiError::Kind::BadResponse,
                                 QStringLiteral("the server answered for another user")));
        }
        done(SignedInAgent{server.userId, server.authToken, me->username, me->name});
    });
}

} // namespace agentdesk
