#include "EndToEnd.h"
#include "SandboxHarness.h"
#include "backends/rocketchat/CannedResponses.h"
#include "backends/rocketchat/Login.h"
#include "backends/rocketchat/MessageById.h"
#include "backends/rocketchat/MessagesHistory.h"
#include "backends/rocketchat/Rooms.h"
#include "backends/rocketchat/SendMessage.h"
#include "backends/rocketchat/SendMessages.h"
#include "demo/DemoWorld.h"

using namespace agentdesk;
using namespace agentdesk::rocketchat;

//! The core's Rocket.Chat clients against the sandbox: what one writes, the other reads back.
class TestSandboxEndToEndRocketChat : public QObject {
    Q_OBJECT

    rocketchat::Server server(const SandboxHarness& sandbox) const {
        return {sandbox.server.url(), agentdesk::demo::RocketChatAccount::userId(),
                agentdesk::demo::RocketChatAccount::authToken()};
    }

    SendMessageRequest reply(const QString& text, const QString& id = {}) {
        SendMessageRequest request;
        request.token = seeded::kVisitorToken;
        request.rid = seeded::kRoom;
        request.msg = text;
        request.id = id;
        return request;
    }

    Result<Message> send(Transport& transport, const QUrl& url, const SendMessageRequest& request) {
        return await<Message>(
            [&](auto done) { sendMessage(transport, url, request, this, std::move(done)); });
    }

private slots:
    void loginRoomsAndHistory() {
        SandboxHarness sandbox;
        Transport transport;
        LoginRequest credentials;
        credentials.user = agentdesk::demo::RocketChatAccount::username();
        credentials.password = agentdesk::demo::RocketChatAccount::password();
        const auto session = await<LoginSession>([&](auto done) {
            login(transport, sandbox.server.url(), credentials, this, std::move(done));
        });
        QVERIFY2(session.ok(), qPrintable(session.error().message()));
        QCOMPARE(session->userId, agentdesk::demo::RocketChatAccount::userId());
        QCOMPARE(session->me.username, agentdesk::demo::RocketChatAccount::username());

        const rocketchat::Server agent{sandbox.server.url(), session->userId, session->authToken};
        const auto page = await<RoomsPage>(
            [&](auto done) { rooms(transport, agent, RoomsRequest{}, this, std::move(done)); });
        QVERIFY2(page.ok(), qPrintable(page.error().message()));
        QCOMPARE(page->total, 3);
        QCOMPARE(page->rooms.size(), 3);
        for (const Room& room : page->rooms) {
            QVERIFY(room.open);
            QCOMPARE(room.servedBy->id, agentdesk::demo::RocketChatAccount::userId());
            QVERIFY(!room.v.token.isEmpty());
            QVERIFY(room.lastMessage.has_value());
        }

        const Room& room = page->rooms.first();
        MessagesHistoryRequest request;
        request.rid = room.id;
        request.token = room.v.token;
        request.limit = 2;
        const auto history = await<MessagesHistory>([&](auto done) {
            messagesHistory(transport, sandbox.server.url(), request, this, std::move(done));
        });
        QVERIFY2(history.ok(), qPrintable(history.error().message()));
        QCOMPARE(history->messages.size(), 2);
        QCOMPARE(history->messages.first().id, room.lastMessage->id);
        QVERIFY(history->messages.first().ts > history->messages.last().ts);
    }

    void aReplyIsReadBackByIdAndInTheHistory() {
        SandboxHarness sandbox;
        Transport transport;
        const auto sent = send(transport, sandbox.server.url(), reply("On its way!", "client-1"));
        QVERIFY2(sent.ok(), qPrintable(sent.error().message()));
        QCOMPARE(sent->id, QStringLiteral("client-1"));

        const auto found = await<Message>([&](auto done) {
            messageById(transport, sandbox.server.url(),
                        {QStringLiteral("client-1"), seeded::kVisitorToken, seeded::kRoom}, this,
                        std::move(done));
        });
        QVERIFY2(found.ok(), qPrintable(found.error().message()));
        QCOMPARE(found->msg, QStringLiteral("On its way!"));

        MessagesHistoryRequest request;
        request.rid = seeded::kRoom;
        request.token = seeded::kVisitorToken;
        const auto history = await<MessagesHistory>([&](auto done) {
            messagesHistory(transport, sandbox.server.url(), request, this, std::move(done));
        });
        QVERIFY(history.ok());
        QCOMPARE(history->messages.first().id, QStringLiteral("client-1"));
    }

