#include "RocketChatRealtime.h"

#include "DdpMessage.h"
#include "net/Transport.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QWebSocket>

#include <limits>

Q_LOGGING_CATEGORY(lcRealtime, "agentdesk.realtime", QtInfoMsg)

namespace agentdesk {

namespace {
constexpr qint64 kMaxFrameBytes = 32LL << 20; // as Transport's response cap
const QString kLoginId = QStringLiteral("login");
const QString kMessagesStream = QStringLiteral("stream-room-messages");
const QString kUserStream = QStringLiteral("stream-notify-user");
const QString kMyMessages = QStringLiteral("__my_messages__");

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

RocketChatRealtime::RocketChatRealtime(const rocketchat::Server& server, QObject* parent)
    : QObject(parent)
    , m_server(server) {
    m_backoff.setPolicy(m_timing.reconnect);
    for (QTimer* timer : {&m_heartbeat, &m_silence, &m_connectDeadline, &m_reconnect, &m_stable})
        timer->setSingleShot(true);
    connect(&m_stable, &QTimer::timeout, this, [this] { m_failures = 0; });
    connect(&m_heartbeat, &QTimer::timeout, this,
            [this] { send(ddp::pingFrame(QStringLiteral("hb-%1").arg(++m_nextId))); });
    connect(&m_silence, &QTimer::timeout, this,
            [this] { fail(tr("the realtime connection went silent")); });
    connect(&m_connectDeadline, &QTimer::timeout, this,
            [this] { fail(tr("the realtime connection did not come up in time")); });
    connect(&m_reconnect, &QTimer::timeout, this, &RocketChatRealtime::open);
}

RocketChatRealtime::~RocketChatRealtime() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RocketChatRealtime::setTiming(const Timing& timing) {
    m_timing = timing;
    m_backoff.setPolicy(timing.reconnect);
}

QUrl RocketChatRealtime::websocketUrl(const QUrl& serverUrl) {
    QUrl url = serverUrl;
    const QString scheme = serverUrl.scheme().toLower();
    url.setScheme(scheme == QLatin1String("https")  ? QStringLiteral("wss")
                  : scheme == QLatin1String("http") ? QStringLiteral("ws")
                                                    : scheme);
    QString path = serverUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/websocket"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool RocketChatRealtime::isAllowedUrl(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("wss"))
        return true;
    return scheme == QLatin1String("ws") && isLoopbackHost(url.host());
}

void RocketChatRealtime::start() {
    if (m_state != State::Stopped)
        return;
    m_failures = 0;
    open();
}

void RocketChatRealtime::stop() {
    m_state = State::Stopped;
    for (QTimer* timer : {&m_heartbeat, &m_silence, &m_connectDeadline, &m_reconnect, &m_stable})
        timer->stop();
    if (m_socket) {
        QWebSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
}

void RocketChatRealtime::open() {
    const QUrl url = websocketUrl(m_server.baseUrl);
    if (!isAllowedUrl(url)) {
        // Never retried: only a changed server address can fix it.
        m_state = State::WaitingToReconnect;
        m_problem = tr("refusing an unencrypted realtime connection to %1")
                        .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        qCInfo(lcRealtime) << "not opening" << url.toDisplayString(QUrl::RemoveUserInfo);
        emit down(m_problem);
        return;
    }
    if (m_server.userId.isEmpty() || m_server.authToken.isEmpty()) {
        m_state = State::WaitingToReconnect;
        m_problem = tr("not signed in: no user id or auth token for the realtime connection");
        emit down(m_problem);
        return;
    }
    m_state = State::Connecting;
    m_pendingSubs.clear();
    m_second.invalidate();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxFrameBytes);
    connect(m_socket, &QWebSocket::connected, this, &RocketChatRealtime::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RocketChatRealtime::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &RocketChatRealtime::onClosed);
    // Qt 6.4 names it error(); a refused or failed connection may never report disconnected().
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &RocketChatRealtime::onClosed);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, Transport::userAgent());
    m_connectDeadline.start(m_timing.connectMs);
    m_socket->open(request);
}

void RocketChatRealtime::onConnected() {
    m_state = State::SigningIn;
    m_silence.start(m_timing.silenceMs);
    send(ddp::connectFrame());
}

void RocketChatRealtime::send(const QByteArray& frame) {
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > m_timing.maxBytesToWrite) {
        return fail(tr("the server does not read what the desk sends (%1 KiB waiting); "
                       "following by polling instead")
                        .arg(m_socket->bytesToWrite() / 1024));
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    m_heartbeat.start(m_timing.heartbeatMs);
}

bool RocketChatRealtime::withinBounds(qint64 bytes) {
    if (!m_second.isValid() || m_second.elapsed() >= 1000) {
        m_second.start();
        m_framesThisSecond = 0;
        m_bytesThisSecond = 0;
    }
    ++m_framesThisSecond;
    m_bytesThisSecond += bytes;
    if (m_framesThisSecond > m_timing.maxFramesPerSecond) {
        fail(tr("the server sent more than %1 messages in a second; following by polling "
                "instead")
                 .arg(m_timing.maxFramesPerSecond));
        return false;
    }
    if (m_bytesThisSecond > m_timing.maxBytesPerSecond) {
        fail(tr("the server sent more than %1 MiB in a second; following by polling instead")
                 .arg(m_timing.maxBytesPerSecond >> 20));
        return false;
    }
    return true;
}

