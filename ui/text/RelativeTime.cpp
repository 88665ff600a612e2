#include "ui/text/RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace agentdesk {
namespace ui {

namespace RelativeTime {

namespace {

//! lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
};

} // namespace

QString timeOfDay(const QDateTime& when) {
    // Minutes are enough for a chat; some locales' short format still carries seconds. Worked
    // out once per locale: this runs for every bubble painted.
    static QLocale formatLocale(QLocale::c());
    static QString format;
    const QLocale locale;
    if (format.isEmpty() || locale != formatLocale) {
        formatLocale = locale;
        format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    }
    return locale.toString(when.toLocalTime().time(), format);
}

QString shortAgo(const QDateTime& when, const QDateTime& now) {
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const qint64 seconds = local.secsTo(localNow);
    if (seconds < 60 && seconds > -60)
        return Text::tr("now");
    if (seconds > 0 && seconds < 3600)
        return Text::tr("%n min", "minutes ago, in the conversation list", int(seconds / 60));
    const QDate day = local.date();
    const QDate today = localNow.date();
    if (day == today)
        return timeOfDay(local);
    if (day.addDays(1) == today)
        return Text::tr("Yesterday");
    if (day > today.addDays(-7) && day < today)
        return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
    if (day.year() == today.year())
        return QLocale().toString(
            day, Text::tr("d MMM", "QDate::toString format: a day this year, short month name"));
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString dayLabel(const QDate& day, const QDate& today) {
    if (day == today)
        return Text::tr("Today");
    if (day.addDays(1) == today)
        return Text::tr("Yesterday");
    if (day.year() == today.year())
        return QLocale().toString(
            day, Text::tr("dddd d MMMM",
                          "QDate::toString format: the day separator's date this year, with the "
                          "weekday and the full month name"));
    return QLocale().toString(day, QLocale::LongFormat);
}

} // namespace RelativeTime

} // namespace ui
} // namespace agentdesk
