#pragma once

#include <QByteArray>
#include <QFile>

#include <sys/resource.h>

//! Resident memory as Linux reports it, for the tests that bound what a hostile server can make
//! the desk or the command line hold.
namespace PeakMemory {

//! A field of /proc/self/status in KiB (VmRSS: now, VmHWM: the peak), -1 when unreadable.
inline qint64 statusKiB(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline qint64 currentKiB() {
    return statusKiB("VmRSS");
}
inline qint64 peakKiB() {
    return statusKiB("VmHWM");
}

//! Starts the peak (VmHWM) afresh at the current size, so it measures only what follows
//! (Linux 4.0 and later); false when the kernel does not allow it.
inline bool resetPeak() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

//! The largest peak resident size of the child processes waited for so far, in KiB.
inline qint64 childrenPeakKiB() {
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
    return usage.ru_maxrss;
}

} // namespace PeakMemory
