#pragma once

#include "backends/Endpoint.h"
#include "backends/JsonReader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

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
    QString type;    //!< `t`: a system message's type ("livechat-started", ...); empty for text
    QJsonObject raw; //!< the whole object as received (md, urls, mentions, ...)
};

//! The visitor of a livechat room (`v`); its token is what the visitor-side endpoints need.
struct Visitor {
    QString id; //!< `_id`
    QString username;
    QString token; //!< the visitor token; never logged
    QString name;
    QString status; //!< "online", "away", ... when the server includes it
};

//! A livechat room as `livechat/rooms` lists it: one conversation with one visitor.
struct Room {
    QString id;    //!< `_id`, the `rid` every message endpoint takes
    QString fname; //!< the visitor's display name
    Visitor v;
    bool open = false;       //!< the server drops `open` when a room closes
    QDateTime ts;            //!< when the room was created
    QDateTime lastMessageAt; //!< `lm`; invalid when the room has no message yet
    QDateTime updatedAt;     //!< `_updatedAt`
    QString departmentId;
    std::optional<qint64> msgs;          //!< message count, when the server includes it
    std::optional<bool> waitingResponse; //!< the visitor wrote last and waits for an agent
    std::optional<User> servedBy;        //!< the agent serving the room
    std::optional<Message> lastMessage;  //!< preview of the last message
    QStringList tags;
    QJsonObject raw; //!< the whole object as received (metrics, livechatData, ...)
};

//! Reads Rocket.Chat's error shapes into an ApiError: `{success:false, error, errorType}` and
//! `{status:"error", message}` (login adds `error` as the code: `{status:"error", error,
//! message}`).
void readError(ApiError& error, const HttpResponse& response);

//! Query parameters in order, as plain (not percent-encoded) text.
using QueryItems = QList<std::pair<QString, QString>>;

//! apiUrl() with every query key and value strictly percent-encoded: QUrlQuery leaves `+` as it
//! is, which the server would read as a space (`[]` in keys such as `agents[]` stays readable).
QUrl apiUrlWithQuery(const QUrl& base, const QString& path, const QueryItems& query);
//! apiUrlWithQuery() for `path` followed by `id` percent-encoded as one segment, so an id can
//! never change the path ("a/b" becomes "a%2Fb").
QUrl apiUrlWithId(const QUrl& base, const QString& path, const QString& id,
                  const QueryItems& query = {});

//! Unauthorized when the server description lacks the user id or auth token an endpoint needs,
//! so a missing sign-in never reaches the server as empty headers; none() otherwise.
ApiError checkCredentials(const Server& server);

//! Parses a message object; records shape errors in the reader.
Message parseMessage(JsonReader reader);
//! Reads the `{message, success}` answer that the single-message endpoints share (livechat/message,
//! its lookup by id, chat.sendMessage, chat.getMessage).
Result<Message> parseMessageReply(const HttpResponse& response);
User parseUser(JsonReader reader);
//! Reads an array of strings (tags); records a shape error for any element that is not one.
QStringList parseStringList(JsonReader& reader, const QString& key);

//! Checks the `success` flag where the server sends it (true, or the pages' "true").
bool checkSuccess(JsonReader& reader);

} // namespace agentdesk::rocketchat
