#pragma once

#include "net/Clock.h"
#include "store/Types.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace agentdesk {

class ApiError;
class Credentials;
class History;
class Transport;

//! Keeps the local history in step with what visitors write on the servers.
//!
//! Polls the read endpoints of every account: Rocket.Chat discovers the agent's open rooms
//! (`livechat/rooms`) and reads each room's history; LiveChatAI lists the agent's conversations
//! and reads the changed ones; SocialBoards has no list endpoint, so its conversations are added
//! by id and read one by one. Messages are merged without duplicates, and the server's copy of
//! one of our own replies is matched to its local echo. Polling slows down while nothing happens
//! and speeds up again on new messages or pollSoon() (after a send).
class InboxSync : public QObject {
    Q_OBJECT
public:
    InboxSync(History* history, Transport* transport, const Credentials* credentials,
              QObject* parent = nullptr);
    ~InboxSync() override;

    //! Poll every `activeMs` while messages arrive, backing off to `idleMaxMs` when quiet.
    void setIntervals(int activeMs, int idleMaxMs);
    int currentIntervalMs() const { return m_intervalMs; }

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

private:
    friend class SyncRound;
    void pollAll();
    void roundFinished(int newMessages);
    void reportAccount(qint64 accountId, const ApiError& error);

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
