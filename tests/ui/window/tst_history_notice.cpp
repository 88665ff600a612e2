#include "DamagedHistory.h"
#include "ui/window/HistoryNotice.h"
#include "ui/window/MainWindow.h"
#include "desk/Desk.h"
#include "store/History.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::ui;

//! The desk tells the agent, once, that their history was damaged and what was salvaged.
class TestHistoryNotice : public QObject {
    Q_OBJECT

    //! A core Desk opened on `dir` (nothing started: no network). The whole file is checked
    //! while opening, as on the start after the desk's background check found damage.
    static std::unique_ptr<agentdesk::Desk> openDesk(const QString& dir) {
        auto desk = std::make_unique<agentdesk::Desk>();
        agentdesk::Desk::Options options;
        options.secrets = agentdesk::Desk::Secrets::Memory;
        options.cannedStarterSet = false;
        options.checkInBackground = false;
        if (!desk->open(dir, options))
            qFatal("cannot open the desk: %s", qPrintable(desk->errorString()));
        return desk;
    }

    //! The desk's window on a core Desk.
    struct Window {
        std::unique_ptr<MainWindow> window;
        explicit Window(agentdesk::Desk& desk)
            : window(std::make_unique<MainWindow>(desk)) {
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
        const auto core = openDesk(dir.path());
        QVERIFY(!core->salvageReport().isEmpty());
        History& history = *core->history();
        const auto salvage = history.unseenSalvageReport();
        QVERIFY(salvage);
        QVERIFY(QFileInfo::exists(salvage->damagedCopy));
        {
            Window desk(*core);
            QVERIFY(desk.notice()->isVisible());
            const QString text = desk.notice()->text();
            QVERIFY2(text.contains(QStringLiteral("damaged")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Unsent replies saved: 5")), qPrintable(text));
            QVERIFY2(text.contains(salvage->damagedCopy), qPrintable(text));
            QCOMPARE(desk.notice()->details(), salvage->text());
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
        Window again(*core);
        QVERIFY(!again.notice()->isVisible());
    }

    void aSoundHistoryShowsNothing() {
        QTemporaryDir dir;
        const auto core = openDesk(dir.path());
        QVERIFY(core->salvageReport().isEmpty());
        Window desk(*core);
        QVERIFY(!desk.notice()->isVisible());
    }

    void damageFoundInTheBackgroundIsToldAtOnce() {
        QTemporaryDir dir;
        const auto core = openDesk(dir.path());
        Window desk(*core);
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
