#include "TestServer.h"
#include "backends/rocketchat/SendVisitorMessage.h"

#include <QJsonObject>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::rocketchat;

class TestRocketChatSendVisitorMessage : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/livechat/message";

    Result<Message> send(Transport& transport, const QUrl& server,
                         const SendVisitorMessageRequest& request) {
        std::optional<Result<Message>> result;
        sendVisitorMessage(transport, server, request, this,
                           [&](Result<Message> r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return ApiError(ApiError::Kind::TimedOut, QStringLiteral("test wait"));
        return *result;
    }

    static SendVisitorMessageRequest pageExample() {
        SendVisitorMessageRequest request;
        request.token = QStringLiteral("54fc5544030bcecda053311cb6b");
        request.rid = QStringLiteral("hGFwSKA28nRKut3pD");
        request.msg = QStringLiteral("Hello World!");
        request.agent = SendVisitorMessageRequest::Agent{QStringLiteral("CkCPNcvsvCDfmWLqC"),
                                                         QStringLiteral("kim.jane")};
        return request;
    }

private slots:
    void sendsThePagesExampleAndParsesItsAnswer() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("rocketchat-send-message-200.json"));
        Transport transport;
        const auto result = send(transport, server.url(), pageExample());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        QVERIFY(!got.headers.contains("x-auth-token")); // this endpoint needs no auth
        const QJsonObject expected{
            {"token", "54fc5544030bcecda053311cb6b"},
            {"rid", "hGFwSKA28nRKut3pD"},
            {"msg", "Hello World!"},
            {"agent", QJsonObject{{"agentId", "CkCPNcvsvCDfmWLqC"}, {"username", "kim.jane"}}},
        };
        QCOMPARE(got.json().object(), expected);

        const Message& m = result.value();
        QCOMPARE(m.id, QStringLiteral("djsajdkscks787"));
        QCOMPARE(m.rid, QStringLiteral("hGFwSKA28nRKut3pD"));
        QCOMPARE(m.msg, QStringLiteral("Hello World!"));
        QCOMPARE(m.alias, QStringLiteral("Baek"));
        QCOMPARE(m.u.username, QStringLiteral("guest-35"));
        QCOMPARE(m.u.name, QStringLiteral("Baek"));
        QCOMPARE(m.ts.toMSecsSinceEpoch(), 1698758069804);
        QCOMPARE(m.updatedAt.toMSecsSinceEpoch(), 1698758069960);
        QVERIFY(m.raw.value("md").isArray());
    }

    void optionalFieldsAreOmittedNotEmpty() {
        SendVisitorMessageRequest request;
        request.token = "t";
        request.rid = "r";
        request.msg = "m";
        QCOMPARE(QJsonDocument::fromJson(sendVisitorMessageRequest(QUrl("https://x"), request).body)
                     .object(),
                 (QJsonObject{{"token", "t"}, {"rid", "r"}, {"msg", "m"}}));
        request.id = "client-1";
        QCOMPARE(QJsonDocument::fromJson(sendVisitorMessageRequest(QUrl("https://x"), request).body)
                     .object()
                     .value("_id"),
                 QJsonValue("client-1"));
    }

    void serverPathPrefixIsKept() {
        const HttpRequest http =
            sendVisitorMessageRequest(QUrl("https://example.com/chat/"), pageExample());
        QCOMPARE(http.url.toString(),
                 QStringLiteral("https://example.com/chat/api/v1/livechat/message"));
    }

    void errors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<QString>("serverCode");
        QTest::newRow("400 invalid-params")
            << 400 << TestServer::fixture("rocketchat-send-message-400.json")
            << ApiError::Kind::InvalidRequest
            << "must have required property 'token' [invalid-params]"
            << "invalid-params";
        QTest::newRow("400 room-closed")
            << 400
            << QByteArray(R"({"success":false,"error":"room-closed","errorType":"room-closed"})")
            << ApiError::Kind::InvalidRequest << "room-closed"
            << "room-closed";
        QTest::newRow("401") << 401 << TestServer::fixture("rocketchat-401.json")
                             << ApiError::Kind::Unauthorized << "You must be logged in to do this."
                             << "";
        QTest::newRow("500 html") << 500 << QByteArray("<html>Bad Gateway</html>")
                                  << ApiError::Kind::ServerError << ""
                                  << "";
        QTest::newRow("200 not json")
            << 200 << QByteArray("Hello World!") << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 wrong types")
            << 200
            << QByteArray(
                   R"({"message":{"_id":5,"rid":"r","msg":"m","ts":"2023-10-31T13:14:29.804Z"},"success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 missing message")
            << 200 << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 success false")
            << 200
            << QByteArray(
                   R"({"success":false,"message":{"_id":"a","rid":"r","msg":"m","ts":"2023-10-31T13:14:29.804Z"}})")
            << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, serverMessage);
        QFETCH(QString, serverCode);
        TestServer server;
        server.reply("POST", kPath, status, body);
        Transport transport;
        const auto result = send(transport, server.url(), pageExample());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), kind);
        QCOMPARE(result.error().serverMessage(), serverMessage);
        QCOMPARE(result.error().serverCode(), serverCode);
        if (!serverMessage.isEmpty())
            QVERIFY(result.error().message().contains(serverMessage));
    }

    void rateLimitedWithRocketChatHeaders() {
        TestServer server;
        const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(40);
        server.reply(
            "POST", kPath, 429,
            R"({"success":false,"error":"Error, too many requests. Please slow down. You must wait 40 seconds before trying this endpoint again. [too-many-requests]"})",
            {{"X-RateLimit-Limit", "5"},
             {"X-RateLimit-Remaining", "0"},
             {"X-RateLimit-Reset", QByteArray::number(reset.toMSecsSinceEpoch())}});
        Transport transport;
        const auto result = send(transport, server.url(), pageExample());
        QCOMPARE(result.error().kind(), ApiError::Kind::RateLimited);
        QVERIFY(result.error().isRetryable());
        QCOMPARE(result.error().retryAt().toMSecsSinceEpoch(), reset.toMSecsSinceEpoch());
        QVERIFY(result.error().serverMessage().startsWith("Error, too many requests"));
    }

    void rateLimitedWithRetryAfter_data() {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("7") << 7;
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(90);
        QTest::newRow("http date")
            << QLocale::c().toString(at, "ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1() << 90;
    }
    void rateLimitedWithRetryAfter() {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, seconds);
        TestServer server;
        server.reply("POST", kPath, 429, R"({"success":false,"error":"slow down"})",
                     {{"Retry-After", retryAfter}});
        Transport transport;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto result = send(transport, server.url(), pageExample());
        QCOMPARE(result.error().kind(), ApiError::Kind::RateLimited);
        const qint64 wait = before.secsTo(result.error().retryAt());
        QVERIFY2(qAbs(wait - seconds) <= 2, qPrintable(QString::number(wait)));
    }
};

QTEST_GUILESS_MAIN(TestRocketChatSendVisitorMessage)
#include "tst_rocketchat_sendvisitormessage.moc"
