// agentdesk: the desk. Parses the command line, opens the core Desk, shows its window.
#include "desk/Desk.h"
#include "desk/StopSignals.h"
#include "sync/InboxSync.h"
#include "ui/conversations/ConversationListPane.h"
#include "ui/settings/Translations.h"
#include "ui/window/FirstPaint.h"
#include "ui/window/HistoryNotice.h"
#include "ui/window/MainWindow.h"
#include "ui/window/Screenshot.h"

#include <agentdesk/Version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QMessageBox>
#include <QTimer>

#include <QPalette>
#include <QStyleFactory>

#include <cstdio>
#include <memory>

using namespace agentdesk::ui;

namespace {

//! A neutral dark palette in the spirit of the desktop's own dark themes.
QPalette darkPalette() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf5));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

//! --help and --version only print: they get a QCoreApplication and so work with no display.
bool onlyPrints(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--data-dir" || arg == "--screenshot")
            ++i; // their value is not an option
        else if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" ||
                 arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    const std::unique_ptr<QCoreApplication> app(
        onlyPrints(argc, argv) ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QApplication::setApplicationName(QStringLiteral("AgentDesk"));
    QApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(agentdesk::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.agentdesk.AgentDesk"));
    // The system's language or the one chosen in Settings, before any text is made (--help too).
    Translations::install();

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
    parser.process(*app);
    // For screenshots and checks of the dark theme on platforms that have none (offscreen).
    if (qEnvironmentVariable("AGENTDESK_PALETTE") == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());

    const bool quiet = parser.isSet(screenshot);
    const auto fail = [&](const QString& message) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(message));
        if (!quiet)
            QMessageBox::critical(nullptr, QApplication::translate("main", "AgentDesk"), message);
        return 1;
    };

    // SIGTERM / SIGINT end the desk as closing its window does (the Desk, and with it the demo
    // sandbox, are torn down by the destructors below), not by the signal's default action.
    // A signal during startup (the demo waits for its sandbox in an event loop of its own)
    // is kept, so the desk ends as soon as it can instead of opening anyway.
    agentdesk::StopSignals stopSignals;
    bool stopRequested = false;
    QObject::connect(&stopSignals, &agentdesk::StopSignals::stopRequested, app.get(),
                     [&stopRequested] {
                         stopRequested = true;
                         QCoreApplication::exit(0);
                     });

    agentdesk::Desk desk;
    const bool opened = parser.isSet(demo) ? desk.openDemo(parser.value(dataDir))
                                           : desk.open(parser.value(dataDir));
    if (stopRequested)
        return 0;
    if (!opened)
        return fail(desk.errorString());

    MainWindow window(desk);
    QObject::connect(&desk, &agentdesk::Desk::historyDamageFound, window.historyNotice(),
                     &HistoryNotice::showDamageFound);
    window.show();
    if (!parser.isSet(screenshot)) {
        // The keychain, the outbox and the sync start once the desk is on screen.
        FirstPaint::then(&window, &desk, [&desk] { desk.start(); });
        return stopRequested ? 0 : QApplication::exec();
    }
    // A screenshot shows the workspace as it is: nothing is sent or synced meanwhile, except in
    // the demo, whose conversations arrive with the first sync round.
    Screenshot shot(&window, parser.value(screenshot));
    if (parser.isSet(demo)) {
        desk.start();
        QEventLoop firstRound;
        QObject::connect(desk.sync(), &agentdesk::InboxSync::pollFinished, &firstRound,
                         &QEventLoop::quit);
        QTimer::singleShot(10000, &firstRound, &QEventLoop::quit);
        firstRound.exec();
        if (window.listPane()->currentConversationId() == 0)
            window.listPane()->moveBy(1);
    }
    int status = 0;
    QObject::connect(&shot, &Screenshot::finished, app.get(), [&](bool ok, const QString& error) {
        if (!ok)
            status = fail(error);
        QApplication::quit();
    });
    shot.arm();
    QApplication::exec();
    return status;
}
