#include "MainWindow.h"

#include <agentdesk/Version.h>

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AgentDesk"));
    QApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(agentdesk::kVersion));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
