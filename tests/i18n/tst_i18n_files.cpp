// The committed .ts files are complete, well-formed translations of exactly the strings the
// sources have. docs/translations.md says how to fix a failure.
#include "TsFile.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString kSourceDir = QStringLiteral(AGENTDESK_SOURCE_DIR);
const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                QStringLiteral("pt_BR")};
const QString kHowToFix =
    QStringLiteral("Fix: scripts/update-translations (or cmake --build <build dir> --target "
                   "update_translations), translate the entries left unfinished (linguist "
                   "translations/agentdesk_*.ts), and commit the .ts files.");

QString tsPath(const QString& language) {
    return kSourceDir + QStringLiteral("/translations/agentdesk_") + language +
           QStringLiteral(".ts");
}

//! %1..%99 and %n, and canned-reply placeholders like {visitor.name}, each once: what a
//! translation has to keep.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)|\\{[a-z]+(\\.[a-z]+)*\\}"));
    QStringList found;
    for (const auto& match : re.globalMatch(text))
        found << match.captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

//! The HTML tags, in order: a translation keeps the markup.
QStringList tags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("<[^<>]+>"));
    QStringList found;
    for (const auto& match : re.globalMatch(text))
        found << match.captured(0);
    return found;
}

//! Keyboard accelerators: '&' before a character other than '&' or a space ("&&" is a literal &).
int accelerators(const QString& text) {
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString listed(QStringList keys) {
    std::sort(keys.begin(), keys.end());
    for (QString& key : keys)
        key.replace(u'\n', QStringLiteral("\\n"));
    return QStringLiteral("\n    ") + keys.join(QStringLiteral("\n    "));
}

} // namespace

