#include "CliContext.h"

#include <QBuffer>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::cli;

//! The flags every network command shares, as the commands parse them.
class TestCliContext : public QObject {
    Q_OBJECT

    static int deadlineAfterParsing(const QStringList& arguments, QString* help = nullptr) {
        QProcessEnvironment environment;
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        CliContext context(environment, out, err, in);
        context.addCommonOptions();
        bool helpShown = false;
        if (!context.parse(arguments, &helpShown))
            return -1;
        if (help)
            *help = context.parser.helpText();
        return context.transport.limits().deadlineMs;
    }

private slots:
    //! Issue 18: without --timeout the tool gave up after Transport's 120 s, though --help says
    //! 60 s.
    void defaultTimeoutIsTheOneHelpNames() {
        QString help;
        QCOMPARE(deadlineAfterParsing({"send"}, &help), 60'000);
        QVERIFY2(help.contains("(default 60)"), qPrintable(help));
    }

    void timeoutFlagSetsTheDeadline() {
        QCOMPARE(deadlineAfterParsing({"send", "--timeout", "5"}), 5'000);
        QCOMPARE(deadlineAfterParsing({"send", "--timeout", "0"}), -1);
    }
};

QTEST_GUILESS_MAIN(TestCliContext)
#include "tst_cli_context.moc"
