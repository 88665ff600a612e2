#include "RocketChat.h"

namespace agentdesk::rocketchat {

HeaderList Server::credentials() const {
    return {{"X-Auth-Token", authToken.toUtf8()}, {"X-User-Id", userId.toUtf8()}};
}

void readError(ApiError& error, const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return; // keep the HTTP-level error; a non-JSON error page says nothing more
    const QJsonObject object = body.value();
    const QString errorText = object.value(QLatin1String("error")).toString();
    const QString message = object.value(QLatin1String("message")).toString();
    if (object.value(QLatin1String("status")).toString() == QLatin1String("error") &&
        !message.isEmpty()) {
        // {status:"error", message} and login's {status:"error", error:"totp-required", message}
        error.setServerMessage(message);
        error.setServerCode(errorText);
        return;
    }
    error.setServerMessage(!errorText.isEmpty() ? errorText : message);
    error.setServerCode(object.value(QLatin1String("errorType")).toString());
}

QUrl apiUrlWithQuery(const QUrl& base, const QString& path, const QueryItems& query) {
    QUrl url = apiUrl(base, path);
    QByteArray encoded;
    for (const auto& [key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    if (!encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

QUrl apiUrlWithId(const QUrl& base, const QString& path, const QString& id,
                  const QueryItems& query) {
    QUrl url = apiUrlWithQuery(base, path, query);
    url.setPath(url.path(QUrl::FullyEncoded) + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                QUrl::TolerantMode);
    return url;
}

ApiError checkCredentials(const Server& server) {
    if (server.userId.isEmpty() || server.authToken.isEmpty()) {
        return ApiError(ApiError::Kind::Unauthorized,
                        QStringLiteral("not signed in to Rocket.Chat: the user id or auth token "
                                       "is missing"));
    }
    return ApiError::none();
}

QStringList parseStringList(JsonReader& reader, const QString& key) {
    QStringList list;
    const QJsonArray array = reader.optionalArray(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            reader.fail(key + u'[' + QString::number(i) + u']',
                        QStringLiteral("expected a string"));
            return {};
        }
        list.append(array.at(i).toString());
    }
    return list;
}

User parseUser(JsonReader reader) {
    User user;
    user.id = reader.string(QStringLiteral("_id"));
    user.username = reader.optionalString(QStringLiteral("username"));
    user.name = reader.optionalString(QStringLiteral("name"));
    return user;
}

Result<Message> parseMessageReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    checkSuccess(reader);
    Message message = parseMessage(reader.child(QStringLiteral("message")));
    if (!reader.ok())
        return badShape(reader.error());
    return message;
}

Message parseMessage(JsonReader reader) {
    Message message;
    message.id = reader.string(QStringLiteral("_id"));
    message.rid = reader.string(QStringLiteral("rid"));
    message.msg = reader.string(QStringLiteral("msg"));
    message.token = reader.optionalString(QStringLiteral("token"));
    message.alias = reader.optionalString(QStringLiteral("alias"));
    message.ts = reader.dateTime(QStringLiteral("ts"));
    message.updatedAt = reader.optionalDateTime(QStringLiteral("_updatedAt"));
    if (auto u = reader.optionalChild(QStringLiteral("u")))
        message.u = parseUser(*u);
    message.type = reader.optionalString(QStringLiteral("t"));
    reader.optionalArray(QStringLiteral("md"));
    message.raw = reader.object();
    return message;
}

bool checkSuccess(JsonReader& reader) {
    const auto success = reader.optionalBoolean(QStringLiteral("success"));
    if (success == false)
        reader.fail(QStringLiteral("success"), QStringLiteral("false in a 2xx answer"));
    return reader.ok();
}

} // namespace agentdesk::rocketchat
