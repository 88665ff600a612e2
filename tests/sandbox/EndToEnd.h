#pragma once

#include "net/Result.h"

#include <QTest>

#include <functional>
#include <optional>

//! Calls one of the core's endpoint functions and waits for its result (or a TimedOut error).
template<class T>
agentdesk::Result<T>
await(const std::function<void(std::function<void(agentdesk::Result<T>)>)>& call,
      int timeoutMs = 5000) {
    std::optional<agentdesk::Result<T>> result;
    call([&result](agentdesk::Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return agentdesk::ApiError(agentdesk::ApiError::Kind::TimedOut,
                                   QStringLiteral("test wait"));
    return *result;
}
