#include "SocialBoardsTest.h"
#include "backends/socialboards/ReadMessages.h"

using namespace agentdesk;
using namespace agentdesk::socialboards;

class TestSocialBoardsReadMessages : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/chat/conversations/254626/messages";

    Result<QList<ConversationMessage>> read(Transport& transport, const QUrl& url,
                                            const ReadMessagesRequest& request) {
        return sbtest::wait<QList<ConversationMessage>>(
            [&](auto done) { readMessages(transport, sbtest::server(url), request, this, done); });
    }

    static ReadMessagesRequest firstPage() {
        ReadMessagesRequest request;
        request.conversationId = 254626;
        request.orderBy = MessageOrder::CreationTimeAsc;
        request.take = 100;
        return request;
    }

private slots:
    void readsThePagesExample() {
        TestServer server;
        server.reply("GET", kPath, 200, TestServer::fixture("socialboards-read-messages-200.json"));
        Transport transport;
        const auto result = read(transport, server.url(), firstPage());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QCOMPARE(got.query.toString(), QStringLiteral("orderBy=creation_time_asc&skip=0&take=100"));
        QVERIFY(got.body.isEmpty());
        sbtest::checkBearer(got);

        QCOMPARE(result.value().size(), 2);
        QCOMPARE(result.value().at(0).id, 667155);
        QCOMPARE(result.value().at(0).message,
                 QStringLiteral("This is an external message created on a third-party platform"));
        QCOMPARE(result.value().at(1).id, 667156);
        QCOMPARE(result.value().at(1).creationTime.toUTC(),
                 QDateTime::fromString("2023-08-22T14:50:15.210Z", Qt::ISODateWithMs));
        QCOMPARE(result.value().at(1).author.email, QStringLiteral("john@dow.com"));
        QVERIFY(result.value().at(1).author.customIdentifier.isEmpty()); // absent on this page
    }

    void descendingOrderAndPaging() {
        ReadMessagesRequest request;
        request.conversationId = 42;
        request.skip = 200;
        request.take = 1;
        const HttpRequest http =
            readMessagesRequest(Server{QUrl("https://api.example.com/prefix"), "t"}, request);
        QCOMPARE(http.method, QByteArray("GET"));
        QCOMPARE(http.url.toString(),
                 QStringLiteral("https://api.example.com/prefix/chat/conversations/42/"
                                "messages?orderBy=creation_time_desc&skip=200&take=1"));
        QVERIFY(http.body.isEmpty());
        QCOMPARE(http.credentials, (HeaderList{{"Authorization", "Bearer t"}}));
    }

    void emptyConversationIsAnEmptyList() {
        TestServer server;
        server.reply("GET", kPath, 200, R"({"data":[],"errorCode":-1,"errorText":null})");
        Transport transport;
        const auto result = read(transport, server.url(), firstPage());
        QVERIFY(result.ok());
        QVERIFY(result.value().isEmpty());
    }

    void invalidPagingIsRefusedBeforeSending_data() {
        QTest::addColumn<qint64>("conversationId");
        QTest::addColumn<int>("skip");
        QTest::addColumn<int>("take");
        QTest::addColumn<QString>("why");
        QTest::newRow("take 101") << qint64(254626) << 0 << 101 << "take";
        QTest::newRow("take 0") << qint64(254626) << 0 << 0 << "take";
        QTest::newRow("take negative") << qint64(254626) << 0 << -5 << "take";
        QTest::newRow("skip negative") << qint64(254626) << -1 << 10 << "skip";
        QTest::newRow("no conversation") << qint64(0) << 0 << 10 << "conversation";
    }
    void invalidPagingIsRefusedBeforeSending() {
        QFETCH(qint64, conversationId);
        QFETCH(int, skip);
        QFETCH(int, take);
        QFETCH(QString, why);
        TestServer server;
        server.reply("GET", kPath, 200, TestServer::fixture("socialboards-read-messages-200.json"));
        Transport transport;
        ReadMessagesRequest request;
        request.conversationId = conversationId;
        request.skip = skip;
        request.take = take;
        const auto result = read(transport, server.url(), request);
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY2(result.error().detail().contains(why), qPrintable(result.error().detail()));
        QVERIFY(server.requests().isEmpty());
    }

    void errors_data() {
        sbtest::errorColumns();
        sbtest::commonErrorRows();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("data an object")
            << 200 << QByteArray(R"({"data":{},"errorCode":-1,"errorText":null})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("author missing")
            << 200
            << QByteArray(
                   R"({"data":[{"creationTime":"2023-08-22T14:50:07.21+00:00","id":1,"message":"m"}],"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("id fractional")
            << 200
            << QByteArray(
                   R"({"data":[{"author":{"isBot":false},"creationTime":"2023-08-22T14:50:07.21+00:00","id":1.5,"message":"m"}],"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("second element broken")
            << 200
            << QByteArray(
                   R"({"data":[{"author":{"isBot":false},"creationTime":"2023-08-22T14:50:07.21+00:00","id":1,"message":"m"},{"author":"John","creationTime":"2023-08-22T14:50:07.21+00:00","id":2,"message":"m"}],"errorCode":-1,"errorText":null})")
            << none << K::BadResponse << ""
            << "" << -1;
    }
    void errors() {
        sbtest::checkErrorRow<QList<ConversationMessage>>(
            "GET", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                readMessages(transport, sbtest::server(url), firstPage(), this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            readMessages(transport, sbtest::server(url), firstPage(), this, done);
        };
        const QByteArray ok = TestServer::fixture("socialboards-read-messages-200.json");
        sbtest::checkTransportEdges<QList<ConversationMessage>>("GET", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("socialboards-read-messages-200.json");
        server.truncate("GET", kPath, full.left(100), full.size());
        Transport transport;
        const auto result = read(transport, server.url(), firstPage());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestSocialBoardsReadMessages)
#include "tst_socialboards_readmessages.moc"
