#include "PanelTestKit.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace agentdesk::ui;

class TestSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void defaultsThenToggleAndSaveByKeys() {
        QVERIFY(SettingsDialog::enterSends());
        QVERIFY(SettingsDialog::notificationsEnabled());
        SettingsDialog dialog;
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* enter = controlNamed<QCheckBox>(&dialog, "Enter sends the reply");
        auto* notify = controlNamed<QCheckBox>(&dialog, "Notify of new visitor messages");
        QVERIFY(enter->isChecked() && notify->isChecked());
        enter->setFocus();
        QTest::keyClick(enter, Qt::Key_Space);
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), notify);
        QTest::keyClick(notify, Qt::Key_Space);
        QTest::keyClick(notify, Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(QSettings().value("composer/enterSends").toBool(), false);
        QCOMPARE(QSettings().value("notifications/enabled").toBool(), false);
        QVERIFY(!SettingsDialog::enterSends());

        SettingsDialog again;
        QVERIFY(!controlNamed<QCheckBox>(&again, "Enter sends the reply")->isChecked());
    }

    void cancelKeepsTheOldValues() {
        QSettings().setValue("composer/enterSends", true);
        SettingsDialog dialog;
        dialog.show();
        auto* enter = controlNamed<QCheckBox>(&dialog, "Enter sends the reply");
        enter->setFocus();
        QTest::keyClick(enter, Qt::Key_Space);
        QTest::keyClick(enter, Qt::Key_Escape);
        QVERIFY(SettingsDialog::enterSends());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
