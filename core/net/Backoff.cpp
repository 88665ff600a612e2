#include "Backoff.h"

#include <algorithm>

namespace agentdesk {

Backoff::Backoff()
    : Backoff(Policy(), std::random_device{}()) {}

Backoff::Backoff(Policy policy, quint32 seed)
    : m_policy(policy)
    , m_random(seed) {}

std::chrono::milliseconds Backoff::nominalDelay(int failures) const {
    const qint64 cap = std::max<qint64>(0, m_policy.cap.count());
    qint64 wait = std::max<qint64>(1, m_policy.base.count());
    for (int i = 1; i < failures && wait < cap; ++i)
        wait *= 2; // stops doubling at the cap, so it never overflows
    return std::chrono::milliseconds(std::min(wait, cap));
}

std::chrono::milliseconds Backoff::delay(int failures) {
    const qint64 nominal = nominalDelay(failures).count();
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const auto lowest = static_cast<qint64>(static_cast<double>(nominal) * (1.0 - jitter));
    std::uniform_int_distribution<qint64> pick(lowest, nominal);
    return std::chrono::milliseconds(pick(m_random));
}

QDateTime Backoff::nextAttempt(const ApiError& error, int failures, const QDateTime& now) {
    const QDateTime latest = now.addMSecs(m_policy.cap.count());
    const QDateTime asked = error.retryAt();
    if (asked.isValid() && asked > now)
        return std::min(asked, latest);
    return now.addMSecs(delay(failures).count());
}

} // namespace agentdesk
