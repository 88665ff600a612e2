#pragma once

#include "store/Types.h"

#include <QList>
#include <QSet>
#include <QString>

namespace agentdesk {

class Credentials;
class History;
class Transport;

//! What a backend's live follower may ask of the inbox it works for (InboxSync implements it):
//! the history, merging what the server pushed, and telling the desk a line came up or went
//! down. Pollers get the same through their SyncRound.
class Inbox {
public:
    virtual History& history() const = 0;
    virtual Transport* transport() const = 0;
    virtual const Credentials* credentials() const = 0;

    //! Merges remote messages (any order) into a conversation; returns new visitor messages and
    //! adds the remote ids of all messages that were new to `added`.
    virtual int merge(const Conversation& conversation, QList<Message> messages,
                      QSet<QString>* added = nullptr) = 0;
    //! Polls every account now (a room the follower does not know yet, a changed room list).
    virtual void pollSoon() = 0;
    //! The account's live line came up (the account is fine; one catch-up round follows) or went
    //! down (polling takes over).
    virtual void liveChanged(qint64 accountId, bool live) = 0;
    //! A pushed message was merged; `fresh` new visitor messages speed polling up again.
    virtual void pushMerged(qint64 conversationId, const QString& remoteId, int fresh) = 0;

protected:
    ~Inbox() = default;
};

} // namespace agentdesk