    void aLostAnswerIsReconciledByIdNotDuplicated() {
        SandboxHarness sandbox;
        Transport transport;
        Transport::Limits limits;
        limits.inactivityMs = 500;
        transport.setLimits(limits);
        sandbox.setFaults({{"hangAfterReceive", true}});
        const auto lost = send(transport, sandbox.server.url(), reply("Are you there?", "c-42"));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().kind(), ApiError::Kind::TimedOut);
        QVERIFY(lost.error().mayHaveBeenDelivered());

        sandbox.setFaults({{"hangAfterReceive", false}});
        const auto retry = send(transport, sandbox.server.url(), reply("Are you there?", "c-42"));
        QVERIFY(!retry.ok());
        QCOMPARE(retry.error().httpStatus(), 400);
        const auto lookup = await<Message>([&](auto done) {
            messageById(transport, sandbox.server.url(),
                        {QStringLiteral("c-42"), seeded::kVisitorToken, seeded::kRoom}, this,
                        std::move(done));
        });
        QVERIFY2(lookup.ok(), qPrintable(lookup.error().message())); // delivered the first time
        int copies = 0;
        for (const QJsonObject& message : sandbox.world.rocketChat().messages)
            copies += message.value("_id").toString() == QLatin1String("c-42") ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void anUnknownIdIsNotFound() {
        SandboxHarness sandbox;
        Transport transport;
        const auto lookup = await<Message>([&](auto done) {
            messageById(transport, sandbox.server.url(),
                        {QStringLiteral("never-sent"), seeded::kVisitorToken, seeded::kRoom}, this,
                        std::move(done));
        });
        QVERIFY(!lookup.ok());
        QCOMPARE(lookup.error().kind(), ApiError::Kind::NotFound);
    }

    void errorsArriveAsTheirKinds() {
        SandboxHarness sandbox;
        Transport transport;
        SendMessageRequest closed = reply("hello");
        closed.token = seeded::kClosedRoomToken;
        closed.rid = seeded::kClosedRoom;
        const auto refused = send(transport, sandbox.server.url(), closed);
        QCOMPARE(refused.error().kind(), ApiError::Kind::InvalidRequest);
        QCOMPARE(refused.error().serverCode(), QStringLiteral("room-closed"));

        sandbox.setFaults({{"rateLimit", "1/30"}});
        QVERIFY(send(transport, sandbox.server.url(), reply("one")).ok());
        const auto limited = send(transport, sandbox.server.url(), reply("two"));
        QCOMPARE(limited.error().kind(), ApiError::Kind::RateLimited);
        QVERIFY(limited.error().retryAt() > QDateTime::currentDateTimeUtc().addSecs(25));

        sandbox.setFaults({{"rateLimit", QJsonValue::Null}, {"failRate", 1}});
        QCOMPARE(send(transport, sandbox.server.url(), reply("three")).error().kind(),
                 ApiError::Kind::ServerError);

        sandbox.setFaults({{"failRate", 0}});
        const rocketchat::Server stranger{sandbox.server.url(), QStringLiteral("x"),
                                          QStringLiteral("y")};
        const auto denied = await<QList<CannedResponse>>(
            [&](auto done) { cannedResponses(transport, stranger, this, std::move(done)); });
        QCOMPARE(denied.error().kind(), ApiError::Kind::Unauthorized);
    }

    void batchAndCannedResponses() {
        SandboxHarness sandbox;
        Transport transport;
        SendMessagesRequest batch;
        batch.visitorToken = seeded::kVisitorToken;
        batch.messages = {QStringLiteral("earlier one"), QStringLiteral("earlier two")};
        const auto sent = await<SendMessagesResult>([&](auto done) {
            sendMessages(transport, server(sandbox), batch, this, std::move(done));
        });
        QVERIFY2(sent.ok(), qPrintable(sent.error().message()));
        QCOMPARE(sent->messages.size(), 2);
        QCOMPARE(sent->messages.last().msg, QStringLiteral("earlier two"));

        const auto canned = await<QList<CannedResponse>>(
            [&](auto done) { cannedResponses(transport, server(sandbox), this, std::move(done)); });
        QVERIFY2(canned.ok(), qPrintable(canned.error().message()));
        QCOMPARE(canned->size(), 3);
        QCOMPARE(canned->at(1).departmentId, QStringLiteral("xnmXQmytuvxp2TuSC"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxEndToEndRocketChat)
#include "tst_sandbox_endtoend_rocketchat.moc"
