#include "EndpointTest.h"
#include "backends/rocketchat/VisitorMessageById.h"

using namespace agentdesk;
using namespace agentdesk::rocketchat;

class TestRocketChatVisitorMessageById : public QObject {
    Q_OBJECT

    static constexpr auto kId = "client-7f3a9c2e-0001";
    static constexpr auto kRid = "hGFwSKA28nRKut3pD";
    static constexpr auto kToken =
        "54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9";
    static QString path() { return QStringLiteral("/api/v1/livechat/message/") + kId; }

    static VisitorMessageByIdRequest example() {
        return {QString::fromLatin1(kId), QString::fromLatin1(kToken), QString::fromLatin1(kRid)};
    }

    static rctest::Call<Message> call(VisitorMessageByIdRequest request = example()) {
        return [request](Transport& transport, const QUrl& url, QObject* context,
                         ResultCallback<Message> done) {
            visitorMessageById(transport, url, request, context, std::move(done));
        };
    }

private slots:
    void findsOurOwnMessage() {
        TestServer server;
        server.reply("GET", path(), 200, TestServer::fixture("rocketchat-message-by-id-200.json"));
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, path());
        QCOMPARE(got.query.queryItems(QUrl::FullyDecoded),
                 (QList<std::pair<QString, QString>>{{"token", QString::fromLatin1(kToken)},
                                                     {"rid", QString::fromLatin1(kRid)}}));
        QVERIFY(got.body.isEmpty());
        QVERIFY(!got.headers.contains("x-auth-token"));
        QVERIFY(!got.headers.contains("x-user-id"));

        const Message& m = result.value();
        QCOMPARE(m.id, QString::fromLatin1(kId));
        QCOMPARE(m.rid, QString::fromLatin1(kRid));
        QCOMPARE(m.msg, QStringLiteral("Hello World!"));
        QCOMPARE(m.u.username, QStringLiteral("guest-35"));
        QCOMPARE(m.ts.toMSecsSinceEpoch(), 1698758069804);
    }

    void absenceIsNotFound_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("400 invalid-message (what the server sends)")
            << 400 << TestServer::fixture("rocketchat-message-by-id-400.json");
        QTest::newRow("400 invalid-message as errorType")
            << 400
            << QByteArray(R"({"success":false,"error":"Invalid message [invalid-message]",)"
                          R"("errorType":"invalid-message"})");
        QTest::newRow("404") << 404 << QByteArray(R"({"success":false,"error":"Not found"})");
        QTest::newRow("404 html") << 404 << QByteArray("<html>Not Found</html>");
    }
    void absenceIsNotFound() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        TestServer server;
        server.reply("GET", path(), status, body);
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QCOMPARE(result.error().kind(), ApiError::Kind::NotFound);
        QCOMPARE(result.error().httpStatus(), status);
        QVERIFY(!result.error().isRetryable());
        QVERIFY(!result.error().mayHaveBeenDelivered());
    }

    void otherRefusalsAreNotNotFound_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("invalid-token")
            << QByteArray(R"({"success":false,"error":"invalid-token"})") << "invalid-token";
        QTest::newRow("invalid-room")
            << QByteArray(R"({"success":false,"error":"invalid-room"})") << "invalid-room";
        QTest::newRow("not json") << QByteArray("Bad Request") << "";
    }
    void otherRefusalsAreNotNotFound() {
        QFETCH(QByteArray, body);
        QFETCH(QString, serverMessage);
        TestServer server;
        server.reply("GET", path(), 400, body);
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QCOMPARE(result.error().serverMessage(), serverMessage);
    }

    void idIsOnePathSegment() {
        VisitorMessageByIdRequest request = example();
        request.id = QStringLiteral("a/b?c");
        const HttpRequest http =
            visitorMessageByIdRequest(QUrl("https://chat.example.com"), request);
        QCOMPARE(http.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://chat.example.com/api/v1/livechat/message/a%2Fb%3Fc") +
                     "?token=" + kToken + "&rid=" + kRid);
    }

    void refusesBeforeSending_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("why");
        QTest::newRow("no id") << 0 << "message id";
        QTest::newRow("no token") << 1 << "visitor token";
        QTest::newRow("no rid") << 2 << "room id";
    }
    void refusesBeforeSending() {
        QFETCH(int, field);
        QFETCH(QString, why);
        VisitorMessageByIdRequest request = example();
        (field == 0 ? request.id : field == 1 ? request.token : request.rid).clear();
        rctest::checkRefused(call(request), ApiError::Kind::InvalidRequest, why);
    }

    void errors_data() {
        rctest::addErrorColumns();
        rctest::addCommonErrorRows();
        QTest::newRow("200 message missing")
            << 200 << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 message null") << 200 << QByteArray(R"({"message":null,"success":true})")
                                          << ApiError::Kind::BadResponse << ""
                                          << "";
        QTest::newRow("200 message an array")
            << 200 << QByteArray(R"({"message":[],"success":true})") << ApiError::Kind::BadResponse
            << ""
            << "";
        QTest::newRow("200 ts missing")
            << 200 << QByteArray(R"({"message":{"_id":"a","rid":"r","msg":"m"},"success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 rid a number")
            << 200
            << QByteArray(R"({"message":{"_id":"a","rid":1,"msg":"m",)"
                          R"("ts":"2023-10-31T13:14:29.804Z"},"success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow("GET", path(), call()); }

    void rateLimits() { rctest::checkRateLimits("GET", path(), call()); }
    void transportFailures() { rctest::checkTransportFailures("GET", path(), call()); }
};

QTEST_GUILESS_MAIN(TestRocketChatVisitorMessageById)
#include "tst_rocketchat_visitormessagebyid.moc"
