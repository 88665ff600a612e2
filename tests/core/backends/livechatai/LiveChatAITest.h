#pragma once

// Shared pieces of the LiveChatAI endpoint tests: waiting for a result, the error cases every
// endpoint must map the same way, and the checks every request must pass.

#include "EndpointChecks.h"
#include "backends/livechatai/LiveChatAI.h"

#include <QLocale>
#include <QTest>

#include <optional>

namespace lcaitest {

using namespace agentdesk;

using endpointtest::checkErrorRow;
using endpointtest::checkHangTimesOut;
using endpointtest::checkOversizedIsRefused;
using endpointtest::errorColumns;
using endpointtest::httpDateIn;
using endpointtest::wait;

inline const QString kApiKey = QStringLiteral("eyJhbGciOiJIUzUxMiJ9.lcai-test-api-key");

inline livechatai::Server server(const QUrl& url) {
    return livechatai::Server{url, kApiKey};
}

//! The error classes every LiveChatAI endpoint must map the same way.
inline void commonErrorRows() {
    using K = ApiError::Kind;
    const QByteArray none;
    QTest::newRow("400") << 400 << TestServer::fixture("livechatai-error-400.json") << none
                         << K::InvalidRequest << "agentId is required"
                         << "VALIDATION_ERROR" << -1;
    QTest::newRow("400 numeric code")
        << 400 << QByteArray(R"({"status":"error","message":"Bad request","code":400})") << none
        << K::InvalidRequest << "Bad request"
        << "400" << -1;
    QTest::newRow("200 with status error")
        << 200 << TestServer::fixture("livechatai-error-400.json") << none << K::InvalidRequest
        << "agentId is required"
        << "VALIDATION_ERROR" << -1;
    QTest::newRow("401") << 401 << TestServer::fixture("livechatai-401.json") << none
                         << K::Unauthorized << "Invalid API key"
                         << "UNAUTHORIZED" << -1;
    QTest::newRow("403")
        << 403
        << QByteArray(
               R"({"status":"error","message":"You do not have access to this agent","code":"FORBIDDEN"})")
        << none << K::Unauthorized << "You do not have access to this agent"
        << "FORBIDDEN" << -1;
    QTest::newRow("404") << 404 << TestServer::fixture("livechatai-404.json") << none << K::NotFound
                         << "Conversation not found"
                         << "NOT_FOUND" << -1;
    QTest::newRow("429 retry-after seconds")
        << 429 << TestServer::fixture("livechatai-429.json") << QByteArray("7") << K::RateLimited
        << "Too many requests, please try again later"
        << "RATE_LIMIT_EXCEEDED" << 7;
    QTest::newRow("429 retry-after http date")
        << 429 << TestServer::fixture("livechatai-429.json") << httpDateIn(90) << K::RateLimited
        << "Too many requests, please try again later"
        << "RATE_LIMIT_EXCEEDED" << 90;
    QTest::newRow("500")
        << 500
        << QByteArray(
               R"({"status":"error","message":"Internal server error","code":"INTERNAL_ERROR"})")
        << none << K::ServerError << "Internal server error"
        << "INTERNAL_ERROR" << -1;
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << none
                              << K::ServerError << ""
                              << "" << -1;
    QTest::newRow("200 not json") << 200 << QByteArray("data: {\"response\":\"Our\"}\n\n") << none
                                  << K::BadResponse << ""
                                  << "" << -1;
    QTest::newRow("200 empty body") << 200 << QByteArray() << none << K::BadResponse << ""
                                    << "" << -1;
    QTest::newRow("200 without status")
        << 200 << QByteArray(R"({"data":{}})") << none << K::BadResponse << ""
        << "" << -1;
    QTest::newRow("200 status not a string")
        << 200 << QByteArray(R"({"status":true,"data":{}})") << none << K::BadResponse << ""
        << "" << -1;
    QTest::newRow("200 unknown status")
        << 200 << QByteArray(R"({"status":"pending","data":{}})") << none << K::BadResponse << ""
        << "" << -1;
    QTest::newRow("200 without data")
        << 200 << QByteArray(R"({"status":"success"})") << none << K::BadResponse << ""
        << "" << -1;
}

//! The request carries the bearer token as a credential, never as a plain header.
inline void checkBearer(const RecordedRequest& got) {
    endpointtest::checkBearer(got, kApiKey);
}

//! checkTransportEdges() with this backend's token.
template<class T, class Call>
void checkTransportEdges(const QByteArray& method, const QString& path, const QByteArray& okBody,
                         Call call) {
    endpointtest::checkTransportEdges<T>(method, path, okBody, kApiKey, call);
}

} // namespace lcaitest
