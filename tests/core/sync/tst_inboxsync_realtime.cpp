#include "RocketChatRooms.h"
#include "SandboxHarness.h"
#include "accounts/Credentials.h"
#include "net/Transport.h"
#include "store/History.h"
#include "sync/InboxSync.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace seeded;

//! The inbox against the sandbox: messages pushed over the websocket are merged without any
//! history call; without the websocket, polling stays within the server's rate limit and still
//! gets every message.
class TestInboxSyncRealtime : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    MemoryCredentials m_credentials;

    Account addAccount(const QUrl& server) {
        Account account;
        account.backend = Backend::RocketChat;
        account.serverUrl = server;
        account.displayName = QStringLiteral("Rocket.Chat");
        account.userId = kAgentId;
        account.username = QStringLiteral("kim.jane");
        const auto stored = m_history->addAccount(account);
        if (!stored)
            qFatal("cannot add account");
        m_credentials.setSecret(stored->id, kAgentToken);
        return *stored;
    }

    //! Counts the sandbox's history reads (any room).
    static int* countHistoryReads(SandboxHarness& sandbox) {
        auto* count = new int(0);
        QObject::connect(&sandbox.server, &sandbox::SandboxServer::requestReceived, &sandbox.server,
                         [count](const QByteArray&, const QString& path) {
                             if (path.contains(QLatin1String("/livechat/messages.history/")))
                                 ++*count;
                         });
        return count;
    }

    bool hasMessage(qint64 accountId, const QString& rid, const QString& remoteId) {
        const auto conversation = m_history->conversationByRemoteId(accountId, rid);
        if (!conversation)
            return false;
        for (const Message& m : m_history->messagesBefore(conversation->id, std::nullopt, 500)) {
            if (m.remoteId == remoteId)
                return true;
        }
        return false;
    }

    static QJsonObject agent(SandboxHarness& sandbox) {
        for (const QJsonObject& user : sandbox.world.rocketChat().users) {
            if (user.value("_id").toString() == kAgentId)
                return user;
        }
        return {};
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_history = std::make_unique<History>();
        const auto opened = m_history->open(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
        QCOMPARE(opened.status, History::OpenStatus::Ok);
    }
    void cleanup() { m_history.reset(); }

    void aPushedVisitorMessageIsMergedWithoutAnyHistoryCall() {
        SandboxHarness sandbox;
        std::unique_ptr<int> historyReads(countHistoryReads(sandbox));
        Transport transport;
        const Account account = addAccount(sandbox.server.url());
        InboxSync sync(m_history.get(), &transport, &m_credentials);
        sync.setIntervals(50, 200);
        QSignalSpy merged(&sync, &InboxSync::realtimeMessageMerged);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.isLive(account.id), 5000);
        // The catch-up read after connecting lists the rooms and reads each once.
        QTRY_VERIFY_WITH_TIMEOUT(m_history->conversationByRemoteId(account.id, kRoom), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(*historyReads >= 3, 5000);
        QTest::qWait(300); // polls come and go at 50 ms: none of them reads a room
        const int readsBefore = *historyReads;
        const auto listed = m_history->conversationByRemoteId(account.id, kRoom);
        // What the visitor wrote after the agent's last reply is unread from the first read on.
        const int unreadBefore = listed->unreadCount;

        QCOMPARE(sandbox
                     .postJson("/api/v1/livechat/message", QJsonObject{{"token", kVisitorToken},
                                                                       {"rid", kRoom},
                                                                       {"msg", "Hello, anyone?"},
                                                                       {"_id", "pushed-0001"}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(account.id, kRoom, "pushed-0001"), 5000);
        QCOMPARE(merged.size(), 1);
        const auto conversation = m_history->conversationByRemoteId(account.id, kRoom);
        QCOMPARE(m_history->conversation(conversation->id)->unreadCount, unreadBefore + 1);
        QTest::qWait(300);
        QCOMPARE(*historyReads, readsBefore); // no HTTP history call, then or later
    }

    void withoutTheWebsocketPollingStaysWithinTheRateLimit() {
        SandboxHarness sandbox;
        std::unique_ptr<int> historyReads(countHistoryReads(sandbox));
        // Rocket.Chat's default allowance per route (10 requests), over a 3 s window instead of
        // 60 s so the test runs in seconds; the websocket is refused.
        sandbox.setFaults({{"rateLimit", "10/3"}, {"refuseWebSocket", true}});
        sandbox::RocketChatRooms rooms(sandbox.world);
        QStringList rids = {kRoom, kOtherRoom, QStringLiteral("Tz4kQ8wPn2XvLr6Ma")};
        while (rids.size() < 30) {
            const QJsonObject visitor =
                rooms.addVisitor(QStringLiteral("Visitor %1").arg(rids.size()));
            const QString rid = rooms.openRoom(visitor, agent(sandbox), sandbox::World::now());
            rooms.postAsVisitor(rid, visitor, QStringLiteral("Hi"), {}, sandbox::World::now());
            rids.append(rid);
        }
        Transport transport;
        const Account account = addAccount(sandbox.server.url());
        InboxSync sync(m_history.get(), &transport, &m_credentials);
        sync.setIntervals(50, 200);
        QStringList problems;
        connect(&sync, &InboxSync::accountStatusChanged, this,
                [&problems](qint64, bool ok, const QString& message) {
                    if (!ok)
                        problems.append(message);
                });
        sync.start();
        const auto allRead = [&] {
            for (const QString& rid : rids) {
                const auto conversation = m_history->conversationByRemoteId(account.id, rid);
                if (!conversation || m_history->messageCount(conversation->id) == 0)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allRead(), 30'000);
        QVERIFY(!sync.isLive(account.id));

        // Every room gets a new visitor message; one room gets more than a page (50).
        QStringList expected;
        for (const QString& rid : rids) {
            const auto visitor = rooms.visitorByToken(
                m_history->conversationByRemoteId(account.id, rid)->visitorToken);
            const int count = rid == rids.last() ? 70 : 1;
            for (int i = 0; i < count; ++i) {
                const QString id = QStringLiteral("later-%1-%2").arg(rid).arg(i);
                rooms.postAsVisitor(rid, visitor, QStringLiteral("Still there? %1").arg(i), id,
                                    sandbox::World::now().addMSecs(i));
                expected.append(rid + u'/' + id);
            }
        }
        const auto allArrived = [&] {
            for (const QString& item : expected) {
                if (!hasMessage(account.id, item.section(u'/', 0, 0), item.section(u'/', 1)))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allArrived(), 40'000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; "))); // never a 429

        // Nothing changed since: no room is read again.
        const int reads = *historyReads;
        QTest::qWait(1000);
        QCOMPARE(*historyReads, reads);
        QVERIFY(problems.isEmpty());
    }

    void aRoomReadCutShortByTheRateLimitIsResumedWhereItStopped() {
        // One history read per window: a room with more new messages than a page holds needs a
        // second read in a later round, which must go on from the older page, not start over at
        // the newest page (all known by then) and stop there.
        SandboxHarness sandbox;
        sandbox.setFaults({{"rateLimit", "1/1"}, {"refuseWebSocket", true}});
        Transport transport;
        const Account account = addAccount(sandbox.server.url());
        InboxSync sync(m_history.get(), &transport, &m_credentials);
        sync.setIntervals(50, 200);
        QStringList problems;
        connect(&sync, &InboxSync::accountStatusChanged, this,
                [&problems](qint64, bool ok, const QString& message) {
                    if (!ok)
                        problems.append(message);
                });
        sync.start();
        const auto conversationRead = [&] {
            const auto conversation = m_history->conversationByRemoteId(account.id, kRoom);
            return conversation && m_history->messageCount(conversation->id) > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(conversationRead(), 15'000);

        sandbox::RocketChatRooms rooms(sandbox.world);
        const auto visitor = rooms.visitorByToken(kVisitorToken);
        QStringList expected;
        for (int i = 0; i < 120; ++i) { // more than two pages of 50
            const QString id = QStringLiteral("burst-%1").arg(i, 3, 10, QLatin1Char('0'));
            rooms.postAsVisitor(kRoom, visitor, QStringLiteral("Part %1").arg(i), id,
                                sandbox::World::now().addMSecs(i));
            expected.append(id);
        }
        const auto allArrived = [&] {
            for (const QString& id : std::as_const(expected)) {
                if (!hasMessage(account.id, kRoom, id))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allArrived(), 20'000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; "))); // never a 429
    }

    void pollingCoversWhileTheWebsocketIsDownAndStopsWhenItIsBack() {
        SandboxHarness sandbox;
        std::unique_ptr<int> historyReads(countHistoryReads(sandbox));
        Transport transport;
        const Account account = addAccount(sandbox.server.url());
        InboxSync sync(m_history.get(), &transport, &m_credentials);
        sync.setIntervals(50, 200);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.isLive(account.id), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_history->conversationByRemoteId(account.id, kRoom), 5000);

        sandbox.setFaults({{"refuseWebSocket", true}});
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isLive(account.id), 5000);
        sandbox::RocketChatRooms rooms(sandbox.world);
        rooms.postAsVisitor(kRoom, rooms.visitorByToken(kVisitorToken),
                            QStringLiteral("While you were away"), QStringLiteral("away-1"),
                            sandbox::World::now());
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(account.id, kRoom, "away-1"), 10'000);

        sandbox.setFaults({{"refuseWebSocket", false}});
        QTRY_VERIFY_WITH_TIMEOUT(sync.isLive(account.id), 15'000);
        QTest::qWait(500); // the catch-up read after reconnecting
        const int reads = *historyReads;
        QTest::qWait(500);
        QCOMPARE(*historyReads, reads);
        rooms.postAsVisitor(kRoom, rooms.visitorByToken(kVisitorToken), QStringLiteral("Back"),
                            QStringLiteral("back-1"), sandbox::World::now());
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(account.id, kRoom, "back-1"), 5000);
        QCOMPARE(*historyReads, reads);
    }
};

QTEST_GUILESS_MAIN(TestInboxSyncRealtime)
#include "tst_inboxsync_realtime.moc"
