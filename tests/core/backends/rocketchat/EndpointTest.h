#pragma once

// Shared checks for the Rocket.Chat endpoint tests: run one call against a TestServer and wait
// for its result, and the error classes every endpoint must map the same way.

#include "TestServer.h"
#include "backends/Endpoint.h"

#include <QLocale>
#include <QTest>

#include <optional>

namespace rctest {

using agentdesk::ApiError;
using agentdesk::Result;
using agentdesk::Transport;

//! Starts one endpoint call against `server` (the TestServer's base URL).
template<class T>
using Call = std::function<void(Transport&, const QUrl& server, QObject* context,
                                agentdesk::ResultCallback<T>)>;

//! Runs a call and waits for its one result; the context dies on return, so a late answer can
//! never write into this stack frame. No answer in time is a Cancelled error named "test wait".
template<class T>
Result<T> run(Transport& transport, const QUrl& server, const Call<T>& call, int waitMs = 5000) {
    QObject context;
    std::optional<Result<T>> result;
    int calls = 0;
    call(transport, server, &context, [&result, &calls](Result<T> r) {
        ++calls;
        result = std::move(r);
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, waitMs))
        return ApiError(ApiError::Kind::Cancelled, QStringLiteral("test wait: no answer"));
    QTest::qWait(20); // a second callback would be a bug
    if (calls != 1)
        return ApiError(ApiError::Kind::Cancelled, QStringLiteral("test wait: called twice"));
    return *result;
}

inline void addErrorColumns() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QString>("serverCode");
}

//! The error answers any Rocket.Chat endpoint can get, beyond its own 400s and wrong types.
inline void addCommonErrorRows() {
    QTest::newRow("401 page example")
        << 401 << TestServer::fixture("rocketchat-401.json") << ApiError::Kind::Unauthorized
        << "You must be logged in to do this."
        << "";
    QTest::newRow("403") << 403
                         << QByteArray(
                                R"({"success":false,"error":"User does not have the )"
                                R"(permissions required for this action [error-unauthorized]"})")
                         << ApiError::Kind::Unauthorized
                         << "User does not have the permissions required for this action "
                            "[error-unauthorized]"
                         << "";
    QTest::newRow("404") << 404 << QByteArray(R"({"success":false,"error":"Not found"})")
                         << ApiError::Kind::NotFound << "Not found"
                         << "";
    QTest::newRow("500 html") << 500 << QByteArray("<html>Internal Server Error</html>")
                              << ApiError::Kind::ServerError << ""
                              << "";
    QTest::newRow("503 json") << 503
                              << QByteArray(R"({"success":false,"error":"Service unavailable"})")
                              << ApiError::Kind::ServerError << "Service unavailable"
                              << "";
    QTest::newRow("200 not json") << 200 << QByteArray("Hello World!")
                                  << ApiError::Kind::BadResponse << ""
                                  << "";
    QTest::newRow("200 empty body") << 200 << QByteArray() << ApiError::Kind::BadResponse << ""
                                    << "";
    QTest::newRow("200 json array") << 200 << QByteArray("[]") << ApiError::Kind::BadResponse << ""
                                    << "";
    QTest::newRow("200 success false")
        << 200 << QByteArray(R"({"success":false})") << ApiError::Kind::BadResponse << ""
        << "";
}

//! Answers the call with one error row and checks kind, server words and the agent's text.
template<class T>
void checkErrorRow(const QByteArray& method, const QString& path, const Call<T>& call) {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, serverMessage);
    QFETCH(QString, serverCode);
    TestServer server;
    server.reply(method, path, status, body);
    Transport transport;
    const Result<T> result = run(transport, server.url(), call);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), kind);
    QCOMPARE(server.requestsTo(path).size(), 1);
    if (status != 200)
        QCOMPARE(result.error().httpStatus(), status);
    QCOMPARE(result.error().serverMessage(), serverMessage);
    QCOMPARE(result.error().serverCode(), serverCode);
    QVERIFY(!result.error().message().isEmpty());
    if (!serverMessage.isEmpty())
        QVERIFY(result.error().message().contains(serverMessage));
}

