#pragma once

#include "store/Types.h"

namespace agentdesk {

class SyncRound;

//! How one backend reads an account's conversations in a poll round: which to list, which to
//! read, and how a remote message becomes a history message. One per backend, owned by InboxSync
//! for as long as it runs; what it remembers between rounds (Rocket.Chat's rooms) is its own.
//!
//! InboxSync owns the rhythm, the rate-limit budget and the backoff; a Poller only reads.
class Poller {
public:
    virtual ~Poller() = default;

    //! Whether the account is read in this round. `live`: its live line is up, which keeps it
    //! current, so only a catch-up (or a changed room list) is read.
    virtual bool wantsRound(const Account& account, bool live) const {
        Q_UNUSED(account);
        return !live;
    }
    //! Reads the account once through `round` (history, transport, merge, rate-limit budget)
    //! and ends with round.finish().
    virtual void poll(SyncRound& round) = 0;
    //! A round over the account ended without error and complete; `live`: the live line was up
    //! before the round and still is, so pushes alone keep it current from now on.
    virtual void roundCompleted(const Account& account, bool live) {
        Q_UNUSED(account);
        Q_UNUSED(live);
    }
};

} // namespace agentdesk
