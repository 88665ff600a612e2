#include "EndpointTest.h"
#include "backends/rocketchat/SendVisitorMessages.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace agentdesk;
using namespace agentdesk::rocketchat;

Q_DECLARE_METATYPE(agentdesk::rocketchat::SendVisitorMessagesRequest)

class TestRocketChatSendVisitorMessages : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/livechat/messages";

    static Server serverAt(const QUrl& url) {
        // the page's own header examples
        return Server{url, QStringLiteral("rbAXPnMktTFbNpwtJ"),
                      QStringLiteral("RScctEHSmLGZGywfIhWyRpyofhKOiMoUIpimhvheU3f")};
    }

    static SendVisitorMessagesRequest pageExample() {
        return {QStringLiteral("54fc5544030bcecda053311cb6b98920b"),
                {QStringLiteral("test"), QStringLiteral("hello")}};
    }

    static rctest::Call<SendVisitorMessagesResult>
    call(SendVisitorMessagesRequest request = pageExample(), std::optional<Server> server = {}) {
        return [request, server](Transport& transport, const QUrl& url, QObject* context,
                                 ResultCallback<SendVisitorMessagesResult> done) {
            sendVisitorMessages(transport, server.value_or(serverAt(url)), request, context,
                                std::move(done));
        };
    }

