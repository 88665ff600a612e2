#pragma once

#include "backends/Endpoint.h"
#include "backends/JsonReader.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

//! SocialBoards External Chat API, as published at developers.socialboards.com: add messages,
//! create a conversation, list a conversation's messages, and the access token endpoint.
//! Every answer is `{data, errorCode, errorText}` with errorCode -1 for success; the pages list no
//! other codes, so any other one is taken as the server refusing the request. Parsers require the
//! fields the desk relies on (ids, texts, times, isBot) and accept the nullable rest as empty; a
//! field of the wrong type is always a BadResponse.
namespace agentdesk::socialboards {

//! Where a SocialBoards community's API lives and the access token that opens it.
struct Server {
    //! The API root, e.g. https://api.socialboards.com; a path prefix is kept, and every endpoint
    //! path (`chat/conversations`, `token`) is relative to it.
    QUrl baseUrl;
    QString accessToken; //!< from RefreshToken; expires (about an hour); never logged

    //! `Authorization: Bearer <access_token>` as transport credentials, so a redirect to another
    //! origin never carries it.
    HeaderList credentials() const;
};

//! The "User value" a client sends as an author.
//!
//! The server resolves the user by id, then email, then customIdentifier; a non-bot author needs
//! at least one of them, which is checked before anything is sent. Empty fields are omitted.
struct UserValue {
    QString name;
    QString email;
    QString id; //!< a GUID
    QString customIdentifier;
    QString image;      //!< avatar URL; the server refuses a malformed one
    bool isBot = false; //!< sent only when true: the server then uses its own system bot

    bool identifiesSomeone() const;
};

//! A user as the server returns it; null fields read as empty strings.
struct User {
    QString customIdentifier;
    QString email;
    QString id;
    QString image;
    bool isBot = false;
    QString name;
    QString status; //!< e.g. "client"
};

//! One message of a conversation as the server returns it.
struct ConversationMessage {
    User author;
    QDateTime creationTime;
    qint64 id = 0;
    QDateTime lastModifiedTime; //!< invalid when null
    QString message;
};

//! The largest allowed gap between a message's creationTime and now: the server refuses more.
constexpr qint64 kMaxCreationTimeAheadSecs = 30;

//! Reads SocialBoards' error envelope `{data, errorCode, errorText}` into an ApiError, and the
//! OAuth shape `{error, error_description}` of the token endpoint.
void readError(ApiError& error, const HttpResponse& response);

//! Unwraps the `{data, errorCode, errorText}` envelope every answer has.
//!
//! `errorCode` -1 is success and gives the envelope object, whose `data` the endpoint reads; any
//! other code, even in an HTTP 200, is an InvalidRequest error carrying errorText and errorCode;
//! a body that is not the envelope is a BadResponse.
Result<QJsonObject> unwrapEnvelope(const HttpResponse& response);

User parseUser(JsonReader reader);
ConversationMessage parseConversationMessage(JsonReader reader);
//! Reads an array of conversation messages; records shape errors in the reader.
QList<ConversationMessage> parseConversationMessages(JsonReader& reader, const QJsonArray& array,
                                                     const QString& key);

QJsonObject userValueJson(const UserValue& user);

} // namespace agentdesk::socialboards
