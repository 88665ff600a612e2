#pragma once

#include "net/ApiError.h"

#include <QDateTime>

#include <chrono>
#include <random>

namespace agentdesk {

//! When to try a failed delivery again: exponential backoff with jitter, or the server's own
//! Retry-After / X-RateLimit-Reset when it gave one, never later than a cap.
//!
//! Kept in one place so every backend waits the same way (the endpoints never retry). The random
//! source is seeded so tests can assert exact times with an injected clock.
class Backoff {
public:
    struct Policy {
        std::chrono::milliseconds base{2'000};      //!< the nominal wait after the first failure
        std::chrono::milliseconds cap{15 * 60'000}; //!< no wait is longer, whatever the server says
        double jitter = 0.5; //!< the wait is drawn from [nominal * (1 - jitter), nominal]
    };

    Backoff();
    Backoff(Policy policy, quint32 seed);

    Policy policy() const { return m_policy; }
    void setPolicy(const Policy& policy) { m_policy = policy; }
    void reseed(quint32 seed) { m_random.seed(seed); }

    //! The nominal (jitter-free) wait before attempt number `failures + 1`: base * 2^(failures-1),
    //! capped. `failures` counts the failed attempts so far (1 after the first failure).
    std::chrono::milliseconds nominalDelay(int failures) const;
    //! A jittered wait in [nominal * (1 - jitter), nominal].
    std::chrono::milliseconds delay(int failures);

    //! When to try again after `error`, the `failures`-th failure in a row, seen at `now`: the
    //! server's retryAt() when it is in the future (capped at now + cap), otherwise now plus a
    //! jittered backoff.
    QDateTime nextAttempt(const ApiError& error, int failures, const QDateTime& now);

private:
    Policy m_policy;
    std::mt19937 m_random;
};

} // namespace agentdesk
