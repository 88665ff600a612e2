#pragma once

// Checks every Bearer-token endpoint test shares (SocialBoards, LiveChatAI): waiting for a
// single result, the error table's columns and rows, the token never crossing origins, a silent
// server timing out and an oversized answer being refused.

#include "TestServer.h"
#include "net/Result.h"
#include "net/Transport.h"

#include <QLocale>
#include <QTest>

#include <optional>

namespace endpointtest {

using namespace agentdesk;

//! Runs one endpoint call and waits for its single result (a TimedOut error if none came).
template<class T, class Call> Result<T> wait(Call call) {
    std::optional<Result<T>> result;
    int calls = 0;
    call([&](Result<T> r) {
        ++calls;
        result = std::move(r);
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return ApiError(ApiError::Kind::TimedOut, QStringLiteral("test wait"));
    QTest::qWait(0); // a second callback would show up here
    if (calls != 1)
        return ApiError(ApiError::Kind::Cancelled,
                        QStringLiteral("callback called %1 times").arg(calls));
    return *result;
}

inline QByteArray httpDateIn(int seconds) {
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc().addSecs(seconds),
                  "ddd, dd MMM yyyy HH:mm:ss 'GMT'")
        .toLatin1();
}

//! The columns of an error table: status, body, Retry-After (empty: none), expected kind, the
//! server's message and code as the error must carry them, and the expected wait (-1: none).
inline void errorColumns() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<int>("waitSecs");
}

//! Answers with the row's status, body and Retry-After, runs `call` and checks the error.
template<class T, class Call>
void checkErrorRow(const QByteArray& method, const QString& path, Call call) {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, serverMessage);
    QFETCH(QString, serverCode);
    QFETCH(int, waitSecs);
    TestServer testServer;
    HeaderList headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    testServer.reply(method, path, status, body, headers);
    Transport transport;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Result<T> result = wait<T>([&](auto done) { call(transport, testServer.url(), done); });
    QVERIFY(!result.ok());
    const ApiError error = result.error();
    QCOMPARE(error.kind(), kind);
    QCOMPARE(testServer.requests().size(), 1);
    QCOMPARE(error.serverMessage(), serverMessage);
    QCOMPARE(error.serverCode(), serverCode);
    if (!serverMessage.isEmpty())
        QVERIFY2(error.message().contains(serverMessage), qPrintable(error.message()));
    if (waitSecs >= 0) {
        QVERIFY(error.isRetryable());
        const qint64 wait = before.secsTo(error.retryAt());
        QVERIFY2(qAbs(wait - waitSecs) <= 2, qPrintable(QString::number(wait)));
    }
}

//! The request carries the bearer token as a credential, never as a plain header.
inline void checkBearer(const RecordedRequest& got, const QString& token) {
    QCOMPARE(got.header("authorization"), "Bearer " + token.toUtf8());
}

//! A redirect to another origin (another port) reaches there without the bearer token, and the
//! answer from there is still read; a request with a body is not followed at all (a 307 would
//! repeat it there) and the error names where it was sent.
template<class T, class Call>
void checkTokenStaysHome(const QByteArray& method, const QString& path, const QByteArray& okBody,
                         const QString& token, Call call) {
    TestServer origin;
    TestServer elsewhere;
    elsewhere.reply(method, path, 200, okBody);
    origin.reply(method, path, 307, {},
                 {{"Location", elsewhere.url().resolved(QUrl(path)).toEncoded()}});
    Transport transport;
    const Result<T> result = wait<T>([&](auto done) { call(transport, origin.url(), done); });
    QCOMPARE(origin.requests().size(), 1);
    checkBearer(origin.requests().first(), token);
    if (!origin.requests().first().body.isEmpty()) {
        QCOMPARE(elsewhere.requests().size(), 0);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY2(
            result.error().message().contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())),
            qPrintable(result.error().message()));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    QCOMPARE(elsewhere.requests().size(), 1);
    QVERIFY(!elsewhere.requests().first().headers.contains("authorization"));
}

//! A server that never answers gives TimedOut (which may have been delivered), not a hang.
template<class T, class Call>
void checkHangTimesOut(const QByteArray& method, const QString& path, Call call) {
    TestServer server;
    server.hang(method, path);
    Transport transport;
    Transport::Limits limits;
    limits.inactivityMs = 300;
    limits.deadlineMs = 2000;
    transport.setLimits(limits);
    const Result<T> result = wait<T>([&](auto done) { call(transport, server.url(), done); });
    QCOMPARE(result.error().kind(), ApiError::Kind::TimedOut);
    QVERIFY(result.error().isRetryable());
    QVERIFY(result.error().mayHaveBeenDelivered());
}

//! A valid answer larger than the transport's cap is a BadResponse, never a partial success.
template<class T, class Call>
void checkOversizedIsRefused(const QByteArray& method, const QString& path,
                             const QByteArray& okBody, Call call) {
    TestServer server;
    server.reply(method, path, 200, okBody);
    Transport transport;
    Transport::Limits limits;
    limits.maxResponseBytes = okBody.size() / 2;
    transport.setLimits(limits);
    const Result<T> result = wait<T>([&](auto done) { call(transport, server.url(), done); });
    QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
}

//! The transport edges every Bearer endpoint must survive, in order, stopping at the first
//! failure: the token stays home on a cross-origin redirect, a silent server times out, an
//! oversized answer is refused.
template<class T, class Call>
void checkTransportEdges(const QByteArray& method, const QString& path, const QByteArray& okBody,
                         const QString& token, Call call) {
    checkTokenStaysHome<T>(method, path, okBody, token, call);
    if (QTest::currentTestFailed())
        return;
    checkHangTimesOut<T>(method, path, call);
    if (QTest::currentTestFailed())
        return;
    checkOversizedIsRefused<T>(method, path, okBody, call);
}

} // namespace endpointtest
