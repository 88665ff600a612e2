#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace agentdesk {

//! Everything that can go wrong talking to a backend, in one type.
//!
//! Transport and backends turn every failure into an ApiError so the outbox, the desk and the
//! command line tool can decide what to do (retry, stop the queue, tell the agent) without knowing
//! which backend or which layer failed. The server's own words are kept verbatim.
class ApiError {
public:
    enum class Kind {
        None,               //!< no error
        NetworkUnreachable, //!< DNS, refused connection, reset, offline
        TlsFailed,          //!< the server's certificate was not trusted; never ignored
        TimedOut,           //!< inactivity timeout or overall deadline
        Unauthorized,       //!< 401 or 403
        InvalidRequest,     //!< 400 (and other 4xx), or refused before sending
        NotFound,           //!< 404
        RateLimited,        //!< 429
        ServerError,        //!< 5xx
        BadResponse,        //!< not JSON, wrong types, truncated, too large
        InsecureUrl,        //!< plain http:// to a host that is not loopback
        Cancelled,          //!< the owner went away before the answer arrived
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail);

    static ApiError none() { return {}; }

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    //! True when the same request may succeed later without any change by the agent. Always
    //! true when the outcome is unknown: the outbox then reads back before it sends again.
    bool isRetryable() const;
    //! True when the request may have reached the server even though no answer was read;
    //! a retry must then be reconciled (de-duplicated) rather than blindly repeated.
    bool mayHaveBeenDelivered() const;

    //! True when a non-idempotent request (a POST) may have been carried out but no answer to it
    //! could be read: the connection broke (it was neither answered nor repeated), the answer
    //! was too large, cut short, not the documented shape, or a 303 pointing elsewhere. Set by
    //! the Transport and callEndpoint(); only reading back (the outbox's reconcile) can tell.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    //! Where a redirect the Transport did not follow pointed (a 301/302/303 to a send); named in
    //! message(), so the agent sees which server or address answered instead.
    QUrl redirectTarget() const { return m_redirectTarget; }
    void setRedirectTarget(const QUrl& target) { m_redirectTarget = target; }

    //! The server's machine-readable code (`errorType`, `errorCode`, `code`), if any.
    QString serverCode() const { return m_serverCode; }
    void setServerCode(const QString& code) { m_serverCode = code; }

    //! The server's human message (`error`, `errorText`, `message`), verbatim.
    QString serverMessage() const { return m_serverMessage; }
    void setServerMessage(const QString& message) { m_serverMessage = message; }

    //! For rate limits: when the server allows the next try (invalid when it did not say).
    QDateTime retryAt() const { return m_retryAt; }
    void setRetryAt(const QDateTime& when) { m_retryAt = when; }

    //! Technical detail for logs (never contains credentials).
    QString detail() const { return m_detail; }

    //! One sentence an agent understands, including the server's own message when there is one.
    QString message() const;
    //! A short stable name of the kind, for logs and `--json` output ("rate-limited").
    QString kindName() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    bool m_outcomeUnknown = false;
    QString m_detail;
    QString m_serverCode;
    QString m_serverMessage;
    QUrl m_redirectTarget;
    QDateTime m_retryAt;
};

} // namespace agentdesk
