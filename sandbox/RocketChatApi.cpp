#include "RocketChatApi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sandbox {

namespace {
const QString kPrefix = QStringLiteral("/api/v1/");

QString str(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

Reply failure(const QString& error, const QString& errorType = {}) {
    QJsonObject body{{QStringLiteral("success"), false}, {QStringLiteral("error"), error}};
    if (!errorType.isEmpty())
        body.insert(QStringLiteral("errorType"), errorType);
    return Reply::json(400, body);
}

//! A Meteor.Error as the API sends it: "<reason> [<type>]" plus errorType.
Reply invalidParams(const QString& reason) {
    return failure(reason + QStringLiteral(" [invalid-params]"), QStringLiteral("invalid-params"));
}

//! The errors the livechat endpoints throw by name ("invalid-token", "room-closed", ...).
Reply livechatError(const QString& name) {
    return failure(name, name);
}

Reply notLoggedIn() {
    return Reply::json(401, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                        {QStringLiteral("message"),
                                         QStringLiteral("You must be logged in to do this.")}});
}

Reply success(QJsonObject body) {
    body.insert(QStringLiteral("success"), true);
    return Reply::json(200, body);
}

struct Field {
    const char* name;
    QJsonValue::Type type;
    bool required;
};

//! Validates an object the way Rocket.Chat's ajv schemas do and words the first problem the same.
QString checkShape(const QJsonValue& value, std::initializer_list<Field> fields) {
    if (!value.isObject())
        return QStringLiteral("must be object");
    const QJsonObject object = value.toObject();
    for (const Field& field : fields) {
        if (field.required && !object.contains(QLatin1String(field.name)))
            return QStringLiteral("must have required property '%1'")
                .arg(QLatin1String(field.name));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto known = std::find_if(fields.begin(), fields.end(), [&](const Field& field) {
            return it.key() == QLatin1String(field.name);
        });
        if (known == fields.end())
            return QStringLiteral("must NOT have additional properties");
        if (it.value().type() != known->type)
            return known->type == QJsonValue::String   ? QStringLiteral("must be string")
                   : known->type == QJsonValue::Object ? QStringLiteral("must be object")
                                                       : QStringLiteral("must be array");
    }
    return {};
}

QJsonValue parseBody(const Request& request) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Null);
}
} // namespace

bool RocketChatApi::owns(const Request& request) const {
    return request.path.startsWith(kPrefix);
}

Reply RocketChatApi::serverError() const {
    return Reply::json(
        500, QJsonObject{{QStringLiteral("success"), false},
                         {QStringLiteral("error"), QStringLiteral("Internal server error")}});
}

Reply RocketChatApi::tooManyRequests(int waitSeconds) const {
    return Reply::json(
        429, QJsonObject{{QStringLiteral("success"), false},
                         {QStringLiteral("error"),
                          QStringLiteral("Error, too many requests. Please slow down. You must "
                                         "wait %1 seconds before trying this endpoint again. "
                                         "[too-many-requests]")
                              .arg(waitSeconds)}});
}

Reply RocketChatApi::handle(const Request& request) {
    const QString route = request.path.mid(kPrefix.size());
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (post && route == QLatin1String("livechat/message"))
        return sendMessage(request);
    if (post && route == QLatin1String("livechat/messages"))
        return sendMessages(request);
    if (get && route.startsWith(QLatin1String("livechat/messages.history/")))
        return history(request, route.section(u'/', 2));
    if (get && route.startsWith(QLatin1String("livechat/message/")))
        return messageById(request, route.section(u'/', 2));
    if (get && route == QLatin1String("livechat/rooms"))
        return rooms(request);
    if (post && route == QLatin1String("chat.sendMessage"))
        return chatSendMessage(request);
    if (get && route == QLatin1String("chat.getMessage"))
        return chatGetMessage(request);
    if (get && route == QLatin1String("me"))
        return me(request);
    if (post && route == QLatin1String("login"))
        return login(request);
    if (get && route == QLatin1String("canned-responses.get"))
        return cannedResponses(request);
    return Reply::json(
        404, QJsonObject{{QStringLiteral("success"), false},
                         {QStringLiteral("error"), QStringLiteral("Endpoint not found")}});
}