private slots:
    void sendsThePagesExampleAndParsesItsAnswer() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("rocketchat-send-messages-200.json"));
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        QCOMPARE(got.header("x-auth-token"),
                 QByteArray("RScctEHSmLGZGywfIhWyRpyofhKOiMoUIpimhvheU3f"));
        QCOMPARE(got.header("x-user-id"), QByteArray("rbAXPnMktTFbNpwtJ"));
        // exactly the page's request example
        QCOMPARE(
            got.json().object(),
            QJsonDocument::fromJson(TestServer::fixture("rocketchat-send-messages-request.json"))
                .object());

        const QList<SentMessage>& sent = result->messages;
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].username, QStringLiteral("guest-35"));
        QCOMPARE(sent[0].msg, QStringLiteral("test"));
        QCOMPARE(sent[0].ts, QDateTime::fromString("2023-10-31T08:41:29.724Z", Qt::ISODateWithMs));
        QCOMPARE(sent[1].msg, QStringLiteral("hello"));
        QCOMPARE(sent[1].ts.toMSecsSinceEpoch() - sent[0].ts.toMSecsSinceEpoch(), 1);
    }

    void acceptsRealBooleansAndNoSuccessFlag_data() {
        QTest::addColumn<QByteArray>("success");
        QTest::newRow("true") << QByteArray(R"(,"success":true)");
        QTest::newRow("absent") << QByteArray();
    }
    void acceptsRealBooleansAndNoSuccessFlag() {
        QFETCH(QByteArray, success);
        HttpResponse response;
        response.status = 200;
        response.body = R"({"messages":[{"username":"guest-35","msg":"test",)"
                        R"("ts":"2023-10-31T08:41:29.724Z"}])" +
                        success + "}";
        const auto result = parseSendVisitorMessagesReply(response);
        QVERIFY2(result.ok(), qPrintable(result.error().detail()));
        QCOMPARE(result->messages.size(), 1);
    }

    void messagesKeepTheirOrderAndText() {
        const SendVisitorMessagesRequest request{"tok",
                                                 {"first", "  spaced  ", "ünïcødé 👋", "{\"x\":1}"}};
        const HttpRequest http =
            sendVisitorMessagesRequest(serverAt(QUrl("https://chat.example.com")), request);
        const QJsonArray messages =
            QJsonDocument::fromJson(http.body).object().value("messages").toArray();
        QCOMPARE(messages.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(messages[i].toObject(), (QJsonObject{{"msg", request.messages[i]}}));
        QCOMPARE(http.url.toString(),
                 QStringLiteral("https://chat.example.com/api/v1/livechat/messages"));
        QVERIFY(http.headers.isEmpty()); // secrets only as credentials, dropped on redirects
        QCOMPARE(http.credentials.size(), 2);
    }

    void refusesBeforeSending_data() {
        QTest::addColumn<SendVisitorMessagesRequest>("request");
        QTest::addColumn<QString>("why");
        QTest::newRow("no messages") << SendVisitorMessagesRequest{"tok", {}} << "no message";
        QTest::newRow("empty message")
            << SendVisitorMessagesRequest{"tok", {"hi", ""}} << "message 2 of 2 is empty";
        QTest::newRow("blank message")
            << SendVisitorMessagesRequest{"tok", {" \n"}} << "message 1 of 1 is empty";
        QTest::newRow("no visitor token")
            << SendVisitorMessagesRequest{"", {"hi"}} << "visitor token";
    }
    void refusesBeforeSending() {
        QFETCH(SendVisitorMessagesRequest, request);
        QFETCH(QString, why);
        QCOMPARE(checkSendVisitorMessagesRequest(request).kind(), ApiError::Kind::InvalidRequest);
        rctest::checkRefused(call(request), ApiError::Kind::InvalidRequest, why);
    }

    void refusalArrivesWithoutAContextToo() {
        Transport transport;
        std::optional<Result<SendVisitorMessagesResult>> result;
        sendVisitorMessages(transport, serverAt(QUrl("http://127.0.0.1:1")),
                            SendVisitorMessagesRequest{"tok", {}}, nullptr,
                            [&result](Result<SendVisitorMessagesResult> r) { result = r; });
        QVERIFY(!result); // not from inside the call
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind(), ApiError::Kind::InvalidRequest);
    }

    void refusesWithoutCredentials() {
        rctest::checkRefused(call(pageExample(), Server{QUrl("http://127.0.0.1:1"), "", ""}),
                             ApiError::Kind::Unauthorized, "not signed in");
        rctest::checkRefused(call(pageExample(), Server{QUrl("http://127.0.0.1:1"), "uid", ""}),
                             ApiError::Kind::Unauthorized, "not signed in");
    }

    void errors_data() {
        rctest::addErrorColumns();
        QTest::newRow("400 page example")
            << 400 << TestServer::fixture("rocketchat-send-messages-400.json")
            << ApiError::Kind::InvalidRequest
            << "must have required property 'visitor' [invalid-params]"
            << "invalid-params";
        rctest::addCommonErrorRows();
        QTest::newRow("200 messages not an array")
            << 200 << QByteArray(R"({"messages":{},"success":true})") << ApiError::Kind::BadResponse
            << ""
            << "";
        QTest::newRow("200 missing messages")
            << 200 << QByteArray(R"({"success":"true"})") << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 message not an object")
            << 200 << QByteArray(R"({"messages":["test","hello"],"success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 username missing")
            << 200
            << QByteArray(R"({"messages":[{"msg":"test","ts":"2023-10-31T08:41:29.724Z"},)"
                          R"({"username":"g","msg":"hello","ts":"2023-10-31T08:41:29.725Z"}]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 ts not a time")
            << 200
            << QByteArray(R"({"messages":[{"username":"g","msg":"test","ts":"yesterday"},)"
                          R"({"username":"g","msg":"hello","ts":"2023-10-31T08:41:29.725Z"}]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 ts a number")
            << 200
            << QByteArray(R"({"messages":[{"username":"g","msg":"test","ts":1698741689724},)"
                          R"({"username":"g","msg":"hello","ts":"2023-10-31T08:41:29.725Z"}]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 success not a boolean")
            << 200 << QByteArray(R"({"messages":[],"success":"yes"})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 one of two confirmed")
            << 200
            << QByteArray(R"({"messages":[{"username":"g","msg":"test",)"
                          R"("ts":"2023-10-31T08:41:29.724Z"}],"success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow("POST", kPath, call()); }

    void partialConfirmationMayHaveBeenDelivered() {
        TestServer server;
        server.reply(
            "POST", kPath, 200,
            R"({"messages":[{"username":"g","msg":"test","ts":"2023-10-31T08:41:29.724Z"}]})");
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(result.error().detail().contains("1 of 2"));
        QVERIFY(result.error().mayHaveBeenDelivered()); // reconcile against history, never resend
    }

    void rateLimits() { rctest::checkRateLimits("POST", kPath, call()); }
    void transportFailures() { rctest::checkTransportFailures("POST", kPath, call()); }

    void credentialsNeverReachAnotherOrigin() {
        TestServer origin;
        TestServer elsewhere; // another port: another origin
        elsewhere.reply("POST", kPath, 200,
                        TestServer::fixture("rocketchat-send-messages-200.json"));
        const QByteArray target = elsewhere.url().resolved(QUrl(kPath)).toEncoded();
        origin.reply("POST", kPath, 307, {}, {{"Location", target}});
        Transport transport;
        const auto result = rctest::run(transport, origin.url(), call());
        QCOMPARE(origin.requests().size(), 1);
        QCOMPARE(origin.requests().first().header("x-auth-token"),
                 QByteArray("RScctEHSmLGZGywfIhWyRpyofhKOiMoUIpimhvheU3f"));
        // A 307 would repeat the body (the visitor token, the messages) elsewhere: refused.
        QCOMPARE(elsewhere.requests().size(), 0);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY2(
            result.error().message().contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())),
            qPrintable(result.error().message()));
    }

    void credentialsFollowASameOriginRedirect() {
        TestServer server;
        server.reply("POST", "/chat/api/v1/livechat/messages", 200,
                     TestServer::fixture("rocketchat-send-messages-200.json"));
        server.reply("POST", kPath, 308, {}, {{"Location", "/chat/api/v1/livechat/messages"}});
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const auto landed = server.requestsTo("/chat/api/v1/livechat/messages");
        QCOMPARE(landed.size(), 1);
        QCOMPARE(landed.first().header("x-user-id"), QByteArray("rbAXPnMktTFbNpwtJ"));
    }
};

QTEST_GUILESS_MAIN(TestRocketChatSendVisitorMessages)
#include "tst_rocketchat_sendvisitormessages.moc"