class TestI18nFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(tsPath(kLanguages.first())),
                 qPrintable(tsPath(kLanguages.first())));
    }

    void everyEntryIsTranslated_data() { languages(); }
    void everyEntryIsTranslated() {
        QFETCH(QString, language);
        const TsFile ts = TsFile::read(tsPath(language));
        QVERIFY2(ts.error.isEmpty(),
                 qPrintable(tsPath(language) + QStringLiteral(": ") + ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const TsMessage& m : ts.messages) {
            const QString where = QStringLiteral("line %1: %2").arg(m.line).arg(m.key());
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(" [") + m.type + u']';
            else if (m.forms.isEmpty() ||
                     std::any_of(m.forms.cbegin(), m.forms.cend(),
                                 [](const QString& form) { return form.isEmpty(); }))
                problems << where + QStringLiteral(" [empty translation]");
        }
        report(problems.isEmpty(),
               QStringLiteral("%1 has %2 unfinished, obsolete or empty entries:%3")
                   .arg(tsPath(language))
                   .arg(problems.size())
                   .arg(listed(problems)));
    }

    void translationsKeepPlaceholdersMarkupAndAccelerators_data() { languages(); }
    void translationsKeepPlaceholdersMarkupAndAccelerators() {
        QFETCH(QString, language);
        const TsFile ts = TsFile::read(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        for (const TsMessage& m : ts.messages) {
            for (const QString& form : m.forms) {
                const QString where =
                    QStringLiteral("line %1: %2 -> %3").arg(m.line).arg(m.key(), form);
                if (placeholders(form) != placeholders(m.source))
                    problems << where + QStringLiteral(" [placeholders ") +
                                    placeholders(m.source).join(u' ') + QStringLiteral(" vs ") +
                                    placeholders(form).join(u' ') + u']';
                if (tags(form) != tags(m.source))
                    problems << where + QStringLiteral(" [markup differs]");
                if (accelerators(form) != accelerators(m.source))
                    problems << where + QStringLiteral(" [%1 accelerator(s), the source has %2]")
                                            .arg(accelerators(form))
                                            .arg(accelerators(m.source));
            }
        }
        report(problems.isEmpty(), QStringLiteral("%1 has %2 translation(s) that do not keep "
                                                  "their source's form:%3")
                                       .arg(tsPath(language))
                                       .arg(problems.size())
                                       .arg(listed(problems)));
    }

    //! lupdate over the same sources as scripts/update-translations and the update_translations
    //! target, into a scratch file: every string it finds is in every .ts file, and nothing else.
    void sourcesAndFilesHoldTheSameStrings() {
        const TsFile probe = lupdateProbe();
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QSet<QString> inSources;
        for (const TsMessage& m : probe.messages)
            inSources.insert(m.key());
        QVERIFY2(inSources.size() > 100, "lupdate found almost no strings: wrong folders?");

        QStringList failures;
        for (const QString& language : kLanguages) {
            const TsFile ts = TsFile::read(tsPath(language));
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QSet<QString> inFile;
            for (const TsMessage& m : ts.messages)
                inFile.insert(m.key());
            const QStringList missing = (inSources - inFile).values();
            const QStringList stale = (inFile - inSources).values();
            if (!missing.isEmpty())
                failures << QStringLiteral("%1 lacks %2 string(s) of the sources (context | "
                                           "source):%3")
                                .arg(tsPath(language))
                                .arg(missing.size())
                                .arg(listed(missing));
            if (!stale.isEmpty())
                failures << QStringLiteral("%1 holds %2 string(s) no longer in the sources:%3")
                                .arg(tsPath(language))
                                .arg(stale.size())
                                .arg(listed(stale));
        }
        report(failures.isEmpty(), failures.join(u'\n'));
    }

    //! Code that names a context itself (QCoreApplication::translate("X", ...),
    //! Q_DECLARE_TR_FUNCTIONS(X)) must name one lupdate filed strings under: a free tr() helper
    //! passing its text on to translate("X", text) hides the strings from lupdate, which files
    //! them under the calling class instead, and they are never translated at run time.
    void everyContextTheCodeNamesHasItsStrings() {
        const TsFile probe = lupdateProbe();
        QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
        QSet<QString> contexts;
        for (const TsMessage& m : probe.messages)
            contexts.insert(m.context);
        static const QRegularExpression named(
            QStringLiteral("(?:Application::translate\\(\\s*\"([^\"]+)\"|"
                           "Q_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)\\s*\\))"));
        QStringList unmatched;
        const QStringList roots = {QStringLiteral("core"), QStringLiteral("ui")};
        QStringList files = {kSourceDir + QStringLiteral("/app/desk.cpp")};
        for (const QString& root : roots) {
            QDirIterator it(kSourceDir + u'/' + root,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        for (const QString& path : files) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString code = QString::fromUtf8(file.readAll());
            for (const auto& match : named.globalMatch(code)) {
                const QString context =
                    match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
                if (!contexts.contains(context))
                    unmatched << QStringLiteral("%1:%2: context \"%3\"")
                                     .arg(QDir(kSourceDir).relativeFilePath(path))
                                     .arg(code.left(match.capturedStart()).count(u'\n') + 1)
                                     .arg(context);
            }
        }
        report(unmatched.isEmpty(),
               QStringLiteral("%1 context(s) named in the code hold no strings lupdate can see, so "
                              "their texts are never translated:%2")
                   .arg(unmatched.size())
                   .arg(listed(unmatched)),
               QStringLiteral("Fix: replace the tr() helper with struct XText { "
                              "Q_DECLARE_TR_FUNCTIONS(X) }; and call XText::tr(\"...\") (see "
                              "docs/translations.md), then run scripts/update-translations."));
    }

private:
    //! lupdate over the same sources and with the same options as scripts/update-translations,
    //! into a scratch .ts file; run once per test run.
    static TsFile lupdateProbe() {
        static const TsFile probe = [] {
            TsFile result;
            const QString lupdate = QStringLiteral(AGENTDESK_LUPDATE);
            QTemporaryDir scratch;
            const QString probePath = scratch.filePath(QStringLiteral("probe.ts"));
            QProcess process;
            process.setWorkingDirectory(kSourceDir);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(lupdate,
                          {QStringLiteral("-silent"), QStringLiteral("-extensions"),
                           QStringLiteral("cpp,h"), QStringLiteral("-no-obsolete"),
                           QStringLiteral("-locations"), QStringLiteral("none"),
                           QStringLiteral("-I"), QStringLiteral("."),
                           QStringLiteral("core"), QStringLiteral("ui"),
                           QStringLiteral("app/desk.cpp"), QStringLiteral("-ts"), probePath});
            if (!scratch.isValid() || !process.waitForFinished(120000) ||
                process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
                result.error = lupdate + QStringLiteral(" failed: ") + process.errorString() +
                               u'\n' + QString::fromLocal8Bit(process.readAll());
                return result;
            }
            result = TsFile::read(probePath);
            return result;
        }();
        return probe;
    }

    //! QTest cuts long failure messages: the whole list goes to the log, the fix to the failure.
    static void report(bool ok, const QString& details, const QString& fix = kHowToFix) {
        if (ok)
            return;
        qWarning().noquote() << details;
        QFAIL(qPrintable(QStringLiteral("see the list above. ") + fix));
    }

    void languages() {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }
};

QTEST_GUILESS_MAIN(TestI18nFiles)
#include "tst_i18n_files.moc"
