#include "EndpointTest.h"
#include "backends/rocketchat/AgentReplyById.h"

using namespace agentdesk;
using namespace agentdesk::rocketchat;

//! chat.getMessage: how the outbox finds out whether a reply sent as the agent arrived.
class TestRocketChatAgentReplyById : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/chat.getMessage";

    static rctest::Call<Message> call(AgentReplyByIdRequest request = {"client-7f3a9c2e-0001"},
                                      QString token = QStringLiteral("agent-auth-token")) {
        return [request, token](Transport& transport, const QUrl& url, QObject* context,
                                ResultCallback<Message> done) {
            agentReplyById(transport, Server{url, QStringLiteral("CkCPNcvsvCDfmWLqC"), token},
                           request, context, std::move(done));
        };
    }

private slots:
    void findsTheMessageWithTheAgentsCredentials() {
        TestServer server;
        server.reply("GET", kPath, 200,
                     TestServer::fixture("rocketchat-chat-send-message-200.json"));
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QCOMPARE(got.query.queryItems(QUrl::FullyDecoded),
                 (QList<std::pair<QString, QString>>{{"msgId", "client-7f3a9c2e-0001"}}));
        QCOMPARE(got.header("x-user-id"), QByteArray("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(got.header("x-auth-token"), QByteArray("agent-auth-token"));
        QVERIFY(got.body.isEmpty());
        QCOMPARE(result->id, QStringLiteral("client-7f3a9c2e-0001"));
        QCOMPARE(result->u.username, QStringLiteral("kim.jane"));
    }

    void anIdIsOneQueryValue() {
        const HttpRequest http =
            agentReplyByIdRequest(Server{QUrl("https://x"), "u", "t"}, {QStringLiteral("a+b&c=d")});
        QCOMPARE(http.url.query(QUrl::FullyEncoded), QStringLiteral("msgId=a%2Bb%26c%3Dd"));
    }

    void absenceIsNotFound() {
        // getSingleMessage() returns null and the route answers API.v1.failure(): no words
        for (const auto& [status, body] :
             QList<std::pair<int, QByteArray>>{{400, R"({"success":false})"},
                                               {404, R"({"success":false,"error":"Not found"})"}}) {
            TestServer server;
            server.reply("GET", kPath, status, body);
            Transport transport;
            const auto result = rctest::run(transport, server.url(), call());
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind(), ApiError::Kind::NotFound);
            QCOMPARE(result.error().httpStatus(), status);
        }
    }

    void errors_data() {
        rctest::addErrorColumns();
        rctest::addCommonErrorRows();
        // a message of a room the agent may not see: a Meteor.Error
        QTest::newRow("400 error-not-allowed")
            << 400
            << QByteArray(R"({"success":false,"error":"Not allowed [error-not-allowed]",)"
                          R"("errorType":"error-not-allowed","details":)"
                          R"({"method":"getSingleMessage"}})")
            << ApiError::Kind::InvalidRequest << "Not allowed [error-not-allowed]"
            << "error-not-allowed";
        QTest::newRow("200 missing message")
            << 200 << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow<Message>("GET", QString::fromLatin1(kPath), call()); }

    void rateLimited() {
        rctest::checkRateLimits<Message>("GET", QString::fromLatin1(kPath), call());
    }

    void refusedBeforeSending() {
        rctest::checkRefused<Message>(call({QString()}), ApiError::Kind::InvalidRequest,
                                      QStringLiteral("message id"));
        rctest::checkRefused<Message>(call({QStringLiteral("x")}, QString()),
                                      ApiError::Kind::Unauthorized,
                                      QStringLiteral("not signed in"));
    }
};

QTEST_GUILESS_MAIN(TestRocketChatAgentReplyById)
#include "tst_rocketchat_agentreplybyid.moc"
