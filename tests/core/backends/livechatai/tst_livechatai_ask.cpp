#include "LiveChatAITest.h"
#include "backends/livechatai/Ask.h"

#include <QJsonObject>

using namespace agentdesk;
using namespace agentdesk::livechatai;

class TestLiveChatAIAsk : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v2/conversations";

    Result<Answer> run(Transport& transport, const QUrl& url, const AskRequest& request) {
        return lcaitest::wait<Answer>(
            [&](auto done) { ask(transport, lcaitest::server(url), request, this, done); });
    }

    //! The page's own request example, every optional field set.
    static AskRequest pageExample() {
        AskRequest request;
        request.question = QStringLiteral("What are your business hours?");
        request.agentId = QStringLiteral("clx1234567890abcdef");
        request.conversationId = QStringLiteral("chat_1234567890");
        request.messageType = MessageType::Text;
        request.streaming = false;
        request.ip = QStringLiteral("192.168.1.1");
        request.country = QStringLiteral("US");
        request.responseFormat = ResponseFormat::Markdown;
        request.integrationType = IntegrationType::WhatsApp;
        return request;
    }

    static QJsonObject bodyOf(const AskRequest& request) {
        return QJsonDocument::fromJson(
                   askRequest(Server{QUrl("https://app.livechatai.com"), "k"}, request).body)
            .object();
    }

private slots:
    void sendsThePagesExampleAndParsesItsAnswer() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("livechatai-ask-200.json"));
        Transport transport;
        const auto result = run(transport, server.url(), pageExample());
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
            QJsonDocument::fromJson(TestServer::fixture("livechatai-ask-request.json")).object());

        const Answer& a = result.value();
        QCOMPARE(a.conversationId, QStringLiteral("chat_1234567890"));
        QCOMPARE(a.contactId, QStringLiteral("contact_1234567890"));
        QCOMPARE(a.response,
                 QStringLiteral("Our business hours are Monday to Friday, 9 AM to 6 PM EST."));
        QCOMPARE(a.messageId, QStringLiteral("msg_1234567890"));
        QCOMPARE(a.responseMessageId, QStringLiteral("msg_0987654321"));
        QCOMPARE(a.message, QStringLiteral("Message sent successfully"));
        QCOMPARE(a.links.size(), 1);
        QCOMPARE(a.links.first().link, QStringLiteral("https://example.com/page"));
        QCOMPARE(a.links.first().type, QStringLiteral("WEBSITE"));
    }

    void optionalFieldsAreOmittedNotEmpty() {
        AskRequest request;
        request.question = "Hi";
        request.agentId = "clx1";
        QCOMPARE(bodyOf(request), (QJsonObject{{"question", "Hi"}, {"agentId", "clx1"}}));
    }

    void streamingIsSentOnlyWhenSet() {
        AskRequest request;
        request.question = "Hi";
        request.agentId = "clx1";
        QVERIFY(!bodyOf(request).contains("streaming"));
        request.streaming = true;
        QCOMPARE(bodyOf(request).value("streaming"), QJsonValue(true));
        request.streaming = false;
        QCOMPARE(bodyOf(request).value("streaming"), QJsonValue(false));
    }

    void enumsAreWrittenAsThePageSpellsThem() {
        AskRequest request;
        request.question = "Hi";
        request.agentId = "clx1";
        request.messageType = MessageType::Image;
        request.responseFormat = ResponseFormat::Plain;
        request.integrationType = IntegrationType::Slack;
        const QJsonObject body = bodyOf(request);
        QCOMPARE(body.value("messageType"), QJsonValue("IMAGE"));
        QCOMPARE(body.value("responseFormat"), QJsonValue("PLAIN"));
        QCOMPARE(body.value("integrationType"), QJsonValue("SLACK"));
    }

    void apiKeyIsACredentialAndPrefixIsKept() {
        const HttpRequest http =
            askRequest(Server{QUrl("https://proxy.example.com/lcai/"), "secret"}, pageExample());
        QCOMPARE(http.url.toString(),
                 QStringLiteral("https://proxy.example.com/lcai/api/v2/conversations"));
        QCOMPARE(http.credentials, (HeaderList{{"Authorization", "Bearer secret"}}));
        QVERIFY(http.headers.isEmpty());
    }

    void answerWithoutLinksOrContact() {
        TestServer server;
        server.reply(
            "POST", kPath, 200,
            R"({"status":"success","data":{"conversationId":"c","contactId":null,"response":"r","messageId":"m1","responseMessageId":"m2"}})");
        Transport transport;
        const auto result = run(transport, server.url(), pageExample());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(result->links.isEmpty());
        QVERIFY(result->contactId.isEmpty());
    }

    void missingInputIsRefusedBeforeSending_data() {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("agentId");
        QTest::newRow("no question") << ""
                                     << "clx1";
        QTest::newRow("blank question") << "  \n"
                                        << "clx1";
        QTest::newRow("no agent") << "Hi"
                                  << "";
    }
    void missingInputIsRefusedBeforeSending() {
        QFETCH(QString, question);
        QFETCH(QString, agentId);
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("livechatai-ask-200.json"));
        Transport transport;
        AskRequest request;
        request.question = question;
        request.agentId = agentId;
        const auto result = run(transport, server.url(), request);
        QCOMPARE(result.error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(server.requests().isEmpty());
    }

    void errors_data() {
        lcaitest::errorColumns();
        lcaitest::commonErrorRows();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("response missing")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversationId":"c","messageId":"m1","responseMessageId":"m2"}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("conversationId a number")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversationId":12,"response":"r","messageId":"m1","responseMessageId":"m2"}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("links an object")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversationId":"c","response":"r","messageId":"m1","responseMessageId":"m2","links":{}}})")
            << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("link without link")
            << 200
            << QByteArray(
                   R"({"status":"success","data":{"conversationId":"c","response":"r","messageId":"m1","responseMessageId":"m2","links":[{"type":"WEBSITE"}]}})")
            << none << K::BadResponse << ""
            << "" << -1;
    }
    void errors() {
        lcaitest::checkErrorRow<Answer>(
            "POST", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                ask(transport, lcaitest::server(url), pageExample(), this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            ask(transport, lcaitest::server(url), pageExample(), this, done);
        };
        const QByteArray ok = TestServer::fixture("livechatai-ask-200.json");
        lcaitest::checkTransportEdges<Answer>("POST", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("livechatai-ask-200.json");
        server.truncate("POST", kPath, full.left(full.size() / 2), full.size());
        Transport transport;
        const auto result = run(transport, server.url(), pageExample());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(result.error().mayHaveBeenDelivered());
    }
};

QTEST_GUILESS_MAIN(TestLiveChatAIAsk)
#include "tst_livechatai_ask.moc"
