#pragma once

#include "backends/LiveFollower.h"
#include "backends/rocketchat/RocketChat.h"

#include <QList>
#include <QTimer>

#include <map>
#include <memory>

namespace agentdesk {

class Inbox;
class RocketChatPoller;
class RocketChatRealtime;

//! Follows Rocket.Chat accounts over the realtime websocket (RocketChatRealtime), one line per
//! account: a new message is merged the moment the server pushes it, a room change refreshes the
//! room list, and after every (re)connect one catch-up round reads what was written meanwhile.
//! What it learns about the rooms it keeps with the poller (RocketChatPoller::rooms()).
class RocketChatLive final : public LiveFollower {
public:
    RocketChatLive(Inbox& inbox, RocketChatPoller& poller);
    ~RocketChatLive() override;

    void follow(const QList<Account>& accounts) override;
    void stop() override;
    bool isLive(qint64 accountId) const override;

private:
    //! Pushed messages wait for the end of the burst (the next turn of the event loop): then
    //! each conversation gets one merge, one model update and one notification for all of them.
    void queuePushed(qint64 accountId, const rocketchat::Message& message);
    void mergeQueued();
    void mergePushed(qint64 accountId, const QString& rid,
                     const QList<rocketchat::Message>& messages);
    void onRoomChanged(qint64 accountId, const QString& rid, const QString& action, bool closed);

    Inbox& m_inbox;
    RocketChatPoller& m_poller;
    std::map<qint64, std::unique_ptr<RocketChatRealtime>> m_lines; //!< by account id
    QList<std::pair<qint64, rocketchat::Message>> m_queued;        //!< (account, message)
    QTimer m_mergeTimer;
};

} // namespace agentdesk
