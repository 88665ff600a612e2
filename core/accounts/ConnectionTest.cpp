#include "ConnectionTest.h"

#include "backends/Backends.h"

#include <QCoreApplication>
#include <QTimer>

namespace agentdesk {

namespace {

//! The context lupdate files these messages under (it reads Q_DECLARE_TR_FUNCTIONS, while a
//! free tr() helper would have it guess the context from the calling scope).
struct ConnectionTestText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

} // namespace

ConnectionTestResult connectionTestFailure(const ApiError& error) {
    ConnectionTestResult result;
    result.error = error;
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        result.message = ConnectionTestText::tr(
                             "The server refused the credentials: check the ids and the token. "
                             "(%1)")
                             .arg(error.message());
        break;
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::TimedOut:
    case ApiError::Kind::TlsFailed:
    case ApiError::Kind::InsecureUrl:
        result.message =
            ConnectionTestText::tr("Could not reach the server: check the server address. (%1)")
                .arg(error.message());
        break;
    default:
        result.message =
            ConnectionTestText::tr("The connection test failed: %1").arg(error.message());
        break;
    }
    return result;
}

namespace {

void later(QObject* context, std::function<void(const ConnectionTestResult&)> done,
           ConnectionTestResult result) {
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

} // namespace

void testConnection(Transport& transport, const Account& account, const QString& secret,
                    QObject* context, std::function<void(const ConnectionTestResult&)> done,
                    qint64 probeConversationId) {
    if (secret.isEmpty()) {
        return later(context, std::move(done),
                     connectionTestFailure(
                         ApiError(ApiError::Kind::InvalidRequest,
                                  ConnectionTestText::tr("Enter the token (or API key) first."))));
    }
    const BackendPlugin& backend = backendFor(account.backend);
    if (!account.serverUrl.isValid() ||
        (account.serverUrl.isEmpty() && backend.defaultServerUrl.isEmpty())) {
        return later(context, std::move(done),
                     connectionTestFailure(
                         ApiError(ApiError::Kind::InvalidRequest,
                                  ConnectionTestText::tr("Enter the server address first."))));
    }
    if (const auto problem =
            backend.accountProblem ? backend.accountProblem(account) : std::nullopt)
        return later(context, std::move(done),
                     connectionTestFailure(ApiError(ApiError::Kind::InvalidRequest, *problem)));
    Account probed = account;
    if (probed.serverUrl.isEmpty())
        probed.serverUrl = backend.defaultServerUrl;
    backend.testConnection(transport, probed, secret, context, std::move(done),
                           probeConversationId);
}

} // namespace agentdesk
