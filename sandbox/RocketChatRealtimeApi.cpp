#include "RocketChatRealtimeApi.h"

#include "RocketChatRooms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcRealtimeApi, "agentdesk.sandbox.realtime")

namespace sandbox {

namespace {
constexpr int kServerPingMs = 25'000; // Meteor pings an idle client about this often
const QString kMessagesStream = QStringLiteral("stream-room-messages");
const QString kUserStream = QStringLiteral("stream-notify-user");
const QString kMyMessages = QStringLiteral("__my_messages__");

QString str(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

//! A Meteor.Error as DDP sends it in `result` and `nosub`.
QJsonObject meteorError(const QJsonValue& error, const QString& reason) {
    const QString code = error.isDouble() ? QString::number(error.toInt()) : error.toString();
    return {{QStringLiteral("isClientSafe"), true},
            {QStringLiteral("error"), error},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("message"), QStringLiteral("%1 [%2]").arg(reason, code)},
            {QStringLiteral("errorType"), QStringLiteral("Meteor.Error")}};
}
} // namespace

struct RocketChatRealtimeApi::Session {
    std::unique_ptr<QWebSocket> socket;
    bool connected = false; //!< `connect` answered
    QJsonObject user;       //!< signed in as; empty before `login`
    //! sub id -> {stream name, event}
    QHash<QString, std::pair<QString, QString>> subs;

    void send(const QJsonObject& frame) const {
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    bool subscribedTo(const QString& name, const QString& event) const {
        for (const auto& sub : subs) {
            if (sub.first == name && sub.second == event)
                return true;
        }
        return false;
    }
};

RocketChatRealtimeApi::RocketChatRealtimeApi(World& world, Faults& faults, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_faults(faults) {
    connect(&world, &World::rocketChatMessageStored, this, &RocketChatRealtimeApi::pushMessage);
    connect(&world, &World::rocketChatRoomChanged, this, &RocketChatRealtimeApi::pushRoom);
    m_heartbeat.setInterval(kServerPingMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        for (const auto& session : m_sessions) {
            if (session->connected)
                session->send({{QStringLiteral("msg"), QStringLiteral("ping")}});
        }
    });
    m_heartbeat.start();
}

RocketChatRealtimeApi::~RocketChatRealtimeApi() {
    for (const auto& session : m_sessions)
        session->socket->disconnect(this);
}

void RocketChatRealtimeApi::accept(std::unique_ptr<QWebSocket> socket) {
    if (!socket)
        return;
    if (m_faults.settings().refuseWebSocket) {
        qCInfo(lcRealtimeApi) << "refusing a websocket (fault)";
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      QStringLiteral("refused by the sandbox's refuseWebSocket fault"));
        socket.release()->deleteLater();
        return;
    }
    if (socket->requestUrl().path() != QLatin1String("/websocket")) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no such path"));
        socket.release()->deleteLater();
        return;
    }
    auto session = std::make_unique<Session>();
    session->socket = std::move(socket);
    Session* raw = session.get();
    connect(raw->socket.get(), &QWebSocket::textMessageReceived, this,
            [this, raw](const QString& text) { onText(raw, text); });
    connect(raw->socket.get(), &QWebSocket::disconnected, this, [this, raw] { close(raw); });
    m_sessions.push_back(std::move(session));
    raw->send({{QStringLiteral("server_id"), QStringLiteral("0")}}); // Meteor's greeting
}

void RocketChatRealtimeApi::close(Session* session) {
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [session](const auto& s) { return s.get() == session; });
    if (it == m_sessions.end())
        return;
    std::unique_ptr<Session> gone = std::move(*it);
    m_sessions.erase(it);
    gone->socket->disconnect(this);
    gone->socket->abort();
    gone->socket.release()->deleteLater();
}

void RocketChatRealtimeApi::dropAll() {
    while (!m_sessions.empty())
        close(m_sessions.back().get());
}

