#include "desk/DeskSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace agentdesk;

//! The desk's preferences: their defaults, and that each is kept under its one key (which the
//! window, the settings dialog and the translations read).
class TestDeskSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desksettings"));
        QSettings().clear();
    }

    void defaults() {
        QVERIFY(DeskSettings::enterSends());
        QVERIFY(DeskSettings::notificationsEnabled());
        QCOMPARE(DeskSettings::language(), QString());
        QVERIFY(DeskSettings::windowState().geometry.isEmpty());
    }

    void eachIsKeptUnderItsKey() {
        DeskSettings::setEnterSends(false);
        DeskSettings::setNotificationsEnabled(false);
        DeskSettings::setLanguage(QStringLiteral("de"));
        DeskSettings::setWindowState({"geometry", "state", "splitter"});
        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("composer/enterSends")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("notifications/enabled")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(settings.value(QStringLiteral("window/splitter")).toByteArray(),
                 QByteArray("splitter"));
        QVERIFY(!DeskSettings::enterSends());
        QVERIFY(!DeskSettings::notificationsEnabled());
        QCOMPARE(DeskSettings::language(), QStringLiteral("de"));
        const DeskSettings::WindowState window = DeskSettings::windowState();
        QCOMPARE(window.geometry, QByteArray("geometry"));
        QCOMPARE(window.state, QByteArray("state"));
        QCOMPARE(window.splitter, QByteArray("splitter"));
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(TestDeskSettings)
#include "tst_desksettings.moc"
