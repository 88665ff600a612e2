#include "SocialBoards.h"

namespace agentdesk::socialboards {

namespace {

QString codeText(const QJsonValue& code) {
    if (code.isDouble())
        return QString::number(qint64(code.toDouble()));
    return code.toString();
}

} // namespace

HeaderList Server::credentials() const {
    return {{"Authorization", "Bearer " + accessToken.toUtf8()}};
}

bool UserValue::identifiesSomeone() const {
    return isBot || !id.isEmpty() || !email.isEmpty() || !customIdentifier.isEmpty();
}

void readError(ApiError& error, const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return; // keep the HTTP-level error; a non-JSON error page says nothing more
    const QJsonObject object = body.value();
    if (object.contains(QLatin1String("errorCode")) ||
        object.contains(QLatin1String("errorText"))) {
        error.setServerMessage(object.value(QLatin1String("errorText")).toString());
        error.setServerCode(codeText(object.value(QLatin1String("errorCode"))));
        return;
    }
    // The token endpoint answers in the OAuth shape.
    const QString oauthError = object.value(QLatin1String("error")).toString();
    const QString description = object.value(QLatin1String("error_description")).toString();
    if (!oauthError.isEmpty() || !description.isEmpty()) {
        error.setServerCode(oauthError);
        error.setServerMessage(!description.isEmpty() ? description : oauthError);
        return;
    }
    // ASP.NET's own pages (an expired token, a route that does not exist).
    const QString message = object.value(QLatin1String("message")).toString();
    error.setServerMessage(!message.isEmpty() ? message
                                              : object.value(QLatin1String("Message")).toString());
}

Result<QJsonObject> unwrapEnvelope(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    const qint64 errorCode = reader.integer(QStringLiteral("errorCode"));
    const QString errorText = reader.optionalString(QStringLiteral("errorText"));
    if (!reader.ok())
        return badShape(reader.error());
    if (errorCode != -1) {
        ApiError error(ApiError::Kind::InvalidRequest,
                       QStringLiteral("errorCode %1 in an HTTP %2 answer")
                           .arg(errorCode)
                           .arg(response.status));
        error.setHttpStatus(response.status);
        error.setServerCode(QString::number(errorCode));
        error.setServerMessage(errorText);
        return error;
    }
    return body.value();
}

User parseUser(JsonReader reader) {
    User user;
    user.customIdentifier = reader.optionalString(QStringLiteral("customIdentifier"));
    user.email = reader.optionalString(QStringLiteral("email"));
    user.id = reader.optionalString(QStringLiteral("id"));
    user.image = reader.optionalString(QStringLiteral("image"));
    user.isBot = reader.boolean(QStringLiteral("isBot"));
    user.name = reader.optionalString(QStringLiteral("name"));
    user.status = reader.optionalString(QStringLiteral("status"));
    return user;
}

ConversationMessage parseConversationMessage(JsonReader reader) {
    ConversationMessage message;
    message.author = parseUser(reader.child(QStringLiteral("author")));
    message.creationTime = reader.dateTime(QStringLiteral("creationTime"));
    message.id = reader.integer(QStringLiteral("id"));
    message.lastModifiedTime = reader.optionalDateTime(QStringLiteral("lastModifiedTime"));
    message.message = reader.string(QStringLiteral("message"));
    return message;
}

QList<ConversationMessage> parseConversationMessages(JsonReader& reader, const QJsonArray& array,
                                                     const QString& key) {
    QList<ConversationMessage> messages;
    messages.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i)
        messages.append(parseConversationMessage(reader.element(array, i, key)));
    return messages;
}

QJsonObject userValueJson(const UserValue& user) {
    QJsonObject object;
    auto put = [&object](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("name", user.name);
    put("email", user.email);
    put("id", user.id);
    put("customIdentifier", user.customIdentifier);
    put("image", user.image);
    if (user.isBot)
        object.insert(QLatin1String("isBot"), true);
    return object;
}

} // namespace agentdesk::socialboards
