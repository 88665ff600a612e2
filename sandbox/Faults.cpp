#include "Faults.h"

#include <QStringList>

#include <cmath>

namespace sandbox {

void Faults::setSettings(const Settings& settings) {
    if (settings.rateLimit != m_settings.rateLimit ||
        settings.rateWindowSeconds != m_settings.rateWindowSeconds)
        m_windows.clear();
    m_settings = settings;
}

bool Faults::parseRateLimit(const QString& text, int* limit, int* seconds) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("0") || trimmed == QLatin1String("off")) {
        *limit = 0;
        *seconds = 0;
        return true;
    }
    const QStringList parts = trimmed.split(u'/');
    bool limitOk = false;
    bool secondsOk = false;
    const int n = parts.value(0).toInt(&limitOk);
    const int s = parts.size() == 2 ? parts.at(1).toInt(&secondsOk) : 0;
    if (!limitOk || !secondsOk || n < 1 || s < 1)
        return false;
    *limit = n;
    *seconds = s;
    return true;
}

QJsonObject Faults::toJson() const {
    return {
        {QStringLiteral("latencyMs"), m_settings.latencyMs},
        {QStringLiteral("failRate"), m_settings.failRate},
        {QStringLiteral("rateLimit"), m_settings.rateLimit > 0
                                          ? QJsonValue(QStringLiteral("%1/%2")
                                                           .arg(m_settings.rateLimit)
                                                           .arg(m_settings.rateWindowSeconds))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hangAfterReceive"), m_settings.hangAfterReceive},
        {QStringLiteral("resetAfterReceive"), m_settings.resetAfterReceive},
        {QStringLiteral("refuseWebSocket"), m_settings.refuseWebSocket},
        {QStringLiteral("resetBeforeHandling"), m_settings.resetBeforeHandling},
    };
}

bool Faults::apply(const QJsonObject& changes, QString* error) {
    Settings next = m_settings;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue& value = it.value();
        if (key == QLatin1String("latencyMs") && value.isDouble() && value.toDouble() >= 0) {
            next.latencyMs = value.toInt();
        } else if (key == QLatin1String("failRate") && value.isDouble() && value.toDouble() >= 0 &&
                   value.toDouble() <= 1) {
            next.failRate = value.toDouble();
        } else if (key == QLatin1String("rateLimit") && (value.isString() || value.isNull())) {
            if (!parseRateLimit(value.toString(), &next.rateLimit, &next.rateWindowSeconds)) {
                *error = QStringLiteral("rateLimit must look like \"N/S\", e.g. \"10/60\"");
                return false;
            }
        } else if (key == QLatin1String("hangAfterReceive") && value.isBool()) {
            next.hangAfterReceive = value.toBool();
        } else if (key == QLatin1String("resetAfterReceive") && value.isBool()) {
            next.resetAfterReceive = value.toBool();
        } else if (key == QLatin1String("refuseWebSocket") && value.isBool()) {
            next.refuseWebSocket = value.toBool();
        } else if (key == QLatin1String("resetBeforeHandling") && value.isBool()) {
            next.resetBeforeHandling = value.toBool();
        } else {
            *error = QStringLiteral("unknown fault or bad value: %1").arg(key);
            return false;
        }
    }
    setSettings(next);
    return true;
}

bool Faults::shouldFail() {
    if (m_settings.failRate <= 0)
        return false;
    return m_settings.failRate >= 1 || m_random.generateDouble() < m_settings.failRate;
}

QString Faults::routeKey(const QByteArray& method, const QString& path) {
    // Routes whose last segment is an id; the others are their own pattern.
    static const QStringList withId = {
        QStringLiteral("/api/v1/livechat/messages.history/"),
        QStringLiteral("/api/v1/livechat/message/"),
        QStringLiteral("/api/v2/conversations/"),
    };
    QString pattern = path;
    for (const QString& prefix : withId) {
        if (path.startsWith(prefix) && path.indexOf(u'/', prefix.size()) < 0) {
            pattern = prefix + QStringLiteral(":id");
            break;
        }
    }
    const QString conversations = QStringLiteral("/chat/conversations/");
    if (path.startsWith(conversations)) {
        const qsizetype rest = path.indexOf(u'/', conversations.size());
        pattern = conversations + QStringLiteral(":id") + (rest < 0 ? QString() : path.mid(rest));
    }
    return QString::fromLatin1(method) + u' ' + pattern;
}

std::optional<Faults::RateDecision> Faults::countRequest(const QString& endpoint,
                                                         const QDateTime& now) {
    if (m_settings.rateLimit <= 0)
        return std::nullopt;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowMs = qint64(m_settings.rateWindowSeconds) * 1000;
    Window& window = m_windows[endpoint];
    if (window.startMs == 0 || nowMs >= window.startMs + windowMs)
        window = Window{nowMs, 0};
    RateDecision decision;
    decision.limit = m_settings.rateLimit;
    decision.resetMs = window.startMs + windowMs;
    decision.allowed = window.count < m_settings.rateLimit;
    if (decision.allowed)
        ++window.count;
    decision.remaining = m_settings.rateLimit - window.count;
    decision.retryAfterSeconds =
        std::max(1, int(std::ceil(double(decision.resetMs - nowMs) / 1000.0)));
    return decision;
}

} // namespace sandbox
