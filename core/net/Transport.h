#pragma once

#include "ApiError.h"
#include "Clock.h"
#include "HttpExchange.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace agentdesk {

//! The one way out of the process: every backend request goes through this class.
//!
//! It owns the process' single QNetworkAccessManager and the policies that must hold for every
//! request, so no endpoint can forget one: JSON headers and the AgentDesk User-Agent, an
//! inactivity timeout and an overall deadline, a cap on the response size, https only (plain http
//! to loopback is allowed for the sandbox and tests), TLS errors are never ignored, credentials
//! never follow a redirect to another origin and a body never does (a 307/308 elsewhere is
//! refused), a send (anything but GET/HEAD) never becomes a GET (a 301/302/303 to it is not
//! followed), and a non-idempotent request (POST) leaves at most once: Qt is not allowed to send
//! it again after a broken connection, which is reported as ApiError::isOutcomeUnknown() for the
//! outbox to reconcile, as is an answer to it that cannot be read (too large, cut short) or a
//! 303. It does not retry: retries and backoff live in the outbox.
class Transport : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int inactivityMs = 30'000; //!< no byte moved for this long: timed out
        int deadlineMs = 120'000;  //!< the whole exchange, redirects included
        //! A larger body is an error, not a partial one; it is given up while arriving, as soon
        //! as it passes this, so no more than this is ever held.
        qint64 maxResponseBytes = 32LL << 20;
        int maxRedirects = 5;
    };

    //! Gets the complete response (any HTTP status) or the transport-level error; exactly once,
    //! and never after the context object is destroyed.
    using Callback = std::function<void(const HttpResponse& response, const ApiError& error)>;

    explicit Transport(QObject* parent = nullptr);
    ~Transport() override;

    void setLimits(const Limits& limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    void send(const HttpRequest& request, QObject* context, Callback done);

    //! Methods HTTP allows to repeat (RFC 9110, 9.2.2): Qt may resend these after a broken
    //! connection. Everything else (POST above all) leaves at most once, and when its answer is
    //! lost or unreadable, whether the server carried it out is unknown.
    static bool isIdempotent(const QByteArray& method);
    //! True for https://, and for http:// to a loopback address.
    static bool isAllowedUrl(const QUrl& url);
    static QByteArray userAgent();

    QNetworkAccessManager* network() const { return m_network; }

signals:
    //! A response carried a server's rate-limit budget (`X-RateLimit-Limit`, `-Remaining`,
    //! `-Reset` as epoch ms), so pollers can stay within it instead of running into 429s.
    void rateLimitReported(const QUrl& url, int limit, int remaining, const QDateTime& resetAt);

private:
    class Exchange;
    QNetworkAccessManager* m_network;
    Limits m_limits;
    Clock m_clock = systemClock();
};

//! Maps a non-2xx response to its ApiError kind, status and rate-limit wait; the backend adds the
//! server's code and message from its own error shape.
ApiError errorForStatus(const HttpResponse& response, const QDateTime& now);

} // namespace agentdesk
