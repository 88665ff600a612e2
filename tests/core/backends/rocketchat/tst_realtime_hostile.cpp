#include "HostileDdpPeer.h"
#include "backends/rocketchat/realtime/RocketChatRealtime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace agentdesk;

//! The realtime client against a hostile websocket peer: floods of pings and pushed messages,
//! a peer that never reads, a line that breaks right after it came up, a late sign-in refusal.
//! Memory stays bounded, the event loop keeps turning, the line is dropped with a reason that
//! says what happened, and reconnects back off.
class TestRealtimeHostile : public QObject {
    Q_OBJECT

    static qint64 rssKiB() {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return 0;
    }

    static HostileDdpPeer::Behaviour behaviour(bool signIn, const QByteArray& flood,
                                               const QByteArray& afterLive = {},
                                               bool readAfterHandshake = true) {
        HostileDdpPeer::Behaviour b;
        b.signIn = signIn;
        b.flood = flood;
        b.afterLive = afterLive;
        b.readAfterHandshake = readAfterHandshake;
        return b;
    }

    static rocketchat::Server serverAt(const QUrl& url) {
        return rocketchat::Server{url, QStringLiteral("u1"), QStringLiteral("token-1")};
    }

    //! Runs the event loop until `done` or `ms`, and returns the longest the loop went without
    //! turning (a 20 ms timer's largest gap) and the highest RSS growth seen.
    struct Watch {
        qint64 longestStallMs = 0;
        qint64 peakGrowthKiB = 0;
    };
    static Watch watchUntil(const std::function<bool()>& done, int ms) {
        Watch watch;
        const qint64 rssBefore = rssKiB();
        QElapsedTimer total, sinceTick;
        total.start();
        sinceTick.start();
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            watch.longestStallMs = std::max(watch.longestStallMs, sinceTick.restart());
            watch.peakGrowthKiB = std::max(watch.peakGrowthKiB, rssKiB() - rssBefore);
        });
        tick.start(20);
        while (!done() && total.elapsed() < ms)
            QTest::qWait(20);
        return watch;
    }

private slots:
    void aPingFloodDropsTheLineAndMemoryStaysBounded() {
        HostileDdpPeer peer(behaviour(false, R"({"msg":"ping"})"));
        RocketChatRealtime line(serverAt(peer.url()));
        QSignalSpy down(&line, &RocketChatRealtime::down);
        line.start();
        const Watch watch = watchUntil([&] { return !down.isEmpty(); }, 20'000);
        QVERIFY2(!down.isEmpty(), "the flooded line was never dropped");
        const QString reason = down.first().first().toString();
        QVERIFY2(reason.contains(QLatin1String("more than 2000 messages in a second")),
                 qPrintable(reason));
        QCOMPARE(line.state(), RocketChatRealtime::State::WaitingToReconnect);
        QVERIFY2(watch.peakGrowthKiB < 50 * 1024, qPrintable(QString::number(watch.peakGrowthKiB)));
        QVERIFY2(watch.longestStallMs < 1000, qPrintable(QString::number(watch.longestStallMs)));
        QVERIFY(peer.framesWritten() > 2000);
    }

    void aFloodOfPushedMessagesForUnknownRoomsDropsTheLine() {
        HostileDdpPeer peer(
            behaviour(true, R"({"msg":"changed","collection":"stream-room-messages","id":"id",)"
                            R"("fields":{"eventName":"__my_messages__","args":[{"_id":"m1",)"
                            R"("rid":"unknown-room","msg":"spam","ts":{"$date":1700000000000},)"
                            R"("u":{"_id":"v1","username":"guest"}}]}})"));
        RocketChatRealtime line(serverAt(peer.url()));
        QSignalSpy down(&line, &RocketChatRealtime::down);
        QSignalSpy received(&line, &RocketChatRealtime::messageReceived);
        line.start();
        const Watch watch = watchUntil([&] { return !down.isEmpty(); }, 20'000);
        QVERIFY2(!down.isEmpty(), "the flooded line was never dropped");
        QVERIFY2(down.first().first().toString().contains(QLatin1String("a second")),
                 qPrintable(down.first().first().toString()));
        QVERIFY(received.size() <= 2000); // what was accepted before the line was dropped
        QVERIFY2(watch.peakGrowthKiB < 50 * 1024, qPrintable(QString::number(watch.peakGrowthKiB)));
        QVERIFY2(watch.longestStallMs < 1000, qPrintable(QString::number(watch.longestStallMs)));
    }

    void aPeerThatNeverReadsIsDroppedBeforeThePongsPileUp() {
        // Pings under any rate bound, so only the bytes waiting to be written can stop them.
        HostileDdpPeer peer(behaviour(false, R"({"msg":"ping"})", {}, false));
        RocketChatRealtime line(serverAt(peer.url()));
        RocketChatRealtime::Timing timing;
        timing.maxFramesPerSecond = std::numeric_limits<int>::max();
        timing.maxBytesPerSecond = std::numeric_limits<qint64>::max();
        timing.connectMs = 60'000;
        line.setTiming(timing);
        QSignalSpy down(&line, &RocketChatRealtime::down);
        line.start();
        const Watch watch = watchUntil([&] { return !down.isEmpty(); }, 60'000);
        QVERIFY2(!down.isEmpty(), "a peer that never reads kept the line");
        const QString reason = down.first().first().toString();
        QVERIFY2(reason.contains(QLatin1String("does not read")), qPrintable(reason));
        QVERIFY2(watch.peakGrowthKiB < 50 * 1024, qPrintable(QString::number(watch.peakGrowthKiB)));
    }

    void aLineThatBreaksRightAfterComingUpIsRetriedWithBackoff() {
        HostileDdpPeer peer(behaviour(true, {}, R"({"msg":"error","reason":"broken"})"));
        RocketChatRealtime line(serverAt(peer.url()));
        RocketChatRealtime::Timing timing;
        timing.reconnect =
            Backoff::Policy{std::chrono::milliseconds(100), std::chrono::milliseconds(10'000), 0.0};
        line.setTiming(timing);
        QSignalSpy live(&line, &RocketChatRealtime::live);
        line.start();
        QTest::qWait(4000);
        QVERIFY(!live.isEmpty()); // it did come up each time
        // 100, 200, 400, 800, 1600 ms apart: six connections in 4 s at most; a backoff that
        // started over on every connect would have made about 40.
        QVERIFY2(peer.connections() <= 6, qPrintable(QString::number(peer.connections())));
    }

    void aLateSignInRefusalSaysWhy() {
        HostileDdpPeer peer(behaviour(true, {}, R"({"msg":"result","id":"login","error":{}})"));
        RocketChatRealtime line(serverAt(peer.url()));
        QSignalSpy live(&line, &RocketChatRealtime::live);
        QSignalSpy down(&line, &RocketChatRealtime::down);
        line.start();
        QTRY_VERIFY_WITH_TIMEOUT(!down.isEmpty(), 5000);
        QCOMPARE(live.size(), 1);
        const QString reason = down.first().first().toString();
        QVERIFY2(reason.contains(QLatin1String("refused the sign-in")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("no reason given")), qPrintable(reason));
        QCOMPARE(line.problem(), reason);
    }
};

QTEST_GUILESS_MAIN(TestRealtimeHostile)
#include "tst_realtime_hostile.moc"
