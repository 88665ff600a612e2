#pragma once

#include "Backend.h"
#include "Faults.h"
#include "RequestLog.h"
#include "World.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServerResponder;

namespace sandbox {

class RocketChatRealtimeApi;

//! The sandbox's HTTP server: one loopback port serving Rocket.Chat (/api/v1), LiveChatAI
//! (/api/v2) and SocialBoards (/chat, /token), plus Rocket.Chat's realtime websocket
//! (/websocket), with fault injection and a request log.
//!
//! `/_admin/faults` (GET, POST JSON) reads and switches faults at run time; `/_admin/world`
//! (GET) returns the whole state, for tests. Requests that hang or reset are carried out
//! first: only the answer is lost, as when a network drops after the server committed.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit SandboxServer(World& world, quint32 seed, QObject* parent = nullptr);
    ~SandboxServer() override;

    //! Listens on 127.0.0.1 only; port 0 picks a free one. False when the port is taken.
    bool listen(quint16 port);
    QUrl url() const; //!< http://127.0.0.1:<port>
    quint16 port() const { return m_port; }

    Faults& faults() { return m_faults; }
    //! Rocket.Chat's realtime API, served at `/websocket` on the same port.
    RocketChatRealtimeApi& realtime() { return *m_realtime; }
    bool setLogFile(const QString& fileName, QString* error) { return m_log.open(fileName, error); }
    //! Requests read but left unanswered on purpose (hang-after-receive) and still connected.
    int heldRequests();

signals:
    //! After each request is read (before any answer), with its method and path.
    void requestReceived(const QByteArray& method, const QString& path);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Held {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };

    Reply admin(const Request& request);
    Reply dispatch(Backend& backend, const Request& request);
    void write(QHttpServerResponder& responder, const Reply& reply);

    World& m_world;
    Faults m_faults;
    RequestLog m_log;
    std::vector<std::unique_ptr<Backend>> m_backends;
    std::unique_ptr<RocketChatRealtimeApi> m_realtime;
    std::vector<Held> m_held;
    quint16 m_port = 0;
};

} // namespace sandbox
