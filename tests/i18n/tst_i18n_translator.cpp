// The desk speaks the language chosen in Settings (or the system's): its own strings from the
// embedded :/i18n translations, Qt's standard buttons from qtbase, dates and numbers from the
// locale.
#include "canned/CannedFile.h"
#include "canned/CannedLibrary.h"
#include "canned/CannedTemplate.h"
#include "desk/DeskSettings.h"
#include "net/ApiError.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Translations.h"
#include "ui/text/RelativeTime.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk::ui;

namespace {

QString menuTitle() {
    return QCoreApplication::translate("agentdesk::ui::MainWindow", "&File");
}

void choose(const QString& code) {
    QSettings().setValue(QLatin1String(agentdesk::DeskSettings::kLanguageKey), code);
}

} // namespace

class TestI18nTranslator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_i18n_translator"));
        QSettings().clear();
    }
    void cleanup() {
        QSettings().clear();
        Translations::install(); // back to the system's (C under ctest): English
    }

    void everyLanguageIsEmbedded() {
        for (const Translations::Language& language : Translations::available()) {
            if (language.code == QLatin1String("en"))
                continue;
            const QString qm = QStringLiteral(":/i18n/agentdesk_%1.qm").arg(language.code);
            QVERIFY2(QFile::exists(qm), qPrintable(qm));
        }
    }

    void germanTranslatesTheDeskQtAndTheLocale() {
        choose(QStringLiteral("de"));
        const QLocale locale = Translations::install();
        QCOMPARE(locale.language(), QLocale::German);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(menuTitle(), QStringLiteral("&Datei"));
        // the code's own contexts match what lupdate filed the strings under
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(RelativeTime::shortAgo(now.addSecs(-300), now), QStringLiteral("5 Min."));
        QCOMPARE(agentdesk::ApiError(agentdesk::ApiError::Kind::TimedOut, {}).message(),
                 QStringLiteral("Der Server hat nicht rechtzeitig geantwortet."));
        QCOMPARE(QCoreApplication::translate("ConnectionTest",
                                             "Connected to Rocket.Chat: %Ln open conversation(s) "
                                             "assigned.",
                                             nullptr, 1),
                 QStringLiteral("Mit Rocket.Chat verbunden: 1 offene Unterhaltung zugewiesen."));

        // canned replies: placeholder flags and import errors from core's namespaces
        const agentdesk::FilledReply filled =
            agentdesk::CannedTemplate::fill(QStringLiteral("{order.number}"), {});
        QCOMPARE(filled.flags.size(), 1);
        QCOMPARE(filled.flags.first().reason, QStringLiteral("unbekannter Platzhalter"));
        QString error;
        QVERIFY(!agentdesk::CannedFile::parse(
            R"({"format": "agentdesk-canned-replies", "version": 1, "replies": [{"text": "x"}]})",
            {}, &error));
        QVERIFY2(error.contains(QStringLiteral("\"title\" fehlt")), qPrintable(error));

        // the starter set of canned replies, with its placeholders and one-word triggers kept
        const QList<agentdesk::CannedReply> starters = agentdesk::CannedLibrary::starterSet();
        QCOMPARE(starters.size(), 4);
        QCOMPARE(starters.first().title, QStringLiteral("Begrüßung"));
        QVERIFY2(starters.first().text.contains(QStringLiteral("{visitor.name}")),
                 qPrintable(starters.first().text));
        QVERIFY(starters.at(3).text.contains(QStringLiteral("\n---\n")));
        for (const agentdesk::CannedReply& reply : starters) {
            QVERIFY2(!reply.trigger.isEmpty() && !reply.trigger.contains(u' '),
                     qPrintable(reply.trigger));
            // no placeholder was mangled by the translation: each one left is a known one
            for (const auto& flag : agentdesk::CannedTemplate::fill(reply.text, {}).flags)
                QVERIFY2(agentdesk::CannedTemplate::knownPlaceholders().contains(flag.placeholder),
                         qPrintable(flag.placeholder));
        }

        // Qt's own strings: the buttons of a standard dialog
        QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Speichern"));

        // dates and numbers follow the language (2 March 2026 is a Monday)
        QCOMPARE(RelativeTime::dayLabel(QDate(2026, 3, 2), QDate(2026, 3, 20)),
                 QStringLiteral("Montag, 2. März"));
        QCOMPARE(RelativeTime::dayLabel(QDate(2025, 3, 2), QDate(2026, 3, 20)),
                 QLocale(QLocale::German).toString(QDate(2025, 3, 2), QLocale::LongFormat));
        QCOMPARE(RelativeTime::dayLabel(QDate(2026, 3, 19), QDate(2026, 3, 20)),
                 QStringLiteral("Gestern"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(QCoreApplication::translate("agentdesk::ui::SearchDialog",
                                             "%Ln message(s) match. Enter opens the selected one.",
                                             "", 1234),
                 QStringLiteral("1.234 Nachrichten passen. Enter öffnet die ausgewählte."));
    }

    void eachLanguageTranslatesTheMenus_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cancel");
        const auto row = [](const char* code, QLocale::Language language, const char* file,
                            const char* cancel) {
            QTest::newRow(code) << QString::fromUtf8(code) << language << QString::fromUtf8(file)
                                << QString::fromUtf8(cancel);
        };
        row("es", QLocale::Spanish, "&Archivo", "Cancelar");
        row("fr", QLocale::French, "&Fichier", "Annuler");
        row("pt_BR", QLocale::Portuguese, "&Arquivo", "Cancelar");
        row("en", QLocale::English, "&File", "Cancel");
    }
    void eachLanguageTranslatesTheMenus() {
        QFETCH(QString, code);
        QFETCH(QLocale::Language, language);
        QFETCH(QString, file);
        QFETCH(QString, cancel);
        choose(code);
        QCOMPARE(Translations::chosenLanguage(), code);
        QCOMPARE(Translations::install().language(), language);
        QCOMPARE(QLocale().language(), language);
        QCOMPARE(menuTitle(), file);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
        if (code == QLatin1String("pt_BR"))
            QCOMPARE(QLocale().territory(), QLocale::Brazil);
    }

    void systemDefaultAndUnknownCodesFollowTheSystem() {
        QCOMPARE(Translations::chosenLanguage(), QString());
        QCOMPARE(Translations::install(), QLocale::system());
        QCOMPARE(menuTitle(), QStringLiteral("&File")); // main() runs the test under LC_ALL=C
        choose(QStringLiteral("xx"));
        const char* warning = "unknown language \"xx\" in the settings; using the system's";
        QTest::ignoreMessage(QtWarningMsg, warning);
        QCOMPARE(Translations::chosenLanguage(), QString());
        QTest::ignoreMessage(QtWarningMsg, warning);
        QCOMPARE(Translations::install(), QLocale::system());
    }

    void switchingBackDropsTheEarlierTranslator() {
        choose(QStringLiteral("fr"));
        Translations::install();
        QCOMPARE(menuTitle(), QStringLiteral("&Fichier"));
        choose(QStringLiteral("de"));
        Translations::install();
        QCOMPARE(menuTitle(), QStringLiteral("&Datei"));
        choose(QString());
        Translations::install();
        QCOMPARE(menuTitle(), QStringLiteral("&File"));
    }

    //! The agentdesk executable embeds the translations and applies the system's language, or
    //! the one in its settings file, before it makes any text (its --help needs no display).
    void theDeskStartsInTheChosenLanguage_data() {
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system de")
            << QStringLiteral("de_DE.UTF-8") << QString()
            << QStringLiteral("Verlauf und Einstellungen in DIR aufbewahren.");
        QTest::newRow("setting fr") << QStringLiteral("C.UTF-8") << QStringLiteral("fr")
                                    << QStringLiteral("Conserver l'historique et les paramètres "
                                                      "dans DIR.");
        QTest::newRow("setting en over system es")
            << QStringLiteral("es_ES.UTF-8") << QStringLiteral("en")
            << QStringLiteral("Keep the history and settings in DIR.");
    }
    void theDeskStartsInTheChosenLanguage() {
        QFETCH(QString, systemLocale);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        if (!setting.isEmpty()) {
            QSettings file(config.filePath(QStringLiteral("AgentDesk/AgentDesk.conf")),
                           QSettings::IniFormat);
            file.setValue(QLatin1String(agentdesk::DeskSettings::kLanguageKey), setting);
        }
        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), systemLocale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        desk.setProcessEnvironment(env);
        desk.start(QStringLiteral(AGENTDESK_BINARY), {QStringLiteral("--help")});
        QVERIFY2(desk.waitForFinished(30000), qPrintable(desk.errorString()));
        const QString help = QString::fromUtf8(desk.readAllStandardOutput());
        QVERIFY2(help.simplified().contains(expected), qPrintable(help));
    }

    void settingsDialogStoresTheLanguageForTheNextStart() {
        choose(QStringLiteral("fr"));
        SettingsDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QComboBox* combo = nullptr;
        for (auto* candidate : dialog.findChildren<QComboBox*>()) {
            if (candidate->accessibleName() == QLatin1String("Language"))
                combo = candidate;
        }
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Français"));
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names << combo->itemText(i);
        QCOMPARE(names, (QStringList{"System default", "English", "Deutsch", "Español", "Français",
                                     "Português (Brasil)"}));
        bool noteShown = false;
        for (auto* label : dialog.findChildren<QLabel*>())
            noteShown = noteShown || (label->text().contains(QLatin1String("after a restart")) &&
                                      label->isVisible());
        QVERIFY2(noteShown, "the dialog says a new language takes effect after a restart");

        // Alt+L reaches the combo from its label; Up moves from Français to Español
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), combo);
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentText(), QStringLiteral("Español"));
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(combo->currentText(), QStringLiteral("System default"));
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), QStringLiteral("Deutsch"));
        QTest::keyClick(combo, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(QSettings().value(QLatin1String(agentdesk::DeskSettings::kLanguageKey)).toString(),
                 QStringLiteral("de"));
        // applied at the next start, not now
        QCOMPARE(menuTitle(), QStringLiteral("&File"));
        QCOMPARE(Translations::install().language(), QLocale::German);

        SettingsDialog again;
        QComboBox* reopened = nullptr;
        for (auto* candidate : again.findChildren<QComboBox*>()) {
            if (candidate->accessibleName() == QLatin1String("Sprache"))
                reopened = candidate;
        }
        QVERIFY2(reopened, "after the restart the dialog itself is German");
        QCOMPARE(reopened->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(reopened->itemText(0), QStringLiteral("Systemstandard"));
    }
};

// "System default" must mean English here, whatever the machine running the test speaks.
int main(int argc, char* argv[]) {
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    TestI18nTranslator test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_i18n_translator.moc"
