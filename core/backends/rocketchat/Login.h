#pragma once

#include "RocketChat.h"

namespace agentdesk::rocketchat {

//! `POST /api/v1/login`: turns a username and password, or a saved login token, into the
//! `X-User-Id` / `X-Auth-Token` pair the agent endpoints need.
//!
//! The password and tokens travel in the body only and are never logged.
struct LoginRequest {
    QString user;        //!< username or email, with `password`
    QString password;    //!< never logged
    QString resumeToken; //!< `resume`: a saved auth token; used instead of user/password when set
};

//! A signed-in session: what goes into Server::userId / Server::authToken.
struct LoginSession {
    QString userId;
    QString authToken; //!< never logged
    User me;           //!< the agent (`_id`, `username`, `name`)
};

//! The reason a login must not be sent (InvalidRequest), or none(): neither a resume token nor
//! both user and password.
ApiError checkLoginRequest(const LoginRequest& request);

HttpRequest loginRequest(const QUrl& server, const LoginRequest& request);
Result<LoginSession> parseLoginReply(const HttpResponse& response);

void login(Transport& transport, const QUrl& server, const LoginRequest& request, QObject* context,
           ResultCallback<LoginSession> done);

} // namespace agentdesk::rocketchat
