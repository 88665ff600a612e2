#include "RocketChatRealtimeApi.h"
#include "RocketChatRooms.h"
#include "SandboxHarness.h"
#include "backends/rocketchat/realtime/DdpMessage.h"
#include "backends/rocketchat/realtime/RocketChatRealtime.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace agentdesk;
using namespace seeded;

//! The core's realtime client against the sandbox's websocket, and the sandbox's DDP shapes
//! through a bare QWebSocket.
class TestRealtime : public QObject {
    Q_OBJECT

    static RocketChatRealtime::Timing fast() {
        RocketChatRealtime::Timing timing;
        timing.reconnect.base = std::chrono::milliseconds(50);
        timing.reconnect.cap = std::chrono::milliseconds(200);
        return timing;
    }

    static QJsonObject visitorMessage(const QString& text, const QString& id) {
        return {{"token", kVisitorToken}, {"rid", kRoom}, {"msg", text}, {"_id", id}};
    }

    //! A bare DDP line to the sandbox: sends frames, collects the answers.
    struct Line {
        QWebSocket socket;
        QList<QJsonObject> frames;
        explicit Line(const QUrl& url) {
            QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                             [this](const QString& text) {
                                 frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                             });
            socket.open(url);
        }
        void send(const QByteArray& frame) { socket.sendTextMessage(QString::fromUtf8(frame)); }
        //! The next frame with this `msg` (waits for it); empty when none came.
        QJsonObject next(const QString& msg) {
            QJsonObject found;
            const bool came = QTest::qWaitFor(
                [&] {
                    for (qsizetype i = 0; i < frames.size(); ++i) {
                        if (frames.at(i).value("msg").toString() == msg) {
                            found = frames.takeAt(i);
                            return true;
                        }
                    }
                    return false;
                },
                5000);
            return came ? found : QJsonObject();
        }
    };

    QUrl wsUrl(SandboxHarness& sandbox) {
        return RocketChatRealtime::websocketUrl(sandbox.server.url());
    }

