#include "SocialBoardsTest.h"
#include "backends/socialboards/AddMessages.h"

#include <QJsonArray>
#include <QJsonObject>

Q_DECLARE_METATYPE(agentdesk::socialboards::AddMessagesRequest)

using namespace agentdesk;
using namespace agentdesk::socialboards;

class TestSocialBoardsAddMessages : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/chat/conversations/254626/messages";

    Result<QList<ConversationMessage>> add(Transport& transport, const QUrl& url,
                                           const AddMessagesRequest& request) {
        return sbtest::wait<QList<ConversationMessage>>(
            [&](auto done) { addMessages(transport, sbtest::server(url), request, this, done); });
    }

    //! The page's own request example: two messages by John, the second with a creationTime.
    static AddMessagesRequest pageExample() {
        AddMessagesRequest request;
        request.conversationId = 254626;
        NewMessage first;
        first.message = QStringLiteral("Example of chat message");
        first.author.name = QStringLiteral("John");
        first.author.email = QStringLiteral("john@dow.com");
        NewMessage second = first;
        second.message = QStringLiteral("Example of previous chat message");
        second.creationTime =
            QDateTime::fromString("2023-10-19T10:00:58.84+00:00", Qt::ISODateWithMs);
        request.messages = {first, second};
        return request;
    }

    static NewMessage textAt(const QDateTime& when) {
        NewMessage m;
        m.message = QStringLiteral("hello");
        m.author.name = QStringLiteral("John");
        m.author.email = QStringLiteral("john@dow.com");
        m.creationTime = when;
        return m;
    }

