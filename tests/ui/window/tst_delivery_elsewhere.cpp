// A second desk on a workspace whose outbox another AgentDesk process delivers says so in its
// status bar, sends nothing, and takes over when the other one lets go (issue 18, point 1).
#include "DeskFixture.h"
#include "outbox/DeliveryLock.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::ui;

class TestDeliveryElsewhere : public QObject {
    Q_OBJECT

private slots:
    void aSecondDeskSaysSoAndTakesOverLater() {
        DeskFixture fixture;
        DeliveryLock other(fixture.dataDir()); // the first desk, as far as this one can tell
        QVERIFY(other.tryTake());
        const Conversation conversation = fixture.addConversation(1, QStringLiteral("Ada"));

        MainWindow window(fixture.desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("deliveryElsewhere"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        fixture.desk.start();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("Another AgentDesk")) &&
                     notice->text().contains(
                         QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(notice->text()));
        QVERIFY(!fixture.outbox->deliversHere());

        // A reply typed here is kept on disk for the process that delivers.
        const auto queued = fixture.outbox->queueMessage(conversation.id, QStringLiteral("Hi"));
        QVERIFY(queued);
        QTest::qWait(400);
        QCOMPARE(fixture.history.message(queued->id)->state, DeliveryState::Queued);
        QCOMPARE(fixture.history.message(queued->id)->attempts, 0);

        other.release(); // the first desk closed
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 5000);
        QVERIFY(fixture.outbox->deliversHere());
    }
};

QTEST_MAIN(TestDeliveryElsewhere)
#include "tst_delivery_elsewhere.moc"
