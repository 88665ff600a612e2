#include "TestServer.h"
#include "accounts/ConnectionTest.h"
#include "net/Transport.h"

#include <QTest>

using namespace agentdesk;

class TestConnectionTest : public QObject {
    Q_OBJECT

    ConnectionTestResult run(Transport& transport, const Account& account, const QString& secret) {
        std::optional<ConnectionTestResult> result;
        testConnection(transport, account, secret, this,
                       [&](const ConnectionTestResult& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return {};
        return *result;
    }

    static Account account(Backend backend, const QUrl& url) {
        Account a;
        a.id = 1;
        a.backend = backend;
        a.serverUrl = url;
        a.displayName = QStringLiteral("Test");
        a.userId = QStringLiteral("CkCPNcvsvCDfmWLqC");
        a.agentId = QStringLiteral("clx1234567890abcdef");
        return a;
    }

private slots:
    void rocketChatSuccess() {
        TestServer server;
        server.reply("GET", "/api/v1/me", 200, TestServer::fixture("rocketchat-me-200.json"));
        server.reply("GET", "/api/v1/livechat/rooms", 200,
                     TestServer::fixture("rocketchat-rooms-200.json"));
        Transport transport;
        const auto result = run(transport, account(Backend::RocketChat, server.url()), "tok");
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("Connected to Rocket.Chat")));
        QVERIFY(result.message.contains(QStringLiteral("2 open conversation")));
        // who the token signs in as: what replies are sent as
        QVERIFY2(result.message.contains(QStringLiteral("Signed in as Kim Jane (kim.jane)")),
                 qPrintable(result.message));
        QCOMPARE(result.agentName, QStringLiteral("Kim Jane"));
        QCOMPARE(result.agentUsername, QStringLiteral("kim.jane"));
        QCOMPARE(server.requests().size(), 2);
        for (const RecordedRequest& got : server.requests()) {
            QCOMPARE(got.header("x-auth-token"), QByteArray("tok"));
            QCOMPARE(got.header("x-user-id"), QByteArray("CkCPNcvsvCDfmWLqC"));
        }
        QCOMPARE(server.requests().first().path, QStringLiteral("/api/v1/me"));
        QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("count")),
                 QStringLiteral("1"));
    }

    void rocketChatUnauthorized() {
        TestServer server;
        server.reply("GET", "/api/v1/me", 401, TestServer::fixture("rocketchat-401.json"));
        server.reply("GET", "/api/v1/livechat/rooms", 401,
                     TestServer::fixture("rocketchat-401.json"));
        Transport transport;
        const auto result = run(transport, account(Backend::RocketChat, server.url()), "bad");
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(result.message.contains(QStringLiteral("refused the credentials")));
        QVERIFY(result.message.contains(QStringLiteral("You must be logged in to do this.")));
    }

    void socialBoardsSuccessAndUnauthorized() {
        TestServer server;
        server.reply("GET", "/chat/conversations/1/messages", 200,
                     TestServer::fixture("socialboards-read-messages-200.json"));
        Transport transport;
        auto result = run(transport, account(Backend::SocialBoards, server.url()), "tok");
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer tok"));

        TestServer refusing;
        refusing.reply("GET", "/chat/conversations/1/messages", 401,
                       TestServer::fixture("socialboards-401.json"));
        result = run(transport, account(Backend::SocialBoards, refusing.url()), "bad");
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(result.message.contains(
            QStringLiteral("Authorization has been denied for this request.")));
    }

    void liveChatAiSuccessAndUnauthorized() {
        TestServer server;
        server.reply("GET", "/api/v2/conversations", 200,
                     TestServer::fixture("livechatai-list-conversations-200.json"));
        Transport transport;
        auto result = run(transport, account(Backend::LiveChatAI, server.url()), "key");
        QVERIFY2(result.ok, qPrintable(result.message));
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.header("authorization"), QByteArray("Bearer key"));
        QCOMPARE(got.query.queryItemValue(QStringLiteral("agentId")),
                 QStringLiteral("clx1234567890abcdef"));
        QVERIFY2(result.message.contains(QStringLiteral("150 conversation")),
                 qPrintable(result.message));

        TestServer refusing;
        refusing.reply("GET", "/api/v2/conversations", 401,
                       TestServer::fixture("livechatai-401.json"));
        result = run(transport, account(Backend::LiveChatAI, refusing.url()), "bad");
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(result.message.contains(QStringLiteral("Invalid API key")));
    }

    void unreachableAndMissingInput() {
        Transport transport;
        QUrl url;
        {
            TestServer gone;
            url = gone.url();
        }
        auto result = run(transport, account(Backend::LiveChatAI, url), "key");
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(QStringLiteral("Could not reach the server")));

        result = run(transport, account(Backend::RocketChat, QUrl("https://chat.example.com")), "");
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(QStringLiteral("token")));
        result = run(transport, account(Backend::RocketChat, QUrl()), "tok");
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(QStringLiteral("server address")));
        result =
            run(transport, account(Backend::RocketChat, QUrl("http://chat.example.com")), "tok");
        QVERIFY(!result.ok); // plain http to a remote host is never sent
        QCOMPARE(result.error.kind(), ApiError::Kind::InsecureUrl);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