QJsonObject RocketChatApi::authenticated(const Request& request) const {
    return m_rooms.userByCredentials(QString::fromUtf8(request.header("x-user-id")),
                                     QString::fromUtf8(request.header("x-auth-token")));
}

Reply RocketChatApi::sendMessage(const Request& request) {
    const QJsonValue body = parseBody(request);
    const QString problem = checkShape(body, {{"token", QJsonValue::String, true},
                                              {"rid", QJsonValue::String, true},
                                              {"msg", QJsonValue::String, true},
                                              {"_id", QJsonValue::String, false},
                                              {"agent", QJsonValue::Object, false}});
    if (!problem.isEmpty())
        return invalidParams(problem);
    const QJsonObject params = body.toObject();
    if (params.contains(QLatin1String("agent"))) {
        const QString agentProblem = checkShape(
            params.value(QLatin1String("agent")),
            {{"agentId", QJsonValue::String, true}, {"username", QJsonValue::String, true}});
        if (!agentProblem.isEmpty())
            return invalidParams(agentProblem);
    }
    const QJsonObject visitor = m_rooms.visitorByToken(str(params, "token"));
    if (visitor.isEmpty())
        return livechatError(QStringLiteral("invalid-token"));
    const qsizetype roomIndex = m_rooms.roomIndex(str(params, "rid"));
    if (roomIndex < 0)
        return livechatError(QStringLiteral("invalid-room"));
    const QJsonObject room = m_world.rocketChat().rooms.at(roomIndex);
    if (str(room.value(QLatin1String("v")).toObject(), "token") != str(params, "token"))
        return livechatError(QStringLiteral("invalid-room"));
    if (!room.value(QLatin1String("open")).toBool())
        return livechatError(QStringLiteral("room-closed"));
    if (str(params, "msg").size() > kMessageCharacterLimit)
        return livechatError(QStringLiteral("message-length-exceeds-character-limit"));
    const QString id = str(params, "_id");
    if (!id.isEmpty() && m_rooms.hasMessage(id)) {
        // What MongoDB says when the _id is taken: nothing is inserted, the request fails.
        return failure(QStringLiteral("E11000 duplicate key error collection: "
                                      "rocketchat.rocketchat_message index: _id_ dup key: "
                                      "{ _id: \"%1\" }")
                           .arg(id));
    }
    const QJsonObject message =
        m_rooms.postAsVisitor(str(params, "rid"), visitor, str(params, "msg"), id, World::now());
    return success({{QStringLiteral("message"), message}});
}

Reply RocketChatApi::sendMessages(const Request& request) {
    const QJsonObject agent = authenticated(request);
    if (agent.isEmpty())
        return notLoggedIn();
    const QJsonValue body = parseBody(request);
    QString problem = checkShape(
        body, {{"visitor", QJsonValue::Object, true}, {"messages", QJsonValue::Array, true}});
    if (problem.isEmpty())
        problem = checkShape(body.toObject().value(QLatin1String("visitor")),
                             {{"token", QJsonValue::String, true}});
    const QJsonArray items = body.toObject().value(QLatin1String("messages")).toArray();
    for (qsizetype i = 0; problem.isEmpty() && i < items.size(); ++i)
        problem = checkShape(items.at(i), {{"msg", QJsonValue::String, true}});
    if (!problem.isEmpty())
        return invalidParams(problem);

    const QString token = str(body.toObject().value(QLatin1String("visitor")).toObject(), "token");
    QJsonObject visitor = m_rooms.visitorByToken(token);
    qsizetype roomIndex = -1;
    if (visitor.isEmpty()) {
        visitor = m_rooms.addVisitor(QStringLiteral("Guest"), token);
    } else {
        roomIndex = m_rooms.openRoomOfVisitor(token);
    }
    const QDateTime now = World::now();
    const QString rid = roomIndex >= 0 ? str(m_world.rocketChat().rooms.at(roomIndex), "_id")
                                       : m_rooms.openRoom(visitor, agent, now);
    QStringList texts;
    texts.reserve(items.size());
    for (const QJsonValue& item : items)
        texts.append(str(item.toObject(), "msg"));
    const QString username = str(visitor, "username");
    QJsonArray sent;
    for (const QJsonObject& message : m_rooms.postAllAsVisitor(rid, visitor, texts, now)) {
        sent.append(QJsonObject{{QStringLiteral("username"), username},
                                {QStringLiteral("msg"), message.value(QLatin1String("msg"))},
                                {QStringLiteral("ts"), message.value(QLatin1String("ts"))}});
    }
    return success({{QStringLiteral("messages"), sent}});
}

