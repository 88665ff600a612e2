#include "Transport.h"

#include "OneShotBody.h"
#include "RetryAfter.h"

#include <agentdesk/Version.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTransport, "agentdesk.transport", QtInfoMsg)

namespace agentdesk {

namespace {

QString originOf(const QUrl& url) {
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':' +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

//! Refusals read as the Transport's own messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct TransportText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Transport)
};

//! How much of an answer Qt's HTTP thread may hold for us before we have taken it. It stops
//! reading the socket at this much, so a server pouring out a body faster than it is read (a
//! chunked flood has no Content-Length to refuse up front) fills its own buffers, not ours, and
//! the cap is checked every quarter megabyte.
constexpr qint64 kReadBufferBytes = 256 * 1024;

//! "32 MiB" for the limits people set, bytes for the odd ones (tests).
QString sizeText(qint64 bytes) {
    constexpr qint64 mebibyte = 1024 * 1024;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return QStringLiteral("%1 MiB").arg(bytes / mebibyte);
    return QStringLiteral("%1 bytes").arg(bytes);
}

//! Where a redirect pointed, as the agent may read it: no user info, no query (it may carry a
//! token), no fragment.
QUrl shownTarget(const QUrl& url) {
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

//! Errors that prove the request never left: no connection was made.
bool neverLeft(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::ProxyConnectionRefusedError ||
           error == QNetworkReply::ProxyNotFoundError;
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::TlsFailed;
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::TimedOut;
    default:
        return ApiError::Kind::NetworkUnreachable;
    }
}

} // namespace

//! One request in flight, following redirects; deletes itself when done.
class Transport::Exchange : public QObject {
public:
    Exchange(Transport* transport, HttpRequest request, QObject* context, Callback done)
        : QObject(transport)
        , m_transport(transport)
        , m_request(std::move(request))
        , m_context(context)
        , m_done(std::move(done)) {
        m_inactivity.setSingleShot(true);
        m_deadline.setSingleShot(true);
        connect(&m_inactivity, &QTimer::timeout, this, [this] {
            abortWith(ApiError(
                ApiError::Kind::TimedOut,
                QStringLiteral("no data for %1 ms").arg(m_transport->m_limits.inactivityMs)));
        });
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            abortWith(ApiError(
                ApiError::Kind::TimedOut,
                QStringLiteral("no answer within %1 ms").arg(m_transport->m_limits.deadlineMs)));
        });
        if (context) {
            connect(context, &QObject::destroyed, this, [this] {
                m_done = nullptr; // the owner is gone: nobody to tell
                abortWith(ApiError(ApiError::Kind::Cancelled, {}));
            });
        }
    }

    void start() {
        m_deadline.start(m_transport->m_limits.deadlineMs);
        issue(m_request.url);
    }

