#include "BenchSupport.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace bench {

qint64 epochMicros() {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

qint64 monotonicNanos() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0: atEnd() would be true at once, so read until nothing comes
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').first().toLongLong();
    }
    return -1;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double share) {
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(share * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void report(const QJsonObject& figure) {
    const QByteArray line = QJsonDocument(figure).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString& message) {
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    return 1;
}

} // namespace bench
