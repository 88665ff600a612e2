#include "StartupTrace.h"

#include <QElapsedTimer>

Q_LOGGING_CATEGORY(lcStartup, "agentdesk.ui.startup", QtInfoMsg)

namespace StartupTrace {

void mark(const char* phase) {
    if (!lcStartup().isDebugEnabled())
        return;
    static QElapsedTimer sinceFirst;
    static qint64 previousNanos = 0;
    if (!sinceFirst.isValid())
        sinceFirst.start();
    const qint64 now = sinceFirst.nsecsElapsed();
    qCDebug(lcStartup, "%-28s %7.2f ms (%7.2f ms since the first mark)", phase,
            double(now - previousNanos) / 1e6, double(now) / 1e6);
    previousNanos = now;
}

} // namespace StartupTrace
