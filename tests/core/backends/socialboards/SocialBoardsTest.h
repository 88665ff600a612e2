#pragma once

// Shared pieces of the SocialBoards endpoint tests: waiting for a result, the error cases every
// endpoint must map the same way, and the checks every request must pass.

#include "EndpointChecks.h"
#include "backends/socialboards/SocialBoards.h"

#include <QLocale>
#include <QTest>

#include <optional>

namespace sbtest {

using namespace agentdesk;

using endpointtest::checkErrorRow;
using endpointtest::checkHangTimesOut;
using endpointtest::checkOversizedIsRefused;
using endpointtest::errorColumns;
using endpointtest::httpDateIn;
using endpointtest::wait;

inline const QString kToken = QStringLiteral("eyJhbGciOiJIUzUxMiJ9.sb-test-token");

inline socialboards::Server server(const QUrl& url) {
    return socialboards::Server{url, kToken};
}

//! The error classes every SocialBoards endpoint must map the same way.
inline void commonErrorRows() {
    using K = ApiError::Kind;
    const QByteArray none;
    QTest::newRow("400 envelope") << 400 << TestServer::fixture("socialboards-error-400.json")
                                  << none << K::InvalidRequest
                                  << "Message creation time cannot be more than 30 seconds in "
                                     "the future."
                                  << "400" << -1;
    QTest::newRow("200 with errorCode")
        << 200 << TestServer::fixture("socialboards-error-in-200.json") << none << K::InvalidRequest
        << "Conversation 254626 was not found."
        << "404" << -1;
    QTest::newRow("401") << 401 << TestServer::fixture("socialboards-401.json") << none
                         << K::Unauthorized << "Authorization has been denied for this request."
                         << "401" << -1;
    QTest::newRow("401 asp.net page")
        << 401 << QByteArray(R"({"Message":"Authorization has been denied for this request."})")
        << none << K::Unauthorized << "Authorization has been denied for this request."
        << "" << -1;
    QTest::newRow("403 no body") << 403 << QByteArray() << none << K::Unauthorized << ""
                                 << "" << -1;
    QTest::newRow("404 html") << 404 << QByteArray("<html>Not Found</html>") << none << K::NotFound
                              << ""
                              << "" << -1;
    QTest::newRow("429 retry-after seconds")
        << 429 << QByteArray(R"({"data":null,"errorCode":429,"errorText":"Too many requests"})")
        << QByteArray("7") << K::RateLimited << "Too many requests"
        << "429" << 7;
    QTest::newRow("429 retry-after http date")
        << 429 << QByteArray(R"({"data":null,"errorCode":429,"errorText":"Too many requests"})")
        << httpDateIn(90) << K::RateLimited << "Too many requests"
        << "429" << 90;
    QTest::newRow("500 envelope")
        << 500
        << QByteArray(R"({"data":null,"errorCode":500,"errorText":"An error has occurred."})")
        << none << K::ServerError << "An error has occurred."
        << "500" << -1;
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << none
                              << K::ServerError << ""
                              << "" << -1;
    QTest::newRow("200 not json") << 200 << QByteArray("Example of chat message") << none
                                  << K::BadResponse << ""
                                  << "" << -1;
    QTest::newRow("200 empty body") << 200 << QByteArray() << none << K::BadResponse << ""
                                    << "" << -1;
    QTest::newRow("200 json array, no envelope")
        << 200 << QByteArray("[]") << none << K::BadResponse << ""
        << "" << -1;
    QTest::newRow("200 envelope without errorCode")
        << 200 << QByteArray(R"({"data":[],"errorText":null})") << none << K::BadResponse << ""
        << "" << -1;
    QTest::newRow("200 errorCode as string")
        << 200 << QByteArray(R"({"data":[],"errorCode":"-1","errorText":null})") << none
        << K::BadResponse << ""
        << "" << -1;
}

//! The request carries the bearer token as a credential, never as a plain header.
inline void checkBearer(const RecordedRequest& got) {
    endpointtest::checkBearer(got, kToken);
}

//! checkTransportEdges() with this backend's token.
template<class T, class Call>
void checkTransportEdges(const QByteArray& method, const QString& path, const QByteArray& okBody,
                         Call call) {
    endpointtest::checkTransportEdges<T>(method, path, okBody, kToken, call);
}

} // namespace sbtest
