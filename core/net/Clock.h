#pragma once

#include <QDateTime>

#include <functional>

namespace agentdesk {

//! The current time, injectable so rate limits and backoff can be tested without waiting.
using Clock = std::function<QDateTime()>;

inline Clock systemClock() {
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace agentdesk