private slots:
    void urlsFollowTheTransportRules() {
        QCOMPARE(RocketChatRealtime::websocketUrl(QUrl("https://chat.example.com/rc/")),
                 QUrl("wss://chat.example.com/rc/websocket"));
        QCOMPARE(RocketChatRealtime::websocketUrl(QUrl("http://127.0.0.1:3000")),
                 QUrl("ws://127.0.0.1:3000/websocket"));
        QVERIFY(RocketChatRealtime::isAllowedUrl(QUrl("wss://chat.example.com/websocket")));
        QVERIFY(RocketChatRealtime::isAllowedUrl(QUrl("ws://127.0.0.1:3000/websocket")));
        QVERIFY(RocketChatRealtime::isAllowedUrl(QUrl("ws://localhost:3000/websocket")));
        QVERIFY(!RocketChatRealtime::isAllowedUrl(QUrl("ws://chat.example.com/websocket")));

        // Plain http to a remote server: no line is opened, and it says why.
        RocketChatRealtime realtime({QUrl("http://chat.example.com"), kAgentId, kAgentToken});
        QSignalSpy down(&realtime, &RocketChatRealtime::down);
        realtime.start();
        QCOMPARE(down.size(), 1);
        QVERIFY(down.first().first().toString().contains("unencrypted"));
        QVERIFY(!realtime.isLive());
    }

    void pushesAVisitorMessageAtOnce() {
        SandboxHarness sandbox;
        RocketChatRealtime realtime({sandbox.server.url(), kAgentId, kAgentToken});
        QSignalSpy live(&realtime, &RocketChatRealtime::live);
        QList<rocketchat::Message> received;
        connect(&realtime, &RocketChatRealtime::messageReceived, this,
                [&received](const rocketchat::Message& message) { received.append(message); });
        realtime.start();
        QVERIFY(live.wait(5000));
        QVERIFY(realtime.isLive());

        const Answer sent = sandbox.postJson("/api/v1/livechat/message",
                                             visitorMessage("Is anyone there?", "rt-visitor-1"));
        QCOMPARE(sent.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const rocketchat::Message message = received.first();
        QCOMPARE(message.id, QStringLiteral("rt-visitor-1"));
        QCOMPARE(message.rid, kRoom);
        QCOMPARE(message.msg, QStringLiteral("Is anyone there?"));
        QCOMPARE(message.token, kVisitorToken);
    }

    void aRefusedSignInIsNotLive() {
        SandboxHarness sandbox;
        RocketChatRealtime realtime({sandbox.server.url(), kAgentId, "stolen-token"});
        QSignalSpy down(&realtime, &RocketChatRealtime::down);
        QSignalSpy live(&realtime, &RocketChatRealtime::live);
        realtime.start();
        QVERIFY(down.wait(5000));
        QVERIFY2(down.first().first().toString().contains("logged out by the server"),
                 qPrintable(down.first().first().toString()));
        QCOMPARE(live.size(), 0);
        QCOMPARE(realtime.state(), RocketChatRealtime::State::WaitingToReconnect);
    }

    void reconnectsAndSignsInAgainAfterADrop() {
        SandboxHarness sandbox;
        RocketChatRealtime realtime({sandbox.server.url(), kAgentId, kAgentToken});
        realtime.setTiming(fast());
        QSignalSpy live(&realtime, &RocketChatRealtime::live);
        QSignalSpy down(&realtime, &RocketChatRealtime::down);
        realtime.start();
        QVERIFY(live.wait(5000));

        sandbox.setFaults({{"refuseWebSocket", true}}); // drops the line and refuses new ones
        QVERIFY(down.wait(5000));
        QVERIFY(!realtime.isLive());
        QTest::qWait(300);
        QVERIFY(!realtime.isLive());
        QVERIFY(down.size() >= 2); // kept trying, kept being refused

        sandbox.setFaults({{"refuseWebSocket", false}});
        QTRY_VERIFY_WITH_TIMEOUT(realtime.isLive(), 5000);
        QCOMPARE(live.size(), 2); // live() again: the owner reads what it missed
    }

    void pingsKeepAQuietLineUp() {
        SandboxHarness sandbox;
        RocketChatRealtime realtime({sandbox.server.url(), kAgentId, kAgentToken});
        RocketChatRealtime::Timing timing = fast();
        timing.heartbeatMs = 100;
        timing.silenceMs = 400;
        realtime.setTiming(timing);
        QSignalSpy live(&realtime, &RocketChatRealtime::live);
        QSignalSpy down(&realtime, &RocketChatRealtime::down);
        realtime.start();
        QVERIFY(live.wait(5000));
        // The client's pings are answered: the line stays up well past the silence limit.
        QTest::qWait(1000);
        QCOMPARE(down.size(), 0);
        QVERIFY(realtime.isLive());
    }

    void aLineThatGoesSilentIsDroppedAndReopened() {
        // A peer that signs in and subscribes, then never says anything again (not even pong):
        // a half-open connection behind a proxy looks like this.
        QWebSocketServer peer(QStringLiteral("silent"), QWebSocketServer::NonSecureMode);
        QVERIFY(peer.listen(QHostAddress::LocalHost));
        int connections = 0;
        std::vector<std::unique_ptr<QWebSocket>> lines;
        connect(&peer, &QWebSocketServer::newConnection, this, [&] {
            ++connections;
            lines.emplace_back(peer.nextPendingConnection());
            QWebSocket* line = lines.back().get();
            connect(line, &QWebSocket::textMessageReceived, line, [line](const QString& text) {
                const auto frame = ddp::parseFrame(text.toUtf8());
                QJsonObject answer;
                if (frame->msg == "connect")
                    answer = {{"msg", "connected"}, {"session", "s"}};
                else if (frame->msg == "method")
                    answer = {{"msg", "result"}, {"id", frame->id}, {"result", QJsonObject()}};
                else if (frame->msg == "sub")
                    answer = {{"msg", "ready"}, {"subs", QJsonArray{frame->id}}};
                else
                    return; // pings go unanswered
                line->sendTextMessage(
                    QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
            });
        });
        RocketChatRealtime realtime(
            {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(peer.serverPort())), kAgentId,
             kAgentToken});
        RocketChatRealtime::Timing timing = fast();
        timing.heartbeatMs = 100;
        timing.silenceMs = 400;
        realtime.setTiming(timing);
        QSignalSpy live(&realtime, &RocketChatRealtime::live);
        QSignalSpy down(&realtime, &RocketChatRealtime::down);
        realtime.start();
        QVERIFY(live.wait(5000));
        QVERIFY(down.wait(5000));
        QVERIFY2(down.first().first().toString().contains("silent"),
                 qPrintable(down.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(live.size() >= 2, 5000); // reopened and signed in again
        QVERIFY(connections >= 2);
    }

    void sandboxSpeaksDdp() {
        SandboxHarness sandbox;
        Line line(wsUrl(sandbox));
        QCOMPARE(line.next(QString()).value("server_id").toString(), QStringLiteral("0"));
        line.send(ddp::subFrame("early", "stream-room-messages", {"__my_messages__", false}));
        QCOMPARE(line.next("error").value("reason").toString(),
                 QStringLiteral("Must connect first"));
        line.send(ddp::connectFrame());
        QVERIFY(!line.next("connected").value("session").toString().isEmpty());
        line.send(ddp::pingFrame("p1"));
        QCOMPARE(line.next("pong").value("id").toString(), QStringLiteral("p1"));

        // Not signed in: no subscription.
        line.send(ddp::subFrame("s0", "stream-room-messages", {"__my_messages__", false}));
        QJsonObject nosub = line.next("nosub");
        QCOMPARE(nosub.value("id").toString(), QStringLiteral("s0"));
        QCOMPARE(nosub.value("error").toObject().value("error").toString(),
                 QStringLiteral("not-allowed"));

        line.send(ddp::methodFrame("1", "login", {QJsonObject{{"resume", "wrong"}}}));
        QJsonObject result = line.next("result");
        QCOMPARE(result.value("error").toObject().value("error").toInt(), 403);
        line.send(ddp::methodFrame("2", "login", {QJsonObject{{"resume", kAgentToken}}}));
        result = line.next("result");
        QCOMPARE(result.value("id").toString(), QStringLiteral("2"));
        QCOMPARE(result.value("result").toObject().value("id").toString(), kAgentId);
        QCOMPARE(line.next("updated").value("methods").toArray(), QJsonArray{"2"});
        line.send(ddp::methodFrame("3", "nope", {}));
        QCOMPARE(line.next("result").value("error").toObject().value("error").toInt(), 404);

        // Both parameter shapes servers accept; someone else's user stream is refused.
        line.send(ddp::subFrame("s1", "stream-room-messages", {"__my_messages__", false}));
        QCOMPARE(line.next("ready").value("subs").toArray(), QJsonArray{"s1"});
        line.send(ddp::subFrame("s2", "stream-notify-user",
                                {kAgentId + "/rooms-changed",
                                 QJsonObject{{"useCollection", false}, {"args", QJsonArray()}}}));
        QCOMPARE(line.next("ready").value("subs").toArray(), QJsonArray{"s2"});
        line.send(
            ddp::subFrame("s3", "stream-notify-user", {kOtherAgentId + "/rooms-changed", false}));
        QCOMPARE(line.next("nosub").value("id").toString(), QStringLiteral("s3"));
        line.send(ddp::subFrame("s4", "stream-nothing", {"x", false}));
        QCOMPARE(line.next("nosub").value("error").toObject().value("error").toInt(), 404);

        // A visitor writes: the agent serving the room gets it as `changed`.
        QCOMPARE(
            sandbox.postJson("/api/v1/livechat/message", visitorMessage("hello", "ddp-1")).status,
            200);
        QJsonObject changed = line.next("changed");
        QCOMPARE(changed.value("collection").toString(), QStringLiteral("stream-room-messages"));
        const QJsonObject fields = changed.value("fields").toObject();
        QCOMPARE(fields.value("eventName").toString(), QStringLiteral("__my_messages__"));
        QCOMPARE(fields.value("args").toArray().first().toObject().value("_id").toString(),
                 QStringLiteral("ddp-1"));

        // Closing the room is told on the user stream.
        sandbox::RocketChatRooms(sandbox.world).closeRoom(kRoom);
        changed = line.next("changed");
        QCOMPARE(changed.value("collection").toString(), QStringLiteral("stream-notify-user"));
        QCOMPARE(changed.value("fields").toObject().value("eventName").toString(),
                 kAgentId + "/rooms-changed");
        const QJsonArray args = changed.value("fields").toObject().value("args").toArray();
        QCOMPARE(args.at(0).toString(), QStringLiteral("updated"));
        QCOMPARE(args.at(1).toObject().value("_id").toString(), kRoom);
        QVERIFY(!args.at(1).toObject().contains("open"));

        line.send(ddp::unsubFrame("s1"));
        QCOMPARE(line.next("nosub").value("id").toString(), QStringLiteral("s1"));
        line.send("not json");
        QCOMPARE(line.next("error").value("reason").toString(), QStringLiteral("Bad request"));
    }
};

QTEST_GUILESS_MAIN(TestRealtime)
#include "tst_realtime.moc"
