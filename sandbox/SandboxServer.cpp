#include "SandboxServer.h"

#include "LiveChatAiApi.h"
#include "RocketChatApi.h"
#include "RocketChatRealtimeApi.h"
#include "SocialBoardsApi.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcSandbox, "agentdesk.sandbox")

namespace sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

constexpr char kTuned[] = "agentdesk.sandbox.tuned";

//! Acknowledges what was received at once instead of up to 40 ms later. A client that writes a
//! request in several pieces without TCP_NODELAY (QNetworkAccessManager writes a body in 16 KiB
//! blocks) holds its last piece back until the earlier ones are acknowledged (Nagle), so every
//! request over 16 KiB would wait for the delayed ACK. Linux forgets the setting after a while,
//! hence after every read.
void acknowledgeAtOnce(QTcpSocket* socket) {
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const int on = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

//! A connection's first request: its answers leave at once too (TCP_NODELAY, as web servers
//! set it), and what follows on it is acknowledged at once.
void tune(QTcpSocket* socket) {
    socket->setProperty(kTuned, true);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    acknowledgeAtOnce(socket);
    QObject::connect(socket, &QIODevice::readyRead, socket,
                     [socket] { acknowledgeAtOnce(socket); });
}

Reply adminError(int status, const QString& message) {
    return Reply::json(status, QJsonObject{{QStringLiteral("error"), message}});
}
} // namespace

SandboxServer::SandboxServer(World& world, quint32 seed, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_world(world)
    , m_faults(seed ^ 0x5eed) {
    m_backends.push_back(std::make_unique<RocketChatApi>(world));
    m_backends.push_back(std::make_unique<LiveChatAiApi>(world));
    m_backends.push_back(std::make_unique<SocialBoardsApi>(world));
    m_realtime = std::make_unique<RocketChatRealtimeApi>(world, m_faults);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_realtime->accept(nextPendingWebSocketConnection());
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port) {
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl SandboxServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int SandboxServer::heldRequests() {
    std::erase_if(m_held, [](const Held& held) {
        return !held.socket || held.socket->state() != QAbstractSocket::ConnectedState;
    });
    return int(m_held.size());
}

bool SandboxServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket) {
    // Qt 6.4 shows a websocket upgrade here first and hands the socket to the websocket server
    // (newWebSocketConnection) right after: answering it here would put a 404 before the 101.
    if (httpRequest.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    if (!socket->property(kTuned).toBool())
        tune(socket);
    Request request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    for (const auto& [name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();
    m_log.write(request);
    emit requestReceived(request.method, request.path);

    auto responder = std::make_unique<QHttpServerResponder>(makeResponder(httpRequest, socket));
    if (request.path.startsWith(QLatin1String("/_admin/"))) {
        write(*responder, admin(request));
        return true;
    }
    Backend* backend = nullptr;
    for (const auto& candidate : m_backends) {
        if (candidate->owns(request))
            backend = candidate.get();
    }
    if (!backend) {
        write(*responder, adminError(404, QStringLiteral("no such endpoint in the sandbox")));
        return true;
    }
    if (m_faults.settings().resetBeforeHandling) {
        qCInfo(lcSandbox) << "reset before handling:" << request.method << request.path;
        socket->abort();
        return true;
    }
    const Reply reply = dispatch(*backend, request);
    const Faults::Settings& settings = m_faults.settings();
    if (settings.resetAfterReceive) {
        qCInfo(lcSandbox) << "reset after receive:" << request.method << request.path;
        socket->abort();
        return true;
    }
    if (settings.hangAfterReceive) {
        qCInfo(lcSandbox) << "hang after receive:" << request.method << request.path;
        heldRequests(); // prunes the ones whose client went away
        m_held.push_back(Held{socket, std::move(responder)});
        return true;
    }
    if (settings.latencyMs <= 0) {
        write(*responder, reply);
        return true;
    }
    QPointer<QTcpSocket> guard(socket);
    std::shared_ptr<QHttpServerResponder> later(std::move(responder));
    QTimer::singleShot(settings.latencyMs, this, [this, guard, later, reply] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*later, reply);
    });
    return true;
}

Reply SandboxServer::dispatch(Backend& backend, const Request& request) {
    const auto rate =
        m_faults.countRequest(Faults::routeKey(request.method, request.path), World::now());
    Reply reply;
    if (rate && !rate->allowed)
        reply = backend.tooManyRequests(rate->retryAfterSeconds);
    else if (m_faults.shouldFail())
        reply = backend.serverError();
    else
        reply = backend.handle(request);
    if (rate) {
        reply.addHeader("X-RateLimit-Limit", QByteArray::number(rate->limit));
        reply.addHeader("X-RateLimit-Remaining", QByteArray::number(rate->remaining));
        reply.addHeader("X-RateLimit-Reset", QByteArray::number(rate->resetMs));
        if (!rate->allowed)
            reply.addHeader("Retry-After", QByteArray::number(rate->retryAfterSeconds));
    }
    return reply;
}

Reply SandboxServer::admin(const Request& request) {
    if (request.path == QLatin1String("/_admin/faults")) {
        if (request.method == "POST") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            QString error;
            if (!document.isObject())
                return adminError(400, QStringLiteral("expected a JSON object"));
            if (!m_faults.apply(document.object(), &error))
                return adminError(400, error);
            if (m_faults.settings().refuseWebSocket)
                m_realtime->dropAll();
            qCInfo(lcSandbox).noquote()
                << "faults now" << QJsonDocument(m_faults.toJson()).toJson(QJsonDocument::Compact);
        } else if (request.method != "GET") {
            return adminError(405, QStringLiteral("use GET or POST"));
        }
        return Reply::json(200, m_faults.toJson());
    }
    if (request.path == QLatin1String("/_admin/world") && request.method == "GET")
        return Reply::json(200, m_world.toJson());
    return adminError(404, QStringLiteral("no such admin endpoint"));
}

void SandboxServer::write(QHttpServerResponder& responder, const Reply& reply) {
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

void SandboxServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket) {
    socket->abort();
}

} // namespace sandbox
