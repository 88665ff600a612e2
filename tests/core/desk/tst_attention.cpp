#include "CoreDesk.h"

#include "desk/Attention.h"
#include "desk/DeskSettings.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace agentdesk;

//! What needs the agent's eyes, decided without a window: the open conversation is read while
//! the desk is active; a visitor writing while it is in the background asks for a notification,
//! unless the agent turned them off; the agent's own replies never do.
class TestAttention : public QObject {
    Q_OBJECT

    static int unread(const CoreDesk& core, qint64 conversationId) {
        return core.desk.history()->conversation(conversationId)->unreadCount;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_attention"));
        QSettings().clear();
    }

    void theOpenConversationIsReadWhileTheDeskIsActive() {
        CoreDesk core;
        Attention* attention = core.desk.attention();
        const Conversation ada = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        const Conversation bo = core.addRoom(2, QStringLiteral("Bo Diddley"));
        core.addVisitorMessage(ada.id, QStringLiteral("hello?"));
        QCOMPARE(unread(core, ada.id), 1);

        attention->setOpenConversation(ada.id); // not active yet: still unread
        QCOMPARE(unread(core, ada.id), 1);
        attention->setDeskActive(true);
        QCOMPARE(unread(core, ada.id), 0);

        core.addVisitorMessage(ada.id, QStringLiteral("are you there?"));
        QCOMPARE(unread(core, ada.id), 0); // read as it arrives
        core.addVisitorMessage(bo.id, QStringLiteral("hi"));
        QCOMPARE(unread(core, bo.id), 1); // not the one on screen
        QCOMPARE(attention->notificationsAsked(), 0);
    }

    void aVisitorWritingInTheBackgroundAsksForANotification() {
        CoreDesk core;
        Attention* attention = core.desk.attention();
        QSignalSpy wanted(attention, &Attention::notificationWanted);
        const Conversation ada = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        core.addVisitorMessage(ada.id, QStringLiteral("before any window"));
        QCOMPARE(wanted.size(), 0); // nobody is there to tell

        attention->setOpenConversation(ada.id);
        attention->setDeskActive(false);
        core.addVisitorMessage(ada.id, QStringLiteral("hello?"));
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().at(0).toLongLong(), ada.id);
        QCOMPARE(wanted.first().at(1).value<Message>().text, QStringLiteral("hello?"));
        QCOMPARE(unread(core, ada.id), 2); // in the background nothing is read

        // the agent's own reply never asks
        QVERIFY(core.desk.outbox()->queueMessage(ada.id, QStringLiteral("hi")));
        QCOMPARE(wanted.size(), 1);

        DeskSettings::setNotificationsEnabled(false);
        core.addVisitorMessage(ada.id, QStringLiteral("still there?"));
        QCOMPARE(wanted.size(), 1);
        DeskSettings::setNotificationsEnabled(true);
        QCOMPARE(attention->notificationsAsked(), 1);

        attention->setDeskActive(true); // back at the desk: the open one is read
        QCOMPARE(unread(core, ada.id), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
