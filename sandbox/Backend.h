#pragma once

#include "Http.h"

namespace sandbox {

//! One of the three APIs the sandbox speaks; the server picks it by path and asks it for the
//! backend's own error shapes when a fault is injected.
class Backend {
public:
    virtual ~Backend() = default;

    //! True when this backend serves the path (e.g. "/api/v1/..." for Rocket.Chat).
    virtual bool owns(const Request& request) const = 0;
    virtual Reply handle(const Request& request) = 0;
    //! The 500 this backend answers when it fails.
    virtual Reply serverError() const = 0;
    //! The 429 this backend answers when the rate limit is hit; the server adds the headers.
    virtual Reply tooManyRequests(int waitSeconds) const = 0;
};

} // namespace sandbox
