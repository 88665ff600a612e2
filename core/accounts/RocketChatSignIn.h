#pragma once

#include "backends/Endpoint.h"

#include <QString>
#include <QUrl>

class QObject;

namespace agentdesk {

class Transport;

//! How an agent signs in to Rocket.Chat: with a username (or email) and password, or with the
//! user id and a personal access token made in Rocket.Chat (My Account > Personal Access Tokens).
struct RocketChatSignIn {
    QUrl serverUrl;
    QString user;     //!< username or email, with `password`
    QString password; //!< sent to `/api/v1/login` once; never stored, never logged
    QString userId;   //!< with `accessToken`
    QString accessToken;

    bool withPassword() const { return !password.isEmpty(); }
};

//! Who the server says signed in, and the pair that signs the agent's requests from now on.
struct RocketChatAgent {
    QString userId;
    QString authToken; //!< the login's token, or the personal access token; keychain only
    QString username;
    QString name; //!< display name (`me.name`); what `{agent.name}` says
};

//! Signs in: `POST /api/v1/login` for a password (the answer's `data.me` names the agent),
//! `GET /api/v1/me` for a personal access token. Replies are then sent as this agent
//! (`chat.sendMessage`). `done` runs once, later, never after `context` is destroyed.
void signInToRocketChat(Transport& transport, const RocketChatSignIn& signIn, QObject* context,
                        ResultCallback<RocketChatAgent> done);

} // namespace agentdesk
