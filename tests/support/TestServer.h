#pragma once

#include "net/HttpExchange.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

//! What the test server received, for exact assertions on method, path, headers and body.
struct RecordedRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; //!< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

//! An in-process HTTP server on 127.0.0.1 for endpoint tests: routes by method and exact path,
//! records every request, answers with fixtures, and misbehaves on purpose (hangs, resets,
//! truncated or oversized bodies) for the error tests.
class TestServer : public QAbstractHttpServer {
public:
    using Handler = std::function<void(const RecordedRequest&, QHttpServerResponder&)>;

    explicit TestServer(QObject* parent = nullptr);

    QUrl url() const; //!< http://127.0.0.1:<port>
    quint16 port() const { return m_port; }

    void on(const QByteArray& method, const QString& path, Handler handler);
    void reply(const QByteArray& method, const QString& path, int status, const QByteArray& body,
               const agentdesk::HeaderList& headers = {});
    //! Reads the request and never answers.
    void hang(const QByteArray& method, const QString& path);
    //! Reads the request and closes the connection without a response.
    void reset(const QByteArray& method, const QString& path);
    //! Declares `declared` bytes but sends only `body`, then closes.
    void truncate(const QByteArray& method, const QString& path, const QByteArray& body,
                  qint64 declared);

    static void respond(QHttpServerResponder& responder, int status, const QByteArray& body,
                        const agentdesk::HeaderList& headers = {});
    //! The bytes of tests/fixtures/<name>; fails the test when missing.
    static QByteArray fixture(const QString& name);

    const QList<RecordedRequest>& requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QString& path) const;
    void clearRequests() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    quint16 m_port = 0;
    QHash<QString, Handler> m_handlers;
    QList<RecordedRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
};