Reply RocketChatApi::history(const Request& request, const QString& rid) {
    const QString token = request.queryValue(QStringLiteral("token"));
    if (!request.query.hasQueryItem(QStringLiteral("token")))
        return invalidParams(QStringLiteral("must have required property 'token'"));
    bool limitOk = true;
    bool offsetOk = true;
    const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
                          ? request.queryValue(QStringLiteral("limit")).toInt(&limitOk)
                          : 20;
    const int offset = request.query.hasQueryItem(QStringLiteral("offset"))
                           ? request.queryValue(QStringLiteral("offset")).toInt(&offsetOk)
                           : 0;
    if (!limitOk || !offsetOk || limit < 1 || offset < 0)
        return invalidParams(QStringLiteral("limit and offset must be non-negative integers"));
    const QDateTime end =
        QDateTime::fromString(request.queryValue(QStringLiteral("end")), Qt::ISODateWithMs);
    const QDateTime lastSeen =
        QDateTime::fromString(request.queryValue(QStringLiteral("ls")), Qt::ISODateWithMs);
    if (m_rooms.visitorByToken(token).isEmpty())
        return livechatError(QStringLiteral("invalid-token"));
    const qsizetype roomIndex = m_rooms.roomIndex(rid);
    if (roomIndex < 0 ||
        str(m_world.rocketChat().rooms.at(roomIndex).value(QLatin1String("v")).toObject(),
            "token") != token)
        return livechatError(QStringLiteral("invalid-room"));

    QJsonArray page;
    int skipped = 0;
    int unreadNotLoaded = 0;
    const auto& messages = m_world.rocketChat().messages;
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) { // newest first
        if (str(*it, "rid") != rid)
            continue;
        const QDateTime ts = QDateTime::fromString(str(*it, "ts"), Qt::ISODateWithMs);
        if (end.isValid() && ts >= end)
            continue;
        if (skipped < offset) {
            ++skipped;
            continue;
        }
        if (page.size() < limit)
            page.append(*it);
        else if (lastSeen.isValid() && ts > lastSeen)
            ++unreadNotLoaded;
    }
    return success(
        {{QStringLiteral("messages"), page}, {QStringLiteral("unreadNotLoaded"), unreadNotLoaded}});
}

Reply RocketChatApi::messageById(const Request& request, const QString& id) {
    for (const char* key : {"token", "rid"}) {
        if (!request.query.hasQueryItem(QLatin1String(key)))
            return invalidParams(
                QStringLiteral("must have required property '%1'").arg(QLatin1String(key)));
    }
    const QString token = request.queryValue(QStringLiteral("token"));
    const QString rid = request.queryValue(QStringLiteral("rid"));
    if (m_rooms.visitorByToken(token).isEmpty())
        return livechatError(QStringLiteral("invalid-token"));
    const qsizetype roomIndex = m_rooms.roomIndex(rid);
    if (roomIndex < 0 ||
        str(m_world.rocketChat().rooms.at(roomIndex).value(QLatin1String("v")).toObject(),
            "token") != token)
        return livechatError(QStringLiteral("invalid-room"));
    const QJsonObject message = m_rooms.message(id);
    if (message.isEmpty() || str(message, "rid") != rid)
        return failure(QStringLiteral("invalid-message"));
    return success({{QStringLiteral("message"), message}});
}

