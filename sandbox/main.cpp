// agentdesk-sandbox: a loopback HTTP peer speaking Rocket.Chat, SocialBoards and LiveChatAI.
// Prints its base URL as the first line of stdout, then serves until SIGTERM/SIGINT.

#include "SandboxServer.h"
#include "SimulatedVisitors.h"
#include "desk/StopSignals.h"
#include "World.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcMain, "agentdesk.sandbox.main")

namespace {
constexpr int kUsageError = 2;

int usageError(const QString& message) {
    std::fprintf(stderr, "agentdesk-sandbox: %s\n", qPrintable(message));
    return kUsageError;
}

bool toInt(const QString& text, int minimum, int maximum, int* value) {
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    *value = number;
    return true;
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A loopback server speaking the Rocket.Chat, SocialBoards and LiveChatAI APIs for the "
        "AgentDesk demo and tests. Prints http://127.0.0.1:PORT as its first line."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address; only 127.0.0.1 is allowed."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Load and save the data in this JSON file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed, for reproducible runs."),
                                  QStringLiteral("N"));
    const QCommandLineOption visitors(QStringLiteral("visitors"),
                                      QStringLiteral("Simulated visitors chatting at once."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption pace(QStringLiteral("visitor-pace"),
                                  QStringLiteral("Mean milliseconds between visitor actions."),
                                  QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every answer by MS milliseconds."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Answer this share of requests with 500."),
                                      QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("At most N requests per S seconds and "
                                                      "endpoint, then 429."),
                                       QStringLiteral("N/S"));
    const QCommandLineOption hang(QStringLiteral("hang-after-receive"),
                                  QStringLiteral("Carry out requests but never answer."));
    const QCommandLineOption reset(QStringLiteral("reset-after-receive"),
                                   QStringLiteral("Carry out requests, then reset the "
                                                  "connection."));
    const QCommandLineOption refuseWebSocket(
        QStringLiteral("refuse-websocket"),
        QStringLiteral("Close every realtime websocket at once (clients must poll)."));
    const QCommandLineOption log(QStringLiteral("log"),
                                 QStringLiteral("Append every request as a JSON line."),
                                 QStringLiteral("FILE"));
    parser.addOptions({port, bind, state, seed, visitors, pace, latency, failRate, rateLimit, hang,
                       reset, refuseWebSocket, log});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));

    const QString address = parser.value(bind);
    if (QHostAddress(address) != QHostAddress(QHostAddress::LocalHost) &&
        address != QLatin1String("localhost"))
        return usageError(QStringLiteral("refusing to bind to %1: the sandbox listens on "
                                         "127.0.0.1 only")
                              .arg(address));
    int portNumber = 0;
    int visitorCount = 0;
    int paceMs = 0;
    sandbox::Faults::Settings faults;
    if (!toInt(parser.value(port), 0, 65535, &portNumber))
        return usageError(QStringLiteral("--port must be 0..65535"));
    if (!toInt(parser.value(visitors), 0, 1000, &visitorCount))
        return usageError(QStringLiteral("--visitors must be 0..1000"));
    if (!toInt(parser.value(pace), 10, 3'600'000, &paceMs))
        return usageError(QStringLiteral("--visitor-pace must be 10..3600000 ms"));
    if (!toInt(parser.value(latency), 0, 600'000, &faults.latencyMs))
        return usageError(QStringLiteral("--latency must be 0..600000 ms"));
    bool ok = false;
    faults.failRate = parser.value(failRate).toDouble(&ok);
    if (!ok || faults.failRate < 0 || faults.failRate > 1)
        return usageError(QStringLiteral("--fail-rate must be between 0 and 1"));
    if (parser.isSet(rateLimit) &&
        !sandbox::Faults::parseRateLimit(parser.value(rateLimit), &faults.rateLimit,
                                         &faults.rateWindowSeconds))
        return usageError(QStringLiteral("--rate-limit must look like N/S, e.g. 10/60"));
    faults.hangAfterReceive = parser.isSet(hang);
    faults.resetAfterReceive = parser.isSet(reset);
    faults.refuseWebSocket = parser.isSet(refuseWebSocket);
    quint32 seedValue = 0;
    if (parser.isSet(seed)) {
        seedValue = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed must be a non-negative integer"));
    } else {
        seedValue = QRandomGenerator::system()->generate();
    }

    sandbox::World world(seedValue);
    const QString stateFile = parser.value(state);
    QString error;
    if (!stateFile.isEmpty() && QFileInfo::exists(stateFile)) {
        if (!world.load(stateFile, &error)) {
            std::fprintf(stderr, "agentdesk-sandbox: cannot load state %s: %s\n",
                         qPrintable(stateFile), qPrintable(error));
            return 1;
        }
    } else {
        sandbox::seedDemoWorld(world);
    }
    QTimer saveTimer;
    saveTimer.setSingleShot(true);
    saveTimer.setInterval(300);
    const auto save = [&] {
        QString saveError;
        if (!stateFile.isEmpty() && !world.save(stateFile, &saveError))
            qCWarning(lcMain) << "cannot save state" << stateFile << ":" << saveError;
    };
    if (!stateFile.isEmpty()) {
        save();
        QObject::connect(&world, &sandbox::World::changed, &saveTimer, qOverload<>(&QTimer::start));
        QObject::connect(&saveTimer, &QTimer::timeout, &app, save);
    }

    // Installed before the address is announced: whoever reads it may stop us at once.
    agentdesk::StopSignals stopSignals;
    QObject::connect(&stopSignals, &agentdesk::StopSignals::stopRequested, &app, [](int signal) {
        qCInfo(lcMain) << "stopping on signal" << signal;
        QCoreApplication::quit();
    });
    sandbox::SandboxServer server(world, seedValue);
    server.faults().setSettings(faults);
    if (parser.isSet(log) && !server.setLogFile(parser.value(log), &error)) {
        std::fprintf(stderr, "agentdesk-sandbox: cannot open log %s: %s\n",
                     qPrintable(parser.value(log)), qPrintable(error));
        return 1;
    }
    if (!server.listen(quint16(portNumber))) {
        std::fprintf(stderr, "agentdesk-sandbox: cannot listen on 127.0.0.1:%d\n", portNumber);
        return 1;
    }
    std::fprintf(stdout, "%s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);

    sandbox::SimulatedVisitors simulated(world, visitorCount, paceMs);
    QObject::connect(&simulated, &sandbox::SimulatedVisitors::acted, &app,
                     [](const QString& what) { qCInfo(lcMain).noquote() << what; });
    simulated.start();

    const int code = QCoreApplication::exec();
    simulated.stop();
    saveTimer.stop();
    save();
    return code;
}
