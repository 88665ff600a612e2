#include "SocialBoardsTest.h"
#include "backends/socialboards/CreateConversation.h"

#include <QJsonObject>

using namespace agentdesk;
using namespace agentdesk::socialboards;

class TestSocialBoardsCreateConversation : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/chat/conversations";

    Result<Conversation> create(Transport& transport, const QUrl& url,
                                const CreateConversationRequest& request) {
        return sbtest::wait<Conversation>([&](auto done) {
            createConversation(transport, sbtest::server(url), request, this, done);
        });
    }

    //! The page's own request example.
    static CreateConversationRequest pageExample() {
        CreateConversationRequest request;
        request.author.name = QStringLiteral("John");
        request.author.customIdentifier = QStringLiteral("CUS-12345");
        request.title = QStringLiteral("Chat API Client Problems");
        request.url = QStringLiteral("https://thejohndow.com");
        request.sentiment = QStringLiteral("question");
        request.categoryId = 1505;
        return request;
    }

private slots:
    void sendsThePagesExampleAndParsesItsAnswer() {
        TestServer server;
        server.reply("POST", kPath, 200,
                     TestServer::fixture("socialboards-create-conversation-200.json"));
        Transport transport;
        const auto result = create(transport, server.url(), pageExample());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        sbtest::checkBearer(got);
        QCOMPARE(got.json().object(),
                 QJsonDocument::fromJson(
                     TestServer::fixture("socialboards-create-conversation-request.json"))
                     .object());

        const Conversation& c = result.value();
        QCOMPARE(c.id, 254626);
        QCOMPARE(c.author.name, QStringLiteral("John"));
        QCOMPARE(c.author.email, QStringLiteral("john@dow.com"));
        QCOMPARE(c.author.status, QStringLiteral("client"));
        QCOMPARE(c.creationTime,
                 QDateTime::fromString("2023-09-01T12:56:39.0847826+03:00", Qt::ISODateWithMs));
        QCOMPARE(c.creationTime.toUTC().time().hour(), 9);
        QCOMPARE(c.initialPageUrl, QStringLiteral("https://faq.socialboards.com/socialboards"));
        QCOMPARE(c.latestPageUrl, QStringLiteral("https://faq.socialboards.com/socialboards"));
        QCOMPARE(c.isClosed, false);
        QCOMPARE(c.isTakeoverEnabled, true);
        QVERIFY(c.lastModifiedTime.isValid());
        QCOMPARE(c.messages.size(), 1);
        QCOMPARE(c.messages.first().message,
                 QStringLiteral("Hi, I have some questions about the Chat API"));
        QCOMPARE(c.messages.first().id, 0);
        QVERIFY(c.queuePositionInfo.has_value());
        QCOMPARE(c.queuePositionInfo->position, 1403);
        QCOMPARE(c.queuePositionInfo->waitTime, std::optional<qint64>(15));
        QCOMPARE(c.totalMessagesCount, 1);
    }

    void optionalFieldsAreOmittedNotEmpty() {
        CreateConversationRequest request;
        request.author.email = "john@dow.com";
        const HttpRequest http =
            createConversationRequest(Server{QUrl("https://x/"), "t"}, request);
        QCOMPARE(http.url.toString(), QStringLiteral("https://x/chat/conversations"));
        QCOMPARE(QJsonDocument::fromJson(http.body).object(),
                 (QJsonObject{{"author", QJsonObject{{"email", "john@dow.com"}}}}));
        request.isBotEnabled = true;
        request.categoryId = 0;
        QCOMPARE(QJsonDocument::fromJson(
                     createConversationRequest(Server{QUrl("https://x"), "t"}, request).body)
                     .object(),
                 (QJsonObject{{"author", QJsonObject{{"email", "john@dow.com"}}},
                              {"isBotEnabled", true},
                              {"categoryId", 0}}));
        QCOMPARE(http.credentials, (HeaderList{{"Authorization", "Bearer t"}}));
    }

    void authorWithoutIdentityIsRefusedBeforeSending() {
        TestServer server;
        server.reply("POST", kPath, 200,
                     TestServer::fixture("socialboards-create-conversation-200.json"));
        Transport transport;
        CreateConversationRequest request = pageExample();
        request.author.customIdentifier.clear();
        const auto result = create(transport, server.url(), request);
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(result.error().detail().contains("author"));
        QVERIFY(server.requests().isEmpty());
    }

    void nullQueueAndWaitTimeAreAccepted() {
        TestServer server;
        server.reply(
            "POST", kPath, 200,
            R"({"data":{"author":{"isBot":false,"name":"John","email":null},"creationTime":"2023-09-01T12:56:39Z","id":5,"isClosed":true,"messages":[],"queuePositionInfo":{"position":-1,"waitTime":null},"totalMessagesCount":0},"errorCode":-1,"errorText":null})");
        Transport transport;
        const auto result = create(transport, server.url(), pageExample());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result->id, 5);
        QCOMPARE(result->isClosed, true);
        QCOMPARE(result->queuePositionInfo->position, -1);
        QVERIFY(!result->queuePositionInfo->waitTime.has_value());
    }

    void errors_data() {
        sbtest::errorColumns();
        sbtest::commonErrorRows();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("data an array")
            << 200 << QByteArray(R"({"data":[],"errorCode":-1,"errorText":null})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("data null")
            << 200 << QByteArray(R"({"data":null,"errorCode":-1,"errorText":null})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("id as string")
            << 200
            << QByteArray(
                   R"({"data":{"author":{"isBot":false},"creationTime":"2023-09-01T12:56:39Z","id":"254626","isClosed":false},"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("isClosed as number")
            << 200
            << QByteArray(
                   R"({"data":{"author":{"isBot":false},"creationTime":"2023-09-01T12:56:39Z","id":1,"isClosed":0},"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("message in list mistyped")
            << 200
            << QByteArray(
                   R"({"data":{"author":{"isBot":false},"creationTime":"2023-09-01T12:56:39Z","id":1,"isClosed":false,"messages":[{"author":{"isBot":false},"creationTime":"2023-09-01T12:56:39Z","id":0,"message":7}]},"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
    }
    void errors() {
        sbtest::checkErrorRow<Conversation>(
            "POST", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                createConversation(transport, sbtest::server(url), pageExample(), this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            createConversation(transport, sbtest::server(url), pageExample(), this, done);
        };
        const QByteArray ok = TestServer::fixture("socialboards-create-conversation-200.json");
        sbtest::checkTransportEdges<Conversation>("POST", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("socialboards-create-conversation-200.json");
        server.truncate("POST", kPath, full.left(full.size() - 10), full.size());
        Transport transport;
        const auto result = create(transport, server.url(), pageExample());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestSocialBoardsCreateConversation)
#include "tst_socialboards_createconversation.moc"
