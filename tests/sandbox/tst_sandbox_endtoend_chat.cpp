#include "EndToEnd.h"
#include "SandboxHarness.h"
#include "backends/livechatai/Ask.h"
#include "backends/livechatai/GetConversation.h"
#include "backends/livechatai/ListConversations.h"
#include "backends/livechatai/Reply.h"
#include "backends/socialboards/AddMessages.h"
#include "backends/socialboards/CreateConversation.h"
#include "backends/socialboards/ReadMessages.h"
#include "backends/socialboards/RefreshToken.h"
#include "demo/DemoWorld.h"

using namespace agentdesk;
namespace sb = agentdesk::socialboards;
namespace lc = agentdesk::livechatai;
using Demo = agentdesk::demo::SocialBoardsAccount;
using DemoAi = agentdesk::demo::LiveChatAiAccount;

//! The core's SocialBoards and LiveChatAI clients against the sandbox.
class TestSandboxEndToEndChat : public QObject {
    Q_OBJECT

    sb::UserValue client() {
        sb::UserValue author;
        author.name = QStringLiteral("Ann");
        author.email = QStringLiteral("ann@example.com");
        return author;
    }

private slots:
    void socialBoardsTokenCreateAddAndRead() {
        SandboxHarness sandbox;
        Transport transport;
        const auto token = await<sb::AccessToken>([&](auto done) {
            sb::refreshToken(transport, sandbox.server.url(),
                             {Demo::refreshToken(), Demo::clientId()}, this, std::move(done));
        });
        QVERIFY2(token.ok(), qPrintable(token.error().message()));
        QCOMPARE(token->expiresIn, 3599);
        const sb::Server server{sandbox.server.url(), token->accessToken};

        sb::CreateConversationRequest create;
        create.author = client();
        create.title = QStringLiteral("Where is my parcel?");
        const auto conversation = await<sb::Conversation>([&](auto done) {
            sb::createConversation(transport, server, create, this, std::move(done));
        });
        QVERIFY2(conversation.ok(), qPrintable(conversation.error().message()));
        QVERIFY(!conversation->isClosed);

        sb::AddMessagesRequest add;
        add.conversationId = conversation->id;
        sb::NewMessage answer;
        answer.message = QStringLiteral("It left the warehouse this morning.");
        answer.author.name = QStringLiteral("Support Team");
        answer.author.email = QStringLiteral("support@example.com");
        answer.isByTeam = true;
        add.messages = {answer};
        const auto added = await<QList<sb::ConversationMessage>>(
            [&](auto done) { sb::addMessages(transport, server, add, this, std::move(done)); });
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QCOMPARE(added->size(), 1);
        QCOMPARE(added->first().author.status, QStringLiteral("agent"));

        sb::ReadMessagesRequest read;
        read.conversationId = conversation->id;
        const auto messages = await<QList<sb::ConversationMessage>>(
            [&](auto done) { sb::readMessages(transport, server, read, this, std::move(done)); });
        QVERIFY2(messages.ok(), qPrintable(messages.error().message()));
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->first().message, answer.message); // newest first
    }

    void socialBoardsErrors() {
        SandboxHarness sandbox;
        Transport transport;
        const auto refused = await<sb::AccessToken>([&](auto done) {
            sb::refreshToken(transport, sandbox.server.url(),
                             {QStringLiteral("stolen"), Demo::clientId()}, this, std::move(done));
        });
        QCOMPARE(refused.error().kind(), ApiError::Kind::InvalidRequest);
        QCOMPARE(refused.error().serverCode(), QStringLiteral("invalid_grant"));

        sb::ReadMessagesRequest read;
        read.conversationId = 1;
        const sb::Server server{sandbox.server.url(), Demo::accessToken()};
        const auto missing = await<QList<sb::ConversationMessage>>(
            [&](auto done) { sb::readMessages(transport, server, read, this, std::move(done)); });
        QVERIFY(!missing.ok()); // errorCode 404 inside an HTTP 200
        QVERIFY(missing.error().serverMessage().contains("was not found"));

        read.conversationId = Demo::firstConversationId();
        const sb::Server stranger{sandbox.server.url(), QStringLiteral("nope")};
        const auto denied = await<QList<sb::ConversationMessage>>(
            [&](auto done) { sb::readMessages(transport, stranger, read, this, std::move(done)); });
        QCOMPARE(denied.error().kind(), ApiError::Kind::Unauthorized);
    }

    void liveChatAiAskListReadReply() {
        SandboxHarness sandbox;
        Transport transport;
        const lc::Server server{sandbox.server.url(), DemoAi::apiKey()};
        lc::AskRequest question;
        question.question = QStringLiteral("How long does shipping take?");
        question.agentId = DemoAi::agentId();
        const auto answer = await<lc::Answer>(
            [&](auto done) { lc::ask(transport, server, question, this, std::move(done)); });
        QVERIFY2(answer.ok(), qPrintable(answer.error().message()));
        QVERIFY(answer->response.contains("business day"));
        QCOMPARE(answer->links.size(), 1);

        question.conversationId = answer->conversationId;
        question.question = QStringLiteral("Is there something faster?");
        const auto followUp = await<lc::Answer>(
            [&](auto done) { lc::ask(transport, server, question, this, std::move(done)); });
        QVERIFY(followUp.ok());
        QCOMPARE(followUp->conversationId, answer->conversationId);
        QVERIFY2(followUp->response.contains("Express"), qPrintable(followUp->response));

        lc::ListConversationsRequest list;
        list.agentId = DemoAi::agentId();
        const auto page = await<lc::ConversationPage>([&](auto done) {
            lc::listConversations(transport, server, list, this, std::move(done));
        });
        QVERIFY2(page.ok(), qPrintable(page.error().message()));
        QCOMPARE(page->meta.total, 2);
        QCOMPARE(page->conversations.first().id, answer->conversationId);

        lc::ReplyRequest reply;
        reply.conversationId = answer->conversationId;
        reply.message = QStringLiteral("I've upgraded you to express for free.");
        const auto sent = await<lc::ReplyResult>(
            [&](auto done) { lc::reply(transport, server, reply, this, std::move(done)); });
        QVERIFY2(sent.ok(), qPrintable(sent.error().message()));
        QCOMPARE(sent->message.sender, QStringLiteral("AGENT"));

        const auto read = await<lc::Conversation>([&](auto done) {
            lc::getConversation(transport, server, {answer->conversationId}, this, std::move(done));
        });
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QCOMPARE(read->messages.size(), 5);
        QCOMPARE(read->messages.last().content, reply.message);
        QVERIFY(read->isAgent);
    }

    void liveChatAiErrors() {
        SandboxHarness sandbox;
        Transport transport;
        const lc::Server stranger{sandbox.server.url(), QStringLiteral("nope")};
        const auto denied = await<lc::Conversation>([&](auto done) {
            lc::getConversation(transport, stranger, {QStringLiteral("chat_1234567890")}, this,
                                std::move(done));
        });
        QCOMPARE(denied.error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(denied.error().serverCode(), QStringLiteral("UNAUTHORIZED"));
        const lc::Server server{sandbox.server.url(), DemoAi::apiKey()};
        const auto missing = await<lc::Conversation>([&](auto done) {
            lc::getConversation(transport, server, {QStringLiteral("chat_missing")}, this,
                                std::move(done));
        });
        QCOMPARE(missing.error().kind(), ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEndToEndChat)
#include "tst_sandbox_endtoend_chat.moc"
