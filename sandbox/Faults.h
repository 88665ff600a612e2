#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace sandbox {

//! The misbehaviour the sandbox is asked for: slow answers, server errors, rate limits, and
//! requests that are read (and carried out) but never answered or answered by a reset.
//!
//! Set from the command line and changed at run time through `POST /_admin/faults`, so a test
//! or a demo can switch a fault on and off without restarting the peer.
class Faults {
public:
    struct Settings {
        int latencyMs = 0;
        double failRate = 0; //!< share of requests answered with 500, 0..1
        int rateLimit = 0;   //!< requests per window and endpoint; 0: no limit
        int rateWindowSeconds = 0;
        bool hangAfterReceive = false;
        bool resetAfterReceive = false;
        bool refuseWebSocket = false; //!< close every realtime websocket at once (and new ones)
        //! The request is read but not carried out, then the connection is reset: what a client
        //! sees when a kept-alive connection the server had already closed takes a request.
        bool resetBeforeHandling = false;
    };

    //! What the rate limiter decided for one request (only when a limit is set).
    struct RateDecision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetMs = 0;        //!< absolute epoch milliseconds of the window's end
        int retryAfterSeconds = 0; //!< whole seconds until resetMs, at least 1
    };

    explicit Faults(quint32 seed)
        : m_random(seed) {}

    const Settings& settings() const { return m_settings; }
    void setSettings(const Settings& settings);

    //! Parses "N/S" (N requests per S seconds); "0", "off" or "" switch the limit off.
    static bool parseRateLimit(const QString& text, int* limit, int* seconds);

    QJsonObject toJson() const;
    //! Applies `{latencyMs, failRate, rateLimit, hangAfterReceive, resetAfterReceive,
    //! resetBeforeHandling}` (any subset); on a bad key or value changes nothing and says why.
    bool apply(const QJsonObject& changes, QString* error);

    //! Draws whether this request fails with a 500.
    bool shouldFail();
    //! What a rate limit counts as one endpoint: method plus route pattern, as Rocket.Chat does
    //! (every room's `messages.history/:rid` shares one window).
    static QString routeKey(const QByteArray& method, const QString& path);
    //! Counts one request against the endpoint's window; nothing when no limit is set.
    std::optional<RateDecision> countRequest(const QString& endpoint, const QDateTime& now);

private:
    struct Window {
        qint64 startMs = 0;
        int count = 0;
    };

    Settings m_settings;
    QRandomGenerator m_random;
    QHash<QString, Window> m_windows;
};

} // namespace sandbox
