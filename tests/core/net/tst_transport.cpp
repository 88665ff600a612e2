#include "ChunkedStreamServer.h"
#include "PeakMemory.h"
#include "TestServer.h"
#include "backends/rocketchat/Login.h"
#include "backends/socialboards/RefreshToken.h"
#include "net/Transport.h"

#include <agentdesk/Version.h>

#include <QSignalSpy>
#include <QTest>

using namespace agentdesk;

class TestTransport : public QObject {
    Q_OBJECT

    struct Outcome {
        bool done = false;
        HttpResponse response;
        ApiError error;
    };

    Outcome run(Transport& transport, const HttpRequest& request, int waitMs = 5000) {
        Outcome outcome;
        transport.send(request, this, [&outcome](const HttpResponse& r, const ApiError& e) {
            outcome.done = true;
            outcome.response = r;
            outcome.error = e;
        });
        if (!QTest::qWaitFor([&] { return outcome.done; }, waitMs))
            qWarning("request did not finish within %d ms", waitMs);
        return outcome;
    }

    static HttpRequest post(const QUrl& url) {
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.body = R"({"a":1})";
        request.headers = {{"X-Trace", "t1"}};
        request.credentials = {
            {"Authorization", "Bearer secret"}, {"X-Auth-Token", "tok"}, {"X-User-Id", "uid"}};
        return request;
    }

private slots:
    void setsHeadersAndPassesBodyThrough() {
        TestServer server;
        server.reply("POST", "/x", 201, R"({"ok":true})", {{"X-Extra", "1"}});
        Transport transport;
        const Outcome outcome = run(transport, post(server.url().resolved(QUrl("/x"))));
        QVERIFY(outcome.done);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.response.status, 201);
        QCOMPARE(outcome.response.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(outcome.response.header("x-extra"), QByteArray("1"));
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.header("user-agent"), QByteArray("AgentDesk/") + kVersion);
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        QCOMPARE(got.header("accept"), QByteArray("application/json"));
        QCOMPARE(got.header("authorization"), QByteArray("Bearer secret"));
        QCOMPARE(got.header("x-trace"), QByteArray("t1"));
        QCOMPARE(got.body, QByteArray(R"({"a":1})"));
    }

    void refusesPlainHttpExceptLoopback() {
        QVERIFY(Transport::isAllowedUrl(QUrl("https://chat.example.com/api")));
        QVERIFY(Transport::isAllowedUrl(QUrl("http://127.0.0.1:3000")));
        QVERIFY(Transport::isAllowedUrl(QUrl("http://localhost:3000")));
        QVERIFY(Transport::isAllowedUrl(QUrl("http://[::1]:3000")));
        QVERIFY(!Transport::isAllowedUrl(QUrl("http://chat.example.com")));
        QVERIFY(!Transport::isAllowedUrl(QUrl("http://10.0.0.1")));
        QVERIFY(!Transport::isAllowedUrl(QUrl("ftp://127.0.0.1")));
        QVERIFY(!Transport::isAllowedUrl(QUrl("not a url")));

        Transport transport;
        const Outcome outcome = run(transport, post(QUrl("http://chat.example.com/x")));
        QVERIFY(outcome.done);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::InsecureUrl);
        QVERIFY(!outcome.error.isRetryable());
    }

    void inactivityTimeout() {
        TestServer server;
        server.hang("POST", "/x");
        Transport transport;
        transport.setLimits({.inactivityMs = 300, .deadlineMs = 60'000});
        const Outcome outcome = run(transport, post(server.url().resolved(QUrl("/x"))));
        QVERIFY(outcome.done);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::TimedOut);
        QVERIFY(outcome.error.isRetryable());
        QVERIFY(outcome.error.mayHaveBeenDelivered());
        QCOMPARE(server.requests().size(), 1); // it did arrive: the outbox must reconcile
    }

    void overallDeadline() {
        TestServer server;
        server.hang("GET", "/x");
        Transport transport;
        transport.setLimits({.inactivityMs = 60'000, .deadlineMs = 300});
        HttpRequest request;
        request.url = server.url().resolved(QUrl("/x"));
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::TimedOut);
        QVERIFY(outcome.error.detail().contains("300"));
    }

    void oversizedBodyIsAnError_data() {
        QTest::addColumn<bool>("declared");
        QTest::newRow("content-length over the cap") << true;
        QTest::newRow("chunked over the cap") << false;
    }
    void oversizedBodyIsAnError() {
        QFETCH(bool, declared);
        TestServer server;
        const QByteArray big = "[" + QByteArray(5000, ' ') + "]";
        if (declared) {
            server.reply("GET", "/big", 200, big);
        } else {
            server.on("GET", "/big", [big](const RecordedRequest&, QHttpServerResponder& r) {
                r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
                r.writeHeader("Content-Type", "application/json");
                r.writeBody(big); // no length: read until close
                r.socket()->disconnectFromHost();
            });
        }
        Transport transport;
        transport.setLimits({.maxResponseBytes = 1000});
        HttpRequest request;
        request.url = server.url().resolved(QUrl("/big"));
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(outcome.error.detail().contains("larger than 1000 bytes"),
                 qPrintable(outcome.error.detail()));
        QVERIFY(outcome.response.body.isEmpty());
        QVERIFY(!outcome.error.isOutcomeUnknown()); // a GET: nothing was carried out
    }

    void aChunkedFloodIsCutOffAtTheCapWithoutBeingHeld() {
        // 200 MB with no Content-Length, as fast as loopback carries it: the answer is given up
        // as soon as it passes the cap (32 MiB by default), and never held whole meanwhile.
        constexpr qint64 flood = 200'000'000;
        ChunkedStreamServer server(flood);
        Transport transport;
        const qint64 cap = transport.limits().maxResponseBytes;
        const qint64 before = PeakMemory::currentKiB();
        QVERIFY(before > 0);
        QVERIFY2(PeakMemory::resetPeak(), "cannot reset VmHWM (/proc/self/clear_refs)");
        const Outcome outcome = run(transport, post(server.url().resolved(QUrl("/x"))), 60'000);
        const qint64 grewKiB = PeakMemory::peakKiB() - before;
        QVERIFY(outcome.done);
        QCOMPARE(server.requests(), 1);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(outcome.error.detail().contains(QLatin1String("larger than 32 MiB")),
                 qPrintable(outcome.error.detail()));
        QVERIFY(outcome.error.message().contains(QLatin1String("32 MiB")));
        QVERIFY(outcome.error.isOutcomeUnknown()); // a POST whose answer was not read
        QVERIFY(outcome.response.body.isEmpty());
        QTRY_VERIFY(server.cutOff()); // hung up on the server, not read to the end
        QVERIFY2(server.bodyBytesSent() < cap + (16 << 20),
                 qPrintable(QStringLiteral("%1 bytes taken").arg(server.bodyBytesSent())));
        QVERIFY2(grewKiB < 50 * 1024, qPrintable(QStringLiteral("peak RSS +%1 KiB").arg(grewKiB)));
    }

    void truncatedBodyIsAnError() {
        TestServer server;
        // Not a raw string: moc's tokenizer counted its unbalanced braces and skipped the test
        // functions after this one.
        server.truncate("GET", "/t", "{\"messages\":[{\"m", 400);
        Transport transport;
        HttpRequest request;
        request.url = server.url().resolved(QUrl("/t"));
        const Outcome outcome = run(transport, request);
        QVERIFY(outcome.done);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(outcome.error.detail().contains("truncated"), qPrintable(outcome.error.detail()));
        QVERIFY(!outcome.error.isOutcomeUnknown());
    }

    void aTruncatedAnswerToAPostIsInDoubt() {
        // The server may have stored what it was answering about: only reading back can tell.
        TestServer server;
        server.truncate("POST", "/t", "{\"message\":{\"_id", 400);
        Transport transport;
        const Outcome outcome = run(transport, post(server.url().resolved(QUrl("/t"))));
        QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
        QVERIFY(outcome.error.isOutcomeUnknown());
        QVERIFY(outcome.error.isRetryable()); // reconciled, then sent once more if missing
        QVERIFY(outcome.error.mayHaveBeenDelivered());
        QVERIFY2(outcome.error.message().contains(QLatin1String("not known")),
                 qPrintable(outcome.error.message()));
        QCOMPARE(server.requests().size(), 1);
    }

    void connectionResetIsNetworkError() {
        TestServer server;
        server.reset("POST", "/x");
        Transport transport;
        const Outcome outcome = run(transport, post(server.url().resolved(QUrl("/x"))));
        QCOMPARE(outcome.error.kind(), ApiError::Kind::NetworkUnreachable);
        QVERIFY(outcome.error.isRetryable());
    }

    void aResetPostIsSentOnceAndInDoubt() {
        // Qt repeats a request whose connection broke before the answer; a POST the server has
        // carried out must not be (it would be stored twice): it is reported as in doubt.
        TestServer server;
        server.reset("POST", "/x");
        Transport transport;
        const Outcome outcome = run(transport, post(server.url().resolved(QUrl("/x"))));
        QVERIFY(outcome.done);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::NetworkUnreachable);
        QVERIFY(outcome.error.isOutcomeUnknown());
        QVERIFY(outcome.error.mayHaveBeenDelivered());
        QVERIFY(outcome.error.isRetryable());
        QVERIFY2(outcome.error.message().contains(QLatin1String("not known")),
                 qPrintable(outcome.error.message()));
    }

    void aPostOnAKeptAliveConnectionIsSentOnce() {
        // The first answer keeps the connection open; the second request on it is reset, as a
        // server closing an idle connection would. Still at most one copy, reported in doubt.
        TestServer server;
        int calls = 0;
        server.on("POST", "/x", [&calls](const RecordedRequest&, QHttpServerResponder& r) {
            if (++calls == 2)
                return r.socket()->abort();
            TestServer::respond(r, 200, R"({"ok":true})");
        });
        Transport transport;
        const Outcome first = run(transport, post(server.url().resolved(QUrl("/x"))));
        QVERIFY(!first.error);
        const Outcome second = run(transport, post(server.url().resolved(QUrl("/x"))));
        QVERIFY(second.done);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(second.error.isOutcomeUnknown());
        const Outcome third = run(transport, post(server.url().resolved(QUrl("/x"))));
        QVERIFY(!third.error); // a new connection: the next request goes out normally
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().last().body, QByteArray(R"({"a":1})"));
    }

    void aBodylessPostStillLeaves() {
        TestServer server;
        server.reply("POST", "/empty", 200, R"({"ok":true})");
        Transport transport;
        HttpRequest request = post(server.url().resolved(QUrl("/empty")));
        request.body.clear();
        const Outcome outcome = run(transport, request);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.message()));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("content-length"), QByteArray("0"));
    }

    void refusedConnectionIsNetworkError() {
        quint16 port = 0;
        {
            TestServer gone;
            port = gone.port();
        }
        Transport transport;
        const Outcome outcome =
            run(transport, post(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(outcome.error.kind(), ApiError::Kind::NetworkUnreachable);
        QVERIFY(!outcome.error.message().isEmpty());
        QVERIFY(!outcome.error.isOutcomeUnknown()); // nothing left: no connection was made
    }

    void credentialsNeverCrossOrigins() {
        // A body-less request may follow a redirect elsewhere, without its credentials.
        TestServer origin;
        TestServer elsewhere; // another port: another origin
        elsewhere.reply("GET", "/landing", 200, R"({"ok":true})");
        const QByteArray target = elsewhere.url().resolved(QUrl("/landing")).toEncoded();
        origin.reply("GET", "/x", 307, {}, {{"Location", target}});
        Transport transport;
        HttpRequest request = post(origin.url().resolved(QUrl("/x")));
        request.method = "GET";
        request.body.clear();
        const Outcome outcome = run(transport, request);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.response.status, 200);
        QCOMPARE(elsewhere.requests().size(), 1);
        const RecordedRequest& got = elsewhere.requests().first();
        QVERIFY(!got.headers.contains("authorization"));
        QVERIFY(!got.headers.contains("x-auth-token"));
        QVERIFY(!got.headers.contains("x-user-id"));
        QCOMPARE(got.header("x-trace"), QByteArray("t1")); // plain headers survive
    }

    void bodyNeverFollowsARedirectElsewhere_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        for (const int status : {307, 308}) {
            for (const char* kind : {"login", "refresh", "json"}) {
                QTest::addRow("%d %s", status, kind) << status << QString::fromLatin1(kind);
            }
        }
    }

    void bodyNeverFollowsARedirectElsewhere() {
        QFETCH(int, status);
        QFETCH(QString, kind);
        TestServer origin;
        TestServer elsewhere; // another port: another origin
        elsewhere.reply("POST", "/api/v1/login", 200, R"({"status":"success"})");
        elsewhere.reply("POST", "/token", 200, R"({"access_token":"x"})");
        elsewhere.reply("POST", "/x", 200, R"({"ok":true})");
        HttpRequest request;
        if (kind == QLatin1String("login")) {
            request = rocketchat::loginRequest(origin.url(), {"kim.jane", "hunter2", {}});
        } else if (kind == QLatin1String("refresh")) {
            request = socialboards::refreshTokenRequest(origin.url(),
                                                        {"the-refresh-token", "agentdesk-demo"});
        } else {
            request = post(origin.url().resolved(QUrl("/x")));
        }
        const QString path = request.url.path();
        QUrl target = elsewhere.url();
        target.setPath(path);
        origin.reply("POST", path, status, {}, {{"Location", target.toEncoded()}});
        Transport transport;
        const Outcome outcome = run(transport, request);
        QVERIFY(outcome.done);
        QCOMPARE(origin.requests().size(), 1);
        QVERIFY(!origin.requests().first().body.isEmpty()); // the real request carried a body
        QCOMPARE(elsewhere.requests().size(), 0);           // not a byte of it went elsewhere
        QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(!outcome.error.isRetryable());
        QVERIFY(!outcome.error.mayHaveBeenDelivered());
        const QString shown = outcome.error.message();
        QVERIFY2(shown.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())),
                 qPrintable(shown)); // names where it was sent
        QVERIFY2(shown.contains(QLatin1String("another server")), qPrintable(shown));
    }

    void aSendIsNeverTurnedIntoAGet_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("sameOrigin");
        for (const int status : {301, 302, 303}) {
            QTest::addRow("%d elsewhere", status) << status << false;
            QTest::addRow("%d same origin", status) << status << true;
        }
    }
    void aSendIsNeverTurnedIntoAGet() {
        // 301/302/303 would make the POST a GET without its body, and whatever answers that GET
        // would read as the send's answer: not followed, the target named. A 301/302 is a
        // refusal; a 303 ("done, see there") proves nothing: in doubt, for the outbox to read
        // back.
        QFETCH(int, status);
        QFETCH(bool, sameOrigin);
        TestServer origin;
        TestServer elsewhere;
        TestServer& landingServer = sameOrigin ? origin : elsewhere;
        landingServer.reply("GET", "/done", 200, R"({"ok":true})");
        const QUrl landing = landingServer.url().resolved(QUrl("/done"));
        origin.reply("POST", "/x", status, {},
                     {{"Location", landing.toEncoded() + "?token=secret#f"}});
        Transport transport;
        const Outcome outcome = run(transport, post(origin.url().resolved(QUrl("/x"))));
        QVERIFY(outcome.done);
        QCOMPARE(origin.requests().size(), 1); // the POST, and nothing after it
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(outcome.response.status, 0);
        QCOMPARE(outcome.error.httpStatus(), status);
        QCOMPARE(outcome.error.redirectTarget(), landing);
        const QString shown = outcome.error.message();
        QVERIFY2(shown.contains(landing.toDisplayString()), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("secret")), qPrintable(shown));
        if (status == 303) {
            QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
            QVERIFY(outcome.error.isOutcomeUnknown());
            QVERIFY(outcome.error.isRetryable());
            QVERIFY2(shown.contains(QLatin1String("not known")), qPrintable(shown));
        } else {
            QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidRequest);
            QVERIFY(!outcome.error.isOutcomeUnknown());
            QVERIFY(!outcome.error.isRetryable());
            QVERIFY(!outcome.error.mayHaveBeenDelivered());
            QVERIFY2(shown.contains(QLatin1String("not delivered")), qPrintable(shown));
        }
    }

    void aGetFollowsAMoveElsewhereWithoutCredentials_data() {
        QTest::addColumn<int>("status");
        for (const int status : {301, 302, 303})
            QTest::addRow("%d", status) << status;
    }
    void aGetFollowsAMoveElsewhereWithoutCredentials() {
        QFETCH(int, status);
        TestServer origin;
        TestServer elsewhere;
        elsewhere.reply("GET", "/done", 200, R"({"ok":true})");
        origin.reply("GET", "/x", status, {},
                     {{"Location", elsewhere.url().resolved(QUrl("/done")).toEncoded()}});
        Transport transport;
        HttpRequest request = post(origin.url().resolved(QUrl("/x")));
        request.method = "GET";
        request.body.clear();
        const Outcome outcome = run(transport, request);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.response.status, 200);
        QCOMPARE(elsewhere.requests().size(), 1);
        const RecordedRequest& got = elsewhere.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QVERIFY(!got.headers.contains("authorization"));
        QVERIFY(!got.headers.contains("x-auth-token"));
    }

    void aBodylessSendNeverFollowsARedirectElsewhere() {
        TestServer origin;
        TestServer elsewhere;
        elsewhere.reply("POST", "/empty", 200, R"({"ok":true})");
        origin.reply("POST", "/empty", 307, {},
                     {{"Location", elsewhere.url().resolved(QUrl("/empty")).toEncoded()}});
        Transport transport;
        HttpRequest request = post(origin.url().resolved(QUrl("/empty")));
        request.body.clear();
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidRequest);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void credentialsKeptOnSameOriginRedirect() {
        TestServer server;
        server.reply("POST", "/new", 200, R"({})");
        server.reply("POST", "/old", 308, {}, {{"Location", "/new"}});
        Transport transport;
        const Outcome outcome = run(transport, post(server.url().resolved(QUrl("/old"))));
        QVERIFY(!outcome.error);
        const auto landed = server.requestsTo("/new");
        QCOMPARE(landed.size(), 1);
        QCOMPARE(landed.first().header("x-auth-token"), QByteArray("tok"));
        QCOMPARE(landed.first().body, QByteArray(R"({"a":1})")); // 308 keeps method and body
    }

    void redirectToPlainHttpElsewhereIsRefused() {
        TestServer server;
        server.reply("GET", "/x", 302, {}, {{"Location", "http://chat.example.com/x"}});
        Transport transport;
        HttpRequest request;
        request.url = server.url().resolved(QUrl("/x"));
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::InsecureUrl);
    }

    void redirectLoopStops() {
        TestServer server;
        server.reply("GET", "/loop", 302, {}, {{"Location", "/loop"}});
        Transport transport;
        HttpRequest request;
        request.url = server.url().resolved(QUrl("/loop"));
        const Outcome outcome = run(transport, request);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::BadResponse);
        QCOMPARE(server.requests().size(), transport.limits().maxRedirects + 1);
    }

    void statusMapping_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400") << 400 << ApiError::Kind::InvalidRequest << false;
        QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized << false;
        QTest::newRow("403") << 403 << ApiError::Kind::Unauthorized << false;
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound << false;
        QTest::newRow("422") << 422 << ApiError::Kind::InvalidRequest << false;
        QTest::newRow("429") << 429 << ApiError::Kind::RateLimited << true;
        QTest::newRow("500") << 500 << ApiError::Kind::ServerError << true;
        QTest::newRow("503") << 503 << ApiError::Kind::ServerError << true;
    }
    void statusMapping() {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, retryable);
        HttpResponse response;
        response.status = status;
        const ApiError error = errorForStatus(response, QDateTime::currentDateTimeUtc());
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.isRetryable(), retryable);
        QVERIFY(!error.message().isEmpty());
    }

    void noCallbackAfterContextIsGone() {
        TestServer server;
        server.hang("GET", "/x");
        Transport transport;
        bool called = false;
        auto* context = new QObject;
        HttpRequest request;
        request.url = server.url().resolved(QUrl("/x"));
        transport.send(request, context,
                       [&called](const HttpResponse&, const ApiError&) { called = true; });
        QTRY_COMPARE(server.requests().size(), 1);
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void serverMessageIsKeptInTheAgentText() {
        ApiError error(ApiError::Kind::InvalidRequest, QStringLiteral("HTTP 400"));
        error.setHttpStatus(400);
        error.setServerMessage(QStringLiteral("room-closed"));
        error.setServerCode(QStringLiteral("error-room-closed"));
        QVERIFY(error.message().contains("room-closed"));
        QVERIFY(error.message().contains("error-room-closed"));
    }

    void refusedBeforeSendingSaysSo() {
        const ApiError error(ApiError::Kind::InvalidRequest, QStringLiteral("the text is empty"));
        QCOMPARE(error.httpStatus(), 0);
        QVERIFY2(error.message().startsWith("AgentDesk did not send this"),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains("the text is empty"));
        QVERIFY(!error.message().contains("server", Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
