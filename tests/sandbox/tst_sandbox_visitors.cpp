#include "RocketChatRooms.h"
#include "SimulatedVisitors.h"
#include "SocialBoardsConversations.h"

#include <QTest>

//! The simulated visitors: reproducible with a seed, and answering when the agent writes.
class TestSandboxVisitors : public QObject {
    Q_OBJECT

    static QStringList run(quint32 seed, int actions) {
        sandbox::World world(seed);
        sandbox::seedDemoWorld(world);
        sandbox::SimulatedVisitors visitors(world, 2, 10);
        QStringList seen;
        QObject::connect(&visitors, &sandbox::SimulatedVisitors::acted,
                         [&](const QString& what) { seen.append(what); });
        visitors.start();
        if (!QTest::qWaitFor([&] { return seen.size() >= actions; }, 10000))
            return {};
        return seen.mid(0, actions);
    }

    //! Writes as the desk would: Rocket.Chat replies go through livechat/message (visitor-side,
    //! with our own _id), SocialBoards replies are team messages.
    static void agentReplies(sandbox::World& world, const QString& what) {
        const QString id = what.section(u' ', -1);
        if (what.contains(QLatin1String("rocketchat"))) {
            sandbox::RocketChatRooms rooms(world);
            const QJsonObject room = world.rocketChat().rooms.at(rooms.roomIndex(id));
            const QJsonObject visitor =
                rooms.visitorByToken(room.value("v").toObject().value("token").toString());
            rooms.postAsVisitor(id, visitor, "How can I help?", "desk-reply-1",
                                QDateTime::currentDateTimeUtc());
        } else {
            sandbox::SocialBoardsConversations(world).addMessage(
                id.toLongLong(), QJsonObject{{"name", "Support"}, {"email", "s@example.com"}},
                "How can I help?", QDateTime::currentDateTimeUtc(), true);
        }
    }

private slots:
    void reproducibleWithASeed() {
        const QStringList first = run(42, 6);
        QCOMPARE(first.size(), 6);
        QVERIFY(first.first().startsWith("opened "));
        QCOMPARE(run(42, 6), first);
        QVERIFY(run(43, 6) != first);
    }

    void aVisitorAnswersOnceTheAgentWrote_data() {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 6; ++seed) // both backends come up among these
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void aVisitorAnswersOnceTheAgentWrote() {
        QFETCH(quint32, seed);
        sandbox::World world(seed);
        sandbox::seedDemoWorld(world);
        sandbox::SimulatedVisitors visitors(world, 1, 20);
        QStringList seen;
        QObject::connect(&visitors, &sandbox::SimulatedVisitors::acted, [&](const QString& what) {
            seen.append(what);
            if (seen.size() == 1)
                agentReplies(world, what); // before the visitor's next move
        });
        visitors.start();
        QVERIFY(QTest::qWaitFor([&] { return seen.size() >= 3; }, 5000));
        const QString id = seen.first().section(u' ', -1);
        QCOMPARE(seen.at(1), QStringLiteral("visitor answered in %1").arg(id));
        QCOMPARE(seen.at(2), QStringLiteral("visitor nudged in %1").arg(id)); // nobody wrote since
        QCOMPARE(visitors.activeConversations(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxVisitors)
#include "tst_sandbox_visitors.moc"