Reply RocketChatApi::rooms(const Request& request) {
    if (authenticated(request).isEmpty())
        return notLoggedIn();
    QStringList agents =
        request.query.allQueryItemValues(QStringLiteral("agents[]"), QUrl::FullyDecoded);
    const QString open = request.queryValue(QStringLiteral("open"));
    bool offsetOk = true;
    bool countOk = true;
    const int offset = request.query.hasQueryItem(QStringLiteral("offset"))
                           ? request.queryValue(QStringLiteral("offset")).toInt(&offsetOk)
                           : 0;
    const int count = request.query.hasQueryItem(QStringLiteral("count"))
                          ? request.queryValue(QStringLiteral("count")).toInt(&countOk)
                          : 50;
    if (!offsetOk || !countOk || offset < 0 || count < 0)
        return invalidParams(QStringLiteral("offset and count must be non-negative integers"));
    if (!open.isEmpty() && open != QLatin1String("true") && open != QLatin1String("false"))
        return invalidParams(QStringLiteral("open must be true or false"));

    QList<QJsonObject> matching;
    for (const QJsonObject& room : m_world.rocketChat().rooms) {
        const QString servedBy = str(room.value(QLatin1String("servedBy")).toObject(), "_id");
        if (!agents.isEmpty() && !agents.contains(servedBy))
            continue;
        if (!open.isEmpty() && room.value(QLatin1String("open")).toBool() != (open == "true"))
            continue;
        matching.append(room);
    }
    std::stable_sort(matching.begin(), matching.end(), [](const auto& a, const auto& b) {
        return str(a, "ts") > str(b, "ts"); // newest first, as the server sorts by ts desc
    });
    QJsonArray page;
    for (qsizetype i = offset; i < matching.size() && page.size() < qsizetype(count); ++i)
        page.append(matching.at(i));
    return success({{QStringLiteral("rooms"), page},
                    {QStringLiteral("count"), page.size()},
                    {QStringLiteral("offset"), offset},
                    {QStringLiteral("total"), matching.size()}});
}

// What apps/meteor/app/api/server/v1/chat.ts does: executeSendMessage() as the user whose
// credentials came, which sets `u` to that user. canSendMessageAsync() throws plain Errors
// ("error-invalid-room", "error-not-allowed"), which the API answers as 400 {success:false, error}
// without errorType; Meteor.Errors add "[type]" and errorType.
Reply RocketChatApi::chatSendMessage(const Request& request) {
    const QJsonObject agent = authenticated(request);
    if (agent.isEmpty())
        return notLoggedIn();
    const QJsonValue body = parseBody(request);
    QString problem = checkShape(body, {{"message", QJsonValue::Object, true}});
    if (problem.isEmpty())
        problem = checkShape(body.toObject().value(QLatin1String("message")),
                             {{"_id", QJsonValue::String, false},
                              {"rid", QJsonValue::String, true},
                              {"msg", QJsonValue::String, false}});
    if (!problem.isEmpty())
        return invalidParams(problem);
    const QJsonObject message = body.toObject().value(QLatin1String("message")).toObject();
    const QString text = str(message, "msg");
    if (text.size() > kMessageMaxAllowedSize) {
        QJsonObject refusal{
            {QStringLiteral("success"), false},
            {QStringLiteral("error"), QStringLiteral("Message size exceeds Message_MaxAllowedSize "
                                                     "[error-message-size-exceeded]")},
            {QStringLiteral("errorType"), QStringLiteral("error-message-size-exceeded")},
            {QStringLiteral("details"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("sendMessage")}}}};
        return Reply::json(400, refusal);
    }
    const qsizetype roomIndex = m_rooms.roomIndex(str(message, "rid"));
    if (roomIndex < 0)
        return failure(QStringLiteral("error-invalid-room"));
    const QJsonObject room = m_world.rocketChat().rooms.at(roomIndex);
    // Only the agent serving the room may write in it (livechat's canAccessRoom validators, for
    // an agent without view-livechat-rooms), and only while it is open.
    if (str(room.value(QLatin1String("servedBy")).toObject(), "_id") != str(agent, "_id") ||
        !room.value(QLatin1String("open")).toBool())
        return failure(QStringLiteral("error-not-allowed"));
    const QString id = str(message, "_id");
    if (!id.isEmpty() && m_rooms.hasMessage(id)) {
        // sendMessage() inserts nothing for a taken `_id` and returns undefined, which the route
        // then reads: the answer is a 400 with JavaScript's TypeError text.
        return failure(QStringLiteral("Cannot read properties of undefined (reading 'starred')"));
    }
    const QJsonObject sent =
        m_rooms.postAsAgent(str(message, "rid"), agent, text, World::now(), id);
    return success({{QStringLiteral("message"), sent}});
}

