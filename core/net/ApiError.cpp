#include "ApiError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace agentdesk {

namespace {

//! lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct ApiErrorText {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

//! "14:02:35" or "2:02:35 PM": the locale's long time format without the time zone, since a
//! retry is seconds away.
QString timeWithSeconds(const QDateTime& when) {
    QString format = QLocale().timeFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("\\s*\\(?\\bt+\\b\\)?")));
    return QLocale().toString(when.toLocalTime().time(), format.trimmed());
}

} // namespace

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail)) {}

bool ApiError::isRetryable() const {
    if (m_outcomeUnknown)
        return true; // reconciled first: found is delivered, missing is sent once more
    switch (m_kind) {
    case Kind::NetworkUnreachable:
    case Kind::TimedOut:
    case Kind::RateLimited:
    case Kind::ServerError:
        return true;
    default:
        return false;
    }
}

bool ApiError::mayHaveBeenDelivered() const {
    // A timeout or a reset may happen after the server processed the request; a 5xx may too.
    // A refused connection or a DNS failure would also land here, which only costs a lookup.
    return m_outcomeUnknown || m_kind == Kind::TimedOut || m_kind == Kind::NetworkUnreachable ||
           m_kind == Kind::ServerError || m_kind == Kind::BadResponse || m_kind == Kind::Cancelled;
}

QString ApiError::kindName() const {
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case Kind::TlsFailed:
        return QStringLiteral("tls-failed");
    case Kind::TimedOut:
        return QStringLiteral("timed-out");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::message() const {
    if (m_kind == Kind::None)
        return {};
    if (!m_redirectTarget.isEmpty()) {
        const QString target = m_redirectTarget.toDisplayString();
        return m_outcomeUnknown
                   ? ApiErrorText::tr("The server answered with a redirect to %1 instead of "
                                      "confirming the request; AgentDesk did not follow it, and "
                                      "whether the server carried it out is not known.")
                         .arg(target)
                   : ApiErrorText::tr("The server answered with a redirect to %1 instead of "
                                      "taking the request; AgentDesk did not follow it, so it "
                                      "was not delivered. Check the server address in the "
                                      "account settings.")
                         .arg(target);
    }
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NetworkUnreachable:
        text = m_outcomeUnknown
                   ? ApiErrorText::tr("The connection broke after the request was sent; whether "
                                      "the server received it is not known.")
                   : ApiErrorText::tr("The server could not be reached.");
        break;
    case Kind::TlsFailed:
        text = ApiErrorText::tr("The server's security certificate is not trusted.");
        break;
    case Kind::TimedOut:
        text = ApiErrorText::tr("The server did not answer in time.");
        break;
    case Kind::Unauthorized:
        text = ApiErrorText::tr("The server refused the credentials.");
        break;
    case Kind::InvalidRequest:
        if (m_httpStatus == 0) // stopped here, before any byte left
            return ApiErrorText::tr("AgentDesk did not send this: %1").arg(m_detail);
        text = ApiErrorText::tr("The server rejected the request.");
        break;
    case Kind::NotFound:
        text = ApiErrorText::tr("The server does not know this conversation or address.");
        break;
    case Kind::RateLimited:
        text = m_retryAt.isValid()
                   ? ApiErrorText::tr("Too many requests; the server allows the next "
                                      "one at %1.")
                         .arg(timeWithSeconds(m_retryAt))
                   : ApiErrorText::tr("Too many requests; the server asked to slow down.");
        break;
    case Kind::ServerError:
        text = ApiErrorText::tr("The server had an internal error.");
        break;
    case Kind::BadResponse:
        text = m_outcomeUnknown
                   ? ApiErrorText::tr("The server sent an answer that AgentDesk cannot read; "
                                      "whether it carried out the request is not known.")
                   : ApiErrorText::tr("The server sent an answer that AgentDesk cannot read.");
        break;
    case Kind::InsecureUrl:
        text = ApiErrorText::tr("Plain http:// is only allowed to this computer; use https://.");
        break;
    case Kind::Cancelled:
        text = ApiErrorText::tr("The request was cancelled.");
        break;
    }
    QString server = m_serverMessage;
    if (!m_serverCode.isEmpty() && !server.contains(m_serverCode))
        server =
            server.isEmpty() ? m_serverCode : server + QStringLiteral(" [") + m_serverCode + u']';
    if (!server.isEmpty())
        text += QStringLiteral(" ") + ApiErrorText::tr("Server said: %1").arg(server);
    else if (!m_detail.isEmpty())
        text += QStringLiteral(" (") + m_detail + u')';
    return text;
}

} // namespace agentdesk
