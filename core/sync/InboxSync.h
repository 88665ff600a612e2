#pragma once

#include "RateBudget.h"
#include "backends/rocketchat/RocketChat.h"
#include "net/Clock.h"
#include "net/Backoff.h"
#include "store/Types.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace agentdesk {

class ApiError;
class Credentials;
class History;
class RocketChatRealtime;
class Transport;

//! Keeps the local history in step with what visitors write on the servers.
//!
//! Rocket.Chat accounts are followed live over the realtime websocket (RocketChatRealtime): a
//! new message is merged the moment the server pushes it, a room change refreshes the room
//! list, and after every (re)connect one catch-up round reads what was written meanwhile. While
//! the websocket is up no room history is polled. When it is refused or down, polling takes
//! over: the open rooms (`livechat/rooms`), then only the rooms whose last message (`lm`)
//! changed since they were read, from the newest message we have on (`ls`, paging back with
//! `end` when more arrived), within the server's rate-limit budget and one backoff per account
//! that honors 429's Retry-After / X-RateLimit-Reset.
//!
//! LiveChatAI lists the agent's conversations and reads the changed ones; SocialBoards has no
//! list endpoint, so its conversations are added by id and read one by one. Messages are merged
//! without duplicates, and the server's copy of one of our own replies is matched to its local
//! echo. Polling slows down while nothing happens and speeds up again on new messages or
//! pollSoon() (after a send).
class InboxSync : public QObject {
    Q_OBJECT
public:
    InboxSync(History* history, Transport* transport, const Credentials* credentials,
              QObject* parent = nullptr);
    ~InboxSync() override;

    //! Poll every `activeMs` while messages arrive, backing off to `idleMaxMs` when quiet.
    void setIntervals(int activeMs, int idleMaxMs);
    int currentIntervalMs() const { return m_intervalMs; }

    //! Follows Rocket.Chat accounts over the realtime websocket (on by default); off: polling only.
    void setRealtimeEnabled(bool enabled) { m_realtimeEnabled = enabled; }
    //! True while the account's websocket is signed in and subscribed.
    bool isLive(qint64 accountId) const;

    void start();
    void stop();
    //! Polls every account now (the outbox calls this after a send, the desk on demand).
    void pollSoon();

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
    //! An account's websocket came up (true) or went down (false).
    void realtimeChanged(qint64 accountId, bool live);
    //! A message pushed over the websocket was merged into the history.
    void realtimeMessageMerged(qint64 conversationId, const QString& remoteId);

private:
    friend class SyncRound;

    //! What polling remembers about one Rocket.Chat account's rooms between rounds.
    struct RocketChatRooms {
        QHash<QString, QDateTime> lastRead;           //!< rid -> the room's `lm` when read
        QHash<QString, rocketchat::Visitor> visitors; //!< rid -> the room's visitor
        bool caughtUp = false; //!< a round completed since the websocket came up
        bool refresh = false;  //!< the room list changed: read it even while live
    };

    void pollAll();
    void roundFinished(int newMessages);
    void reportAccount(qint64 accountId, const ApiError& error);
    //! Whether the account may be polled now, and if not, notes when it may.
    bool mayPoll(const Account& account, const QDateTime& now);
    //! After a failed round: 429 waits for the server's time, other failures back off.
    void backOff(qint64 accountId, const ApiError& error);
    //! Creates (or drops) the account's websocket, in step with the accounts.
    void followLive(const QList<Account>& accounts);
    void stopLive();
    void mergePushed(qint64 accountId, const rocketchat::Message& message);
    void onRoomChanged(qint64 accountId, const QString& rid, const QString& action, bool closed);
    //! Merges remote messages (any order) into a conversation; returns new visitor messages and
    //! adds the remote ids of all messages that were new to `added`.
    int merge(const Conversation& conversation, QList<Message> messages,
              QSet<QString>* added = nullptr);
    //! The next round no later than `when`.
    void wakeAt(const QDateTime& when);

    RateBudget m_budget;
    Backoff m_backoff;
    QHash<qint64, QDateTime> m_blockedUntil;
    QHash<qint64, int> m_failures;
    QHash<qint64, RocketChatRooms> m_rocketChat;
    QHash<qint64, RocketChatRealtime*> m_realtime;
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
