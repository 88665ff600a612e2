#pragma once

#include "store/Types.h"

#include <QList>

namespace agentdesk {

//! How one backend follows its accounts live (Rocket.Chat's realtime websocket): a line per
//! account that pushes new messages and room changes into the inbox. One per backend that has
//! such a line, owned by InboxSync; while an account is live, polling only catches up.
class LiveFollower {
public:
    virtual ~LiveFollower() = default;

    //! Opens, keeps or drops a line per account so that exactly `accounts` (this backend's
    //! accounts with what signing in needs) are followed; an account signed in again gets a new
    //! line with the new secret.
    virtual void follow(const QList<Account>& accounts) = 0;
    //! Closes every line (InboxSync::stop()); follow() opens them again.
    virtual void stop() = 0;
    //! True while the account's line is signed in and subscribed.
    virtual bool isLive(qint64 accountId) const = 0;
};

} // namespace agentdesk
