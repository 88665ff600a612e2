#include "Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-cli"));
    // A shell tool speaks through its output and exit code; diagnostics only when asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("agentdesk.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return agentdesk::cli::Failure;
    return agentdesk::cli::run(QCoreApplication::arguments().mid(1),
                               QProcessEnvironment::systemEnvironment(), out, err, in);
}
