#include "SocialBoardsApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace sandbox {

namespace {
Reply envelope(int status, const QJsonValue& data, int errorCode = -1,
               const QString& errorText = {}) {
    return Reply::json(status, QJsonObject{{QStringLiteral("data"), data},
                                           {QStringLiteral("errorCode"), errorCode},
                                           {QStringLiteral("errorText"),
                                            errorText.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(errorText)}});
}

Reply badRequest(const QString& text) {
    return envelope(400, QJsonValue::Null, 400, text);
}

//! SocialBoards answers a missing conversation with HTTP 200 and the error in the envelope.
Reply notFound(qint64 id) {
    return envelope(200, QJsonValue::Null, 404,
                    QStringLiteral("Conversation %1 was not found.").arg(id));
}

Reply oauthError(const QString& error, const QString& description) {
    return Reply::json(400, QJsonObject{{QStringLiteral("error"), error},
                                        {QStringLiteral("error_description"), description}});
}

//! Checks a User value as a request gives it; empty when it is acceptable.
QString authorProblem(const QJsonValue& value) {
    if (!value.isObject())
        return QStringLiteral("Message author is required.");
    const QJsonObject author = value.toObject();
    for (const char* key : {"id", "email", "customIdentifier", "name", "image"}) {
        const QJsonValue field = author.value(QLatin1String(key));
        if (!field.isUndefined() && !field.isNull() && !field.isString())
            return QStringLiteral("Author %1 must be a string.").arg(QLatin1String(key));
    }
    const QJsonValue isBot = author.value(QLatin1String("isBot"));
    if (!isBot.isUndefined() && !isBot.isNull() && !isBot.isBool())
        return QStringLiteral("Author isBot must be a boolean.");
    const bool identified = !author.value(QLatin1String("id")).toString().isEmpty() ||
                            !author.value(QLatin1String("email")).toString().isEmpty() ||
                            !author.value(QLatin1String("customIdentifier")).toString().isEmpty();
    if (!isBot.toBool() && !identified)
        return QStringLiteral("Author must have at least one of id, email or customIdentifier.");
    return {};
}

QDateTime parseTime(const QString& text) {
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc());
    return when;
}
} // namespace

bool SocialBoardsApi::owns(const Request& request) const {
    return request.path.startsWith(QLatin1String("/chat/")) ||
           request.path == QLatin1String("/token");
}

Reply SocialBoardsApi::serverError() const {
    return envelope(500, QJsonValue::Null, 500, QStringLiteral("An error has occurred."));
}

Reply SocialBoardsApi::tooManyRequests(int waitSeconds) const {
    return envelope(429, QJsonValue::Null, 429,
                    QStringLiteral("Too many requests. Try again in %1 seconds.").arg(waitSeconds));
}

bool SocialBoardsApi::isAuthorized(const Request& request) const {
    const QString token = request.bearerToken();
    const auto& tokens = m_world.socialBoards().accessTokens;
    const auto it = tokens.constFind(token);
    return !token.isEmpty() && it != tokens.constEnd() &&
           (!it.value().isValid() || it.value() > World::now());
}

