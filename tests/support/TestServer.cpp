#include "TestServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTest>

namespace {
QString key(const QByteArray& method, const QString& path) {
    return QString::fromLatin1(method) + u' ' + path;
}

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
} // namespace

TestServer::TestServer(QObject* parent)
    : QAbstractHttpServer(parent) {
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0)
        qFatal("TestServer: cannot listen on 127.0.0.1");
}

QUrl TestServer::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void TestServer::on(const QByteArray& method, const QString& path, Handler handler) {
    m_handlers.insert(key(method, path), std::move(handler));
}

void TestServer::respond(QHttpServerResponder& responder, int status, const QByteArray& body,
                         const agentdesk::HeaderList& headers) {
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    bool hasType = false;
    for (const auto& [name, value] : headers) {
        hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        responder.writeHeader(name, value);
    }
    if (!hasType)
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

void TestServer::reply(const QByteArray& method, const QString& path, int status,
                       const QByteArray& body, const agentdesk::HeaderList& headers) {
    on(method, path, [status, body, headers](const RecordedRequest&, QHttpServerResponder& r) {
        respond(r, status, body, headers);
    });
}

void TestServer::hang(const QByteArray& method, const QString& path) {
    on(method, path, [this](const RecordedRequest&, QHttpServerResponder& r) {
        m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(r)));
    });
}

void TestServer::reset(const QByteArray& method, const QString& path) {
    on(method, path, [](const RecordedRequest&, QHttpServerResponder& r) { r.socket()->abort(); });
}

void TestServer::truncate(const QByteArray& method, const QString& path, const QByteArray& body,
                          qint64 declared) {
    on(method, path, [body, declared](const RecordedRequest&, QHttpServerResponder& r) {
        r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        r.writeHeader("Content-Type", "application/json");
        r.writeHeader("Content-Length", QByteArray::number(declared));
        r.writeBody(body);
        r.socket()->flush();
        r.socket()->disconnectFromHost();
    });
}

QByteArray TestServer::fixture(const QString& name) {
    QFile file(QStringLiteral(AGENTDESK_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QList<RecordedRequest> TestServer::requestsTo(const QString& path) const {
    QList<RecordedRequest> matching;
    for (const auto& request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

bool TestServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    for (const auto& [name, value] : request.headers())
        recorded.headers.insert(name.toLower(), value);
    recorded.body = request.body();
    m_requests.append(recorded);

    QHttpServerResponder responder = makeResponder(request, socket);
    const auto handler = m_handlers.constFind(key(recorded.method, recorded.path));
    if (handler == m_handlers.constEnd()) {
        respond(responder, 404, R"({"success":false,"error":"no such route in TestServer"})");
        return true;
    }
    (*handler)(recorded, responder);
    return true;
}

void TestServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket) {
    socket->abort();
}
