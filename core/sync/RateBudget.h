#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

namespace agentdesk {

//! What a server's rate limiter still allows, per route, as its own headers last said.
//!
//! Rocket.Chat limits each route pattern (`GET /api/v1/livechat/messages.history/:rid` counts
//! every room together), by default to 10 requests a minute, and tells the remaining budget in
//! `X-RateLimit-Remaining` / `X-RateLimit-Reset` on every answer. The inbox asks here before
//! each read, so a round stops at the budget and resumes when the window resets instead of
//! collecting 429s.
class RateBudget {
public:
    //! Records what an answer from `url` said about its route's window.
    void record(const QUrl& url, int limit, int remaining, const QDateTime& resetAt);
    //! Counts one request about to go to `url` (answers arrive later; requests in flight count).
    void spend(const QUrl& url);

    //! When the next request to `url` may go: `now` when the budget allows it (or nothing is
    //! known), else the reset time of its window.
    QDateTime nextAllowed(const QUrl& url, const QDateTime& now) const;
    bool allows(const QUrl& url, const QDateTime& now) const {
        return nextAllowed(url, now) <= now;
    }

    //! The rate-limited unit of a URL: origin plus route pattern, a room or message id in the
    //! path replaced by its placeholder ("…/livechat/messages.history/:rid").
    static QString routeOf(const QUrl& url);

private:
    struct Window {
        int limit = 0;
        int remaining = 0;
        QDateTime resetAt;
    };
    QHash<QString, Window> m_windows;
};

} // namespace agentdesk