void RocketChatRealtimeApi::onText(Session* session, const QString& text) {
    if (m_faults.settings().refuseWebSocket)
        return close(session);
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject frame = document.object();
    const QString msg = str(frame, "msg");
    const auto bad = [session, &text](const QString& reason) {
        session->send({{QStringLiteral("msg"), QStringLiteral("error")},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("offendingMessage"), text}});
    };
    if (!document.isObject() || msg.isEmpty())
        return bad(QStringLiteral("Bad request"));
    if (!session->connected) {
        if (msg != QLatin1String("connect"))
            return bad(QStringLiteral("Must connect first"));
        const QJsonArray support = frame.value(QLatin1String("support")).toArray();
        if (str(frame, "version") != QLatin1String("1") &&
            !support.contains(QJsonValue(QStringLiteral("1")))) {
            return session->send({{QStringLiteral("msg"), QStringLiteral("failed")},
                                  {QStringLiteral("version"), QStringLiteral("1")}});
        }
        session->connected = true;
        return session->send({{QStringLiteral("msg"), QStringLiteral("connected")},
                              {QStringLiteral("session"), m_world.randomId()}});
    }
    if (msg == QLatin1String("ping")) {
        QJsonObject pong{{QStringLiteral("msg"), QStringLiteral("pong")}};
        if (frame.contains(QLatin1String("id")))
            pong.insert(QStringLiteral("id"), frame.value(QLatin1String("id")));
        return session->send(pong);
    }
    if (msg == QLatin1String("pong"))
        return;
    if (msg == QLatin1String("method"))
        return method(session, frame);
    if (msg == QLatin1String("sub"))
        return sub(session, frame);
    if (msg == QLatin1String("unsub")) {
        const QString id = str(frame, "id");
        session->subs.remove(id);
        return session->send(
            {{QStringLiteral("msg"), QStringLiteral("nosub")}, {QStringLiteral("id"), id}});
    }
    bad(QStringLiteral("Bad request"));
}

void RocketChatRealtimeApi::method(Session* session, const QJsonObject& frame) {
    const QString id = str(frame, "id");
    const QString name = str(frame, "method");
    QJsonObject result{{QStringLiteral("msg"), QStringLiteral("result")},
                       {QStringLiteral("id"), id}};
    if (name != QLatin1String("login")) {
        result.insert(QStringLiteral("error"),
                      meteorError(404, QStringLiteral("Method '%1' not found").arg(name)));
        return session->send(result);
    }
    const QJsonObject params = frame.value(QLatin1String("params")).toArray().at(0).toObject();
    const QJsonObject user = RocketChatRooms(m_world).userByResumeToken(str(params, "resume"));
    if (user.isEmpty()) {
        result.insert(QStringLiteral("error"),
                      meteorError(403, QStringLiteral("You've been logged out by the server. "
                                                      "Please log in again.")));
        return session->send(result);
    }
    session->user = user;
    result.insert(QStringLiteral("result"),
                  QJsonObject{{QStringLiteral("id"), str(user, "_id")},
                              {QStringLiteral("token"), str(user, "authToken")},
                              {QStringLiteral("tokenExpires"),
                               QJsonObject{{QStringLiteral("$date"),
                                            double(World::now().addDays(90).toMSecsSinceEpoch())}}},
                              {QStringLiteral("type"), QStringLiteral("resume")}});
    session->send(result);
    session->send({{QStringLiteral("msg"), QStringLiteral("updated")},
                   {QStringLiteral("methods"), QJsonArray{id}}});
}

