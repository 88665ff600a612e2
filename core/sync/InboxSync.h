#pragma once

#include "RateBudget.h"
#include "backends/Inbox.h"
#include "net/Backoff.h"
#include "net/Clock.h"
#include "store/Types.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

namespace agentdesk {

class ApiError;
class Credentials;
class History;
class LiveFollower;
class Poller;
class Transport;

//! Keeps the local history in step with what visitors write on the servers.
//!
//! Each backend reads its accounts through the Poller it registers (BackendPlugin), and a
//! backend with a live line (Rocket.Chat's realtime websocket, RocketChatLive) follows them
//! through its LiveFollower: while an account is live its pushes keep it current and it is only
//! polled to catch up after (re)connecting. The inbox owns the rhythm, the server's rate-limit
//! budget and one backoff per account that honors 429's Retry-After / X-RateLimit-Reset; what a
//! backend remembers about its rooms between rounds is its poller's.
//!
//! Messages are merged without duplicates, and the server's copy of one of our own replies is
//! matched to its local echo. Polling slows down while nothing happens and speeds up again on
//! new messages or pollSoon() (after a send).
class InboxSync : public QObject, private Inbox {
    Q_OBJECT
public:
    InboxSync(History* history, Transport* transport, const Credentials* credentials,
              QObject* parent = nullptr);
    ~InboxSync() override;

    //! Poll every `activeMs` while messages arrive, backing off to `idleMaxMs` when quiet.
    void setIntervals(int activeMs, int idleMaxMs);
    int currentIntervalMs() const { return m_intervalMs; }

    //! Follows accounts live where the backend can (Rocket.Chat's realtime websocket; on by
    //! default); off: polling only.
    void setRealtimeEnabled(bool enabled) { m_realtimeEnabled = enabled; }
    //! True while the account's live line (websocket) is signed in and subscribed.
    bool isLive(qint64 accountId) const;

    void start();
    void stop();
    //! Polls every account now (the outbox calls this after a send, the desk on demand).
    void pollSoon() override;

    //! Adds a SocialBoards conversation by id (there is no list endpoint) and reads it.
    std::optional<Conversation> addSocialBoardsConversation(qint64 accountId, qint64 remoteId,
                                                            const QString& title = {});

    //! The last known state of an account's connection: empty when fine, else the reason.
    QString accountProblem(qint64 accountId) const { return m_problems.value(accountId); }

signals:
    //! After each account's poll: ok, or the reason it failed (for the status bar).
    void accountStatusChanged(qint64 accountId, bool ok, const QString& message);
    //! New visitor messages arrived in a conversation (for notifications).
    void visitorMessagesArrived(qint64 conversationId, int count);
    //! A full round over all accounts ended.
    void pollFinished();
    //! A message pushed over the websocket was merged into the history.
    void realtimeMessageMerged(qint64 conversationId, const QString& remoteId);

private:
    friend class SyncRound;

    void pollAll();
    void roundFinished(int newMessages);
    void reportAccount(qint64 accountId, const ApiError& error);
    //! Whether the account may be polled now, and if not, notes when it may.
    bool mayPoll(const Account& account, const QDateTime& now);
    //! After a failed round: 429 waits for the server's time, other failures back off.
    void backOff(qint64 accountId, const ApiError& error);
    //! Opens (or drops) each backend's live lines, in step with the accounts.
    void followLive(const QList<Account>& accounts);
    void stopLive();
    //! The backend's poller and live follower (null: none), made from its plugin at construction.
    Poller* pollerFor(Backend backend) const;
    LiveFollower* liveFollowerFor(Backend backend) const;

    // Inbox: what the backends' pollers and live followers ask of the inbox
    History& history() const override { return *m_history; }
    Transport* transport() const override { return m_transport; }
    const Credentials* credentials() const override { return m_credentials; }
    int merge(const Conversation& conversation, QList<Message> messages,
              QSet<QString>* added = nullptr) override;
    void liveChanged(qint64 accountId, bool live) override;
    void pushMerged(qint64 conversationId, const QString& remoteId, int fresh) override;
    //! The next round no later than `when`.
    void wakeAt(const QDateTime& when);

    RateBudget m_budget;
    Backoff m_backoff;
    QHash<qint64, QDateTime> m_blockedUntil;
    QHash<qint64, int> m_failures;
    //! One per backend, for as long as the inbox lives (followers after their pollers).
    std::map<Backend, std::unique_ptr<Poller>> m_pollers;
    std::map<Backend, std::unique_ptr<LiveFollower>> m_followers;
    bool m_realtimeEnabled = true;
    QDateTime m_wakeAt;

    History* m_history;
    Transport* m_transport;
    const Credentials* m_credentials;
    QTimer m_timer;
    int m_activeMs = 3000;
    int m_idleMaxMs = 60'000;
    int m_intervalMs = 3000;
    bool m_polling = false;
    bool m_pollAgain = false;
    QHash<qint64, QString> m_problems;
};

} // namespace agentdesk
