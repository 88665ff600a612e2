#include "OutboxDesk.h"

#include "backends/rocketchat/SendVisitorMessage.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>

using namespace agentdesk;

namespace {

//! A send held by the server until the test lets it answer.
struct HeldSend {
    RecordedRequest request;
    std::unique_ptr<QHttpServerResponder> responder;
};

QString bodyField(const RecordedRequest& request, const char* field) {
    const QJsonObject body = request.json().object();
    const QJsonObject message = // chat.sendMessage wraps the message; livechat/message does not
        body.contains(QLatin1String("message")) ? body.value(QLatin1String("message")).toObject()
                                                : body;
    return message.value(QLatin1String(field)).toString();
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

    std::vector<HeldSend> m_held;

    //! Makes the server hold every single send until release().
    void holdSends(FakeRocketChat& server) {
        server.setSendHook([this](const RecordedRequest& request, QHttpServerResponder& r, bool&) {
            m_held.push_back({request, std::make_unique<QHttpServerResponder>(std::move(r))});
            return false;
        });
    }

    //! Answers the held send for `rid` (200, as the server would) and forgets it.
    bool release(const QString& rid) {
        for (auto it = m_held.begin(); it != m_held.end(); ++it) {
            if (bodyField(it->request, "rid") != rid)
                continue;
            TestServer::respond(*it->responder, 200,
                                FakeRocketChat::messageJson(bodyField(it->request, "_id"), rid,
                                                            bodyField(it->request, "msg"),
                                                            bodyField(it->request, "token")));
            m_held.erase(it);
            return true;
        }
        return false;
    }

    int heldFor(const QString& rid) const {
        return static_cast<int>(std::count_if(m_held.begin(), m_held.end(), [&](const HeldSend& h) {
            return bodyField(h.request, "rid") == rid;
        }));
    }

private slots:
    void cleanup() { m_held.clear(); }

    void aReplyIsOnDiskBeforeAnyByteLeaves() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        const auto queued = desk.outbox->queueMessage(desk.room1.id, QStringLiteral("Hello!"));
        QVERIFY2(queued, qPrintable(desk.outbox->lastError()));
        QCOMPARE(queued->state, DeliveryState::Queued);
        QVERIFY(!QUuid::fromString(queued->clientId).isNull());
        QVERIFY(!queued->clientId.contains(u'{'));
        QCOMPARE(desk.reread(*queued).clientId, queued->clientId);
        QCOMPARE(desk.state(queued->id), DeliveryState::Queued);
        QCOMPARE(desk.history.pendingMessages().size(), 1);

        // At the moment the request arrives the history already says Sending, attempt 1.
        std::optional<Message> seenByServer;
        server.setSendHook([&](const RecordedRequest&, QHttpServerResponder&, bool&) {
            seenByServer = desk.history.messageByClientId(queued->clientId);
            return true;
        });
        QCoreApplication::processEvents();
        QVERIFY(server.requests().isEmpty()); // not started: nothing leaves
        QSignalSpy idle(desk.outbox.get(), &Outbox::idle);
        desk.outbox->start();
        QTRY_COMPARE(desk.state(queued->id), DeliveryState::Sent);
        QVERIFY(seenByServer);
        QCOMPARE(seenByServer->state, DeliveryState::Sending);
        QCOMPARE(seenByServer->attempts, 1);

        QCOMPARE(server.requests().size(), 1);
        // the agent's reply goes out as the agent: chat.sendMessage with the agent's credentials
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.path, QString::fromLatin1(FakeRocketChat::kSendPath));
        QCOMPARE(got.header("x-user-id"), QByteArray("agent-1"));
        QCOMPARE(got.header("x-auth-token"), QByteArray("auth-token-1"));
        const QJsonObject body = got.json().object();
        QCOMPARE(body, (QJsonObject{{"message", QJsonObject{{"_id", queued->clientId},
                                                            {"rid", "room-1"},
                                                            {"msg", "Hello!"}}}}));
        const Message sent = desk.reread(*queued);
        QCOMPARE(sent.remoteId, queued->clientId);
        QVERIFY(sent.sentAt.isValid());
        QVERIFY(sent.lastError.isEmpty());
        QTRY_VERIFY(!idle.isEmpty());
        QVERIFY(desk.outbox->isIdle());
        QVERIFY(desk.history.pendingMessages().isEmpty());
    }

    void aReplyThatLeavesAtOnceIsQueuedAsSending() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        desk.outbox->start();
        std::optional<Message> seenByServer;
        server.setSendHook([&](const RecordedRequest& request, QHttpServerResponder&, bool&) {
            seenByServer = desk.history.messageByClientId(bodyField(request, "_id"));
            return true;
        });
        // One write records it and its first attempt: it is on disk before any byte leaves.
        const auto queued = desk.outbox->queueMessage(desk.room1.id, QStringLiteral("at once"));
        QVERIFY2(queued, qPrintable(desk.outbox->lastError()));
        QCOMPARE(queued->state, DeliveryState::Sending);
        QCOMPARE(queued->attempts, 1);
        QCOMPARE(desk.reread(*queued).state, DeliveryState::Sending);
        QCOMPARE(desk.history.pendingMessages().size(), 1);
        QTRY_COMPARE(desk.state(queued->id), DeliveryState::Sent);
        QVERIFY(seenByServer);
        QCOMPARE(seenByServer->state, DeliveryState::Sending);
        QCOMPARE(seenByServer->attempts, 1);
        QCOMPARE(server.requestsTo(FakeRocketChat::kSendPath).size(), 1);
        QCOMPARE(desk.reread(*queued).attempts, 1);

        // The next one waits for the first; it is queued, not sending.
        server.setSendHook({});
        const auto first = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("first"));
        const auto second = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("second"));
        QCOMPARE(first.state, DeliveryState::Sending);
        QCOMPARE(second.state, DeliveryState::Queued);
        QCOMPARE(second.attempts, 0);
        QTRY_COMPARE(desk.state(second.id), DeliveryState::Sent);
        QCOMPARE(server.textsIn(QStringLiteral("room-2")),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    }

    void aSentMarkLostToAPowerCutIsReconciledNotResent() {
        // The Sent mark is written without waiting for the disk (a crash of the process keeps
        // it, a power cut may not). Losing it leaves what the last synced write said: Sending,
        // attempt 1. The next run looks the reply up by its id instead of posting it again.
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        desk.outbox->start();
        const auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("once"));
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Sent);
        QCOMPARE(desk.reread(message).remoteId, message.clientId);
        QTRY_VERIFY(desk.outbox->isIdle());
        // Only that write was relaxed: everything else is synchronous=FULL again.
        QCOMPARE(desk.history.pragma(QStringLiteral("synchronous")).toInt(), 2);

        desk.outbox.reset();
        Message lost = desk.reread(message);
        lost.state = DeliveryState::Sending;
        lost.remoteId.clear();
        lost.sentAt = {};
        QVERIFY(desk.history.updateMessage(lost));
        server.clearRequests();
        desk.outbox = desk.makeOutbox();
        QSignalSpy idle(desk.outbox.get(), &Outbox::idle);
        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Sent);
        QTRY_VERIFY(!idle.isEmpty());
        QVERIFY(server.requestsTo(FakeRocketChat::kSendPath).isEmpty());
        QCOMPARE(server.lookupsOf(message.clientId), 1);
        QCOMPARE(server.storedIds(), QStringList{message.clientId});
        QCOMPARE(server.duplicatesRefused(), 0);
        QCOMPARE(desk.reread(message).remoteId, message.clientId);
    }

    void aSendingMarkLostToAPowerCutCannotDuplicateAReply() {
        // A reply's Sending mark does not wait for the disk either: Rocket.Chat refuses a second
        // copy of its `_id`. Losing it leaves the reply Queued, attempt 0, although it reached
        // the server; it may even be edited then. Sent again, the server says it has it, the
        // lookup finds it, and the history keeps the words the visitor read.
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        const auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("first"));
        QVERIFY(postDirectly(server, message, desk.room1)); // as the process did before the cut
        server.clearRequests();
        QVERIFY(desk.outbox->edit(message.id, QStringLiteral("second"))); // nothing says it left
        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Sent);
        QCOMPARE(server.storedIds(), QStringList{message.clientId});
        QCOMPARE(server.storedText(message.clientId), QStringLiteral("first"));
        QCOMPARE(server.duplicatesRefused(), 1);
        QCOMPARE(server.lookupsOf(message.clientId), 1);
        const Message kept = desk.reread(message);
        QCOMPARE(kept.text, QStringLiteral("first"));
        QCOMPARE(kept.remoteId, message.clientId);
        QCOMPARE(desk.history.conversation(desk.room1.id)->lastMessagePreview,
                 QStringLiteral("first"));
    }

    void aReplyRemovedBeforeItLeavesIsNotSent() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        const auto first = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("first"));
        const auto second = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("second"));
        const auto other = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("other"));
        desk.outbox->start(); // the first requests wait for their Sending marks to be written
        QVERIFY(desk.history.removeMessage(first.id)); // e.g. its conversation was cleaned up
        QTRY_COMPARE(desk.state(second.id), DeliveryState::Sent);
        QTRY_COMPARE(desk.state(other.id), DeliveryState::Sent);
        QCOMPARE(server.textsIn(QStringLiteral("room-1")), QStringList{QStringLiteral("second")});
        QVERIFY(!server.storedIds().contains(first.clientId));
        QTRY_VERIFY(desk.outbox->isIdle());
    }

    void refusesWhatCannotBeQueued() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        QVERIFY(!desk.outbox->queueMessage(desk.room1.id, QStringLiteral("   ")));
        QVERIFY(!desk.outbox->lastError().isEmpty());
        QVERIFY(!desk.outbox->queueMessage(987654, QStringLiteral("to nowhere")));
        QVERIFY(desk.outbox->lastError().contains(QStringLiteral("987654")));
        QVERIFY(desk.outbox->queueBatch(desk.room1.id, {}).isEmpty());
        QVERIFY(desk.outbox->queueBatch(desk.room1.id, {QStringLiteral("a"), QString()}).isEmpty());
        QCOMPARE(desk.history.messageCount(desk.room1.id), 0);
    }

    void oneInFlightPerConversationInTheOrderTyped() {
        FakeRocketChat server;
        holdSends(server);
        OutboxDesk desk(server.url());
        QStringList typed;
        QList<Message> queued;
        for (int i = 1; i <= 4; ++i) {
            typed.append(QStringLiteral("part %1").arg(i));
            queued.append(*desk.outbox->queueMessage(desk.room1.id, typed.last()));
        }
        desk.outbox->start();
        QStringList arrived;
        for (int i = 0; i < typed.size(); ++i) {
            QTRY_COMPARE(heldFor(QStringLiteral("room-1")), 1);
            arrived.append(bodyField(m_held.front().request, "msg"));
            // The next one waits for this answer: give it every chance to overtake.
            QTest::qWait(50);
            QCOMPARE(heldFor(QStringLiteral("room-1")), 1);
            QVERIFY(release(QStringLiteral("room-1")));
            QTRY_COMPARE(desk.state(queued.at(i).id), DeliveryState::Sent);
        }
        QCOMPARE(arrived, typed);
        QCOMPARE(server.requests().size(), typed.size());
    }

    void conversationsSendInParallel() {
        FakeRocketChat server;
        holdSends(server);
        OutboxDesk desk(server.url());
        const auto a1 = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("a1"));
        const auto a2 = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("a2"));
        const auto b1 = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("b1"));
        desk.outbox->start();
        // Both rooms have a request open at the same time although room 1 is not answered.
        QTRY_COMPARE(heldFor(QStringLiteral("room-1")), 1);
        QTRY_COMPARE(heldFor(QStringLiteral("room-2")), 1);
        QVERIFY(release(QStringLiteral("room-2")));
        QTRY_COMPARE(desk.state(b1.id), DeliveryState::Sent);
        QCOMPARE(desk.state(a1.id), DeliveryState::Sending);
        QCOMPARE(desk.state(a2.id), DeliveryState::Queued);
        QVERIFY(!desk.outbox->isIdle());
        QVERIFY(release(QStringLiteral("room-1")));
        QTRY_COMPARE(heldFor(QStringLiteral("room-1")), 1);
        QVERIFY(release(QStringLiteral("room-1")));
        QTRY_COMPARE(desk.state(a2.id), DeliveryState::Sent);
        QVERIFY(desk.outbox->isIdle());
    }

    void permanentFailureStopsTheQueue_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("400 room-closed")
            << 400
            << QByteArray(R"({"success":false,"error":"room-closed","errorType":"room-closed"})")
            << QStringLiteral("room-closed");
        QTest::newRow("401") << 401
                             << QByteArray(
                                    R"({"status":"error","message":"You must be logged in"})")
                             << QStringLiteral("You must be logged in");
        QTest::newRow("403") << 403 << QByteArray(R"({"success":false,"error":"unauthorized"})")
                             << QStringLiteral("unauthorized");
        QTest::newRow("404") << 404 << QByteArray(R"({"success":false,"error":"no-such-room"})")
                             << QStringLiteral("no-such-room");
    }

    void permanentFailureStopsTheQueue() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        FakeRocketChat server;
        bool refuse = true;
        server.setSendHook([&](const RecordedRequest&, QHttpServerResponder& r, bool&) {
            if (!refuse)
                return true;
            TestServer::respond(r, status, body);
            return false;
        });
        OutboxDesk desk(server.url());
        const auto first = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("first"));
        const auto second = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("second"));
        const auto other = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("other room"));
        QSignalSpy idle(desk.outbox.get(), &Outbox::idle);
        desk.outbox->start();
        QTRY_COMPARE(desk.state(first.id), DeliveryState::Failed);
        QTRY_VERIFY(!idle.isEmpty()); // nothing deliverable is left: the agent must decide
        const Message failed = desk.reread(first);
        QVERIFY2(failed.lastError.contains(reason), qPrintable(failed.lastError));
        QVERIFY(!failed.nextAttemptAt.isValid());
        QCOMPARE(desk.state(second.id), DeliveryState::Queued);
        QCOMPARE(desk.state(other.id), DeliveryState::Failed); // the server refuses it too
        QCOMPARE(server.requestsTo(FakeRocketChat::kSendPath).size(), 2); // "second" never left
        QCOMPARE(desk.history.failedMessages().size(), 2);

        refuse = false;
        desk.outbox->retry(first.id);
        QTRY_COMPARE(desk.state(second.id), DeliveryState::Sent);
        QCOMPARE(desk.state(first.id), DeliveryState::Sent);
        QCOMPARE(desk.state(other.id), DeliveryState::Failed); // its own queue is still stopped
        QCOMPARE(server.textsIn(QStringLiteral("room-1")),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QVERIFY(desk.reread(first).lastError.isEmpty());
    }

    void editAndDiscardAFailedReply() {
        FakeRocketChat server;
        bool refuse = true;
        server.setSendHook([&](const RecordedRequest&, QHttpServerResponder& r, bool&) {
            if (!refuse)
                return true;
            TestServer::respond(r, 400,
                                R"({"success":false,"error":"The message is too long",)"
                                R"("errorType":"message-length-exceeds-character-limit"})");
            return false;
        });
        OutboxDesk desk(server.url());
        const auto tooLong = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("long"));
        const auto after = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("after"));
        const auto doomed = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("doomed"));
        const auto behind = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("behind"));
        desk.outbox->start();
        QTRY_COMPARE(desk.state(tooLong.id), DeliveryState::Failed);
        QTRY_COMPARE(desk.state(doomed.id), DeliveryState::Failed);
        QVERIFY(desk.reread(tooLong).lastError.contains(QStringLiteral("too long")));
        refuse = false;

        QVERIFY(!desk.outbox->edit(tooLong.id, QStringLiteral("  ")));
        QVERIFY(desk.outbox->edit(tooLong.id, QStringLiteral("short")));
        QTRY_COMPARE(desk.state(after.id), DeliveryState::Sent);
        const Message edited = desk.reread(tooLong);
        QCOMPARE(edited.state, DeliveryState::Sent);
        QCOMPARE(edited.text, QStringLiteral("short"));
        QCOMPARE(edited.clientId, tooLong.clientId); // same id across the edit
        QCOMPARE(server.storedText(tooLong.clientId), QStringLiteral("short"));

        QVERIFY(desk.outbox->discard(doomed.id));
        QVERIFY(!desk.history.message(doomed.id));
        QTRY_COMPARE(desk.state(behind.id), DeliveryState::Sent);
        QCOMPARE(server.textsIn(QStringLiteral("room-2")), QStringList{QStringLiteral("behind")});
        QVERIFY(!desk.outbox->discard(behind.id)); // delivered: nothing left to discard
        QVERIFY(desk.history.failedMessages().isEmpty());
    }

    void aReplyWithoutASignInIsRefusedNotSentAsTheVisitor() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        desk.credentials.removeSecret(desk.account.id);
        const auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("hi"));
        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Failed);
        const QString reason = desk.reread(message).lastError;
        QVERIFY2(reason.contains(QStringLiteral("Not signed in")) &&
                     reason.contains(QStringLiteral("Sign in")),
                 qPrintable(reason));
        QVERIFY(server.requests().isEmpty()); // never through the visitor's livechat/message
    }

    void missingVisitorTokenFailsWithAReason() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        Conversation broken = desk.room1;
        broken.id = 0;
        broken.remoteId = QStringLiteral("room-9");
        broken.visitorToken.clear();
        const auto stored = desk.history.upsertConversation(broken);
        QVERIFY(stored);
        // written on the visitor's behalf, it needs the visitor's token
        const auto message = *desk.outbox->queueMessage(stored->id, QStringLiteral("hi"),
                                                        Outbox::BatchKind::AsVisitor);
        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Failed);
        QVERIFY(desk.reread(message).lastError.contains(QStringLiteral("visitor token")));
        QVERIFY(server.requests().isEmpty());
    }

    void resumesWhatWasQueuedAfterARestart() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        QList<Message> queued;
        for (const char* text : {"one", "two", "three"})
            queued.append(*desk.outbox->queueMessage(desk.room1.id, QString::fromLatin1(text)));
        queued.append(*desk.outbox->queueMessage(desk.room2.id, QStringLiteral("four")));
        desk.outbox.reset(); // the process ends before it started sending
        QVERIFY(server.requests().isEmpty());

        desk.outbox = desk.makeOutbox();
        QSignalSpy idle(desk.outbox.get(), &Outbox::idle);
        desk.outbox->start();
        QTRY_VERIFY(!idle.isEmpty());
        for (const Message& message : queued)
            QCOMPARE(desk.state(message.id), DeliveryState::Sent);
        QCOMPARE(
            server.textsIn(QStringLiteral("room-1")),
            (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
        QCOMPARE(server.storedIds().size(), 4);
    }

    void resumesAnInFlightReplyByLookingItUpFirst() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        // Two replies were in flight when the process died: the server got the first only.
        auto arrived = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("arrived"));
        auto lost = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("lost"));
        for (Message* message : {&arrived, &lost}) {
            message->state = DeliveryState::Sending;
            message->attempts = 1;
            QVERIFY(desk.history.updateMessage(*message));
        }
        desk.outbox = desk.makeOutbox();
        // Put "arrived" on the server as the dead process did.
        QVERIFY(postDirectly(server, arrived, desk.room1));
        server.clearRequests();

        desk.outbox->start();
        QTRY_COMPARE(desk.state(arrived.id), DeliveryState::Sent);
        QTRY_COMPARE(desk.state(lost.id), DeliveryState::Sent);
        // "arrived" was only looked up, never posted again; "lost" was looked up, then posted.
        QCOMPARE(server.requestsTo(FakeRocketChat::kSendPath).size(), 1);
        QCOMPARE(bodyField(server.requestsTo(FakeRocketChat::kSendPath).first(), "_id"),
                 lost.clientId);
        QCOMPARE(server.lookupsOf(arrived.clientId), 1);
        QCOMPARE(server.storedIds().size(), 2);
        QCOMPARE(server.duplicatesRefused(), 0);
        QCOMPARE(desk.reread(arrived).remoteId, arrived.clientId);
    }

    void flushReportsWhatIsLeft() {
        FakeRocketChat server;
        server.setSendHook([](const RecordedRequest& request, QHttpServerResponder& r, bool&) {
            if (bodyField(request, "rid") != QStringLiteral("room-2"))
                return true;
            TestServer::respond(r, 503, R"({"success":false,"error":"maintenance"})");
            return false;
        });
        OutboxDesk desk(server.url());
        Backoff::Policy slow;
        slow.base = std::chrono::minutes(5);
        desk.outbox->setRetryPolicy(slow, 3);
        const auto good = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("good"));
        const auto stuck = *desk.outbox->queueMessage(desk.room2.id, QStringLiteral("stuck"));
        QSignalSpy flushed(desk.outbox.get(), &Outbox::flushed);
        desk.outbox->flush();
        QVERIFY(flushed.wait(5000));
        QCOMPARE(flushed.size(), 1);
        QVERIFY(!desk.outbox->isFlushing());
        QCOMPARE(desk.state(good.id), DeliveryState::Sent);
        const QList<Message> left = desk.history.pendingMessages();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, stuck.id);
        QVERIFY(left.first().lastError.contains(QStringLiteral("maintenance")));
        QVERIFY(left.first().nextAttemptAt.isValid());

        // A second flush tries again now despite the wait, and settles again.
        desk.outbox->flush();
        QVERIFY(flushed.wait(5000));
        QCOMPARE(server.requestsTo(FakeRocketChat::kSendPath).size(), 3);

        // Nothing queued: settles at once, but never before the caller can listen.
        OutboxDesk empty(server.url());
        QSignalSpy emptyFlushed(empty.outbox.get(), &Outbox::flushed);
        empty.outbox->flush();
        QCOMPARE(emptyFlushed.size(), 0);
        QVERIFY(emptyFlushed.wait(1000));
    }

private:
    //! Sends `message` to the fake as the dead process did, bypassing the outbox.
    static bool postDirectly(FakeRocketChat& server, const Message& message,
                             const Conversation& room) {
        Transport transport;
        bool done = false;
        bool ok = false;
        rocketchat::SendVisitorMessageRequest request;
        request.token = room.visitorToken;
        request.rid = room.remoteId;
        request.msg = message.text;
        request.id = message.clientId;
        QObject context;
        rocketchat::sendVisitorMessage(transport, server.url(), request, &context,
                                       [&](Result<rocketchat::Message> result) {
                                           ok = result.ok();
                                           done = true;
                                       });
        return QTest::qWaitFor([&] { return done; }, 5000) && ok;
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
