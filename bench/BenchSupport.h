#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

//! What every bench driver shares: clocks, resident memory and the one line of JSON per figure
//! that bench/run reads from its stdout.
namespace bench {

//! Wall-clock time in microseconds since the epoch (CLOCK_REALTIME): comparable across
//! processes, so bench/run can measure from the moment it spawned a program.
qint64 epochMicros();
//! Monotonic time in nanoseconds, for intervals inside one process.
qint64 monotonicNanos();
//! VmRSS of this process in KiB (from /proc/self/status), or -1.
qint64 residentKiB();

double median(QList<double> values);
//! The value below which `share` (0..1) of the values fall (nearest rank).
double percentile(QList<double> values, double share);

//! Prints one figure as a JSON line on stdout and flushes it.
void report(const QJsonObject& figure);
//! Prints a problem on stderr and returns 1 (for `return fail(...)` in main).
int fail(const QString& message);

} // namespace bench
