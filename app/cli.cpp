#include <agentdesk/Version.h>

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(agentdesk::kVersion));
    QTextStream(stdout) << "agentdesk-cli " << agentdesk::kVersion << '\n';
    return 0;
}
