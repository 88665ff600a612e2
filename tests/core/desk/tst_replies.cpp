#include "CoreDesk.h"

#include "desk/Replies.h"
#include "store/History.h"

#include <QStandardPaths>
#include <QTest>

using namespace agentdesk;

//! The reply rules, wherever a reply is written: a closed conversation takes none, `---` lines
//! split a reply into parts that are queued together, and nothing is queued when refused.
class TestReplies : public QObject {
    Q_OBJECT

    static QStringList queuedTexts(const CoreDesk& core) {
        QStringList texts;
        for (const Message& m : core.desk.history()->pendingMessages())
            texts << m.text;
        return texts;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anOpenConversationTakesAReply() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        QVERIFY(core.desk.replies()->refusal(room.id).isEmpty());
        QVERIFY(core.desk.replies()->send(room.id, QStringLiteral("Hello")));
        QCOMPARE(queuedTexts(core), QStringList{QStringLiteral("Hello")});
        const Message queued = core.desk.history()->pendingMessages().first();
        QCOMPARE(queued.direction, Direction::Outgoing);
        QVERIFY(!queued.clientId.isEmpty());
    }

    void aClosedConversationRefusesAndQueuesNothing() {
        CoreDesk core;
        Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"), false);
        const QString why = core.desk.replies()->refusal(room.id);
        QVERIFY2(why.contains(QStringLiteral("closed")), qPrintable(why));
        QVERIFY(!core.desk.replies()->send(room.id, QStringLiteral("anyone?")));
        QCOMPARE(core.desk.replies()->lastError(), why);
        QVERIFY(queuedTexts(core).isEmpty());

        // reopened on the server: replies are taken again
        room.open = true;
        QVERIFY(core.desk.history()->updateConversation(room));
        QVERIFY(core.desk.replies()->refusal(room.id).isEmpty());
        QVERIFY(core.desk.replies()->send(room.id, QStringLiteral("Back again")));
        QCOMPARE(queuedTexts(core), QStringList{QStringLiteral("Back again")});
    }

    void dashLinesSplitAReplyIntoOneBatch() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        QVERIFY(core.desk.replies()->send(
            room.id, QStringLiteral("First part\n---\nSecond part\n\n---\nThird part")));
        QCOMPARE(queuedTexts(core),
                 (QStringList{QStringLiteral("First part"), QStringLiteral("Second part"),
                              QStringLiteral("Third part")}));
        const QList<Message> parts = core.desk.history()->pendingMessages();
        QVERIFY(parts.at(0).batchId != 0);
        QCOMPARE(parts.at(1).batchId, parts.at(0).batchId);
        QCOMPARE(parts.at(2).batchId, parts.at(0).batchId);
    }

    void blankTextOrNoConversationIsRefused() {
        CoreDesk core;
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        QVERIFY(!core.desk.replies()->send(room.id, QStringLiteral("  \n ")));
        QVERIFY(!core.desk.replies()->lastError().isEmpty());
        QVERIFY(!core.desk.replies()->send(0, QStringLiteral("Hello")));
        QVERIFY(queuedTexts(core).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
