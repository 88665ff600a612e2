#include "OutboxDesk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace agentdesk;
using namespace std::chrono_literals;

namespace {

QString bodyField(const RecordedRequest& request, const char* field) {
    const QJsonObject body = request.json().object();
    const QJsonObject message = // chat.sendMessage wraps the message; livechat/message does not
        body.contains(QLatin1String("message")) ? body.value(QLatin1String("message")).toObject()
                                                : body;
    return message.value(QLatin1String(field)).toString();
}

int postsWithId(const FakeRocketChat& server, const QString& id) {
    int count = 0;
    for (const RecordedRequest& request : server.requestsTo(FakeRocketChat::kSendPath))
        count += bodyField(request, "_id") == id ? 1 : 0;
    return count;
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-21T12:00:00Z"), Qt::ISODate);

} // namespace

class TestOutboxFailures : public QObject {
    Q_OBJECT

private slots:
    void aBatchOfFiveWhoseThirdRequestFails_data() {
        QTest::addColumn<QString>("failure");
        QTest::newRow("500") << QStringLiteral("500");
        QTest::newRow("500 after storing") << QStringLiteral("500 stored");
        QTest::newRow("connection reset") << QStringLiteral("reset");
    }

    void aBatchOfFiveWhoseThirdRequestFails() {
        QFETCH(QString, failure);
        FakeRocketChat server;
        bool failing = true;
        server.setSendHook(
            [&](const RecordedRequest& request, QHttpServerResponder& r, bool& store) {
                if (bodyField(request, "msg") != QStringLiteral("three") || !failing)
                    return true;
                if (failure == QStringLiteral("reset")) {
                    r.socket()->abort();
                    return false;
                }
                store = failure.endsWith(QStringLiteral("stored"));
                TestServer::respond(r, 500, R"({"success":false,"error":"Internal server error"})");
                return false;
            });
        OutboxDesk desk(server.url());
        Backoff::Policy slow;
        slow.base = 1h;
        slow.cap = 2h;
        desk.outbox->setRetryPolicy(slow, 11);

        const QStringList parts{"one", "two", "three", "four", "five"};
        const QList<Message> queued = desk.outbox->queueBatch(desk.room1.id, parts);
        QCOMPARE(queued.size(), 5);
        desk.outbox->start();
        QTRY_VERIFY(!desk.reread(queued.at(2)).lastError.isEmpty());
        const QDateTime failedAt = QDateTime::currentDateTimeUtc();

        QCOMPARE(desk.state(queued.at(0).id), DeliveryState::Sent);
        QCOMPARE(desk.state(queued.at(1).id), DeliveryState::Sent);
        const int postsOfThird = postsWithId(server, queued.at(2).clientId);
        QVERIFY(postsOfThird >= 1); // Qt itself may repeat a request whose connection was reset
        if (postsOfThird > 1)
            qInfo("the transport sent the failing request %d times", postsOfThird);
        QCOMPARE(server.requestsTo(FakeRocketChat::kSendPath).size(), 2 + postsOfThird);
        const QList<Message> left = desk.history.pendingMessages();
        QCOMPARE(left.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(left.at(i).id, queued.at(i + 2).id);
            QCOMPARE(left.at(i).state, DeliveryState::Queued);
            QCOMPARE(left.at(i).clientId, queued.at(i + 2).clientId);
        }
        const Message third = left.first();
        QCOMPARE(third.attempts, 1);
        QVERIFY(third.nextAttemptAt >= failedAt.addSecs(30 * 60 - 5));
        QVERIFY(third.nextAttemptAt <= failedAt.addSecs(60 * 60));
        QCOMPARE(left.at(1).attempts, 0);
        QCOMPARE(left.at(2).attempts, 0);

        // The agent (or the next try) sends the rest; the first two never go out again.
        failing = false;
        desk.outbox->retry(third.id);
        QTRY_COMPARE(desk.state(queued.at(4).id), DeliveryState::Sent);
        QCOMPARE(server.textsIn(QStringLiteral("room-1")), parts);
        QCOMPARE(postsWithId(server, queued.at(0).clientId), 1);
        QCOMPARE(postsWithId(server, queued.at(1).clientId), 1);
        // The third was looked up before it was sent again; when the server had it, it was not.
        QCOMPARE(server.lookupsOf(third.clientId), 1);
        QCOMPARE(postsWithId(server, third.clientId),
                 postsOfThird + (failure.endsWith(u"stored") ? 0 : 1));
        QCOMPARE(server.duplicatesRefused(), 0);
        QVERIFY(desk.history.pendingMessages().isEmpty());
    }