void RocketChatRealtime::subscribe() {
    m_state = State::Subscribing;
    const auto sub = [this](const QString& name, const QString& event) {
        const QString id = QStringLiteral("sub-%1").arg(++m_nextId);
        m_pendingSubs.insert(id);
        send(ddp::subFrame(id, name, QJsonArray{event, false}));
    };
    sub(kMessagesStream, kMyMessages);
    sub(kUserStream, m_server.userId + QStringLiteral("/rooms-changed"));
    sub(kUserStream, m_server.userId + QStringLiteral("/subscriptions-changed"));
}

void RocketChatRealtime::onText(const QString& text) {
    if (!m_socket || !withinBounds(text.size()))
        return; // dropped (a frame already queued by the socket may still arrive)
    m_silence.start(m_timing.silenceMs);
    m_heartbeat.start(m_timing.heartbeatMs);
    const auto frame = ddp::parseFrame(text.toUtf8());
    if (!frame) {
        qCInfo(lcRealtime) << "ignoring a frame that is not a JSON object";
        return;
    }
    const QString& msg = frame->msg;
    if (msg == QLatin1String("ping")) {
        send(ddp::pongFrame(frame->id));
    } else if (msg == QLatin1String("connected")) {
        // The token goes in this frame only; it is never logged.
        send(ddp::methodFrame(
            kLoginId, QStringLiteral("login"),
            QJsonArray{QJsonObject{{QStringLiteral("resume"), m_server.authToken}}}));
    } else if (msg == QLatin1String("failed")) {
        fail(tr("the server does not speak DDP version 1"));
    } else if (msg == QLatin1String("result") && frame->id == kLoginId) {
        const bool refused =
            !frame->error().isEmpty() || frame->object.contains(QLatin1String("error"));
        if (refused) {
            // Also late, on a line already live: the server signed the agent out.
            const QString why =
                frame->errorText().isEmpty() ? tr("no reason given") : frame->errorText();
            return fail(tr("the server refused the sign-in: %1").arg(why), true);
        }
        if (m_state != State::SigningIn) {
            qCInfo(lcRealtime) << "ignoring a repeated sign-in answer";
            return;
        }
        subscribe();
    } else if (msg == QLatin1String("ready")) {
        for (const QJsonValue& id : frame->object.value(QLatin1String("subs")).toArray())
            m_pendingSubs.remove(id.toString());
        if (m_state == State::Subscribing && m_pendingSubs.isEmpty()) {
            m_connectDeadline.stop();
            m_state = State::Live;
            m_problem.clear();
            m_stable.start(m_timing.stableMs); // the backoff starts over only after this
            qCInfo(lcRealtime) << "live on" << websocketUrl(m_server.baseUrl).host();
            emit live();
        }
    } else if (msg == QLatin1String("nosub")) {
        fail(tr("the server refused a subscription: %1")
                 .arg(frame->errorText().isEmpty() ? frame->id : frame->errorText()));
    } else if (msg == QLatin1String("error")) {
        fail(tr("the server reported a protocol error: %1")
                 .arg(frame->errorText().isEmpty() ? tr("no reason given") : frame->errorText()));
    } else if (msg == QLatin1String("changed")) {
        handleChanged(frame->object);
    }
    // pong, updated, added, removed, server_id greetings: nothing to do.
}

void RocketChatRealtime::handleChanged(const QJsonObject& object) {
    const ddp::Frame frame{QStringLiteral("changed"), {}, object};
    const QString collection = frame.collection();
    const QJsonArray args = frame.args();
    if (collection == kMessagesStream) {
        // `__my_messages__` (or a room id): each argument is one message.
        for (const QJsonValue& arg : args) {
            JsonReader reader(arg.toObject());
            const rocketchat::Message message = rocketchat::parseMessage(reader);
            if (!reader.ok() || !arg.isObject()) {
                qCInfo(lcRealtime) << "ignoring a malformed message:" << reader.error();
                continue;
            }
            emit messageReceived(message);
        }
    } else if (collection == kUserStream) {
        const QString event = frame.eventName().section(u'/', 1);
        if (event != QLatin1String("rooms-changed") &&
            event != QLatin1String("subscriptions-changed"))
            return;
        // args: [action ("inserted", "updated", "removed"), room or subscription]
        const QString action = args.at(0).toString();
        const QJsonObject item = args.at(1).toObject();
        const QString rid = event == QLatin1String("rooms-changed")
                                ? item.value(QLatin1String("_id")).toString()
                                : item.value(QLatin1String("rid")).toString();
        emit roomChanged(rid, action, !item.value(QLatin1String("open")).toBool());
    }
}

void RocketChatRealtime::fail(const QString& reason, bool signInRefused) {
    if (m_state == State::Stopped)
        return;
    const bool wasLive = m_state == State::Live;
    for (QTimer* timer : {&m_heartbeat, &m_silence, &m_connectDeadline, &m_stable})
        timer->stop();
    if (m_socket) {
        QWebSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_problem = reason;
    m_state = State::WaitingToReconnect;
    ++m_failures;
    // A refused sign-in will not heal by itself soon: wait as after many failures.
    const int failures = signInRefused ? std::max(m_failures, 8) : m_failures;
    const qint64 wait = m_backoff.delay(failures).count();
    qCInfo(lcRealtime).noquote() << "down:" << reason << (wasLive ? "(was live)" : "")
                                 << "- reconnecting in" << wait << "ms";
    m_reconnect.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
    emit down(reason);
}

void RocketChatRealtime::onClosed() {
    const QString why = m_socket && !m_socket->errorString().isEmpty() &&
                                m_socket->error() != QAbstractSocket::UnknownSocketError
                            ? m_socket->errorString()
                            : tr("the server closed the realtime connection");
    fail(why);
}

} // namespace agentdesk
