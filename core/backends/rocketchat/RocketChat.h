#pragma once

#include "backends/Endpoint.h"
#include "backends/JsonReader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

//! Rocket.Chat Omnichannel Livechat, as published at developer.rocket.chat.
namespace agentdesk::rocketchat {

//! Where a Rocket.Chat workspace lives and, for the endpoints that need it, who the agent is.
struct Server {
    QUrl baseUrl;      //!< e.g. https://chat.example.com (a path prefix is allowed)
    QString userId;    //!< X-User-Id, for authenticated endpoints
    QString authToken; //!< X-Auth-Token (login token or personal access token); never logged

    //! The X-Auth-Token / X-User-Id pair as transport credentials.
    HeaderList credentials() const;
};

struct User {
    QString id;
    QString username;
    QString name;
};

//! A livechat message as the server returns it.
struct Message {
    QString id;  //!< `_id`
    QString rid; //!< room id
    QString msg;
    QString token; //!< the visitor token, when the server includes it
    QString alias;
    QDateTime ts;
    QDateTime updatedAt; //!< `_updatedAt`
    User u;
    QJsonObject raw; //!< the whole object as received (md, urls, mentions, ...)
};

//! Reads Rocket.Chat's error shapes into an ApiError: `{success:false, error, errorType}` and
//! `{status:"error", message}`.
void readError(ApiError& error, const HttpResponse& response);

//! Parses a message object; records shape errors in the reader.
Message parseMessage(JsonReader reader);
User parseUser(JsonReader reader);

//! Checks the `success` flag where the server sends it (true, or the pages' "true").
bool checkSuccess(JsonReader& reader);

} // namespace agentdesk::rocketchat
