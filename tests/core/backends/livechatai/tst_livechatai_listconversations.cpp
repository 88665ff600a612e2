#include "LiveChatAITest.h"
#include "backends/livechatai/ListConversations.h"

using namespace agentdesk;
using namespace agentdesk::livechatai;

class TestLiveChatAIListConversations : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v2/conversations";

    Result<ConversationPage> list(Transport& transport, const QUrl& url,
                                  const ListConversationsRequest& request) {
        return lcaitest::wait<ConversationPage>([&](auto done) {
            listConversations(transport, lcaitest::server(url), request, this, done);
        });
    }

    static ListConversationsRequest openFirstPage() {
        ListConversationsRequest request;
        request.agentId = QStringLiteral("clx1234567890abcdef");
        request.page = 1;
        request.perPage = 20;
        request.status = ConversationStatus::Open;
        return request;
    }

private slots:
    void readsThePagesExample() {
        TestServer server;
        server.reply("GET", kPath, 200,
                     TestServer::fixture("livechatai-list-conversations-200.json"));
        Transport transport;
        const auto result = list(transport, server.url(), openFirstPage());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QCOMPARE(got.query.toString(),
                 QStringLiteral("agentId=clx1234567890abcdef&page=1&perPage=20&status=open"));
        QVERIFY(got.body.isEmpty());
        lcaitest::checkBearer(got);

        const ConversationPage& page = result.value();
        QCOMPARE(page.meta.total, 150);
        QCOMPARE(page.meta.perPage, 20);
        QCOMPARE(page.meta.currentPage, 1);
        QCOMPARE(page.meta.totalPages, 8);
        QCOMPARE(page.conversations.size(), 1);
        const Conversation& c = page.conversations.first();
        QCOMPARE(c.id, QStringLiteral("chat_1234567890"));
        QCOMPARE(c.isResolved, false);
        QCOMPARE(c.integrationType, QStringLiteral("WHATSAPP"));
        QVERIFY(c.contact.has_value());
        QCOMPARE(c.contact->name, QStringLiteral("John Doe"));
        QCOMPARE(c.contact->email, QStringLiteral("john@example.com"));
        QCOMPARE(c.contact->phone, QStringLiteral("+1234567890"));
        QCOMPARE(c.contact->distinctId, QStringLiteral("user_12345"));
        QCOMPARE(c.contactId, QStringLiteral("contact_1234567890"));
        QVERIFY(c.agent.has_value());
        QCOMPARE(c.agent->name, QStringLiteral("Jane Smith"));
        QCOMPARE(c.lastMessageDate, QDateTime::fromString("2024-01-20T14:45:00Z", Qt::ISODate));
        QCOMPARE(c.createdAt, QDateTime::fromString("2024-01-15T10:30:00Z", Qt::ISODate));
        QVERIFY(c.messages.isEmpty());
    }

    void statusIsOmittedWhenUnsetAndCloseIsSpelledAsThePage() {
        ListConversationsRequest request = openFirstPage();
        request.status.reset();
        request.page = 3;
        request.perPage = 100;
        const Server server{QUrl("https://app.livechatai.com"), "k"};
        QCOMPARE(listConversationsRequest(server, request).url.toString(),
                 QStringLiteral("https://app.livechatai.com/api/v2/"
                                "conversations?agentId=clx1234567890abcdef&page=3&perPage=100"));
        request.status = ConversationStatus::Close;
        QCOMPARE(listConversationsRequest(server, request).url.query(),
                 QStringLiteral("agentId=clx1234567890abcdef&page=3&perPage=100&status=close"));
    }

    void agentIdIsEncodedInTheQuery() {
        ListConversationsRequest request = openFirstPage();
        request.agentId = QStringLiteral("a&b=c d");
        const HttpRequest http =
            listConversationsRequest(Server{QUrl("https://app.livechatai.com"), "k"}, request);
        QCOMPARE(QUrlQuery(http.url).queryItemValue("agentId", QUrl::FullyDecoded),
                 QStringLiteral("a&b=c d"));
        QCOMPARE(QUrlQuery(http.url).queryItemValue("page"), QStringLiteral("1"));
    }

    void emptyListWithoutMeta() {
        TestServer server;
        server.reply("GET", kPath, 200, R"({"status":"success","data":{"conversations":[]}})");
        Transport transport;
        const auto result = list(transport, server.url(), openFirstPage());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(result->conversations.isEmpty());
    }

    void invalidPagingIsRefusedBeforeSending_data() {
        QTest::addColumn<QString>("agentId");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<QString>("why");
        QTest::newRow("perPage 101") << "clx" << 1 << 101 << "perPage";
        QTest::newRow("perPage 0") << "clx" << 1 << 0 << "perPage";
        QTest::newRow("page 0") << "clx" << 0 << 20 << "page";
        QTest::newRow("no agent") << "" << 1 << 20 << "agentId";
    }
    void invalidPagingIsRefusedBeforeSending() {
        QFETCH(QString, agentId);
        QFETCH(int, page);
        QFETCH(int, perPage);
        QFETCH(QString, why);
        TestServer server;
        server.reply("GET", kPath, 200,
                     TestServer::fixture("livechatai-list-conversations-200.json"));
        Transport transport;
        ListConversationsRequest request;
        request.agentId = agentId;
        request.page = page;
        request.perPage = perPage;
        const auto result = list(transport, server.url(), request);
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY2(result.error().detail().contains(why), qPrintable(result.error().detail()));
        QVERIFY(server.requests().isEmpty());
    }

    void errors_data() {
        lcaitest::errorColumns();
        lcaitest::commonErrorRows();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("conversations missing")
            << 200 << QByteArray(R"({"status":"success","data":{"meta":{}}})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("data an array") << 200 << QByteArray(R"({"status":"success","data":[]})")
                                       << none << K::BadResponse << ""
                                       << "" << -1;
        QTest::newRow("conversation id a number")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversations":[{"id":1,"createdAt":"2024-01-15T10:30:00Z"}]}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("isResolved a number")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversations":[{"id":"c","isResolved":1,"createdAt":"2024-01-15T10:30:00Z"}]}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("createdAt not a time")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversations":[{"id":"c","createdAt":"last week"}]}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("meta total a string")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversations":[],"meta":{"total":"150","perPage":20,"currentPage":1,"totalPages":8}}})")
            << none << K::BadResponse << ""
            << "" << -1;
    }
    void errors() {
        lcaitest::checkErrorRow<ConversationPage>(
            "GET", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                listConversations(transport, lcaitest::server(url), openFirstPage(), this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            listConversations(transport, lcaitest::server(url), openFirstPage(), this, done);
        };
        const QByteArray ok = TestServer::fixture("livechatai-list-conversations-200.json");
        lcaitest::checkTransportEdges<ConversationPage>("GET", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("livechatai-list-conversations-200.json");
        server.truncate("GET", kPath, full.left(full.size() - 3), full.size());
        Transport transport;
        QCOMPARE(list(transport, server.url(), openFirstPage()).error().kind(),
                 ApiError::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestLiveChatAIListConversations)
#include "tst_livechatai_listconversations.moc"