private slots:
    void sendsThePagesExampleAndParsesItsAnswer() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("socialboards-add-messages-200.json"));
        Transport transport;
        const auto result = add(transport, server.url(), pageExample());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        sbtest::checkBearer(got);
        const QJsonArray expected{
            QJsonObject{{"message", "Example of chat message"},
                        {"author", QJsonObject{{"name", "John"}, {"email", "john@dow.com"}}}},
            QJsonObject{{"message", "Example of previous chat message"},
                        {"author", QJsonObject{{"name", "John"}, {"email", "john@dow.com"}}},
                        {"creationTime", "2023-10-19T10:00:58.840Z"}},
        };
        QCOMPARE(got.json().array(), expected);
        // Same instant as the page's "+00:00" form.
        QCOMPARE(QDateTime::fromString(got.json().array().at(1)["creationTime"].toString(),
                                       Qt::ISODateWithMs),
                 QDateTime::fromString("2023-10-19T10:00:58.84+00:00", Qt::ISODateWithMs));

        QCOMPARE(result.value().size(), 1);
        const ConversationMessage& m = result.value().first();
        QCOMPARE(m.id, 667155);
        QCOMPARE(m.message, QStringLiteral("Example of chat message"));
        QCOMPARE(m.creationTime,
                 QDateTime::fromString("2023-08-22T14:50:07.21+00:00", Qt::ISODateWithMs));
        QCOMPARE(m.lastModifiedTime,
                 QDateTime::fromString("2023-09-01T15:03:59.81+00:00", Qt::ISODateWithMs));
        QCOMPARE(m.author.name, QStringLiteral("John"));
        QCOMPARE(m.author.email, QStringLiteral("john@dow.com"));
        QCOMPARE(m.author.id, QStringLiteral("fc2481f6-28a4-4ca7-849a-344fd6ab1b20"));
        QCOMPARE(m.author.status, QStringLiteral("client"));
        QCOMPARE(m.author.isBot, false);
        QVERIFY(m.author.customIdentifier.isEmpty()); // null on the page
        QVERIFY(m.author.image.isEmpty());            // null on the page
    }

    void optionalFieldsAreOmittedNotEmpty() {
        AddMessagesRequest request;
        request.conversationId = 7;
        NewMessage m;
        m.message = "hi";
        m.author.customIdentifier = "CUS-12345";
        request.messages = {m};
        const HttpRequest http = addMessagesRequest(Server{QUrl("https://x"), "t"}, request);
        QCOMPARE(
            QJsonDocument::fromJson(http.body).array(),
            (QJsonArray{QJsonObject{{"message", "hi"},
                                    {"author", QJsonObject{{"customIdentifier", "CUS-12345"}}}}}));

        m.author = {"John",
                    "john@dow.com",
                    "ca4be988-cc85-4c35-94a4-8558e30c1dd3",
                    "cus-1",
                    "https://example.com/john.png",
                    false};
        m.isByTeam = false;
        request.messages = {m};
        QCOMPARE(QJsonDocument::fromJson(
                     addMessagesRequest(Server{QUrl("https://x"), "t"}, request).body)
                     .array()
                     .first()
                     .toObject(),
                 (QJsonObject{{"message", "hi"},
                              {"isByTeam", false},
                              {"author", QJsonObject{{"name", "John"},
                                                     {"email", "john@dow.com"},
                                                     {"id", "ca4be988-cc85-4c35-94a4-8558e30c1dd3"},
                                                     {"customIdentifier", "cus-1"},
                                                     {"image", "https://example.com/john.png"}}}}));
    }

    void tokenIsACredentialNotAPlainHeader() {
        const HttpRequest http =
            addMessagesRequest(Server{QUrl("https://x"), "secret"}, pageExample());
        QCOMPARE(http.credentials, (HeaderList{{"Authorization", "Bearer secret"}}));
        for (const auto& [name, value] : http.headers)
            QVERIFY(!value.contains("secret"));
    }

    void serverPathPrefixIsKept() {
        const HttpRequest http =
            addMessagesRequest(Server{QUrl("https://api.example.com/sb/v1/"), "t"}, pageExample());
        QCOMPARE(
            http.url.toString(),
            QStringLiteral("https://api.example.com/sb/v1/chat/conversations/254626/messages"));
    }

    void botAuthorNeedsNoIdentity() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("socialboards-add-messages-200.json"));
        Transport transport;
        AddMessagesRequest request;
        request.conversationId = 254626;
        NewMessage m;
        m.message = "I am the bot";
        m.author.isBot = true;
        request.messages = {m};
        QVERIFY(add(transport, server.url(), request).ok());
        QCOMPARE(server.requests().first().json().array().first()["author"].toObject(),
                 (QJsonObject{{"isBot", true}}));
    }

    void creationTimeMoreThan30SecondsAheadIsRefusedBeforeSending_data() {
        QTest::addColumn<int>("aheadMs");
        QTest::addColumn<bool>("sent");
        QTest::newRow("in the past") << -3'600'000 << true;
        QTest::newRow("now") << 0 << true;
        QTest::newRow("exactly 30 s") << 30'000 << true;
        QTest::newRow("30.001 s") << 30'001 << false;
        QTest::newRow("31 s") << 31'000 << false;
        QTest::newRow("a day") << 86'400'000 << false;
    }
    void creationTimeMoreThan30SecondsAheadIsRefusedBeforeSending() {
        QFETCH(int, aheadMs);
        QFETCH(bool, sent);
        // A clock far from the real one: the rule must follow the injected clock.
        const QDateTime now = QDateTime::fromString("2031-02-03T04:05:06.000Z", Qt::ISODateWithMs);
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("socialboards-add-messages-200.json"));
        Transport transport;
        transport.setClock([now] { return now; });
        AddMessagesRequest request;
        request.conversationId = 254626;
        request.messages = {textAt(now.addSecs(-60)), textAt(now.addMSecs(aheadMs))};
        const auto result = add(transport, server.url(), request);
        QCOMPARE(result.ok(), sent);
        QCOMPARE(server.requests().size(), sent ? 1 : 0);
        if (!sent) {
            QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
            QVERIFY(!result.error().isRetryable());
            QVERIFY(!result.error().mayHaveBeenDelivered());
            QVERIFY2(result.error().detail().contains("message 2"),
                     qPrintable(result.error().detail()));
            QVERIFY2(result.error().detail().contains("30 s"), qPrintable(result.error().detail()));
        }
    }

    void invalidInputIsRefusedBeforeSending_data() {
        QTest::addColumn<AddMessagesRequest>("request");
        QTest::addColumn<QString>("why");
        AddMessagesRequest ok = pageExample();

        AddMessagesRequest noConversation = ok;
        noConversation.conversationId = 0;
        QTest::newRow("no conversation") << noConversation << "conversation";

        AddMessagesRequest empty = ok;
        empty.messages.clear();
        QTest::newRow("no messages") << empty << "no messages";

        AddMessagesRequest emptyText = ok;
        emptyText.messages[1].message.clear();
        QTest::newRow("empty text") << emptyText << "message 2: the text is empty";

        AddMessagesRequest anonymous = ok;
        anonymous.messages[0].author.email.clear();
        QTest::newRow("non-bot author without identity") << anonymous << "message 1: the author";
    }
    void invalidInputIsRefusedBeforeSending() {
        QFETCH(AddMessagesRequest, request);
        QFETCH(QString, why);
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("socialboards-add-messages-200.json"));
        Transport transport;
        const auto result = add(transport, server.url(), request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY2(result.error().detail().contains(why), qPrintable(result.error().detail()));
        QVERIFY(server.requests().isEmpty());
    }

    void refusalArrivesAsynchronouslyAndNotAfterTheContextIsGone() {
        Transport transport;
        AddMessagesRequest request = pageExample();
        request.messages.clear();
        bool called = false;
        auto context = std::make_unique<QObject>();
        addMessages(transport, Server{QUrl("http://127.0.0.1:1"), "t"}, request, context.get(),
                    [&](Result<QList<ConversationMessage>>) { called = true; });
        QVERIFY(!called); // never re-entrant
        context.reset();
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void errors_data() {
        sbtest::errorColumns();
        sbtest::commonErrorRows();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("data not an array")
            << 200 << QByteArray(R"({"data":{},"errorCode":-1,"errorText":null})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("data null")
            << 200 << QByteArray(R"({"data":null,"errorCode":-1,"errorText":null})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("id as string")
            << 200
            << QByteArray(
                   R"({"data":[{"author":{"isBot":false,"name":"J"},"creationTime":"2023-08-22T14:50:07.21+00:00","id":"667155","message":"m"}],"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("isBot as number")
            << 200
            << QByteArray(
                   R"({"data":[{"author":{"isBot":0,"name":"J"},"creationTime":"2023-08-22T14:50:07.21+00:00","id":1,"message":"m"}],"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("creationTime not a time")
            << 200
            << QByteArray(
                   R"({"data":[{"author":{"isBot":false},"creationTime":"yesterday","id":1,"message":"m"}],"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("message missing")
            << 200
            << QByteArray(
                   R"({"data":[{"author":{"isBot":false},"creationTime":"2023-08-22T14:50:07.21+00:00","id":1}],"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("element not an object")
            << 200 << QByteArray(R"({"data":[42],"errorCode":-1,"errorText":null})") << none
            << K::BadResponse << ""
            << "" << -1;
    }
    void errors() {
        sbtest::checkErrorRow<QList<ConversationMessage>>(
            "POST", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                addMessages(transport, sbtest::server(url), pageExample(), this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            addMessages(transport, sbtest::server(url), pageExample(), this, done);
        };
        const QByteArray ok = TestServer::fixture("socialboards-add-messages-200.json");
        sbtest::checkTransportEdges<QList<ConversationMessage>>("POST", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("socialboards-add-messages-200.json");
        server.truncate("POST", kPath, full.left(full.size() / 2), full.size());
        Transport transport;
        const auto result = add(transport, server.url(), pageExample());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(result.error().mayHaveBeenDelivered());
    }
};

QTEST_GUILESS_MAIN(TestSocialBoardsAddMessages)
#include "tst_socialboards_addmessages.moc"
