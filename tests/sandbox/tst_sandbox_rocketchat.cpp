#include "RocketChatApi.h"
#include "RocketChatRooms.h"
#include "SandboxHarness.h"

#include <QTest>

using namespace seeded;

class TestSandboxRocketChat : public QObject {
    Q_OBJECT

    static QJsonObject send(const QString& token, const QString& rid, const QString& msg) {
        return {{"token", token}, {"rid", rid}, {"msg", msg}};
    }

    static int countById(sandbox::World& world, const QString& id) {
        int count = 0;
        for (const QJsonObject& message : world.rocketChat().messages)
            count += message.value("_id").toString() == id ? 1 : 0;
        return count;
    }

    static void verifyError(const Answer& answer, int status, const QString& error,
                            const QString& errorType) {
        QCOMPARE(answer.status, status);
        const QJsonObject body = answer.json();
        QCOMPARE(body.value("success"), QJsonValue(false));
        QCOMPARE(body.value("error").toString(), error);
        if (errorType.isEmpty())
            QVERIFY(!body.contains("errorType"));
        else
            QCOMPARE(body.value("errorType").toString(), errorType);
    }

private slots:
    void singleSendNamesTheFirstMissingProperty_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("token") << QJsonObject{{"rid", kRoom}, {"msg", "x"}}
                               << "must have required property 'token' [invalid-params]";
        QTest::newRow("rid") << QJsonObject{{"token", kVisitorToken}, {"msg", "x"}}
                             << "must have required property 'rid' [invalid-params]";
        QTest::newRow("msg") << QJsonObject{{"token", kVisitorToken}, {"rid", kRoom}}
                             << "must have required property 'msg' [invalid-params]";
        QTest::newRow("type") << QJsonObject{{"token", kVisitorToken}, {"rid", kRoom}, {"msg", 5}}
                              << "must be string [invalid-params]";
        QTest::newRow("extra") << QJsonObject{{"token", kVisitorToken},
                                              {"rid", kRoom},
                                              {"msg", "x"},
                                              {"color", "red"}}
                               << "must NOT have additional properties [invalid-params]";
        QTest::newRow("agent") << QJsonObject{{"token", kVisitorToken},
                                              {"rid", kRoom},
                                              {"msg", "x"},
                                              {"agent", QJsonObject{{"agentId", "a"}}}}
                               << "must have required property 'username' [invalid-params]";
    }
    void singleSendNamesTheFirstMissingProperty() {
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        SandboxHarness sandbox;
        const qsizetype before = sandbox.world.rocketChat().messages.size();
        const Answer answer = sandbox.postJson("/api/v1/livechat/message", body);
        verifyError(answer, 400, error, "invalid-params");
        QCOMPARE(sandbox.world.rocketChat().messages.size(), before);
    }

    void singleSendRefusesABodyThatIsNotJson() {
        SandboxHarness sandbox;
        const Answer answer = sandbox.post("/api/v1/livechat/message", "token=x");
        verifyError(answer, 400, "must be object [invalid-params]", "invalid-params");
    }

    void singleSendChecksTokenRoomAndState_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("rid");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown token") << "nobody" << kRoom << "invalid-token";
        QTest::newRow("unknown room") << kVisitorToken << "noSuchRoom"
                                      << "invalid-room";
        QTest::newRow("someone else's room") << kVisitorToken << kOtherRoom << "invalid-room";
        QTest::newRow("closed room") << kClosedRoomToken << kClosedRoom << "room-closed";
    }
    void singleSendChecksTokenRoomAndState() {
        QFETCH(QString, token);
        QFETCH(QString, rid);
        QFETCH(QString, error);
        SandboxHarness sandbox;
        const qsizetype before = sandbox.world.rocketChat().messages.size();
        verifyError(sandbox.postJson("/api/v1/livechat/message", send(token, rid, "hi")), 400,
                    error, error);
        QCOMPARE(sandbox.world.rocketChat().messages.size(), before);
    }

    void singleSendRefusesAnOverlongMessage() {
        SandboxHarness sandbox;
        const QString text(sandbox::RocketChatApi::kMessageCharacterLimit + 1, u'a');
        verifyError(sandbox.postJson("/api/v1/livechat/message", send(kVisitorToken, kRoom, text)),
                    400, "message-length-exceeds-character-limit",
                    "message-length-exceeds-character-limit");
    }

    void singleSendAnswersThePagesShape() {
        SandboxHarness sandbox;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const Answer answer = sandbox.postJson("/api/v1/livechat/message",
                                               send(kVisitorToken, kRoom, "Hello World!"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = answer.json();
        QCOMPARE(body.value("success"), QJsonValue(true));
        const QJsonObject message = body.value("message").toObject();
        QCOMPARE(message.value("rid").toString(), kRoom);
        QCOMPARE(message.value("msg").toString(), QStringLiteral("Hello World!"));
        QCOMPARE(message.value("token").toString(), kVisitorToken);
        QCOMPARE(message.value("alias").toString(), QStringLiteral("Baek"));
        QCOMPARE(message.value("u").toObject().value("username").toString(),
                 QStringLiteral("guest-35"));
        QCOMPARE(message.value("_id").toString().size(), 17);
        const QDateTime ts =
            QDateTime::fromString(message.value("ts").toString(), Qt::ISODateWithMs);
        QVERIFY(ts >= before && ts <= QDateTime::currentDateTimeUtc());
        QVERIFY(message.value("md").isArray());
        QCOMPARE(sandbox::RocketChatRooms(sandbox.world).message(message.value("_id").toString()),
                 message);
    }

    void anExistingIdAnswers400AndInsertsNothing() {
        SandboxHarness sandbox;
        QJsonObject body = send(kVisitorToken, kRoom, "first");
        body.insert("_id", "client-7f3a9c2e-0001");
        QCOMPARE(sandbox.postJson("/api/v1/livechat/message", body).status, 200);
        const qsizetype after = sandbox.world.rocketChat().messages.size();

        body.insert("msg", "second attempt with other text");
        const Answer retry = sandbox.postJson("/api/v1/livechat/message", body);
        QCOMPARE(retry.status, 400);
        QCOMPARE(retry.json().value("success"), QJsonValue(false));
        QVERIFY(retry.json().value("error").toString().contains("client-7f3a9c2e-0001"));
        QCOMPARE(sandbox.world.rocketChat().messages.size(), after);
        QCOMPARE(countById(sandbox.world, "client-7f3a9c2e-0001"), 1);
        QCOMPARE(sandbox::RocketChatRooms(sandbox.world)
                     .message("client-7f3a9c2e-0001")
                     .value("msg")
                     .toString(),
                 QStringLiteral("first"));

        // The retry's failure may mean "already delivered": the lookup by id says so.
        const Answer lookup = sandbox.get("/api/v1/livechat/message/client-7f3a9c2e-0001",
                                          QUrlQuery{{"token", kVisitorToken}, {"rid", kRoom}});
        QCOMPARE(lookup.status, 200);
        QCOMPARE(lookup.json().value("message").toObject().value("msg").toString(),
                 QStringLiteral("first"));
    }

    void livechatMessageIsTheVisitorsEvenWithAnAgent() {
        // `agent` only routes a new room: the message is still written by the visitor
        SandboxHarness sandbox;
        QJsonObject body = send(kVisitorToken, kRoom, "as whom?");
        body.insert("agent", QJsonObject{{"agentId", kAgentId}, {"username", "kim.jane"}});
        const Answer answer = sandbox.postJson("/api/v1/livechat/message", body);
        QCOMPARE(answer.status, 200);
        const QJsonObject message = answer.json().value("message").toObject();
        QCOMPARE(message.value("u").toObject(), (QJsonObject{{"_id", "6523dc0ba2f73c7460e18d4d"},
                                                             {"username", "guest-35"},
                                                             {"name", "Baek"}}));
        QCOMPARE(message.value("token").toString(), kVisitorToken);
    }

    void chatSendMessageWritesAsTheSignedInAgent() {
        SandboxHarness sandbox;
        const QJsonObject body{
            {"message", QJsonObject{{"_id", "kim-1"}, {"rid", kRoom}, {"msg", "Hello, Kim here"}}}};
        QCOMPARE(sandbox.postJson("/api/v1/chat.sendMessage", body).status, 401);
        const Answer answer = sandbox.postJson("/api/v1/chat.sendMessage", body, rcAuth());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value("success"), QJsonValue(true));
        const QJsonObject message = answer.json().value("message").toObject();
        QCOMPARE(message.value("_id").toString(), QStringLiteral("kim-1"));
        QCOMPARE(message.value("u").toObject(),
                 (QJsonObject{{"_id", kAgentId}, {"username", "kim.jane"}, {"name", "Kim Jane"}}));
        QVERIFY(!message.contains("token"));
        QCOMPARE(sandbox::RocketChatRooms(sandbox.world).message("kim-1"), message);
        const QJsonObject room = sandbox.world.rocketChat().rooms.at(
            sandbox::RocketChatRooms(sandbox.world).roomIndex(kRoom));
        QCOMPARE(room.value("waitingResponse"), QJsonValue(false)); // the agent answered

        // the same `_id` again: nothing inserted, a 400 (what a real server's route answers)
        const Answer again = sandbox.postJson("/api/v1/chat.sendMessage", body, rcAuth());
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value("success"), QJsonValue(false));
        QCOMPARE(countById(sandbox.world, "kim-1"), 1);

        // chat.getMessage finds it for the agent; an unknown id is a bare failure
        Answer found =
            sandbox.get("/api/v1/chat.getMessage", QUrlQuery{{"msgId", "kim-1"}}, rcAuth());
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().value("message").toObject(), message);
        found = sandbox.get("/api/v1/chat.getMessage", QUrlQuery{{"msgId", "nope"}}, rcAuth());
        QCOMPARE(found.status, 400);
        QCOMPARE(found.json(), (QJsonObject{{"success", false}}));
        QCOMPARE(sandbox.get("/api/v1/chat.getMessage", QUrlQuery{{"msgId", "kim-1"}}).status, 401);
    }

    void chatSendMessageRefusesWhatARealServerRefuses_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("error");
        const Headers li{{"X-Auth-Token", "demo-rocketchat-li"},
                         {"X-User-Id", kOtherAgentId.toUtf8()}};
        QTest::newRow("not served by this agent")
            << QJsonObject{{"message", QJsonObject{{"rid", kRoom}, {"msg", "hi"}}}} << li
            << "error-not-allowed";
        QTest::newRow("closed room")
            << QJsonObject{{"message", QJsonObject{{"rid", kClosedRoom}, {"msg", "hi"}}}}
            << rcAuth() << "error-not-allowed";
        QTest::newRow("no such room")
            << QJsonObject{{"message", QJsonObject{{"rid", "nope"}, {"msg", "hi"}}}} << rcAuth()
            << "error-invalid-room";
        QTest::newRow("no message") << QJsonObject{{"rid", kRoom}} << rcAuth()
                                    << "must have required property 'message' [invalid-params]";
        QTest::newRow("no rid") << QJsonObject{{"message", QJsonObject{{"msg", "hi"}}}} << rcAuth()
                                << "must have required property 'rid' [invalid-params]";
        QTest::newRow("too long")
            << QJsonObject{{"message", QJsonObject{{"rid", kRoom}, {"msg", QString(5001, 'x')}}}}
            << rcAuth()
            << "Message size exceeds Message_MaxAllowedSize [error-message-size-exceeded]";
    }
    void chatSendMessageRefusesWhatARealServerRefuses() {
        QFETCH(QJsonObject, body);
        QFETCH(Headers, headers);
        QFETCH(QString, error);
        SandboxHarness sandbox;
        const qsizetype before = sandbox.world.rocketChat().messages.size();
        const Answer answer = sandbox.postJson("/api/v1/chat.sendMessage", body, headers);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value("success"), QJsonValue(false));
        QCOMPARE(answer.json().value("error").toString(), error);
        QCOMPARE(sandbox.world.rocketChat().messages.size(), before);
    }

    void meNamesTheSignedInAgent() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.get("/api/v1/me").status, 401);
        const Answer me = sandbox.get("/api/v1/me", {}, rcAuth());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("_id").toString(), kAgentId);
        QCOMPARE(me.json().value("username").toString(), QStringLiteral("kim.jane"));
        QCOMPARE(me.json().value("name").toString(), QStringLiteral("Kim Jane"));
        QCOMPARE(me.json().value("success"), QJsonValue(true));
    }

    void batchNeedsALoggedInAgent_data() {
        QTest::addColumn<Headers>("headers");
        QTest::newRow("none") << Headers{};
        QTest::newRow("token only") << Headers{{"X-Auth-Token", kAgentToken.toUtf8()}};
        QTest::newRow("wrong token")
            << Headers{{"X-Auth-Token", "nope"}, {"X-User-Id", kAgentId.toUtf8()}};
    }
    void batchNeedsALoggedInAgent() {
        QFETCH(Headers, headers);
        SandboxHarness sandbox;
        const Answer answer =
            sandbox.postJson("/api/v1/livechat/messages",
                             QJsonObject{{"visitor", QJsonObject{{"token", kVisitorToken}}},
                                         {"messages", QJsonArray{QJsonObject{{"msg", "x"}}}}},
                             headers);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json(), (QJsonObject{{"status", "error"},
                                             {"message", "You must be logged in to do this."}}));
    }

    void batchValidatesItsBody() {
        SandboxHarness sandbox;
        verifyError(sandbox.postJson("/api/v1/livechat/messages",
                                     QJsonObject{{"messages", QJsonArray()}}, rcAuth()),
                    400, "must have required property 'visitor' [invalid-params]",
                    "invalid-params");
        verifyError(sandbox.postJson("/api/v1/livechat/messages",
                                     QJsonObject{{"visitor", QJsonObject{{"token", kVisitorToken}}},
                                                 {"messages", QJsonArray{QJsonObject()}}},
                                     rcAuth()),
                    400, "must have required property 'msg' [invalid-params]", "invalid-params");
    }

    void batchWritesIntoTheVisitorsOpenRoomWithServerIds() {
        SandboxHarness sandbox;
        const Answer answer =
            sandbox.postJson("/api/v1/livechat/messages",
                             QJsonObject{{"visitor", QJsonObject{{"token", kVisitorToken}}},
                                         {"messages", QJsonArray{QJsonObject{{"msg", "test"}},
                                                                 QJsonObject{{"msg", "hello"}}}}},
                             rcAuth());
        QCOMPARE(answer.status, 200);
        const QJsonArray sent = answer.json().value("messages").toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).toObject().value("username").toString(), QStringLiteral("guest-35"));
        QCOMPARE(sent.at(1).toObject().value("msg").toString(), QStringLiteral("hello"));
        const auto& messages = sandbox.world.rocketChat().messages;
        QCOMPARE(messages.at(messages.size() - 2).value("msg").toString(), QStringLiteral("test"));
        QCOMPARE(messages.last().value("rid").toString(), kRoom);
        QVERIFY(messages.last().value("_id").toString() !=
                messages.at(messages.size() - 2).value("_id").toString());
    }

    void theDuplicateCheckFollowsAReplacedWorld() {
        // The `_id` check is an index, not a scan: it must see a world loaded from a file.
        SandboxHarness sandbox;
        QJsonObject body = send(kVisitorToken, kRoom, "before the reload");
        body.insert("_id", "client-reload-0001");
        QCOMPARE(sandbox.postJson("/api/v1/livechat/message", body).status, 200);
        const QJsonObject withIt = sandbox.world.toJson();
        sandbox::World fresh(7);
        sandbox::seedDemoWorld(fresh);
        QString error;
        QVERIFY2(sandbox.world.fromJson(fresh.toJson(), &error), qPrintable(error));
        QVERIFY(sandbox::RocketChatRooms(sandbox.world).message("client-reload-0001").isEmpty());
        QCOMPARE(sandbox.postJson("/api/v1/livechat/message", body).status, 200);
        QCOMPARE(countById(sandbox.world, "client-reload-0001"), 1);

        QVERIFY2(sandbox.world.fromJson(withIt, &error), qPrintable(error));
        QCOMPARE(sandbox.postJson("/api/v1/livechat/message", body).status, 400);
        QCOMPARE(sandbox::RocketChatRooms(sandbox.world)
                     .message("client-reload-0001")
                     .value("msg")
                     .toString(),
                 QStringLiteral("before the reload"));
    }

    void aBatchLeavesTheRoomAsSendingOneByOneWould() {
        SandboxHarness batched;
        SandboxHarness single;
        const QStringList texts{"first", "second", "third"};
        QJsonArray messages;
        for (const QString& text : texts)
            messages.append(QJsonObject{{"msg", text}});
        QCOMPARE(batched
                     .postJson("/api/v1/livechat/messages",
                               QJsonObject{{"visitor", QJsonObject{{"token", kVisitorToken}}},
                                           {"messages", messages}},
                               rcAuth())
                     .status,
                 200);
        for (const QString& text : texts) {
            QCOMPARE(
                single
                    .postJson("/api/v1/livechat/messages",
                              QJsonObject{{"visitor", QJsonObject{{"token", kVisitorToken}}},
                                          {"messages", QJsonArray{QJsonObject{{"msg", text}}}}},
                              rcAuth())
                    .status,
                200);
        }
        const auto roomOf = [](sandbox::World& world) {
            return world.rocketChat().rooms.at(sandbox::RocketChatRooms(world).roomIndex(kRoom));
        };
        const QJsonObject a = roomOf(batched.world);
        const QJsonObject b = roomOf(single.world);
        QCOMPARE(a.value("msgs"), b.value("msgs"));
        QCOMPARE(a.value("lastMessage").toObject().value("msg").toString(),
                 QStringLiteral("third"));
        QCOMPARE(b.value("lastMessage").toObject().value("msg").toString(),
                 QStringLiteral("third"));
        QCOMPARE(a.value("lm"), a.value("lastMessage").toObject().value("ts"));
        QCOMPARE(a.value("_updatedAt"), a.value("lastMessage").toObject().value("_updatedAt"));
        QCOMPARE(a.value("waitingResponse"), QJsonValue(true));
        QCOMPARE(a.value("lastMessage").toObject().keys(),
                 b.value("lastMessage").toObject().keys());
        // Each message of the batch has its own id and a time a millisecond after the previous.
        const auto& stored = batched.world.rocketChat().messages;
        for (qsizetype i = stored.size() - 3; i < stored.size(); ++i) {
            const QJsonObject message = stored.at(i);
            QCOMPARE(
                sandbox::RocketChatRooms(batched.world).message(message.value("_id").toString()),
                message);
        }
        QCOMPARE(QDateTime::fromString(stored.at(stored.size() - 3).value("ts").toString(),
                                       Qt::ISODateWithMs)
                     .msecsTo(QDateTime::fromString(stored.last().value("ts").toString(),
                                                    Qt::ISODateWithMs)),
                 2);
    }

    void batchForANewVisitorOpensARoom() {
        SandboxHarness sandbox;
        const qsizetype rooms = sandbox.world.rocketChat().rooms.size();
        const Answer answer =
            sandbox.postJson("/api/v1/livechat/messages",
                             QJsonObject{{"visitor", QJsonObject{{"token", "brand-new-visitor"}}},
                                         {"messages", QJsonArray{QJsonObject{{"msg", "hi"}}}}},
                             rcAuth());
        QCOMPARE(answer.status, 200);
        QCOMPARE(sandbox.world.rocketChat().rooms.size(), rooms + 1);
        const QJsonObject room = sandbox.world.rocketChat().rooms.last();
        QCOMPARE(room.value("v").toObject().value("token").toString(),
                 QStringLiteral("brand-new-visitor"));
        QCOMPARE(room.value("servedBy").toObject().value("_id").toString(), kAgentId);
    }

    void historyIsNewestFirstAndPagesByEnd() {
        SandboxHarness sandbox;
        const QUrlQuery query{{"token", kVisitorToken}, {"limit", "3"}};
        const Answer first = sandbox.get("/api/v1/livechat/messages.history/" + kRoom, query);
        QCOMPARE(first.status, 200);
        const QJsonArray page = first.json().value("messages").toArray();
        QCOMPARE(page.size(), 3);
        QCOMPARE(first.json().value("success"), QJsonValue(true));
        QCOMPARE(page.at(0).toObject().value("msg").toString(),
                 QStringLiteral("Thanks, that fixed it! When will my order ship?"));
        QVERIFY(page.at(0).toObject().value("ts").toString() >
                page.at(1).toObject().value("ts").toString());

        QUrlQuery older = query;
        older.addQueryItem("end", page.at(2).toObject().value("ts").toString());
        const QJsonArray next = sandbox.get("/api/v1/livechat/messages.history/" + kRoom, older)
                                    .json()
                                    .value("messages")
                                    .toArray();
        QCOMPARE(next.size(), 3); // two more lines and the livechat-started message
        QCOMPARE(next.last().toObject().value("t").toString(), QStringLiteral("livechat-started"));
        QVERIFY(next.first().toObject().value("ts").toString() <
                page.at(2).toObject().value("ts").toString());

        QUrlQuery skipped = query;
        skipped.addQueryItem("offset", "1");
        QCOMPARE(sandbox.get("/api/v1/livechat/messages.history/" + kRoom, skipped)
                     .json()
                     .value("messages")
                     .toArray()
                     .first(),
                 page.at(1));
    }

    void historyRefusesMissingOrWrongToken() {
        SandboxHarness sandbox;
        verifyError(sandbox.get("/api/v1/livechat/messages.history/" + kRoom), 400,
                    "must have required property 'token' [invalid-params]", "invalid-params");
        verifyError(sandbox.get("/api/v1/livechat/messages.history/" + kRoom,
                                QUrlQuery{{"token", "nobody"}}),
                    400, "invalid-token", "invalid-token");
        verifyError(sandbox.get("/api/v1/livechat/messages.history/" + kOtherRoom,
                                QUrlQuery{{"token", kVisitorToken}}),
                    400, "invalid-room", "invalid-room");
        verifyError(sandbox.get("/api/v1/livechat/messages.history/" + kRoom,
                                QUrlQuery{{"token", kVisitorToken}, {"limit", "lots"}}),
                    400, "limit and offset must be non-negative integers [invalid-params]",
                    "invalid-params");
    }

    void messageByIdAnswersInvalidMessageWhenAbsent() {
        SandboxHarness sandbox;
        verifyError(sandbox.get("/api/v1/livechat/message/nope",
                                QUrlQuery{{"token", kVisitorToken}, {"rid", kRoom}}),
                    400, "invalid-message", {});
        verifyError(
            sandbox.get("/api/v1/livechat/message/nope", QUrlQuery{{"token", kVisitorToken}}), 400,
            "must have required property 'rid' [invalid-params]", "invalid-params");
        // A message of another room is not found through this room.
        const QString other = sandbox.world.rocketChat().messages.first().value("_id").toString();
        QVERIFY(sandbox.world.rocketChat().messages.first().value("rid").toString() == kRoom);
        const QJsonObject found = sandbox
                                      .get("/api/v1/livechat/message/" + other,
                                           QUrlQuery{{"token", kVisitorToken}, {"rid", kRoom}})
                                      .json();
        QCOMPARE(found.value("message").toObject().value("_id").toString(), other);
    }

    void roomsFilterByAgentAndStateAndPage() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.get("/api/v1/livechat/rooms").status, 401);
        QUrlQuery query{{"agents[]", kAgentId}, {"open", "true"}};
        const QJsonObject open = sandbox.get("/api/v1/livechat/rooms", query, rcAuth()).json();
        QCOMPARE(open.value("success"), QJsonValue(true));
        QCOMPARE(open.value("total").toInt(), 3);
        QCOMPARE(open.value("count").toInt(), 3);
        for (const QJsonValue& room : open.value("rooms").toArray()) {
            QCOMPARE(room.toObject().value("servedBy").toObject().value("_id").toString(),
                     kAgentId);
            QCOMPARE(room.toObject().value("open"), QJsonValue(true));
            QVERIFY(!room.toObject().value("v").toObject().value("token").toString().isEmpty());
        }
        query.addQueryItem("offset", "2");
        query.addQueryItem("count", "5");
        const QJsonObject page = sandbox.get("/api/v1/livechat/rooms", query, rcAuth()).json();
        QCOMPARE(page.value("count").toInt(), 1);
        QCOMPARE(page.value("offset").toInt(), 2);
        QCOMPARE(page.value("total").toInt(), 3);

        const QJsonObject closed =
            sandbox
                .get("/api/v1/livechat/rooms", QUrlQuery{{"agents[]", kAgentId}, {"open", "false"}},
                     rcAuth())
                .json();
        QCOMPARE(closed.value("total").toInt(), 1);
        const QJsonObject room = closed.value("rooms").toArray().first().toObject();
        QCOMPARE(room.value("_id").toString(), kClosedRoom);
        QVERIFY(!room.contains("open")); // Rocket.Chat drops `open` when a room closes
        const QJsonObject other =
            sandbox.get("/api/v1/livechat/rooms", QUrlQuery{{"agents[]", kOtherAgentId}}, rcAuth())
                .json();
        QCOMPARE(other.value("total").toInt(), 1);
    }

    void loginWithPasswordOrResumeToken() {
        SandboxHarness sandbox;
        const Answer ok = sandbox.postJson("/api/v1/login",
                                           QJsonObject{{"user", "kim.jane"}, {"password", "demo"}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("status").toString(), QStringLiteral("success"));
        const QJsonObject data = ok.json().value("data").toObject();
        QCOMPARE(data.value("userId").toString(), kAgentId);
        QCOMPARE(data.value("authToken").toString(), kAgentToken);
        QCOMPARE(data.value("me").toObject().value("username").toString(),
                 QStringLiteral("kim.jane"));
        QCOMPARE(sandbox.postJson("/api/v1/login", QJsonObject{{"resume", kAgentToken}})
                     .json()
                     .value("data")
                     .toObject()
                     .value("userId")
                     .toString(),
                 kAgentId);
        const Answer bad = sandbox.postJson(
            "/api/v1/login", QJsonObject{{"user", "kim.jane"}, {"password", "nope"}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json(),
                 (QJsonObject{
                     {"status", "error"}, {"error", "Unauthorized"}, {"message", "Unauthorized"}}));
    }

    void cannedResponsesNeedAuth() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.get("/api/v1/canned-responses.get").status, 401);
        const QJsonObject body = sandbox.get("/api/v1/canned-responses.get", {}, rcAuth()).json();
        QCOMPARE(body.value("success"), QJsonValue(true));
        const QJsonArray responses = body.value("responses").toArray();
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.first().toObject().value("shortcut").toString(),
                 QStringLiteral("hello"));
    }

    void unknownEndpointIs404() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.get("/api/v1/nothing.here").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRocketChat)
#include "tst_sandbox_rocketchat.moc"