    void rateLimitedWaitsAsTheServerSays_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected"); // invalid: the jittered backoff
        QTest::newRow("Retry-After: 7")
            << QByteArray("Retry-After") << QByteArray("7") << kNow.addSecs(7);
        QTest::newRow("HTTP date")
            << QByteArray("Retry-After") << QByteArray("Sat, 21 Nov 2026 12:01:30 GMT")
            << kNow.addSecs(90);
        QTest::newRow("garbage") << QByteArray("Retry-After") << QByteArray("soon-ish, maybe")
                                 << QDateTime();
        QTest::newRow("huge") << QByteArray("Retry-After") << QByteArray("999999999")
                              << kNow.addSecs(15 * 60);
        QTest::newRow("huge date")
            << QByteArray("Retry-After") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT")
            << kNow.addSecs(15 * 60);
        QTest::newRow("X-RateLimit-Reset")
            << QByteArray("X-RateLimit-Reset")
            << QByteArray::number(kNow.addSecs(40).toMSecsSinceEpoch()) << kNow.addSecs(40);
    }

    void rateLimitedWaitsAsTheServerSays() {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        FakeRocketChat server;
        server.setSendHook([&](const RecordedRequest&, QHttpServerResponder& r, bool&) {
            TestServer::respond(r, 429, TestServer::fixture("rocketchat-429.json"),
                                {{header, value}});
            return false;
        });
        OutboxDesk desk(server.url());
        const Clock fixed = [] { return kNow; };
        desk.transport.setClock(fixed);
        desk.outbox->setClock(fixed);
        Backoff::Policy policy;
        policy.base = 10s;
        policy.cap = 15min;
        policy.jitter = 0.5;
        constexpr quint32 seed = 5;
        desk.outbox->setRetryPolicy(policy, seed);
        if (!expected.isValid()) {
            Backoff same(policy, seed); // the outbox's first draw
            expected = kNow.addMSecs(same.delay(1).count());
            QVERIFY(expected >= kNow.addSecs(5) && expected <= kNow.addSecs(10));
        }

        const auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("hi"));
        QSignalSpy changes(desk.outbox.get(), &Outbox::deliveryChanged);
        desk.outbox->start();
        QTRY_VERIFY(!desk.reread(message).lastError.isEmpty());
        const Message waiting = desk.reread(message);
        QCOMPARE(waiting.state, DeliveryState::Queued);
        QCOMPARE(waiting.nextAttemptAt, expected);
        QVERIFY2(
            waiting.lastError.contains(QStringLiteral("too many requests"), Qt::CaseInsensitive),
            qPrintable(waiting.lastError));
        const Message announced = changes.last().first().value<Message>();
        QCOMPARE(announced.nextAttemptAt, expected);
        QCOMPARE(announced.lastError, waiting.lastError);
        QCOMPARE(server.requests().size(), 1); // nothing more before that time
    }

    void transientFailuresRetryByThemselves() {
        FakeRocketChat server;
        int sends = 0;
        server.setSendHook([&](const RecordedRequest&, QHttpServerResponder& r, bool&) {
            if (++sends > 2)
                return true;
            TestServer::respond(r, 503, R"({"success":false,"error":"Service Unavailable"})");
            return false;
        });
        OutboxDesk desk(server.url());
        const auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("again"));
        QList<Message> seen;
        connect(desk.outbox.get(), &Outbox::deliveryChanged, this,
                [&](const Message& m) { seen.append(m); });
        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Sent);
        QCOMPARE(desk.reread(message).attempts, 3);
        QCOMPARE(server.storedIds(), QStringList{message.clientId});
        const auto retrying = std::find_if(seen.begin(), seen.end(), [](const Message& m) {
            return m.state == DeliveryState::Queued && m.nextAttemptAt.isValid();
        });
        QVERIFY(retrying != seen.end());
        QVERIFY(retrying->lastError.contains(QStringLiteral("Service Unavailable")));
        QVERIFY(desk.reread(message).lastError.isEmpty());
    }

    void aRetryAnswering400IsLookedUpBeforeItFails() {
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("was it sent?"));
        // The first attempt reached the server; its answer was lost.
        message.state = DeliveryState::Queued;
        message.attempts = 1;
        QVERIFY(desk.history.updateMessage(message));
        desk.outbox = desk.makeOutbox();
        // The server has it, but its first lookup does not see it yet (replication lag).
        QVERIFY(storeOnServer(server, message, desk.room1));
        server.clearRequests();
        server.setMissLookups(1);

        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Sent);
        QCOMPARE(server.duplicatesRefused(), 1);
        QCOMPARE(server.storedIds(), QStringList{message.clientId});
        QCOMPARE(server.lookupsOf(message.clientId), 2);
        QCOMPARE(desk.reread(message).attempts, 2);
    }

    void aFirstAttemptAnswering400ForOurOwnIdIsLookedUp() {
        // Qt repeats a POST whose kept-alive connection was reset before any answer; the repeat
        // meets our own `_id` on the server. Here the server already has it on the first try.
        FakeRocketChat server;
        OutboxDesk desk(server.url());
        const auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("twice?"));
        QVERIFY(storeOnServer(server, message, desk.room1));
        server.clearRequests();
        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Sent);
        QCOMPARE(desk.reread(message).attempts, 1);
        QCOMPARE(server.duplicatesRefused(), 1);
        QCOMPARE(server.storedIds(), QStringList{message.clientId});
        QCOMPARE(desk.reread(message).remoteId, message.clientId);
    }

    void aResetAfterTheServerStoredItEndsSentOnce() {
        FakeRocketChat server;
        bool resetNext = true;
        server.setSendHook([&](const RecordedRequest&, QHttpServerResponder& r, bool& store) {
            if (!resetNext)
                return true;
            resetNext = false;
            store = true; // processed, then the connection dies before the answer
            r.socket()->abort();
            return false;
        });
        OutboxDesk desk(server.url());
        // Warm the connection up first, so Qt considers repeating the reset request.
        const auto warm = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("warm"));
        resetNext = false;
        desk.outbox->start();
        QTRY_COMPARE(desk.state(warm.id), DeliveryState::Sent);
        resetNext = true;
        const auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("reset"));
        QTRY_VERIFY(desk.state(message.id) == DeliveryState::Sent ||
                    desk.state(message.id) == DeliveryState::Failed);
        QVERIFY2(desk.state(message.id) == DeliveryState::Sent,
                 qPrintable(desk.reread(message).lastError));
        QCOMPARE(server.storedIds(), (QStringList{warm.clientId, message.clientId}));
    }

    void aRetryAnswering400ThatIsNotThereFails() {
        FakeRocketChat server;
        server.setSendHook([](const RecordedRequest&, QHttpServerResponder& r, bool&) {
            TestServer::respond(
                r, 400, R"({"success":false,"error":"room-closed","errorType":"room-closed"})");
            return false;
        });
        OutboxDesk desk(server.url());
        auto message = *desk.outbox->queueMessage(desk.room1.id, QStringLiteral("closed"));
        message.attempts = 1;
        QVERIFY(desk.history.updateMessage(message));
        desk.outbox = desk.makeOutbox();
        desk.outbox->start();
        QTRY_COMPARE(desk.state(message.id), DeliveryState::Failed);
        QVERIFY(desk.reread(message).lastError.contains(QStringLiteral("room-closed")));
        QCOMPARE(server.lookupsOf(message.clientId), 2);
    }

    void anImportGoesOutAsOneBatch() {
        FakeRocketChat server;
        QList<RecordedRequest> batches;
        server.on(
            "POST", "/api/v1/livechat/messages",
            [&](const RecordedRequest& request, QHttpServerResponder& r) {
                batches.append(request);
                QJsonArray messages;
                for (const QJsonValue& m : request.json().object().value("messages").toArray())
                    messages.append(QJsonObject{{"username", "guest-1"},
                                                {"msg", m.toObject().value("msg")},
                                                {"ts", "2026-11-21T12:00:00.000Z"}});
                TestServer::respond(
                    r, 200,
                    QJsonDocument(QJsonObject{{"messages", messages}, {"success", true}}).toJson());
            });
        OutboxDesk desk(server.url());
        const QStringList parts{"earlier 1", "earlier 2", "earlier 3"};
        const QList<Message> queued =
            desk.outbox->queueBatch(desk.room1.id, parts, Outbox::BatchKind::Import);
        QCOMPARE(queued.size(), 3);
        QVERIFY(queued.first().batchId < 0);
        QCOMPARE(queued.first().batchId, queued.last().batchId);
        desk.outbox->start();
        QTRY_COMPARE(desk.state(queued.last().id), DeliveryState::Sent);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().header("x-auth-token"), QByteArray("auth-token-1"));
        QCOMPARE(batches.first().header("x-user-id"), QByteArray("agent-1"));
        const QJsonObject body = batches.first().json().object();
        QCOMPARE(body.value("visitor").toObject().value("token").toString(),
                 QStringLiteral("token-1"));
        QCOMPARE(body.value("messages").toArray().size(), 3);
        QVERIFY(server.requestsTo(FakeRocketChat::kSendPath).isEmpty());

        // Without a token it cannot go out, and says why.
        desk.credentials.removeSecret(desk.account.id);
        const QList<Message> refused =
            desk.outbox->queueBatch(desk.room2.id, parts, Outbox::BatchKind::Import);
        QTRY_COMPARE(desk.state(refused.first().id), DeliveryState::Failed);
        QVERIFY(desk.reread(refused.first()).lastError.contains(QStringLiteral("access token")));
        QCOMPARE(batches.size(), 1);
    }

    void anImportInDoubtIsReconciledWithTheRoomHistory() {
        FakeRocketChat server;
        QList<RecordedRequest> batches;
        server.on(
            "POST", "/api/v1/livechat/messages",
            [&](const RecordedRequest& request, QHttpServerResponder& r) {
                batches.append(request);
                QJsonArray messages;
                for (const QJsonValue& m : request.json().object().value("messages").toArray())
                    messages.append(QJsonObject{{"username", "guest-1"},
                                                {"msg", m.toObject().value("msg")},
                                                {"ts", "2026-11-21T12:00:00.000Z"}});
                TestServer::respond(
                    r, 200,
                    QJsonDocument(QJsonObject{{"messages", messages}, {"success", true}}).toJson());
            });
        // The room shows the first two parts (the visitor's token) and an older, equal text.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto at = [](QJsonObject message, const QDateTime& ts) {
            message.insert("ts", ts.toString(Qt::ISODateWithMs));
            return message;
        };
        QJsonArray history; // newest first, as the server answers
        history.append(at(FakeRocketChat::messageObject("srv-9", "room-1", "part 3", "other-token"),
                          now.addSecs(1)));
        history.append(
            at(FakeRocketChat::messageObject("srv-2", "room-1", "part 2", "token-1"), now));
        history.append(at(FakeRocketChat::messageObject("srv-1", "room-1", "part 1", "token-1"),
                          now.addMSecs(-1)));
        history.append(at(FakeRocketChat::messageObject("srv-0", "room-1", "part 3", "token-1"),
                          now.addDays(-1))); // the same words, long ago
        server.reply(
            "GET", "/api/v1/livechat/messages.history/room-1", 200,
            QJsonDocument(
                QJsonObject{{"messages", history}, {"unreadNotLoaded", 0}, {"success", true}})
                .toJson());
        OutboxDesk desk(server.url());
        QList<Message> queued = desk.outbox->queueBatch(
            desk.room1.id, {"part 1", "part 2", "part 3"}, Outbox::BatchKind::Import);
        for (Message& part : queued) { // killed while the batch was in flight
            part.state = DeliveryState::Sending;
            part.attempts = 1;
            QVERIFY(desk.history.updateMessage(part));
        }
        desk.outbox = desk.makeOutbox();
        desk.outbox->start();
        QTRY_COMPARE(desk.state(queued.last().id), DeliveryState::Sent);
        QCOMPARE(desk.reread(queued.at(0)).remoteId, QStringLiteral("srv-1"));
        QCOMPARE(desk.reread(queued.at(1)).remoteId, QStringLiteral("srv-2"));
        QCOMPARE(batches.size(), 1); // only the missing part was sent again
        const QJsonArray resent = batches.first().json().object().value("messages").toArray();
        QCOMPARE(resent.size(), 1);
        QCOMPARE(resent.first().toObject().value("msg").toString(), QStringLiteral("part 3"));
    }

private:
    static bool storeOnServer(FakeRocketChat& server, const Message& message,
                              const Conversation& room) {
        QNetworkAccessManager network;
        QNetworkRequest request(server.url().resolved(QUrl(FakeRocketChat::kSendPath)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("X-User-Id", "agent-1");
        request.setRawHeader("X-Auth-Token", "auth-token-1");
        const QJsonObject body{{"message", QJsonObject{{"_id", message.clientId},
                                                       {"rid", room.remoteId},
                                                       {"msg", message.text}}}};
        QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson());
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
        const bool ok = done && reply->error() == QNetworkReply::NoError;
        delete reply;
        return ok;
    }
};

QTEST_GUILESS_MAIN(TestOutboxFailures)
#include "tst_outbox_failures.moc"
