#include "LiveChatAITest.h"
#include "backends/livechatai/Reply.h"

#include <QJsonObject>

using namespace agentdesk;
using namespace agentdesk::livechatai;

class TestLiveChatAIReply : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v2/conversations/chat_1234567890/reply";

    Result<ReplyResult> send(Transport& transport, const QUrl& url, const ReplyRequest& request) {
        return lcaitest::wait<ReplyResult>(
            [&](auto done) { reply(transport, lcaitest::server(url), request, this, done); });
    }

    //! The page's own request example.
    static ReplyRequest pageExample() {
        ReplyRequest request;
        request.conversationId = QStringLiteral("chat_1234567890");
        request.message =
            QStringLiteral("Thank you for your question. I'll help you with that right away.");
        request.userId = QStringLiteral("user_1234567890");
        request.messageType = MessageType::Text;
        return request;
    }

private slots:
    void sendsThePagesExampleAndParsesItsAnswer() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("livechatai-reply-200.json"));
        Transport transport;
        const auto result = send(transport, server.url(), pageExample());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        lcaitest::checkBearer(got);
        QCOMPARE(
            got.json().object(),
            QJsonDocument::fromJson(TestServer::fixture("livechatai-reply-request.json")).object());

        const ReplyResult& r = result.value();
        QCOMPARE(r.messageId, QStringLiteral("msg_1234567890"));
        QCOMPARE(r.conversationId, QStringLiteral("chat_1234567890"));
        QCOMPARE(r.message.id, QStringLiteral("msg_1234567890"));
        QCOMPARE(
            r.message.text,
            QStringLiteral("Thank you for your question. I'll help you with that right away."));
        QCOMPARE(r.message.sender, QStringLiteral("AGENT"));
        QCOMPARE(r.message.type, QStringLiteral("TEXT"));
        QCOMPARE(r.message.createdAt, QDateTime::fromString("2024-01-20T14:45:00Z", Qt::ISODate));
        QCOMPARE(r.message.agent->name, QStringLiteral("Jane Smith"));
    }

    void optionalFieldsAreOmittedNotEmpty() {
        ReplyRequest request;
        request.conversationId = "chat_1";
        request.message = "On it.";
        const HttpRequest http =
            replyRequest(Server{QUrl("https://app.livechatai.com/"), "k"}, request);
        QCOMPARE(http.url.toString(),
                 QStringLiteral("https://app.livechatai.com/api/v2/conversations/chat_1/reply"));
        QCOMPARE(QJsonDocument::fromJson(http.body).object(), (QJsonObject{{"message", "On it."}}));
        request.messageType = MessageType::Image;
        QCOMPARE(QJsonDocument::fromJson(
                     replyRequest(Server{QUrl("https://app.livechatai.com"), "k"}, request).body)
                     .object()
                     .value("messageType"),
                 QJsonValue("IMAGE"));
    }

    void invalidInputIsRefusedBeforeSending_data() {
        QTest::addColumn<QString>("conversationId");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty text") << "chat_1234567890"
                                    << "";
        QTest::newRow("blank text") << "chat_1234567890"
                                    << " \t";
        QTest::newRow("no conversation") << ""
                                         << "Hi";
        QTest::newRow("conversation with slash") << "chat/1"
                                                 << "Hi";
    }
    void invalidInputIsRefusedBeforeSending() {
        QFETCH(QString, conversationId);
        QFETCH(QString, message);
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("livechatai-reply-200.json"));
        Transport transport;
        ReplyRequest request = pageExample();
        request.conversationId = conversationId;
        request.message = message;
        QCOMPARE(send(transport, server.url(), request).error().kind(),
                 ApiError::Kind::InvalidRequest);
        QVERIFY(server.requests().isEmpty());
    }

    void errors_data() {
        lcaitest::errorColumns();
        lcaitest::commonErrorRows();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("message missing")
            << 200
            << QByteArray(R"({"status":"success","data":{"messageId":"m","conversationId":"c"}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("messageId a number")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"messageId":1,"conversationId":"c","message":{"id":"m","createdAt":"2024-01-20T14:45:00Z"}}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("createdAt missing")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"messageId":"m","conversationId":"c","message":{"id":"m"}}})")
            << none << K::BadResponse << ""
            << "" << -1;
    }
    void errors() {
        lcaitest::checkErrorRow<ReplyResult>(
            "POST", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                reply(transport, lcaitest::server(url), pageExample(), this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            reply(transport, lcaitest::server(url), pageExample(), this, done);
        };
        const QByteArray ok = TestServer::fixture("livechatai-reply-200.json");
        lcaitest::checkTransportEdges<ReplyResult>("POST", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("livechatai-reply-200.json");
        server.truncate("POST", kPath, full.left(full.size() / 3), full.size());
        Transport transport;
        const auto result = send(transport, server.url(), pageExample());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(result.error().mayHaveBeenDelivered());
    }
};

QTEST_GUILESS_MAIN(TestLiveChatAIReply)
#include "tst_livechatai_reply.moc"
