#include "RateBudget.h"

#include <QStringList>

namespace agentdesk {

QString RateBudget::routeOf(const QUrl& url) {
    // Rocket.Chat routes whose last segment is an id (`:rid`, `:_id`).
    static const QStringList withId = {QStringLiteral("/livechat/messages.history/"),
                                       QStringLiteral("/livechat/message/")};
    QString path = url.path();
    for (const QString& prefix : withId) {
        const qsizetype at = path.indexOf(prefix);
        if (at >= 0 && path.indexOf(u'/', at + prefix.size()) < 0) {
            path = path.left(at + prefix.size()) + QStringLiteral(":id");
            break;
        }
    }
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':' +
           QString::number(url.port()) + path;
}

void RateBudget::record(const QUrl& url, int limit, int remaining, const QDateTime& resetAt) {
    Window& window = m_windows[routeOf(url)];
    // Answers can arrive out of order: within the same window the lowest remaining count wins.
    if (window.resetAt == resetAt)
        window.remaining = std::min(window.remaining, remaining);
    else if (!window.resetAt.isValid() || resetAt > window.resetAt)
        window.remaining = remaining;
    else
        return; // an answer from an older window
    window.limit = limit;
    window.resetAt = resetAt;
}

void RateBudget::spend(const QUrl& url) {
    const auto it = m_windows.find(routeOf(url));
    if (it != m_windows.end() && it->remaining > 0)
        --it->remaining;
}

QDateTime RateBudget::nextAllowed(const QUrl& url, const QDateTime& now) const {
    const auto it = m_windows.constFind(routeOf(url));
    if (it == m_windows.cend() || !it->resetAt.isValid() || it->resetAt <= now || it->remaining > 0)
        return now;
    return it->resetAt;
}

} // namespace agentdesk
