#include "EndToEnd.h"
#include "RocketChatRooms.h"
#include "SandboxHarness.h"
#include "accounts/Credentials.h"
#include "backends/rocketchat/AgentReplyById.h"
#include "backends/rocketchat/SendAgentReply.h"
#include "outbox/Outbox.h"
#include "store/History.h"
#include "sync/InboxSync.h"

#include "backends/rocketchat/CannedResponses.h"
#include "backends/rocketchat/ListRooms.h"
#include "backends/rocketchat/Login.h"
#include "backends/rocketchat/RoomHistory.h"
#include "backends/rocketchat/SendVisitorMessage.h"
#include "backends/rocketchat/SendVisitorMessages.h"
#include "backends/rocketchat/VisitorMessageById.h"
#include "demo/DemoWorld.h"
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace agentdesk;
using namespace agentdesk::rocketchat;

//! The core's Rocket.Chat clients against the sandbox: what one writes, the other reads back.
class TestSandboxEndToEndRocketChat : public QObject {
    Q_OBJECT

    using Message = rocketchat::Message; // the server's; the desk's is agentdesk::Message

    rocketchat::Server server(const SandboxHarness& sandbox) const {
        return {sandbox.server.url(), agentdesk::demo::RocketChatAccount::userId(),
                agentdesk::demo::RocketChatAccount::authToken()};
    }

    SendVisitorMessageRequest reply(const QString& text, const QString& id = {}) {
        SendVisitorMessageRequest request;
        request.token = seeded::kVisitorToken;
        request.rid = seeded::kRoom;
        request.msg = text;
        request.id = id;
        return request;
    }

    Result<Message> send(Transport& transport, const QUrl& url,
                         const SendVisitorMessageRequest& request) {
        return await<Message>(
            [&](auto done) { sendVisitorMessage(transport, url, request, this, std::move(done)); });
    }

    //! A desk of its own: history, outbox and sync, signed in as the sandbox's agent.
    struct Desk {
        QTemporaryDir dir;
        History history;
        Transport transport;
        MemoryCredentials credentials;
        Outbox outbox{&history, &transport, &credentials};
        InboxSync sync{&history, &transport, &credentials};
        Account account;

        explicit Desk(const QUrl& server) {
            if (history.open(dir.filePath(QStringLiteral("history.sqlite"))).status !=
                History::OpenStatus::Ok)
                qFatal("cannot open the history");
            account.backend = Backend::RocketChat;
            account.serverUrl = server;
            account.displayName = QStringLiteral("Demo");
            account.userId = agentdesk::demo::RocketChatAccount::userId();
            account.username = agentdesk::demo::RocketChatAccount::username();
            account.agentName = agentdesk::demo::RocketChatAccount::name();
            account = *history.addAccount(account);
            credentials.setSecret(account.id, agentdesk::demo::RocketChatAccount::authToken());
        }