Reply RocketChatApi::chatGetMessage(const Request& request) {
    const QJsonObject agent = authenticated(request);
    if (agent.isEmpty())
        return notLoggedIn();
    if (!request.query.hasQueryItem(QStringLiteral("msgId")))
        return invalidParams(QStringLiteral("must have required property 'msgId'"));
    const QJsonObject message = m_rooms.message(request.queryValue(QStringLiteral("msgId")));
    if (message.isEmpty())
        return Reply::json(400, QJsonObject{{QStringLiteral("success"), false}});
    const qsizetype roomIndex = m_rooms.roomIndex(str(message, "rid"));
    const QJsonObject room =
        roomIndex < 0 ? QJsonObject() : m_world.rocketChat().rooms.at(roomIndex);
    if (str(room.value(QLatin1String("servedBy")).toObject(), "_id") != str(agent, "_id")) {
        return Reply::json(
            400,
            QJsonObject{
                {QStringLiteral("success"), false},
                {QStringLiteral("error"), QStringLiteral("Not allowed [error-not-allowed]")},
                {QStringLiteral("errorType"), QStringLiteral("error-not-allowed")},
                {QStringLiteral("details"),
                 QJsonObject{{QStringLiteral("method"), QStringLiteral("getSingleMessage")}}}});
    }
    return success({{QStringLiteral("message"), message}});
}

Reply RocketChatApi::me(const Request& request) {
    const QJsonObject agent = authenticated(request);
    if (agent.isEmpty())
        return notLoggedIn();
    return success(agent.value(QLatin1String("me")).toObject());
}

Reply RocketChatApi::login(const Request& request) {
    const QJsonObject body = parseBody(request).toObject();
    QJsonObject user;
    if (body.value(QLatin1String("resume")).isString()) {
        user = m_rooms.userByResumeToken(str(body, "resume"));
    } else {
        const QString name =
            body.contains(QLatin1String("user")) ? str(body, "user") : str(body, "username");
        user = m_rooms.userByLogin(name, str(body, "password"));
    }
    if (user.isEmpty()) {
        return Reply::json(
            401, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                             {QStringLiteral("error"), QStringLiteral("Unauthorized")},
                             {QStringLiteral("message"), QStringLiteral("Unauthorized")}});
    }
    return Reply::json(
        200, QJsonObject{
                 {QStringLiteral("status"), QStringLiteral("success")},
                 {QStringLiteral("data"),
                  QJsonObject{{QStringLiteral("userId"), user.value(QLatin1String("_id"))},
                              {QStringLiteral("authToken"), user.value(QLatin1String("authToken"))},
                              {QStringLiteral("me"), user.value(QLatin1String("me"))}}}});
}

Reply RocketChatApi::cannedResponses(const Request& request) {
    if (authenticated(request).isEmpty())
        return notLoggedIn();
    QJsonArray responses;
    for (const QJsonObject& response : m_world.rocketChat().canned)
        responses.append(response);
    return success({{QStringLiteral("responses"), responses}});
}

} // namespace sandbox