//! 429 in Rocket.Chat's own form (X-RateLimit-Reset in epoch milliseconds) and with Retry-After
//! as seconds and as an HTTP date: RateLimited, retryable, with the time the server allows.
template<class T>
void checkRateLimits(const QByteArray& method, const QString& path, const Call<T>& call) {
    const QByteArray body = TestServer::fixture("rocketchat-429.json");
    {
        TestServer server;
        const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(40);
        server.reply(method, path, 429, body,
                     {{"X-RateLimit-Limit", "10"},
                      {"X-RateLimit-Remaining", "0"},
                      {"X-RateLimit-Reset", QByteArray::number(reset.toMSecsSinceEpoch())}});
        Transport transport;
        const Result<T> result = run(transport, server.url(), call);
        QCOMPARE(result.error().kind(), ApiError::Kind::RateLimited);
        QVERIFY(result.error().isRetryable());
        QCOMPARE(result.error().retryAt().toMSecsSinceEpoch(), reset.toMSecsSinceEpoch());
        QVERIFY(result.error().serverMessage().startsWith("Error, too many requests"));
    }
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(90);
    const QList<std::pair<QByteArray, int>> retryAfter{
        {"7", 7},
        {QLocale::c().toString(at, "ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1(), 90},
    };
    for (const auto& [header, seconds] : retryAfter) {
        TestServer server;
        server.reply(method, path, 429, body, {{"Retry-After", header}});
        Transport transport;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Result<T> result = run(transport, server.url(), call);
        QCOMPARE(result.error().kind(), ApiError::Kind::RateLimited);
        const qint64 wait = before.secsTo(result.error().retryAt());
        QVERIFY2(qAbs(wait - seconds) <= 2, qPrintable(QStringLiteral("Retry-After %1: waited %2 s")
                                                           .arg(QString::fromLatin1(header))
                                                           .arg(wait)));
    }
}

//! A truncated body, an oversized body, a reset and a server that never answers: each one an
//! error of its own kind, never a result.
template<class T>
void checkTransportFailures(const QByteArray& method, const QString& path, const Call<T>& call) {
    {
        TestServer server;
        server.truncate(method, path, R"({"messages":[{"m)", 400);
        Transport transport;
        QCOMPARE(run(transport, server.url(), call).error().kind(), ApiError::Kind::BadResponse);
    }
    {
        TestServer server;
        server.reply(method, path, 200,
                     "{\"success\":true,\"pad\":\"" + QByteArray(5000, 'x') + "\"}");
        Transport transport;
        transport.setLimits({.maxResponseBytes = 1000});
        const Result<T> result = run(transport, server.url(), call);
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(result.error().detail().contains("larger than"),
                 qPrintable(result.error().detail()));
    }
    {
        TestServer server;
        server.reset(method, path);
        Transport transport;
        const ApiError error = run(transport, server.url(), call).error();
        QCOMPARE(error.kind(), ApiError::Kind::NetworkUnreachable);
        if (method == "POST") { // never repeated by Qt; the caller must find out
            QCOMPARE(server.requestsTo(path).size(), 1);
            QVERIFY(error.isOutcomeUnknown());
        }
    }
    {
        TestServer server;
        server.hang(method, path);
        Transport transport;
        transport.setLimits({.inactivityMs = 300, .deadlineMs = 10'000});
        const Result<T> result = run(transport, server.url(), call);
        QCOMPARE(result.error().kind(), ApiError::Kind::TimedOut);
        QVERIFY(result.error().isRetryable());
        QCOMPARE(server.requestsTo(path).size(), 1);
    }
}

//! A call refused before sending: the error arrives, later, and the server saw nothing.
template<class T>
void checkRefused(const Call<T>& call, ApiError::Kind kind, const QString& detailPart) {
    TestServer server; // answers 404 to anything; must not be asked at all
    Transport transport;
    bool synchronous = false;
    {
        QObject context;
        bool returned = false;
        call(transport, server.url(), &context,
             [&synchronous, &returned](Result<T>) { synchronous = !returned; });
        returned = true;
    }
    QVERIFY2(!synchronous, "the refusal must arrive from the event loop, not inside the call");
    const Result<T> result = run(transport, server.url(), call);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), kind);
    QVERIFY2(result.error().detail().contains(detailPart), qPrintable(result.error().detail()));
    QVERIFY(!result.error().isRetryable());
    QVERIFY(server.requests().isEmpty());
}

} // namespace rctest
