#pragma once

#include "backends/Endpoint.h"

#include <QString>
#include <QUrl>

class QObject;

namespace agentdesk {

class Transport;

//! How an agent signs in: with a username (or email) and password, or with the user id and a
//! personal access token made on the server (Rocket.Chat: My Account > Personal Access Tokens).
struct AgentSignIn {
    QUrl serverUrl;
    QString user;     //!< username or email, with `password`
    QString password; //!< sent to the server once; never stored, never logged
    QString userId;   //!< with `accessToken`
    QString accessToken;

    bool withPassword() const { return !password.isEmpty(); }
};

//! Who the server says signed in, and the pair that signs the agent's requests from now on.
struct SignedInAgent {
    QString userId;
    QString authToken; //!< the login's token, or the personal access token; keychain only
    QString username;
    QString name; //!< display name; what `{agent.name}` says
};

//! A backend's sign-in: `done` runs once, later, never after `context` is destroyed.
using SignInFunction = void (*)(Transport& transport, const AgentSignIn& signIn, QObject* context,
                                ResultCallback<SignedInAgent> done);

} // namespace agentdesk
