#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <memory>

//! A hostile loopback HTTP server for the size-cap tests: it answers any request with a 200 whose
//! body comes in chunks (`Transfer-Encoding: chunked`, no Content-Length) until `total` bytes
//! have gone out, as fast as the client takes them. It runs in a thread of its own, so it pours
//! while the test waits, and never holds more than a megabyte itself, so what the test measures
//! is the client's memory; it counts what it handed over before the client hung up.
//!
//! A raw QTcpServer: QHttpServer's responder writes a body in one piece, it cannot stream one.
class ChunkedStreamServer {
public:
    explicit ChunkedStreamServer(qint64 total)
        : m_total(total) {
        m_thread.start();
        m_home = std::make_unique<QObject>();
        m_home->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_home.get(),
            [this] {
                m_server = new QTcpServer(m_home.get());
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket* socket = m_server->nextPendingConnection())
                        serve(socket);
                });
                if (m_server->listen(QHostAddress::LocalHost, 0))
                    m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        if (m_port == 0)
            qFatal("ChunkedStreamServer: cannot listen");
    }

    ~ChunkedStreamServer() {
        QMetaObject::invokeMethod(
            m_home.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    ChunkedStreamServer(const ChunkedStreamServer&) = delete;
    ChunkedStreamServer& operator=(const ChunkedStreamServer&) = delete;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    int requests() const { return m_requests; }
    //! Body bytes written to the socket so far (the kernel may still hold some of them).
    qint64 bodyBytesSent() const { return m_sent; }
    //! True once a client hung up before the whole body was out.
    bool cutOff() const { return m_cutOff; }

private:
    static constexpr qint64 kChunk = 64 * 1024;
    static constexpr qint64 kMaxPending = 1024 * 1024;

    void serve(QTcpSocket* socket) {
        auto request = std::make_shared<QByteArray>();
        auto answering = std::make_shared<bool>(false);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [=, this] {
            *request += socket->readAll();
            if (*answering || !request->contains("\r\n\r\n"))
                return;
            *answering = true; // the request body, if any, is not needed
            ++m_requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            pour(socket);
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [=, this] {
            if (*answering)
                pour(socket);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [=, this] {
            if (m_sent < m_total)
                m_cutOff = true;
            socket->deleteLater();
        });
    }

    //! Tops the socket's send buffer up to kMaxPending, chunk by chunk, until `total` is out.
    void pour(QTcpSocket* socket) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray filler(kChunk, ' ');
        while (socket->bytesToWrite() < kMaxPending && m_sent < m_total) {
            const qint64 size = std::min(kChunk, m_total - m_sent);
            socket->write(QByteArray::number(size, 16) + "\r\n");
            socket->write(m_sent == 0 ? "[" + filler.left(size - 1) : filler.left(size));
            socket->write("\r\n");
            m_sent += size;
        }
        if (m_sent >= m_total && !m_finished) {
            m_finished = true;
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        }
    }

    QThread m_thread;
    std::unique_ptr<QObject> m_home; //!< lives in m_thread; parent of the server and its sockets
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    const qint64 m_total;
    std::atomic<qint64> m_sent = 0;
    std::atomic<int> m_requests = 0;
    std::atomic<bool> m_cutOff = false;
    bool m_finished = false; //!< in m_thread only
};