        //! One sync round; the conversation of the seeded room afterwards.
        std::optional<Conversation> pull() {
            QSignalSpy finished(&sync, &InboxSync::pollFinished);
            sync.pollSoon();
            if (!finished.wait(10'000))
                return std::nullopt;
            return history.conversationByRemoteId(account.id, seeded::kRoom);
        }

        std::optional<agentdesk::Message> byText(qint64 conversationId, const QString& text) const {
            for (const agentdesk::Message& m :
                 history.messagesBefore(conversationId, std::nullopt, 500)) {
                if (m.text == text)
                    return m;
            }
            return std::nullopt;
        }
    };

    static QJsonObject onServer(sandbox::World& world, const QString& id) {
        for (const QJsonObject& message : world.rocketChat().messages) {
            if (message.value("_id").toString() == id)
                return message;
        }
        return {};
    }

private slots:
    void aDeskReplyIsTheAgentsAndACliSendIsTheVisitors() {
        SandboxHarness sandbox;
        Desk desk(sandbox.server.url());
        const auto room = desk.pull();
        QVERIFY(room);

        // the agent's reply, and a message on the visitor's behalf as `agentdesk-cli send` queues
        // it
        const auto reply = desk.outbox.queueMessage(room->id, QStringLiteral("Hi Baek, Kim here."));
        const auto relayed = desk.outbox.queueMessage(
            room->id, QStringLiteral("(relayed) my order is 4711"), Outbox::BatchKind::AsVisitor);
        QVERIFY(reply && relayed);
        QVERIFY(!reply->asVisitor);
        QVERIFY(relayed->asVisitor);
        desk.outbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(desk.history.message(relayed->id)->state, DeliveryState::Sent,
                                  5000);
        QCOMPARE(desk.history.message(reply->id)->state, DeliveryState::Sent);

        // on the server: the reply is the agent's (chat.sendMessage), the other the visitor's
        const QJsonObject asAgent = onServer(sandbox.world, reply->clientId);
        QCOMPARE(asAgent.value("u").toObject().value("_id").toString(), seeded::kAgentId);
        QCOMPARE(asAgent.value("u").toObject().value("username").toString(),
                 agentdesk::demo::RocketChatAccount::username());
        QCOMPARE(asAgent.value("u").toObject().value("name").toString(),
                 agentdesk::demo::RocketChatAccount::name());
        QVERIFY(!asAgent.contains("token"));
        const QJsonObject asVisitor = onServer(sandbox.world, relayed->clientId);
        QCOMPARE(asVisitor.value("u").toObject().value("username").toString(),
                 QStringLiteral("guest-35"));
        QCOMPARE(asVisitor.value("token").toString(), seeded::kVisitorToken);

        // another agent writes in the room too (a colleague in Rocket.Chat's own client)
        sandbox::RocketChatRooms rooms(sandbox.world);
        const QJsonObject colleague = sandbox.world.rocketChat().users.at(1);
        rooms.postAsAgent(seeded::kRoom, colleague, QStringLiteral("Li here, I can help too."),
                          sandbox::World::now());

        // a second desk reads the history: who wrote what, as the server says
        Desk other(sandbox.server.url());
        const auto read = other.pull();
        QVERIFY(read);
        const auto ours = other.byText(read->id, QStringLiteral("Hi Baek, Kim here."));
        QVERIFY(ours);
        QCOMPARE(ours->direction, Direction::Outgoing);
        QCOMPARE(ours->author, agentdesk::demo::RocketChatAccount::username());
        const auto visitors = other.byText(read->id, QStringLiteral("(relayed) my order is 4711"));
        QVERIFY(visitors);
        QCOMPARE(visitors->direction, Direction::Incoming);
        QCOMPARE(visitors->author, QStringLiteral("Baek"));
        const auto colleagues = other.byText(read->id, QStringLiteral("Li here, I can help too."));
        QVERIFY(colleagues);
        QCOMPARE(colleagues->direction, Direction::Outgoing);
        QCOMPARE(colleagues->author, colleague.value("name").toString());
        QVERIFY(colleagues->author != ours->author);

        // and the first desk keeps its own copies, matched by their ids, not added twice
        QVERIFY(desk.pull());
        int copies = 0;
        for (const agentdesk::Message& m : desk.history.messagesBefore(room->id, std::nullopt, 500))
            copies += m.text == QStringLiteral("Hi Baek, Kim here.") ? 1 : 0;
        QCOMPARE(copies, 1);
        QCOMPARE(desk.history.message(relayed->id)->asVisitor, true);
    }

    void chatSendMessageIsTheAgentsAndRefusesWhatARealServerRefuses() {
        SandboxHarness sandbox;
        Transport transport;
        const rocketchat::Server agent = server(sandbox);
        auto sendAsAgent = [&](const rocketchat::Server& as, const QString& rid,
                               const QString& id) {
            return await<Message>([&](auto done) {
                sendAgentReply(transport, as, {rid, QStringLiteral("Hello from Kim"), id}, this,
                               std::move(done));
            });
        };
        const auto sent = sendAsAgent(agent, seeded::kRoom, QStringLiteral("kim-0001"));
        QVERIFY2(sent.ok(), qPrintable(sent.error().message()));
        QCOMPARE(sent->id, QStringLiteral("kim-0001"));
        QCOMPARE(sent->u.id, seeded::kAgentId);
        QVERIFY(sent->token.isEmpty());

        // the same `_id` again: a 400, nothing inserted; chat.getMessage finds the first
        const auto again = sendAsAgent(agent, seeded::kRoom, QStringLiteral("kim-0001"));
        QCOMPARE(again.error().kind(), ApiError::Kind::InvalidRequest);
        QCOMPARE(again.error().httpStatus(), 400);
        int copies = 0;
        for (const QJsonObject& m : sandbox.world.rocketChat().messages)
            copies += m.value("_id").toString() == QLatin1String("kim-0001") ? 1 : 0;
        QCOMPARE(copies, 1);
        const auto found = await<Message>([&](auto done) {
            agentReplyById(transport, agent, {QStringLiteral("kim-0001")}, this, std::move(done));
        });
        QVERIFY2(found.ok(), qPrintable(found.error().message()));
        QCOMPARE(found->u.id, seeded::kAgentId);
        const auto missing = await<Message>([&](auto done) {
            agentReplyById(transport, agent, {QStringLiteral("never-sent")}, this, std::move(done));
        });
        QCOMPARE(missing.error().kind(), ApiError::Kind::NotFound);

        // a closed room, a room served by another agent, no room: error-not-allowed / -invalid-room
        for (const auto& [rid, error] : {std::pair{seeded::kClosedRoom, "error-not-allowed"},
                                         {QStringLiteral("nope"), "error-invalid-room"}}) {
            const auto refused = sendAsAgent(agent, rid, {});
            QCOMPARE(refused.error().kind(), ApiError::Kind::InvalidRequest);
            QCOMPARE(refused.error().serverMessage(), QString::fromLatin1(error));
        }
        const rocketchat::Server li{sandbox.server.url(), seeded::kOtherAgentId,
                                    QStringLiteral("demo-rocketchat-li")};
        const auto notServed = sendAsAgent(li, seeded::kRoom, {});
        QCOMPARE(notServed.error().serverMessage(), QStringLiteral("error-not-allowed"));
        const auto wrongToken =
            sendAsAgent({sandbox.server.url(), seeded::kAgentId, "x"}, seeded::kRoom, {});
        QCOMPARE(wrongToken.error().kind(), ApiError::Kind::Unauthorized);
    }

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
        const auto page = await<RoomsPage>([&](auto done) {
            listRooms(transport, agent, ListRoomsRequest{}, this, std::move(done));
        });
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
        RoomHistoryRequest request;
        request.rid = room.id;
        request.token = room.v.token;
        request.limit = 2;
        const auto history = await<RoomHistory>([&](auto done) {
            roomHistory(transport, sandbox.server.url(), request, this, std::move(done));
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
            visitorMessageById(transport, sandbox.server.url(),
                               {QStringLiteral("client-1"), seeded::kVisitorToken, seeded::kRoom},
                               this, std::move(done));
        });
        QVERIFY2(found.ok(), qPrintable(found.error().message()));
        QCOMPARE(found->msg, QStringLiteral("On its way!"));

        RoomHistoryRequest request;
        request.rid = seeded::kRoom;
        request.token = seeded::kVisitorToken;
        const auto history = await<RoomHistory>([&](auto done) {
            roomHistory(transport, sandbox.server.url(), request, this, std::move(done));
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
            visitorMessageById(transport, sandbox.server.url(),
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
            visitorMessageById(transport, sandbox.server.url(),
                               {QStringLiteral("never-sent"), seeded::kVisitorToken, seeded::kRoom},
                               this, std::move(done));
        });
        QVERIFY(!lookup.ok());
        QCOMPARE(lookup.error().kind(), ApiError::Kind::NotFound);
    }

    void errorsArriveAsTheirKinds() {
        SandboxHarness sandbox;
        Transport transport;
        SendVisitorMessageRequest closed = reply("hello");
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
        SendVisitorMessagesRequest batch;
        batch.visitorToken = seeded::kVisitorToken;
        batch.messages = {QStringLiteral("earlier one"), QStringLiteral("earlier two")};
        const auto sent = await<SendVisitorMessagesResult>([&](auto done) {
            sendVisitorMessages(transport, server(sandbox), batch, this, std::move(done));
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