private:
    void issue(const QUrl& url) {
        if (!Transport::isAllowedUrl(url)) {
            // Report asynchronously so callers always see the same ordering.
            QTimer::singleShot(0, this, [this, url] {
                finish({}, ApiError(ApiError::Kind::InsecureUrl,
                                    url.toDisplayString(QUrl::RemoveUserInfo)));
            });
            return;
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader, Transport::userAgent());
        request.setRawHeader("Accept", "application/json");
        if (!m_request.body.isEmpty() || m_request.method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        for (const auto& [name, value] : m_request.headers)
            request.setRawHeader(name, value);
        if (!m_credentialsDropped) {
            for (const auto& [name, value] : m_request.credentials)
                request.setRawHeader(name, value);
        }
        m_pieces.clear();
        m_received = 0;
        if (isIdempotent(m_request.method)) {
            m_reply = m_transport->m_network->sendCustomRequest(request, m_request.method,
                                                                m_request.body);
        } else {
            // At most once: Qt must not send it again on its own after a broken connection
            // (see OneShotBody). HTTP/1.1, whose resend path this is verified against.
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
            auto* body = new OneShotBody(m_request.body);
            m_reply = m_transport->m_network->sendCustomRequest(request, m_request.method, body);
            body->setParent(m_reply); // Qt reads it for as long as the reply lives
        }
        // Qt hands the limit to its HTTP thread only once the request has started there, which
        // may be on the next turn of the event loop; told before, the thread reads unbounded
        // and queues it all for us (a flood of 200 MB is held whole). So: now, and once more
        // after the start, which is still before any answer can arrive.
        m_reply->setReadBufferSize(kReadBufferBytes);
        QMetaObject::invokeMethod(
            m_reply, [reply = m_reply.data()] { reply->setReadBufferSize(kReadBufferBytes); },
            Qt::QueuedConnection);
        m_inactivity.start(m_transport->m_limits.inactivityMs);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &Exchange::checkDeclaredSize);
        connect(m_reply, &QNetworkReply::readyRead, this, &Exchange::read);
        connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_inactivity.start(); });
        connect(m_reply, &QNetworkReply::finished, this, &Exchange::onFinished);
    }

    void checkDeclaredSize() {
        const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > m_transport->m_limits.maxResponseBytes)
            abortWith(tooLarge(QStringLiteral(" (it declared %1 bytes)").arg(declared)));
    }

    //! An answer that was not read (too large, cut short): after a request that may have been
    //! carried out (a POST), whether it was is unknown, as when no answer came at all.
    ApiError unread(const QString& detail) const {
        ApiError error(ApiError::Kind::BadResponse, detail);
        error.setOutcomeUnknown(!Transport::isIdempotent(m_request.method));
        return error;
    }

    ApiError tooLarge(const QString& more = {}) const {
        return unread(QStringLiteral("the answer was larger than %1")
                          .arg(sizeText(m_transport->m_limits.maxResponseBytes)) +
                      more);
    }

    //! Takes what Qt holds (at most kReadBufferBytes), giving the answer up as soon as it would
    //! pass the cap: a flood never reaches memory beyond it. The pieces are joined once, at the
    //! end: a body grown by appending would be copied on the way, to twice its size.
    void read() {
        m_inactivity.start();
        take(m_reply);
    }

    //! False (and the exchange ended) when the answer passed the cap.
    bool take(QNetworkReply* reply) {
        if (m_received + reply->bytesAvailable() > m_transport->m_limits.maxResponseBytes) {
            abortWith(tooLarge());
            return false;
        }
        QByteArray piece = reply->readAll();
        if (!piece.isEmpty()) {
            m_received += piece.size();
            m_pieces.append(std::move(piece));
        }
        return true;
    }

    QByteArray body() {
        if (m_pieces.size() == 1)
            return std::exchange(m_pieces, {}).takeFirst();
        QByteArray whole;
        whole.reserve(m_received);
        while (!m_pieces.isEmpty())
            whole += m_pieces.takeFirst(); // each piece freed as soon as it is copied
        return whole;
    }

    void onFinished() {
        if (m_finished)
            return;
        QNetworkReply* reply = m_reply;
        reply->deleteLater();
        m_reply = nullptr;
        if (!take(reply))
            return;

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto error = reply->error();
        if (status == 0) {
            ApiError failure(kindForNetworkError(error), reply->errorString());
            // Once a non-idempotent request may have left, only reading back can tell whether
            // the server carried it out (Qt reports ContentReSendError where it would have
            // repeated it).
            if (!Transport::isIdempotent(m_request.method) && !neverLeft(error))
                failure.setOutcomeUnknown(true);
            return finish({}, failure);
        }
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool truncated = (declared.isValid() && m_received < declared.toLongLong()) ||
                               error == QNetworkReply::RemoteHostClosedError ||
                               error == QNetworkReply::ProtocolFailure;
        if (truncated) {
            return finish({}, unread(QStringLiteral("truncated response (%1 of %2 bytes)")
                                         .arg(m_received)
                                         .arg(declared.toString())));
        }
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location"))
            return redirect(reply, status);

        HttpResponse response;
        response.status = status;
        response.body = body();
        response.url = reply->url();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            response.headers.append({name.toLower(), value});
        reportRateLimit(response);
        finish(response, {});
    }

    void reportRateLimit(const HttpResponse& response) {
        bool limitOk = false;
        bool remainingOk = false;
        bool resetOk = false;
        const int limit = response.header("x-ratelimit-limit").trimmed().toInt(&limitOk);
        const int remaining =
            response.header("x-ratelimit-remaining").trimmed().toInt(&remainingOk);
        const qint64 reset = response.header("x-ratelimit-reset").trimmed().toLongLong(&resetOk);
        if (limitOk && remainingOk && resetOk && limit > 0)
            emit m_transport->rateLimitReported(
                response.url, limit, remaining,
                QDateTime::fromMSecsSinceEpoch(reset, QTimeZone::utc()));
    }

    void redirect(QNetworkReply* reply, int status) {
        if (++m_redirects > m_transport->m_limits.maxRedirects) {
            return finish(
                {}, ApiError(ApiError::Kind::BadResponse, QStringLiteral("too many redirects")));
        }
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool crossOrigin = originOf(target) != originOf(reply->url());
        const bool keepsMethod = status == 307 || status == 308;
        const bool readOnly = m_request.method == "GET" || m_request.method == "HEAD";
        if (!readOnly && !keepsMethod) {
            // 301/302/303 would turn a send into a GET without its body, and the answer to that
            // GET, from wherever it points, would read as the send's: never followed.
            qCWarning(lcTransport) << "did not follow a" << status << "redirect of a"
                                   << m_request.method << "to" << originOf(target);
            return finish({}, unfollowedRedirect(status, target));
        }
        if (crossOrigin && (!readOnly || !m_request.body.isEmpty())) {
            // 307/308 repeat the body, which carries passwords, tokens and messages: they never
            // go to a server the agent did not configure.
            qCWarning(lcTransport)
                << "refused a" << status << "redirect of a request body to" << originOf(target);
            return finish({}, refusedRedirect(reply->url(), target));
        }
        if (crossOrigin && !m_request.credentials.isEmpty()) {
            qCInfo(lcTransport) << "redirect to another origin; credentials are not sent there";
            m_credentialsDropped = true;
        }
        issue(target);
    }

    //! A 301/302 to a send is a refusal (nothing was carried out at that address); a 303 says
    //! "done, see there", which is no proof that anything was stored: only reading back can tell.
    ApiError unfollowedRedirect(int status, const QUrl& target) const {
        const bool seeOther = status == 303;
        ApiError error(seeOther ? ApiError::Kind::BadResponse : ApiError::Kind::InvalidRequest,
                       QStringLiteral("HTTP %1 to %2, not followed")
                           .arg(status)
                           .arg(shownTarget(target).toDisplayString()));
        error.setHttpStatus(status);
        error.setRedirectTarget(shownTarget(target));
        error.setOutcomeUnknown(seeOther && !Transport::isIdempotent(m_request.method));
        return error;
    }

    static ApiError refusedRedirect(const QUrl& from, const QUrl& to) {
        const QString target = to.adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                           QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                   .toDisplayString();
        return ApiError(ApiError::Kind::InvalidRequest,
                        TransportText::tr("%1 redirected it to another server, %2; AgentDesk "
                                          "does not send passwords, tokens or messages there. "
                                          "Check the server address in the account settings.")
                            .arg(from.adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                               QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                     .toDisplayString(),
                                 target));
    }

    void abortWith(const ApiError& error) {
        if (m_finished)
            return;
        if (m_reply) {
            QNetworkReply* reply = m_reply;
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        finish({}, error);
    }

    void finish(const HttpResponse& response, const ApiError& error) {
        if (m_finished)
            return;
        m_finished = true;
        m_inactivity.stop();
        m_deadline.stop();
        if (error)
            qCDebug(lcTransport) << m_request.method << m_request.url.path() << error.kindName()
                                 << error.detail();
        Callback done = std::move(m_done);
        m_done = nullptr;
        if (done && (m_context || !m_hadContext))
            done(response, error);
        deleteLater();
    }

    Transport* m_transport;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    bool m_hadContext = !m_context.isNull();
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QList<QByteArray> m_pieces; //!< the answer as it came, joined by body()
    qint64 m_received = 0;
    QTimer m_inactivity;
    QTimer m_deadline;
    int m_redirects = 0;
    bool m_credentialsDropped = false;
    bool m_finished = false;
};

