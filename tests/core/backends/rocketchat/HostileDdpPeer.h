#pragma once

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

//! A websocket peer on 127.0.0.1 that misbehaves the way a hostile or broken Rocket.Chat
//! server can, below Qt's own websocket server: it may stop reading the desk's frames
//! altogether, and writes as fast as the kernel takes them. It speaks just enough DDP to let
//! the desk sign in and subscribe (`connected`, the login `result`, `ready`) when asked to.
class HostileDdpPeer : public QObject {
public:
    struct Behaviour {
        bool signIn = false;            //!< answer connect, login and subs, so the line goes live
        QByteArray afterLive;           //!< one frame sent once the line is live
        QByteArray flood;               //!< a frame written again and again from the start
        bool readAfterHandshake = true; //!< false: never read again (the desk's pongs pile up)
    };

    explicit HostileDdpPeer(const Behaviour& behaviour)
        : m_behaviour(behaviour) {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }
    qint64 framesWritten() const { return m_framesWritten; }

    static QByteArray frame(const QByteArray& text) {
        QByteArray out;
        out.append(char(0x81)); // FIN, text
        if (text.size() < 126) {
            out.append(char(text.size()));
        } else if (text.size() < 65536) {
            out.append(char(126));
            out.append(char((text.size() >> 8) & 0xff));
            out.append(char(text.size() & 0xff));
        } else {
            out.append(char(127));
            for (int shift = 56; shift >= 0; shift -= 8)
                out.append(char((quint64(text.size()) >> shift) & 0xff));
        }
        return out + text;
    }

private:
    void accept(QTcpSocket* socket) {
        ++m_connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        auto upgraded = std::make_shared<bool>(false);
        auto subs = std::make_shared<QStringList>();
        connect(socket, &QTcpSocket::readyRead, socket, [=, this] {
            buffer->append(socket->readAll());
            if (!*upgraded) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                upgrade(socket, buffer->left(end));
                buffer->remove(0, end + 4);
                *upgraded = true;
                if (!m_behaviour.readAfterHandshake) {
                    socket->setReadBufferSize(1); // Qt stops reading: the kernel buffers fill
                    disconnect(socket, &QTcpSocket::readyRead, socket, nullptr);
                }
                if (!m_behaviour.flood.isEmpty())
                    startFlood(socket);
            }
            while (const auto text = takeFrame(*buffer))
                answer(socket, *text, *subs);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    static void upgrade(QTcpSocket* socket, const QByteArray& request) {
        QByteArray key;
        for (const QByteArray& line : request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                     QCryptographicHash::Sha1)
                .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                      accept + "\r\n\r\n");
    }

    //! One masked client frame's text off the front of `buffer`, if whole.
    static std::optional<QByteArray> takeFrame(QByteArray& buffer) {
        if (buffer.size() < 2)
            return std::nullopt;
        const auto byte = [&](qsizetype i) { return quint8(buffer.at(i)); };
        quint64 length = byte(1) & 0x7f;
        qsizetype at = 2;
        if (length == 126) {
            if (buffer.size() < 4)
                return std::nullopt;
            length = (quint64(byte(2)) << 8) | byte(3);
            at = 4;
        } else if (length == 127) {
            if (buffer.size() < 10)
                return std::nullopt;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | byte(2 + i);
            at = 10;
        }
        const bool masked = byte(1) & 0x80;
        const qsizetype total = at + (masked ? 4 : 0) + qsizetype(length);
        if (buffer.size() < total)
            return std::nullopt;
        QByteArray text = buffer.mid(at + (masked ? 4 : 0), qsizetype(length));
        if (masked) {
            for (qsizetype i = 0; i < text.size(); ++i)
                text[i] = char(text.at(i) ^ buffer.at(at + (i % 4)));
        }
        buffer.remove(0, total);
        return text;
    }

    void answer(QTcpSocket* socket, const QByteArray& text, QStringList& subs) {
        if (!m_behaviour.signIn)
            return;
        const QJsonObject frame = QJsonDocument::fromJson(text).object();
        const QString msg = frame.value(QLatin1String("msg")).toString();
        if (msg == QLatin1String("connect")) {
            send(socket, R"({"msg":"connected","session":"s1"})");
        } else if (msg == QLatin1String("method")) {
            send(socket, QJsonDocument(QJsonObject{{"msg", "result"},
                                                   {"id", frame.value(QLatin1String("id"))},
                                                   {"result", QJsonObject{{"id", "u1"}}}})
                             .toJson(QJsonDocument::Compact));
        } else if (msg == QLatin1String("sub")) {
            subs.append(frame.value(QLatin1String("id")).toString());
            if (subs.size() == 3) {
                send(socket, QJsonDocument(QJsonObject{{"msg", "ready"},
                                                       {"subs", QJsonArray::fromStringList(subs)}})
                                 .toJson(QJsonDocument::Compact));
                if (!m_behaviour.afterLive.isEmpty())
                    send(socket, m_behaviour.afterLive);
            }
        }
    }

    void send(QTcpSocket* socket, const QByteArray& text) {
        socket->write(frame(text));
        ++m_framesWritten;
    }

    void startFlood(QTcpSocket* socket) {
        auto* timer = new QTimer(socket);
        const QByteArray one = frame(m_behaviour.flood);
        QByteArray burst;
        for (int i = 0; i < 256; ++i)
            burst += one;
        connect(timer, &QTimer::timeout, socket, [this, socket, burst] {
            // as fast as the kernel takes it, never more than 1 MiB buffered here
            while (socket->state() == QAbstractSocket::ConnectedState &&
                   socket->bytesToWrite() < (1 << 20)) {
                socket->write(burst);
                m_framesWritten += 256;
            }
        });
        timer->start(0);
    }

    Behaviour m_behaviour;
    QTcpServer m_server;
    int m_connections = 0;
    qint64 m_framesWritten = 0;
};
