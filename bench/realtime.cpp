// bench-realtime: how long a visitor's message takes to reach the agent's screen over
// Rocket.Chat's realtime websocket, next to a bare websocket echo with the same server.
//
//   bench-realtime --messages N
//
// Runs the real desk (Desk::openDemo: a private agentdesk-sandbox process, MainWindow) with
// the demo room open. For each message: the visitor's POST livechat/message leaves (the sandbox
// stores the message on receipt), and the clock stops when the open conversation's message
// model has the row ("row") and when the window has painted it ("painted"). The baseline is a
// DDP ping/pong round trip on a bare QWebSocket to the same sandbox, in the same run.
#include "BenchSupport.h"
#include "PaintProbe.h"
#include "backends/rocketchat/realtime/DdpMessage.h"
#include "backends/rocketchat/realtime/RocketChatRealtime.h"
#include "demo/SandboxProcess.h"
#include "desk/Desk.h"
#include "store/History.h"
#include "sync/InboxSync.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/MessageView.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

using namespace agentdesk;
using namespace agentdesk::ui;

namespace {

using DeskWindow = bench::PaintProbe<MainWindow>;
const QString kRoom = QStringLiteral("hGFwSKA28nRKut3pD"); // the demo's first room

//! Runs the event loop until `done()` or `timeoutMs`; false on timeout.
template<class Done> bool waitUntil(Done done, int timeoutMs = 10000) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

//! DDP ping/pong round trips on a bare websocket to the sandbox; milliseconds each.
QList<double> echoRoundTrips(const QUrl& serverUrl, int count) {
    QWebSocket socket;
    QList<QByteArray> frames;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [&frames](const QString& text) { frames.append(text.toUtf8()); });
    socket.open(RocketChatRealtime::websocketUrl(serverUrl));
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }))
        return {};
    socket.sendTextMessage(QString::fromUtf8(ddp::connectFrame()));
    const auto received = [&frames](const QByteArray& msg) {
        for (const QByteArray& frame : frames) {
            const auto parsed = ddp::parseFrame(frame);
            if (parsed && parsed->msg == QLatin1String(msg))
                return true;
        }
        return false;
    };
    if (!waitUntil([&] { return received("connected"); }))
        return {};
    QList<double> trips;
    for (int i = 0; i < count; ++i) {
        frames.clear();
        const qint64 start = bench::monotonicNanos();
        socket.sendTextMessage(QString::fromUtf8(ddp::pingFrame(QString::number(i))));
        if (!waitUntil([&] { return received("pong"); }))
            return {};
        trips.append(double(bench::monotonicNanos() - start) / 1e6);
    }
    return trips;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("Visitor messages to time."),
                                      QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({messages});
    parser.process(app);
    const int count = std::max(1, parser.value(messages).toInt());

    QTemporaryDir dir;
    agentdesk::Desk workspace;
    if (!dir.isValid() || !workspace.openDemo(dir.path()))
        return bench::fail(QStringLiteral("cannot open the demo: %1").arg(workspace.errorString()));
    const QUrl server = workspace.sandbox()->baseUrl();
    DeskWindow window(workspace);
    window.resize(1280, 800);
    window.show();
    workspace.start();

    // Live, caught up, and the demo room open on screen.
    std::optional<Conversation> room;
    for (const Account& candidate : workspace.history()->accounts()) {
        if (candidate.backend == Backend::RocketChat &&
            waitUntil([&] { return workspace.sync()->isLive(candidate.id); }, 15000)) {
            waitUntil([&] {
                room = workspace.history()->conversationByRemoteId(candidate.id, kRoom);
                return room.has_value();
            });
        }
    }
    if (!room)
        return bench::fail(QStringLiteral("the desk never went live on the sandbox's websocket"));
    window.openConversation(room->id);
    if (!window.waitForPaint(0))
        return bench::fail(QStringLiteral("the desk never painted"));
    QAbstractItemModel* model = window.conversationPane()->messageView()->model();
    window.watch(window.conversationPane()->messageView()->viewport());

    QNetworkAccessManager network;
    QList<double> rows;
    QList<double> painted;
    for (int i = 0; i < count; ++i) {
        const int rowsBefore = model->rowCount();
        const int paintsBefore = window.paintsOfWatched();
        QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/livechat/message"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QJsonObject body{{QStringLiteral("token"), room->visitorToken},
                               {QStringLiteral("rid"), kRoom},
                               {QStringLiteral("msg"), QStringLiteral("Visitor line %1").arg(i)}};
        const qint64 start = bench::monotonicNanos();
        // Owned here: a deleteLater() would run inside the waits below.
        const std::unique_ptr<QNetworkReply> reply(
            network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        if (!waitUntil([&] { return model->rowCount() > rowsBefore; }, 5000))
            return bench::fail(QStringLiteral("message %1 never reached the model").arg(i));
        rows.append(double(bench::monotonicNanos() - start) / 1e6);
        if (!window.waitForPaintOfWatched(paintsBefore, 5000))
            return bench::fail(QStringLiteral("message %1 was never painted").arg(i));
        painted.append(double(bench::monotonicNanos() - start) / 1e6);
        if (!waitUntil([&] { return reply->isFinished(); }, 5000) ||
            reply->error() != QNetworkReply::NoError)
            return bench::fail(QStringLiteral("the visitor's POST %1 failed").arg(i));
    }
    const QList<double> echo = echoRoundTrips(server, std::max(count, 50));
    if (echo.isEmpty())
        return bench::fail(QStringLiteral("the bare websocket echo failed"));
    bench::report({{QStringLiteral("figure"), QStringLiteral("realtime")},
                   {QStringLiteral("messages"), count},
                   {QStringLiteral("rowP50Ms"), bench::percentile(rows, 0.5)},
                   {QStringLiteral("rowP95Ms"), bench::percentile(rows, 0.95)},
                   {QStringLiteral("paintedP50Ms"), bench::percentile(painted, 0.5)},
                   {QStringLiteral("paintedP95Ms"), bench::percentile(painted, 0.95)},
                   {QStringLiteral("echoP50Ms"), bench::percentile(echo, 0.5)},
                   {QStringLiteral("echoP95Ms"), bench::percentile(echo, 0.95)}});
    return 0;
}
