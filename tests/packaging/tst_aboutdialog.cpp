#include "ui/window/AboutDialog.h"
#include "DeskFixture.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace agentdesk::ui;

class TestAboutDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void showsVersionLicenseQtAndHomepage() {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The expected values come from CMake, not from the header the dialog reads.
        QCOMPARE(dialog.titleLabel()->text(),
                 QStringLiteral("AgentDesk " AGENTDESK_EXPECTED_VERSION));
        const QString qt = dialog.qtLabel()->text();
        QVERIFY2(qt.contains(QStringLiteral("Built with Qt " QT_VERSION_STR)), qPrintable(qt));
        QVERIFY2(qt.contains(QStringLiteral("running on Qt %1").arg(qVersion())), qPrintable(qt));
        const QString license = dialog.licenseLabel()->text();
        QVERIFY2(license.contains(QStringLiteral("MIT License")), qPrintable(license));
        QVERIFY(license.contains(QStringLiteral("href=\"https://opensource.org/licenses/MIT\"")));
        QVERIFY(dialog.licenseLabel()->openExternalLinks());
        QVERIFY(dialog.homepageLabel()->text().contains(
            QStringLiteral("href=\"" AGENTDESK_EXPECTED_HOMEPAGE "\"")));
        for (QLabel* label :
             {dialog.titleLabel(), dialog.qtLabel(), dialog.licenseLabel(), dialog.homepageLabel()})
            QVERIFY(label->isVisible());
    }

    void closesOnEscape() {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void helpMenuOpensIt() {
        DeskFixture fixture;
        MainWindow window(fixture.desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QMenu* help = nullptr;
        for (QAction* menuAction : window.menuBar()->actions()) {
            if (menuAction->menu() && menuAction->text() == QStringLiteral("&Help"))
                help = menuAction->menu();
        }
        QVERIFY(help);
        QAction* about = nullptr;
        for (QAction* a : help->actions()) {
            if (a->objectName() == QStringLiteral("about"))
                about = a;
        }
        QVERIFY(about);
        QCOMPARE(about->text(), QStringLiteral("&About AgentDesk"));
        QCOMPARE(about->menuRole(), QAction::AboutRole);

        QVERIFY(window.findChildren<AboutDialog*>().isEmpty());
        about->trigger();
        auto* dialog = window.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->titleLabel()->text().endsWith(QStringLiteral(AGENTDESK_EXPECTED_VERSION)));
        QPointer<AboutDialog> closing(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(closing.isNull()); // deleted on close, not left behind
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
