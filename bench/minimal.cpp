// bench-minimal: the baseline of startup and memory, a minimal Qt Widgets program: one main
// window with a label, the same size as the desk's, measured exactly like the desk.
#include "BenchSupport.h"
#include "PaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[]) {
    const qint64 mainEpochMicros = bench::epochMicros();
    QApplication app(argc, argv);
    bench::PaintProbe<QMainWindow> window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 800);
    window.show();
    if (!window.waitForPaint(0))
        return bench::fail(QStringLiteral("the window never painted"));
    const qint64 painted = window.firstPaintEpochMicros();
    // Resident memory once the start has settled: the same pause in both programs.
    QTimer::singleShot(500, &app, &QApplication::quit);
    QApplication::exec();
    bench::report({{QStringLiteral("figure"), QStringLiteral("start")},
                   {QStringLiteral("paintEpochMicros"), double(painted)},
                   {QStringLiteral("mainEpochMicros"), double(mainEpochMicros)},
                   {QStringLiteral("rssKiB"), double(bench::residentKiB())}});
    return 0;
}
