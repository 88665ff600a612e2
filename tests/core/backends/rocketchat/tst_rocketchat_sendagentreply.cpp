#include "EndpointTest.h"
#include "backends/rocketchat/SendAgentReply.h"

#include <QJsonObject>

using namespace agentdesk;
using namespace agentdesk::rocketchat;

//! chat.sendMessage: the agent's own reply, as the agent (Rocket.Chat sets `u` to the user whose
//! credentials sent it). Error shapes are the ones apps/meteor/app/api/server/ApiClass.ts builds
//! from what executeSendMessage() / canSendMessageAsync() throw.
class TestRocketChatSendAgentReply : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/chat.sendMessage";

    static Server agent(const QUrl& url) {
        return {url, QStringLiteral("CkCPNcvsvCDfmWLqC"), QStringLiteral("agent-auth-token")};
    }

    static SendAgentReplyRequest example() {
        return {QStringLiteral("hGFwSKA28nRKut3pD"), QStringLiteral("Hello World!"),
                QStringLiteral("client-7f3a9c2e-0001")};
    }

    static rctest::Call<Message> call(SendAgentReplyRequest request = example()) {
        return [request](Transport& transport, const QUrl& url, QObject* context,
                         ResultCallback<Message> done) {
            sendAgentReply(transport, agent(url), request, context, std::move(done));
        };
    }

private slots:
    void sendsAsTheAgentWithOurId() {
        TestServer server;
        server.reply("POST", kPath, 200,
                     TestServer::fixture("rocketchat-chat-send-message-200.json"));
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        QCOMPARE(got.header("x-user-id"), QByteArray("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(got.header("x-auth-token"), QByteArray("agent-auth-token"));
        const QJsonObject expected{{"message", QJsonObject{{"_id", "client-7f3a9c2e-0001"},
                                                           {"rid", "hGFwSKA28nRKut3pD"},
                                                           {"msg", "Hello World!"}}}};
        QCOMPARE(got.json().object(), expected);

        const Message& m = result.value();
        QCOMPARE(m.id, QStringLiteral("client-7f3a9c2e-0001"));
        QCOMPARE(m.rid, QStringLiteral("hGFwSKA28nRKut3pD"));
        QCOMPARE(m.msg, QStringLiteral("Hello World!"));
        QCOMPARE(m.u.id, QStringLiteral("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(m.u.username, QStringLiteral("kim.jane"));
        QCOMPARE(m.u.name, QStringLiteral("Kim Jane"));
        QVERIFY(m.token.isEmpty()); // written by a user, not by a visitor
        QCOMPARE(m.ts.toMSecsSinceEpoch(), 1698758069804);
    }

    void withoutOurIdTheIdIsOmitted() {
        SendAgentReplyRequest request = example();
        request.id.clear();
        const HttpRequest http = sendAgentReplyRequest(agent(QUrl("https://x/chat/")), request);
        QCOMPARE(QJsonDocument::fromJson(http.body).object(),
                 (QJsonObject{{"message", QJsonObject{{"rid", "hGFwSKA28nRKut3pD"},
                                                      {"msg", "Hello World!"}}}}));
        QCOMPARE(http.url.toString(), QStringLiteral("https://x/chat/api/v1/chat.sendMessage"));
        QVERIFY(http.headers.isEmpty()); // the credentials travel as credentials only
        QCOMPARE(http.credentials.size(), 2);
    }

    void errors_data() {
        rctest::addErrorColumns();
        rctest::addCommonErrorRows();
        // `_id` already taken: sendMessage() inserts nothing and returns undefined, which the
        // route then fails to read; the 400 carries a JavaScript TypeError's words.
        QTest::newRow("400 duplicate _id")
            << 400
            << QByteArray(R"x({"success":false,"error":"Cannot read properties of undefined )x"
                          R"x((reading 'starred')"})x")
            << ApiError::Kind::InvalidRequest
            << "Cannot read properties of undefined (reading 'starred')"
            << "";
        // not served by this agent (canAccessRoom false), a closed room, a read-only one
        QTest::newRow("400 error-not-allowed")
            << 400 << QByteArray(R"({"success":false,"error":"error-not-allowed"})")
            << ApiError::Kind::InvalidRequest << "error-not-allowed"
            << "";
        QTest::newRow("400 error-invalid-room")
            << 400 << QByteArray(R"({"success":false,"error":"error-invalid-room"})")
            << ApiError::Kind::InvalidRequest << "error-invalid-room"
            << "";
        QTest::newRow("400 message too long")
            << 400
            << QByteArray(R"({"success":false,"error":"Message size exceeds )"
                          R"(Message_MaxAllowedSize [error-message-size-exceeded]",)"
                          R"("errorType":"error-message-size-exceeded",)"
                          R"("details":{"method":"sendMessage"}})")
            << ApiError::Kind::InvalidRequest
            << "Message size exceeds Message_MaxAllowedSize [error-message-size-exceeded]"
            << "error-message-size-exceeded";
        QTest::newRow("400 invalid-params")
            << 400
            << QByteArray(R"({"success":false,"error":"must have required property 'message' )"
                          R"([invalid-params]","errorType":"invalid-params"})")
            << ApiError::Kind::InvalidRequest
            << "must have required property 'message' [invalid-params]"
            << "invalid-params";
        QTest::newRow("200 wrong types")
            << 200
            << QByteArray(R"({"message":{"_id":5,"rid":"r","msg":"m",)"
                          R"("ts":"2023-10-31T13:14:29.804Z"},"success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 missing message")
            << 200 << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow<Message>("POST", QString::fromLatin1(kPath), call()); }

    void rateLimited() {
        rctest::checkRateLimits<Message>("POST", QString::fromLatin1(kPath), call());
    }

    void transportFailures() {
        rctest::checkTransportFailures<Message>("POST", QString::fromLatin1(kPath), call());
    }

    void notSignedInIsRefusedBeforeSending() {
        rctest::checkRefused<Message>(
            [](Transport& transport, const QUrl& url, QObject* context,
               ResultCallback<Message> done) {
                sendAgentReply(transport, Server{url, {}, {}}, example(), context, std::move(done));
            },
            ApiError::Kind::Unauthorized, QStringLiteral("not signed in"));
    }

    void missingFieldsAreRefusedBeforeSending() {
        SendAgentReplyRequest noRoom = example();
        noRoom.rid.clear();
        rctest::checkRefused<Message>(call(noRoom), ApiError::Kind::InvalidRequest,
                                      QStringLiteral("room id"));
        SendAgentReplyRequest empty = example();
        empty.msg.clear();
        rctest::checkRefused<Message>(call(empty), ApiError::Kind::InvalidRequest,
                                      QStringLiteral("empty"));
    }
};

QTEST_GUILESS_MAIN(TestRocketChatSendAgentReply)
#include "tst_rocketchat_sendagentreply.moc"
