// bench-desk: drives the real desk window (MainWindow on a core Desk) over a generated
// workspace and reports start, memory, opening a conversation and scrolling, one JSON line each.
//
//   bench-desk start --data-dir W            first paint time and resident memory after start
//   bench-desk use --data-dir W [...]        open/scroll timings, then memory after heavy use
//   bench-desk scroll-baseline --data-dir W  a stock QListView scrolling the same messages
#include "desk/Desk.h"
#include "BenchSupport.h"
#include "ui/conversations/ConversationListModel.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/window/FirstPaint.h"
#include "ui/window/MainWindow.h"
#include "ui/conversation/MessageModel.h"
#include "ui/conversation/MessageView.h"
#include "PaintProbe.h"
#include "desk/StartupTrace.h"
#include "store/History.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMainWindow>
#include <QScrollBar>
#include <QStringListModel>
#include <QTimer>

using namespace agentdesk;
using namespace agentdesk::ui;

namespace {

using DeskWindow = bench::PaintProbe<MainWindow>;

struct Manifest {
    qint64 busyConversationId = 0;
    qint64 smallConversationId = 0;
};

bool readManifest(const QString& dataDir, Manifest* manifest) {
    QFile file(dataDir + QStringLiteral("/bench-workspace.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    manifest->busyConversationId = qint64(o.value(QLatin1String("busyConversationId")).toDouble());
    manifest->smallConversationId =
        qint64(o.value(QLatin1String("smallConversationId")).toDouble());
    return manifest->busyConversationId > 0 && manifest->smallConversationId > 0;
}

//! Lets the start settle (deferred work, first timers) before memory is read; the minimal
//! program waits the same.
void settle(int ms = 500) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double millisSince(qint64 startNanos) {
    return double(bench::monotonicNanos() - startNanos) / 1e6;
}

//! Opens a conversation and waits until the window has painted its messages (the message view
//! lays the new conversation out and paints it in an update after the list's and the header's,
//! so the window's first paint after the click is not the one); milliseconds, or -1.
double openAndPaint(DeskWindow& window, qint64 conversationId) {
    window.watch(window.conversationPane()->messageView()->viewport());
    const qint64 start = bench::monotonicNanos();
    window.openConversation(conversationId);
    if (window.conversationPane()->conversationId() != conversationId ||
        !window.waitForPaintOfWatched(0))
        return -1;
    return millisSince(start);
}

//! Moves a list up by one of its pages and waits until the list has painted; milliseconds, or -1.
template<class Window> double scrollPageUp(Window& window, QAbstractItemView* view) {
    QScrollBar* bar = view->verticalScrollBar();
    window.watch(view->viewport());
    const qint64 start = bench::monotonicNanos();
    bar->setValue(bar->value() - bar->pageStep());
    if (!window.waitForPaintOfWatched(0))
        return -1;
    return millisSince(start);
}

//! Where the start goes: QApplication up to main(), the workspace, the window, its first paint.
struct StartPhases {
    qint64 mainEpochMicros = 0;
    qint64 workspaceOpenedEpochMicros = 0;
};

int runStart(agentdesk::Desk& workspace, const StartPhases& phases) {
    const qint64 windowStart = bench::epochMicros();
    DeskWindow window(workspace);
    window.resize(1280, 800);
    const qint64 windowBuilt = bench::epochMicros();
    StartupTrace::mark("window built");
    window.show();
    // as agentdesk does: the keychain, the outbox and the sync once the first frame is painted
    FirstPaint::then(&window, &workspace, [&workspace] { workspace.start(); });
    if (!window.waitForPaint(0))
        return bench::fail(QStringLiteral("the desk never painted"));
    const qint64 painted = window.firstPaintEpochMicros();
    StartupTrace::mark("first paint");
    settle();
    bench::report({{QStringLiteral("figure"), QStringLiteral("start")},
                   {QStringLiteral("paintEpochMicros"), double(painted)},
                   {QStringLiteral("mainEpochMicros"), double(phases.mainEpochMicros)},
                   {QStringLiteral("workspaceMs"),
                    double(phases.workspaceOpenedEpochMicros - phases.mainEpochMicros) / 1000},
                   {QStringLiteral("windowMs"), double(windowBuilt - windowStart) / 1000},
                   {QStringLiteral("showToPaintMs"), double(painted - windowBuilt) / 1000},
                   {QStringLiteral("rssKiB"), double(bench::residentKiB())}});
    return 0;
}

int runUse(agentdesk::Desk& workspace, const Manifest& manifest, const QCommandLineParser& parser) {
    const int opens = parser.value(QStringLiteral("opens")).toInt();
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    const int visits = parser.value(QStringLiteral("visits")).toInt();
    const int scrollMessages = parser.value(QStringLiteral("scroll-messages")).toInt();

    DeskWindow window(workspace);
    window.resize(1280, 800);
    window.show();
    FirstPaint::then(&window, &workspace, [&workspace] { workspace.start(); });
    if (!window.waitForPaint(0))
        return bench::fail(QStringLiteral("the desk never painted"));
    settle();
    const qint64 idleKiB = bench::residentKiB();

    // 1. Opening the busy conversation; the small one in between is the baseline: the same
    // path, a conversation a ten-thousandth the size.
    QList<double> busyOpens, smallOpens;
    // The desk opens at the first conversation of its list: when that is the small one, opening
    // it changes nothing and paints nothing, so the busy one is opened first.
    if (window.conversationPane()->conversationId() == manifest.smallConversationId &&
        openAndPaint(window, manifest.busyConversationId) < 0)
        return bench::fail(QStringLiteral("opening a conversation did not paint"));
    for (int i = 0; i < opens; ++i) {
        const double small = openAndPaint(window, manifest.smallConversationId);
        const double busy = openAndPaint(window, manifest.busyConversationId);
        if (small < 0 || busy < 0)
            return bench::fail(QStringLiteral("opening a conversation did not paint"));
        smallOpens << small;
        busyOpens << busy;
    }
    bench::report({{QStringLiteral("figure"), QStringLiteral("open")},
                   {QStringLiteral("busyMs"), bench::median(busyOpens)},
                   {QStringLiteral("smallMs"), bench::median(smallOpens)},
                   {QStringLiteral("busyP95Ms"), bench::percentile(busyOpens, 0.95)}});

    // 2. Scrolling the busy conversation up page by page (older pages load on the way).
    MessageView* view = window.conversationPane()->messageView();
    QList<double> steps;
    for (int i = 0; i < pages; ++i) {
        const double ms = scrollPageUp(window, view);
        if (ms < 0)
            return bench::fail(QStringLiteral("scrolling did not paint"));
        steps << ms;
    }
    bench::report({{QStringLiteral("figure"), QStringLiteral("scroll")},
                   {QStringLiteral("medianMs"), bench::median(steps)},
                   {QStringLiteral("p95Ms"), bench::percentile(steps, 0.95)},
                   {QStringLiteral("maxMs"), bench::percentile(steps, 1.0)},
                   {QStringLiteral("pages"), pages},
                   {QStringLiteral("viewportWidth"), view->viewport()->width()},
                   {QStringLiteral("viewportHeight"), view->viewport()->height()}});

    // 3. Heavy use: visit conversations down the list, then read far back into the busy one.
    ConversationListModel* list = window.conversationModel();
    while (list->rowCount() < visits && list->canFetchMore({}))
        list->fetchMore({}); // what scrolling down the list does
    const int visitCount = qMin(visits, list->rowCount());
    for (int row = 0; row < visitCount; ++row) {
        const qint64 id =
            list->index(row).data(ConversationListModel::ConversationIdRole).toLongLong();
        if (openAndPaint(window, id) < 0)
            return bench::fail(QStringLiteral("visiting conversation %1 did not paint").arg(id));
    }
    if (openAndPaint(window, manifest.busyConversationId) < 0)
        return bench::fail(QStringLiteral("reopening the busy conversation did not paint"));
    MessageModel* model = window.conversationPane()->messageModel();
    // The model holds a window of the history, so what was read is counted as it comes in.
    int scrolled = model->rowCount();
    const QMetaObject::Connection counting =
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                         [&scrolled](const QModelIndex&, int first, int last) {
                             if (first == 0)
                                 scrolled += last - first + 1;
                         });
    const qint64 scrollStart = bench::monotonicNanos();
    window.watch(view->viewport());
    while (scrolled < scrollMessages && model->canFetchMore({})) {
        const int before = window.paintsOfWatched();
        const int rows = scrolled;
        view->verticalScrollBar()->setValue(0); // the top: the view pages older history in
        if (!window.waitForPaintOfWatched(before))
            return bench::fail(QStringLiteral("scrolling back did not paint"));
        if (scrolled == rows)
            QCoreApplication::processEvents(); // a fetch may be queued behind the paint
    }
    QObject::disconnect(counting);
    const double scrollSeconds = millisSince(scrollStart) / 1000;
    settle();
    bench::report({{QStringLiteral("figure"), QStringLiteral("memory")},
                   {QStringLiteral("idleKiB"), double(idleKiB)},
                   {QStringLiteral("afterUseKiB"), double(bench::residentKiB())},
                   {QStringLiteral("visited"), visitCount},
                   {QStringLiteral("scrolledMessages"), scrolled},
                   {QStringLiteral("heldMessages"), model->rowCount()},
                   {QStringLiteral("scrollSeconds"), scrollSeconds}});
    return 0;
}

//! The same messages in a stock QListView (default delegate, word wrap), in a window the size
//! of the desk's message view: what Qt itself costs to paint a page of them.
int runScrollBaseline(agentdesk::Desk& workspace, const Manifest& manifest,
                      const QCommandLineParser& parser) {
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    const int width = parser.value(QStringLiteral("width")).toInt();
    const int height = parser.value(QStringLiteral("height")).toInt();
    // Enough rows for every page even when each is one line high (a full run's 200 pages of
    // 600 px hold ~7,000 one-line messages; 30 a page ran out at the top, so a page up never
    // painted and the whole step failed).
    const int lineHeight = QFontMetrics(QApplication::font()).height();
    const int wanted = (pages + 2) * (height / std::max(1, lineHeight) + 1);
    QStringList texts;
    std::optional<MessageKey> before;
    while (texts.size() < wanted) {
        const QList<Message> page =
            workspace.history()->messagesBefore(manifest.busyConversationId, before, 500);
        if (page.isEmpty())
            break;
        QStringList older;
        for (const Message& m : page)
            older << m.text;
        texts = older + texts;
        before = MessageKey{page.first().createdAt.toMSecsSinceEpoch(), page.first().id};
    }
    QStringListModel model(texts);
    bench::PaintProbe<QMainWindow> window;
    auto* view = new QListView(&window);
    view->setWordWrap(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(width, height);
    window.show();
    if (!window.waitForPaint(0))
        return bench::fail(QStringLiteral("the list never painted"));
    window.watch(view->viewport());
    view->scrollToBottom();
    window.waitForPaintOfWatched(0);
    QScrollBar* bar = view->verticalScrollBar();
    if (bar->maximum() - bar->minimum() < pages * bar->pageStep())
        return bench::fail(QStringLiteral("%1 messages fill fewer than %2 pages of the stock list")
                               .arg(texts.size())
                               .arg(pages));
    QList<double> steps;
    for (int i = 0; i < pages; ++i) {
        const double ms = scrollPageUp(window, view);
        if (ms < 0)
            return bench::fail(QStringLiteral("scrolling the stock list did not paint"));
        steps << ms;
    }
    bench::report({{QStringLiteral("figure"), QStringLiteral("scrollBaseline")},
                   {QStringLiteral("medianMs"), bench::median(steps)},
                   {QStringLiteral("p95Ms"), bench::percentile(steps, 0.95)},
                   {QStringLiteral("rows"), int(texts.size())}});
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    StartPhases phases;
    phases.mainEpochMicros = bench::epochMicros();
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("AgentDesk-bench"));
    QApplication::setOrganizationName(QStringLiteral("AgentDesk-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("start, use or scroll-baseline"));
    const auto option = [](const char* name, const char* help, const char* fallback) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("N"), QString::fromLatin1(fallback));
    };
    parser.addOptions({
        QCommandLineOption(QStringLiteral("data-dir"), QStringLiteral("The workspace."),
                           QStringLiteral("DIR")),
        option("opens", "use: times each conversation is opened", "15"),
        option("pages", "use, scroll-baseline: pages scrolled", "200"),
        option("visits", "use: conversations visited", "1000"),
        option("scroll-messages", "use: messages scrolled back through", "100000"),
        option("width", "scroll-baseline: list width", "900"),
        option("height", "scroll-baseline: list height", "600"),
    });
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    Manifest manifest;
    if (dataDir.isEmpty() || !readManifest(dataDir, &manifest))
        return bench::fail(QStringLiteral("--data-dir must name a workspace of bench/generate"));

    StartupTrace::mark("arguments");
    agentdesk::Desk workspace;
    if (!workspace.open(dataDir))
        return bench::fail(workspace.errorString());
    phases.workspaceOpenedEpochMicros = bench::epochMicros();
    if (mode == QLatin1String("start"))
        return runStart(workspace, phases);
    if (mode == QLatin1String("use"))
        return runUse(workspace, manifest, parser);
    if (mode == QLatin1String("scroll-baseline"))
        return runScrollBaseline(workspace, manifest, parser);
    return bench::fail(QStringLiteral("unknown mode %1").arg(mode));
}
