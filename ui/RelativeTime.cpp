#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace RelativeTime {

namespace {
QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("RelativeTime", text, nullptr, n);
}
} // namespace

QString timeOfDay(const QDateTime& when) {
    // Minutes are enough for a chat; some locales' short format still carries seconds.
    static const QString format = [] {
        QString f = QLocale().timeFormat(QLocale::ShortFormat);
        f.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
        return f;
    }();
    return QLocale().toString(when.toLocalTime().time(), format);
}

QString shortAgo(const QDateTime& when, const QDateTime& now) {
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const qint64 seconds = local.secsTo(localNow);
    if (seconds < 60 && seconds > -60)
        return tr("now");
    if (seconds > 0 && seconds < 3600)
        return tr("%n min", int(seconds / 60));
    const QDate day = local.date();
    const QDate today = localNow.date();
    if (day == today)
        return timeOfDay(local);
    if (day.addDays(1) == today)
        return tr("Yesterday");
    if (day > today.addDays(-7) && day < today)
        return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
    if (day.year() == today.year())
        return QLocale().toString(day, QStringLiteral("d MMM"));
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString dayLabel(const QDate& day, const QDate& today) {
    if (day == today)
        return tr("Today");
    if (day.addDays(1) == today)
        return tr("Yesterday");
    if (day.year() == today.year())
        return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

} // namespace RelativeTime