Transport::Transport(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {
    // Keeps TLS verification on: sslErrors are never ignored anywhere in AgentDesk.
    m_network->setStrictTransportSecurityEnabled(true);
}

Transport::~Transport() = default;

void Transport::send(const HttpRequest& request, QObject* context, Callback done) {
    auto* exchange = new Exchange(this, request, context, std::move(done));
    exchange->start();
}

bool Transport::isIdempotent(const QByteArray& method) {
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS";
}

bool Transport::isAllowedUrl(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

QByteArray Transport::userAgent() {
    return QByteArray("AgentDesk/") + kVersion;
}

ApiError errorForStatus(const HttpResponse& response, const QDateTime& now) {
    const int status = response.status;
    ApiError::Kind kind = ApiError::Kind::InvalidRequest;
    if (status == 401 || status == 403)
        kind = ApiError::Kind::Unauthorized;
    else if (status == 404)
        kind = ApiError::Kind::NotFound;
    else if (status == 429)
        kind = ApiError::Kind::RateLimited;
    else if (status >= 500)
        kind = ApiError::Kind::ServerError;
    else if (status < 400)
        kind = ApiError::Kind::BadResponse; // 1xx/3xx we cannot use
    ApiError error(kind, QStringLiteral("HTTP %1").arg(status));
    error.setHttpStatus(status);
    if (kind == ApiError::Kind::RateLimited)
        error.setRetryAt(retryAfter(response, now));
    return error;
}

} // namespace agentdesk
