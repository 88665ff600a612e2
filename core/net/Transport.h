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
//! refused), and a non-idempotent request (POST) leaves at most once: Qt is not allowed to send
//! it again after a broken connection, which is reported as ApiError::isOutcomeUnknown() for the
//! outbox to reconcile. It does not retry: retries and backoff live in the outbox.
class Transport : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int inactivityMs = 30'000;            //!< no byte moved for this long: timed out
        int deadlineMs = 120'000;             //!< the whole exchange, redirects included
        qint64 maxResponseBytes = 32LL << 20; //!< a larger body is an error, not a partial one
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
