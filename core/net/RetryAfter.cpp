#include "RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

namespace agentdesk {

QDateTime parseHttpDate(const QByteArray& value) {
    QString text = QString::fromLatin1(value).simplified();
    // The weekday adds nothing and makes Qt reject two-digit years (RFC 850), so drop it.
    const qsizetype firstSpace = text.indexOf(u' ');
    if (firstSpace > 0)
        text = text.mid(firstSpace + 1);
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850 and asctime, in that order of likelihood.
    static const char* const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'",
        "dd-MMM-yy HH:mm:ss 'GMT'",
        "MMM d HH:mm:ss yyyy",
    };
    for (const char* format : formats) {
        QDateTime parsed = c.toDateTime(text, QString::fromLatin1(format));
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::utc());
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100); // two-digit years of RFC 850
            return parsed;
        }
    }
    return {};
}

QDateTime parseRetryAfterValue(const QByteArray& raw, const QDateTime& now) {
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return {};
    bool allDigits = true;
    for (char ch : value)
        allDigits = allDigits && ch >= '0' && ch <= '9';
    if (allDigits) {
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (!ok) // more digits than fit: "a very long time", let the caller cap it
            return now.addYears(100);
        return now.addSecs(std::min<qint64>(seconds, qint64(100) * 365 * 24 * 3600));
    }
    const QDateTime date = parseHttpDate(value);
    if (!date.isValid() || date < now)
        return {};
    return date;
}

QDateTime retryAfter(const HttpResponse& response, const QDateTime& now) {
    const QDateTime fromHeader = parseRetryAfterValue(response.header("retry-after"), now);
    if (fromHeader.isValid())
        return fromHeader;
    const QByteArray reset = response.header("x-ratelimit-reset").trimmed();
    bool ok = false;
    const qint64 epochMs = reset.toLongLong(&ok);
    if (ok && epochMs > 0) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
        if (when > now)
            return when;
    }
    return {};
}

} // namespace agentdesk
