#include "LiveChatAITest.h"
#include "backends/livechatai/GetConversation.h"

using namespace agentdesk;
using namespace agentdesk::livechatai;

class TestLiveChatAIGetConversation : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v2/conversations/chat_1234567890";

    Result<Conversation> get(Transport& transport, const QUrl& url, const QString& id) {
        return lcaitest::wait<Conversation>([&](auto done) {
            getConversation(transport, lcaitest::server(url), {id}, this, done);
        });
    }

private slots:
    void readsThePagesExample() {
        TestServer server;
        server.reply("GET", kPath, 200,
                     TestServer::fixture("livechatai-get-conversation-200.json"));
        Transport transport;
        const auto result = get(transport, server.url(), "chat_1234567890");
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QVERIFY(got.body.isEmpty());
        lcaitest::checkBearer(got);

        const Conversation& c = result.value();
        QCOMPARE(c.id, QStringLiteral("chat_1234567890"));
        QCOMPARE(c.contactId, QStringLiteral("contact_1234567890"));
        QCOMPARE(c.agentId, QStringLiteral("clx1234567890abcdef"));
        QVERIFY(!c.contact.has_value());
        QCOMPARE(c.agent->email, QStringLiteral("jane@company.com"));
        QCOMPARE(c.integrationType, QStringLiteral("WHATSAPP"));
        QCOMPARE(c.updatedAt, QDateTime::fromString("2024-01-20T14:45:00Z", Qt::ISODate));
        QCOMPARE(c.messages.size(), 1);
        const Message& m = c.messages.first();
        QCOMPARE(m.id, QStringLiteral("msg_1234567890"));
        QCOMPARE(m.content, QStringLiteral("What are your business hours?"));
        QCOMPARE(m.role, QStringLiteral("user"));
        QCOMPARE(m.type, QStringLiteral("TEXT"));
        QCOMPARE(m.createdAt, QDateTime::fromString("2024-01-15T10:30:00Z", Qt::ISODate));
        QCOMPARE(m.agent->id, QStringLiteral("agent_1234567890"));
    }

    void serverPathPrefixIsKept() {
        const HttpRequest http =
            getConversationRequest(Server{QUrl("https://proxy.example.com/lcai"), "k"}, {"chat_1"});
        QCOMPARE(http.url.toString(),
                 QStringLiteral("https://proxy.example.com/lcai/api/v2/conversations/chat_1"));
        QCOMPARE(http.method, QByteArray("GET"));
        QCOMPARE(http.credentials, (HeaderList{{"Authorization", "Bearer k"}}));
    }

    void idsThatAreNotOnePathSegmentAreRefused_data() {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << "";
        QTest::newRow("slash") << "chat_1/reply";
        QTest::newRow("dot dot") << "..";
        QTest::newRow("query") << "chat?x=1";
        QTest::newRow("fragment") << "chat#1";
        QTest::newRow("percent") << "chat%2F1";
        QTest::newRow("space") << "chat 1";
    }
    void idsThatAreNotOnePathSegmentAreRefused() {
        QFETCH(QString, id);
        TestServer server;
        Transport transport;
        const auto result = get(transport, server.url(), id);
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(server.requests().isEmpty());
    }

    void errors_data() {
        lcaitest::errorColumns();
        lcaitest::commonErrorRows();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("messages missing")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"id":"chat_1234567890","createdAt":"2024-01-15T10:30:00Z"}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("message role missing")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"id":"c","createdAt":"2024-01-15T10:30:00Z","messages":[{"id":"m","content":"x","createdAt":"2024-01-15T10:30:00Z"}]}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("message content a number")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"id":"c","createdAt":"2024-01-15T10:30:00Z","messages":[{"id":"m","content":5,"role":"user","createdAt":"2024-01-15T10:30:00Z"}]}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("agent a string")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"id":"c","createdAt":"2024-01-15T10:30:00Z","agent":"Jane","messages":[]}})")
            << none << K::BadResponse << ""
            << "" << -1;
    }
    void errors() {
        lcaitest::checkErrorRow<Conversation>(
            "GET", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                getConversation(transport, lcaitest::server(url), {"chat_1234567890"}, this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            getConversation(transport, lcaitest::server(url), {"chat_1234567890"}, this, done);
        };
        const QByteArray ok = TestServer::fixture("livechatai-get-conversation-200.json");
        lcaitest::checkTransportEdges<Conversation>("GET", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("livechatai-get-conversation-200.json");
        server.truncate("GET", kPath, full.left(200), full.size());
        Transport transport;
        QCOMPARE(get(transport, server.url(), "chat_1234567890").error().kind(),
                 ApiError::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestLiveChatAIGetConversation)
#include "tst_livechatai_getconversation.moc"
