#include "DamagedHistory.h"
#include "HistoryNotice.h"
#include "MainWindow.h"
#include "accounts/Credentials.h"
#include "net/Transport.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! The desk tells the agent, once, that their history was damaged and what was salvaged.
class TestHistoryNotice : public QObject {
    Q_OBJECT

    //! A window on `history` as the desk makes it (no network: the outbox is not started).
    struct Desk {
        Transport transport;
        MemoryCredentials credentials;
        Outbox outbox;
        std::unique_ptr<MainWindow> window;
        explicit Desk(History* history)
            : outbox(history, &transport, &credentials) {
            DeskServices services;
            services.history = history;
            services.outbox = &outbox;
            window = std::make_unique<MainWindow>(services);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }
        HistoryNotice* notice() const { return window->historyNotice(); }
    };

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_history_notice"));
        QSettings().clear();
    }

    void aSalvageIsShownUntilDismissed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        damaged::populate(path, QUrl(QStringLiteral("http://127.0.0.1:9/")), 300);
        damaged::damage(path, damaged::Damage::MessagePages);
        History history;
        const auto outcome = history.open(path);
        QVERIFY(outcome.salvage);
        {
            Desk desk(&history);
            QVERIFY(desk.notice()->isVisible());
            const QString text = desk.notice()->text();
            QVERIFY2(text.contains(QStringLiteral("damaged")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Unsent replies saved: 5")), qPrintable(text));
            QVERIFY2(text.contains(outcome.movedAsideTo), qPrintable(text));
            QCOMPARE(desk.notice()->details(), outcome.salvage->text());
            auto* details = desk.notice()->findChild<QPushButton*>("historyNoticeDetails");
            QVERIFY(details && details->isVisible());
            // the salvaged replies are in the window's history too
            QCOMPARE(history.pendingMessages().size(), 5);

            auto* dismiss = desk.notice()->findChild<QPushButton*>("historyNoticeDismiss");
            QVERIFY(dismiss);
            QTest::mouseClick(dismiss, Qt::LeftButton);
            QVERIFY(!desk.notice()->isVisible());
            QVERIFY(!history.unseenSalvageReport());
        }
        // the next desk on this workspace does not show it again
        Desk again(&history);
        QVERIFY(!again.notice()->isVisible());
    }

    void aSoundHistoryShowsNothing() {
        QTemporaryDir dir;
        History history;
        QCOMPARE(history.open(dir.filePath(QStringLiteral("history.sqlite"))).status,
                 History::OpenStatus::Ok);
        Desk desk(&history);
        QVERIFY(!desk.notice()->isVisible());
    }

    void damageFoundInTheBackgroundIsToldAtOnce() {
        QTemporaryDir dir;
        History history;
        QCOMPARE(history.open(dir.filePath(QStringLiteral("history.sqlite"))).status,
                 History::OpenStatus::Ok);
        Desk desk(&history);
        desk.notice()->showDamageFound(QString()); // no damage: nothing to tell
        QVERIFY(!desk.notice()->isVisible());
        desk.notice()->showDamageFound(QStringLiteral("Page 31: btreeInitPage() returns error"));
        QVERIFY(desk.notice()->isVisible());
        QVERIFY(desk.notice()->text().contains(QStringLiteral("Page 31")));
        QVERIFY(desk.notice()->text().contains(QStringLiteral("start AgentDesk again")));
        QTest::mouseClick(desk.notice()->findChild<QPushButton*>("historyNoticeDismiss"),
                          Qt::LeftButton);
        QVERIFY(!desk.notice()->isVisible());
    }
};

QTEST_MAIN(TestHistoryNotice)
#include "tst_history_notice.moc"
