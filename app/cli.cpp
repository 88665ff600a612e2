#include "Cli.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace {

//! Log lines quote what servers and workspaces said: they reach the terminal through
//! terminalSafe() like everything else the tool prints.
void printLogSafely(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QString line = agentdesk::cli::terminalSafe(qFormatLogMessage(type, context, message));
    fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    fflush(stderr);
    if (type == QtFatalMsg)
        abort();
}

} // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler(printLogSafely);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-cli"));
    // A shell tool speaks through its output and exit code; diagnostics only when asked for.
    // The history's warnings are what the tool itself prints as its error (a read-only folder,
    // a full disk): not twice, and not in SQLite's words before the plain ones.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("agentdesk.*.info=false\nagentdesk.history*.warning=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return agentdesk::cli::Failure;
    return agentdesk::cli::run(QCoreApplication::arguments().mid(1),
                               QProcessEnvironment::systemEnvironment(), out, err, in);
}