Reply SocialBoardsApi::handle(const Request& request) {
    if (request.path == QLatin1String("/token"))
        return request.method == "POST"
                   ? token(request)
                   : oauthError(QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
    if (!isAuthorized(request))
        return envelope(401, QJsonValue::Null, 401,
                        QStringLiteral("Authorization has been denied for this request."));
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // chat/conversations/..
    if (parts.size() < 2 || parts.at(1) != QLatin1String("conversations"))
        return envelope(404, QJsonValue::Null, 404, QStringLiteral("No such endpoint."));
    if (parts.size() == 2 && request.method == "POST")
        return createConversation(request);
    bool isNumber = false;
    const qint64 id = parts.size() > 2 ? parts.at(2).toLongLong(&isNumber) : 0;
    if (parts.size() > 2 && !isNumber)
        return badRequest(QStringLiteral("The value '%1' is not valid.").arg(parts.at(2)));
    if (parts.size() == 3 && request.method == "GET") {
        const QJsonObject conversation = m_conversations.withMessages(id);
        return conversation.isEmpty() ? notFound(id) : envelope(200, conversation);
    }
    if (parts.size() == 4 && parts.at(3) == QLatin1String("messages")) {
        if (request.method == "POST")
            return addMessages(request, id);
        if (request.method == "GET")
            return readMessages(request, id);
    }
    return envelope(404, QJsonValue::Null, 404, QStringLiteral("No such endpoint."));
}

Reply SocialBoardsApi::token(const Request& request) {
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const auto value = [&](const char* key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (value("grant_type") != QLatin1String("refresh_token"))
        return oauthError(QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Only grant_type=refresh_token is supported."));
    const QJsonObject* client = nullptr;
    for (const QJsonObject& candidate : m_world.socialBoards().clients) {
        if (candidate.value(QLatin1String("clientId")).toString() == value("client_id"))
            client = &candidate;
    }
    if (!client)
        return oauthError(QStringLiteral("invalid_client"),
                          QStringLiteral("The client_id is unknown."));
    const QString refresh = client->value(QLatin1String("refreshToken")).toString();
    if (value("refresh_token").isEmpty() || value("refresh_token") != refresh)
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token is invalid or has been revoked."));
    const QString access = QStringLiteral("sb-") + m_world.randomHex(48);
    m_world.socialBoards().accessTokens.insert(access, World::now().addSecs(kTokenLifetimeSeconds));
    m_world.touch();
    return Reply::json(200, QJsonObject{{QStringLiteral("access_token"), access},
                                        {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                        {QStringLiteral("expires_in"), kTokenLifetimeSeconds},
                                        {QStringLiteral("refresh_token"), refresh}});
}

Reply SocialBoardsApi::createConversation(const Request& request) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return badRequest(QStringLiteral("Request body must be a JSON object."));
    const QJsonObject body = document.object();
    const QString problem = authorProblem(body.value(QLatin1String("author")));
    if (!problem.isEmpty())
        return badRequest(problem);
    for (const char* key : {"title", "url", "message", "sentiment"}) {
        const QJsonValue field = body.value(QLatin1String(key));
        if (!field.isUndefined() && !field.isNull() && !field.isString())
            return badRequest(QStringLiteral("%1 must be a string.").arg(QLatin1String(key)));
    }
    const QString first = body.value(QLatin1String("message")).toString();
    const QString title = body.value(QLatin1String("title")).toString();
    const QJsonObject created = m_conversations.create(
        body.value(QLatin1String("author")).toObject(), title,
        body.value(QLatin1String("url")).toString(), first.isEmpty() ? title : first, World::now());
    return envelope(200, created);
}

Reply SocialBoardsApi::addMessages(const Request& request, qint64 conversationId) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isArray())
        return badRequest(QStringLiteral("Request body must be a JSON array of messages."));
    const QJsonArray items = document.array();
    if (items.isEmpty())
        return badRequest(QStringLiteral("At least one message is required."));
    if (m_conversations.index(conversationId) < 0)
        return notFound(conversationId);
    const QDateTime now = World::now();
    QList<QDateTime> times;
    for (const QJsonValue& item : items) { // all or nothing: validate every message first
        const QJsonObject message = item.toObject();
        if (!item.isObject() || !message.value(QLatin1String("message")).isString() ||
            message.value(QLatin1String("message")).toString().trimmed().isEmpty())
            return badRequest(QStringLiteral("Message text is required."));
        const QString problem = authorProblem(message.value(QLatin1String("author")));
        if (!problem.isEmpty())
            return badRequest(problem);
        const QJsonValue isByTeam = message.value(QLatin1String("isByTeam"));
        if (!isByTeam.isUndefined() && !isByTeam.isNull() && !isByTeam.isBool())
            return badRequest(QStringLiteral("isByTeam must be a boolean or null."));
        const QJsonValue creation = message.value(QLatin1String("creationTime"));
        QDateTime when = now;
        if (!creation.isUndefined() && !creation.isNull()) {
            when = creation.isString() ? parseTime(creation.toString()) : QDateTime();
            if (!when.isValid())
                return badRequest(QStringLiteral("creationTime is not a valid date."));
            if (when > now.addSecs(kMaxFutureSeconds))
                return badRequest(QStringLiteral(
                    "Message creation time cannot be more than 30 seconds in the future."));
        }
        times.append(when);
    }
    QJsonArray created;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject message = items.at(i).toObject();
        created.append(m_conversations.addMessage(
            conversationId, message.value(QLatin1String("author")).toObject(),
            message.value(QLatin1String("message")).toString(), times.at(i),
            message.value(QLatin1String("isByTeam")).toBool()));
    }
    return envelope(200, created);
}

Reply SocialBoardsApi::readMessages(const Request& request, qint64 conversationId) {
    const QString orderBy = request.query.hasQueryItem(QStringLiteral("orderBy"))
                                ? request.queryValue(QStringLiteral("orderBy"))
                                : QStringLiteral("creation_time_desc"); // the server's default
    if (orderBy != QLatin1String("creation_time_asc") &&
        orderBy != QLatin1String("creation_time_desc"))
        return badRequest(QStringLiteral("orderBy must be creation_time_asc or "
                                         "creation_time_desc."));
    bool skipOk = true;
    bool takeOk = true;
    const int skip = request.query.hasQueryItem(QStringLiteral("skip"))
                         ? request.queryValue(QStringLiteral("skip")).toInt(&skipOk)
                         : 0;
    const int take = request.query.hasQueryItem(QStringLiteral("take"))
                         ? request.queryValue(QStringLiteral("take")).toInt(&takeOk)
                         : 20;
    if (!skipOk || skip < 0)
        return badRequest(QStringLiteral("skip must be a non-negative integer."));
    if (!takeOk || take < 1 || take > kMaxTake)
        return badRequest(QStringLiteral("take must be between 1 and %1.").arg(kMaxTake));
    if (m_conversations.index(conversationId) < 0)
        return notFound(conversationId);
    QList<QJsonObject> messages = m_conversations.messages(conversationId);
    std::stable_sort(messages.begin(), messages.end(), [](const auto& a, const auto& b) {
        return parseTime(a.value(QLatin1String("creationTime")).toString()) <
               parseTime(b.value(QLatin1String("creationTime")).toString());
    });
    if (orderBy == QLatin1String("creation_time_desc"))
        std::reverse(messages.begin(), messages.end());
    QJsonArray page;
    for (qsizetype i = skip; i < messages.size() && page.size() < take; ++i)
        page.append(messages.at(i));
    return envelope(200, page);
}

} // namespace sandbox
