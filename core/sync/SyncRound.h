#pragma once

#include "store/Types.h"

#include <QObject>

#include <functional>

namespace agentdesk {

class ApiError;
class Credentials;
class History;
class InboxSync;
class Poller;
class Transport;

//! One poll of one account: the account's backend (its Poller) fetches and merges into the
//! history through it; it reports, then deletes itself. What every backend's reading shares
//! lives here: the rate-limit budget, merging, stepping through conversations one at a time.
class SyncRound : public QObject {
    Q_OBJECT
public:
    //! Called once with the error (none on success) and how many visitor messages were new.
    using Done = std::function<void(const ApiError& error, int newVisitorMessages)>;

    SyncRound(InboxSync* sync, History* history, Transport* transport,
              const Credentials* credentials, const Account& account, Poller* poller, Done done);

    void setDone(Done done) { m_done = std::move(done); }
    void start();
    //! False when the round stopped early at the server's rate-limit budget (not an error: the
    //! inbox resumes when the window resets).
    bool complete() const { return m_complete; }

    const Account& account() const { return m_account; }
    History& history() const { return *m_history; }
    Transport& transport() const { return *m_transport; }
    //! The account's saved secret (token, API key); empty when none is saved.
    QString secret() const;

    //! Merges remote messages (any order) into a conversation and counts the new visitor
    //! messages for this round; adds the remote ids of all messages that were new to `added`.
    int merge(const Conversation& conversation, QList<Message> messages,
              QSet<QString>* added = nullptr);
    //! Moves a conversation's last activity forward to the server's, so an unchanged
    //! conversation is not read again.
    void rememberActivity(qint64 conversationId, const QDateTime& activity);
    //! True when the server's rate-limit budget allows a request to `url` now (and counts it);
    //! else ends the round early and asks the inbox to resume when the window resets.
    bool admit(const QUrl& url);
    //! Ends the round (once): reports `error` (none: success) and deletes the round later.
    void finish(const ApiError& error);

    //! Runs `step` for each item in turn, then `then`; stops at the first error.
    template<class Item>
    void forEach(QList<Item> items, std::function<void(const Item&, std::function<void()>)> step,
                 std::function<void()> then);

private:
    InboxSync* m_sync;
    History* m_history;
    Transport* m_transport;
    const Credentials* m_credentials;
    Account m_account;
    Poller* m_poller;
    Done m_done;
    int m_newMessages = 0;
    bool m_finished = false;
    bool m_complete = true;
};

template<class Item>
void SyncRound::forEach(QList<Item> items,
                        std::function<void(const Item&, std::function<void()>)> step,
                        std::function<void()> then) {
    if (m_finished)
        return;
    if (items.isEmpty())
        return then();
    const Item first = items.takeFirst();
    step(first, [this, items = std::move(items), step, then]() mutable {
        forEach<Item>(std::move(items), step, then);
    });
}

} // namespace agentdesk
