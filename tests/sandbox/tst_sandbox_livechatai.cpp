#include "SandboxHarness.h"

#include <QTest>

using namespace seeded;

class TestSandboxLiveChatAi : public QObject {
    Q_OBJECT

    static void verifyError(const Answer& answer, int status, const QString& message,
                            const QString& code) {
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json(),
                 (QJsonObject{{"status", "error"}, {"message", message}, {"code", code}}));
    }

    static QJsonObject ask(const QString& question, const QString& conversationId = {}) {
        QJsonObject body{{"question", question}, {"agentId", kLcaiAgent}};
        if (!conversationId.isEmpty())
            body.insert("conversationId", conversationId);
        return body;
    }

private slots:
    void everyEndpointNeedsTheApiKey() {
        SandboxHarness sandbox;
        verifyError(sandbox.postJson("/api/v2/conversations", ask("hours?")), 401,
                    "Missing API key", "UNAUTHORIZED");
        verifyError(sandbox.get("/api/v2/conversations", {}, bearer("wrong")), 401,
                    "Invalid API key", "UNAUTHORIZED");
        verifyError(sandbox.get("/api/v2/conversations/chat_1234567890"), 401, "Missing API key",
                    "UNAUTHORIZED");
    }

    void askValidatesItsBody_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("no question")
            << QJsonObject{{"agentId", kLcaiAgent}} << "question is required";
        QTest::newRow("no agent") << QJsonObject{{"question", "hi"}} << "agentId is required";
        QTest::newRow("bad type") << QJsonObject{{"question", "hi"},
                                                 {"agentId", kLcaiAgent},
                                                 {"messageType", "VIDEO"}}
                                  << "messageType must be one of TEXT, IMAGE";
        QTest::newRow("bad format")
            << QJsonObject{{"question", "hi"}, {"agentId", kLcaiAgent}, {"responseFormat", "HTML"}}
            << "responseFormat must be one of MARKDOWN, PLAIN";
    }
    void askValidatesItsBody() {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        SandboxHarness sandbox;
        verifyError(sandbox.postJson("/api/v2/conversations", body, bearer(kLcaiKey)), 400, message,
                    "VALIDATION_ERROR");
    }

    void unknownAgentOrConversationIs404() {
        SandboxHarness sandbox;
        QJsonObject body = ask("hours?");
        body.insert("agentId", "nope");
        verifyError(sandbox.postJson("/api/v2/conversations", body, bearer(kLcaiKey)), 404,
                    "Agent not found", "NOT_FOUND");
        verifyError(
            sandbox.postJson("/api/v2/conversations", ask("hours?", "chat_nope"), bearer(kLcaiKey)),
            404, "Conversation not found", "NOT_FOUND");
        verifyError(sandbox.get("/api/v2/conversations/chat_nope", {}, bearer(kLcaiKey)), 404,
                    "Conversation not found", "NOT_FOUND");
    }

    void askAnswersFromTheFaqWithSources() {
        SandboxHarness sandbox;
        const Answer answer = sandbox.postJson(
            "/api/v2/conversations", ask("How long does a refund take?"), bearer(kLcaiKey));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value("status").toString(), QStringLiteral("success"));
        QCOMPARE(answer.json().value("message").toString(),
                 QStringLiteral("Message sent successfully"));
        const QJsonObject data = answer.json().value("data").toObject();
        QVERIFY(data.value("conversationId").toString().startsWith("chat_"));
        QVERIFY(!data.value("contactId").toString().isEmpty());
        QVERIFY(data.value("response").toString().contains("**5 business days**"));
        QVERIFY(data.value("response")
                    .toString()
                    .contains("[Refund policy](https://help.example.com/refunds)"));
        QCOMPARE(data.value("links").toArray().first().toObject(),
                 (QJsonObject{{"link", "https://help.example.com/refunds"}, {"type", "WEBSITE"}}));
        QVERIFY(data.value("messageId").toString() != data.value("responseMessageId").toString());
    }

    void aNewConversationEachTimeWithoutAnId() {
        SandboxHarness sandbox;
        const auto id = [&] {
            return sandbox
                .postJson("/api/v2/conversations", ask("opening hours?"), bearer(kLcaiKey))
                .json()
                .value("data")
                .toObject()
                .value("conversationId")
                .toString();
        };
        QVERIFY(id() != id());
    }

    void contextIsKeptInAConversation() {
        SandboxHarness sandbox;
        const QJsonObject first =
            sandbox.postJson("/api/v2/conversations", ask("When are you open?"), bearer(kLcaiKey))
                .json()
                .value("data")
                .toObject();
        const QString conversation = first.value("conversationId").toString();
        QVERIFY(first.value("response").toString().contains("Monday to Friday"));
        // "And then?" names no topic: the agent follows up on the conversation's topic.
        const QJsonObject followUp =
            sandbox
                .postJson("/api/v2/conversations", ask("And then?", conversation), bearer(kLcaiKey))
                .json()
                .value("data")
                .toObject();
        QCOMPARE(followUp.value("conversationId").toString(), conversation);
        QVERIFY2(followUp.value("response").toString().contains("weekends"),
                 qPrintable(followUp.value("response").toString()));
        // Without the conversation the same words get the fallback.
        const QJsonObject fresh =
            sandbox.postJson("/api/v2/conversations", ask("And then?"), bearer(kLcaiKey))
                .json()
                .value("data")
                .toObject();
        QVERIFY(fresh.value("response").toString().contains("could not find"));

        const QJsonObject read =
            sandbox.get("/api/v2/conversations/" + conversation, {}, bearer(kLcaiKey)).json();
        const QJsonArray messages = read.value("data").toObject().value("messages").toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value("role").toString(), QStringLiteral("user"));
        QCOMPARE(messages.at(1).toObject().value("role").toString(), QStringLiteral("assistant"));
        QCOMPARE(messages.at(2).toObject().value("content").toString(),
                 QStringLiteral("And then?"));
        QVERIFY(!read.value("data").toObject().contains("sandboxTopic"));
    }

    void plainFormatHasNoMarkdown() {
        SandboxHarness sandbox;
        QJsonObject body = ask("How do I reset my password?");
        body.insert("responseFormat", "PLAIN");
        const QString response = sandbox.postJson("/api/v2/conversations", body, bearer(kLcaiKey))
                                     .json()
                                     .value("data")
                                     .toObject()
                                     .value("response")
                                     .toString();
        QVERIFY(response.contains("Forgot password"));
        QVERIFY(!response.contains("**"));
        QVERIFY(response.contains("(https://help.example.com/account)"));
        QVERIFY(!response.contains("]("));
    }

    void listPagesAndFilters() {
        SandboxHarness sandbox;
        for (const char* question : {"hours?", "refund?", "shipping?"})
            sandbox.postJson("/api/v2/conversations", ask(question), bearer(kLcaiKey));
        const QJsonObject page =
            sandbox
                .get("/api/v2/conversations",
                     QUrlQuery{{"agentId", kLcaiAgent}, {"perPage", "3"}, {"page", "2"}},
                     bearer(kLcaiKey))
                .json()
                .value("data")
                .toObject();
        QCOMPARE(
            page.value("meta").toObject(),
            (QJsonObject{{"total", 4}, {"perPage", 3}, {"currentPage", 2}, {"totalPages", 2}}));
        const QJsonArray conversations = page.value("conversations").toArray();
        QCOMPARE(conversations.size(), 1);
        const QJsonObject oldest = conversations.first().toObject();
        QCOMPARE(oldest.value("id").toString(), QStringLiteral("chat_1234567890"));
        QVERIFY(!oldest.contains("messages"));
        QVERIFY(!oldest.value("contact").toObject().value("id").toString().isEmpty());
        QCOMPARE(
            sandbox.get("/api/v2/conversations", QUrlQuery{{"status", "close"}}, bearer(kLcaiKey))
                .json()
                .value("data")
                .toObject()
                .value("meta")
                .toObject()
                .value("total")
                .toInt(),
            0);
        verifyError(
            sandbox.get("/api/v2/conversations", QUrlQuery{{"perPage", "101"}}, bearer(kLcaiKey)),
            400, "perPage must be between 1 and 100", "VALIDATION_ERROR");
        verifyError(
            sandbox.get("/api/v2/conversations", QUrlQuery{{"status", "done"}}, bearer(kLcaiKey)),
            400, "status must be open or close", "VALIDATION_ERROR");
    }

    void replyAddsAHumanAgentsMessage() {
        SandboxHarness sandbox;
        const Answer answer = sandbox.postJson(
            "/api/v2/conversations/chat_1234567890/reply",
            QJsonObject{
                {"message", "Thank you for your question. I'll help you with that right away."},
                {"userId", "user_1234567890"},
                {"messageType", "TEXT"}},
            bearer(kLcaiKey));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value("message").toString(),
                 QStringLiteral("User reply sent successfully"));
        const QJsonObject data = answer.json().value("data").toObject();
        QCOMPARE(data.value("conversationId").toString(), QStringLiteral("chat_1234567890"));
        const QJsonObject message = data.value("message").toObject();
        QCOMPARE(message.value("sender").toString(), QStringLiteral("AGENT"));
        QCOMPARE(message.value("id").toString(), data.value("messageId").toString());
        const QJsonArray messages =
            sandbox.get("/api/v2/conversations/chat_1234567890", {}, bearer(kLcaiKey))
                .json()
                .value("data")
                .toObject()
                .value("messages")
                .toArray();
        QCOMPARE(messages.last().toObject().value("role").toString(), QStringLiteral("agent"));

        verifyError(sandbox.postJson("/api/v2/conversations/chat_1234567890/reply",
                                     QJsonObject{{"userId", "u"}}, bearer(kLcaiKey)),
                    400, "message is required", "VALIDATION_ERROR");
        verifyError(sandbox.postJson("/api/v2/conversations/chat_nope/reply",
                                     QJsonObject{{"message", "hi"}}, bearer(kLcaiKey)),
                    404, "Conversation not found", "NOT_FOUND");
    }
};

QTEST_GUILESS_MAIN(TestSandboxLiveChatAi)
#include "tst_sandbox_livechatai.moc"