void RocketChatRealtimeApi::sub(Session* session, const QJsonObject& frame) {
    const QString id = str(frame, "id");
    const QString name = str(frame, "name");
    const QJsonArray params = frame.value(QLatin1String("params")).toArray();
    const QString event = params.at(0).toString();
    const auto refuse = [session, &id](const QJsonValue& error, const QString& reason) {
        session->send({{QStringLiteral("msg"), QStringLiteral("nosub")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("error"), meteorError(error, reason)}});
    };
    if (name != kMessagesStream && name != kUserStream)
        return refuse(404, QStringLiteral("Subscription '%1' not found").arg(name));
    // The second parameter is `false` or `{useCollection, args}` (both are in use).
    const QJsonValue options = params.at(1);
    if (id.isEmpty() || event.isEmpty() || !(options.isBool() || options.isObject()))
        return refuse(QStringLiteral("invalid-params"), QStringLiteral("Invalid parameters"));
    const QString userId = str(session->user, "_id");
    if (userId.isEmpty())
        return refuse(QStringLiteral("not-allowed"), QStringLiteral("Not allowed"));
    if (name == kUserStream && !event.startsWith(userId + u'/'))
        return refuse(QStringLiteral("not-allowed"), QStringLiteral("Not allowed"));
    session->subs.insert(id, {name, event});
    session->send({{QStringLiteral("msg"), QStringLiteral("ready")},
                   {QStringLiteral("subs"), QJsonArray{id}}});
    if (name == kMessagesStream && event == kMyMessages)
        emit subscribed(userId);
}

void RocketChatRealtimeApi::push(const QString& userId, const QString& collection,
                                 const QString& eventName, const QJsonArray& args,
                                 const QString& subscribedAs) {
    const QJsonObject frame{
        {QStringLiteral("msg"), QStringLiteral("changed")},
        {QStringLiteral("collection"), collection},
        {QStringLiteral("id"), QStringLiteral("id")},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("eventName"), eventName}, {QStringLiteral("args"), args}}}};
    for (const auto& session : m_sessions) {
        if (str(session->user, "_id") == userId && session->subscribedTo(collection, subscribedAs))
            session->send(frame);
    }
}

void RocketChatRealtimeApi::pushMessage(const QJsonObject& message) {
    if (m_sessions.empty())
        return;
    const QString rid = str(message, "rid");
    const qsizetype index = RocketChatRooms(m_world).roomIndex(rid);
    if (index < 0)
        return;
    const QJsonObject room = m_world.rocketChat().rooms.at(index);
    const QString agentId = str(room.value(QLatin1String("servedBy")).toObject(), "_id");
    if (agentId.isEmpty())
        return;
    push(agentId, kMessagesStream, kMyMessages, QJsonArray{message}, kMyMessages);
    push(agentId, kMessagesStream, rid, QJsonArray{message}, rid);
}

void RocketChatRealtimeApi::pushRoom(const QString& rid, const QString& action) {
    if (m_sessions.empty())
        return;
    const qsizetype index = RocketChatRooms(m_world).roomIndex(rid);
    if (index < 0)
        return;
    const QJsonObject room = m_world.rocketChat().rooms.at(index);
    const QString agentId = str(room.value(QLatin1String("servedBy")).toObject(), "_id");
    if (agentId.isEmpty())
        return;
    const bool open = room.value(QLatin1String("open")).toBool();
    const QString roomsEvent = agentId + QStringLiteral("/rooms-changed");
    push(agentId, kUserStream, roomsEvent, QJsonArray{action, room}, roomsEvent);
    // The agent's subscription to the room: added when it opens, removed when it closes.
    const QJsonObject subscription{
        {QStringLiteral("_id"), rid + agentId},
        {QStringLiteral("rid"), rid},
        {QStringLiteral("t"), QStringLiteral("l")},
        {QStringLiteral("name"), str(room, "name")},
        {QStringLiteral("fname"), str(room, "fname")},
        {QStringLiteral("open"), open},
        {QStringLiteral("u"), QJsonObject{{QStringLiteral("_id"), agentId}}},
    };
    const QString subscriptionsEvent = agentId + QStringLiteral("/subscriptions-changed");
    push(agentId, kUserStream, subscriptionsEvent,
         QJsonArray{open ? QStringLiteral("inserted") : QStringLiteral("removed"), subscription},
         subscriptionsEvent);
}

} // namespace sandbox
