// agentdesk: the desk. Parses the command line, opens the workspace, shows the window.
#include "MainWindow.h"
#include "Screenshot.h"
#include "Workspace.h"

#include <agentdesk/Version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AgentDesk"));
    QApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(agentdesk::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.agentdesk.AgentDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A fast, keyboard-first desk for support agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep the history and settings in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Run on the loopback sandbox with demo accounts."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to FILE.png after it painted, exit."),
        QStringLiteral("FILE.png"));
    parser.addOptions({dataDir, demo, screenshot});
    parser.process(app);

    const bool quiet = parser.isSet(screenshot);
    const auto fail = [&](const QString& message) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(message));
        if (!quiet)
            QMessageBox::critical(nullptr, QApplication::translate("main", "AgentDesk"), message);
        return 1;
    };

    Workspace workspace;
    const bool opened = parser.isSet(demo) ? workspace.openDemo(parser.value(dataDir))
                                           : workspace.open(parser.value(dataDir));
    if (!opened)
        return fail(workspace.errorString());

    MainWindow window(workspace.services());
    window.show();
    if (!parser.isSet(screenshot)) {
        workspace.start();
        return QApplication::exec();
    }
    // A screenshot shows the workspace as it is: nothing is sent or synced meanwhile.
    Screenshot shot(&window, parser.value(screenshot));
    int status = 0;
    QObject::connect(&shot, &Screenshot::finished, &app, [&](bool ok, const QString& error) {
        if (!ok)
            status = fail(error);
        QApplication::quit();
    });
    shot.arm();
    QApplication::exec();
    return status;
}
