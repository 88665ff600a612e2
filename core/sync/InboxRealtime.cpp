// InboxSync's realtime half: one RocketChatRealtime per Rocket.Chat account, and what its
// pushes do to the history. The polling half is in InboxSync.cpp and SyncRound.

#include "InboxSync.h"

#include "RocketChatMessage.h"

#include "accounts/Credentials.h"
#include "net/ApiError.h"
#include "realtime/RocketChatRealtime.h"
#include "store/History.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace agentdesk {

bool InboxSync::isLive(qint64 accountId) const {
    const RocketChatRealtime* realtime = m_realtime.value(accountId);
    return realtime && realtime->isLive();
}

void InboxSync::followLive(const QList<Account>& accounts) {
    QSet<qint64> wanted;
    for (const Account& account : accounts) {
        if (!m_realtimeEnabled || account.backend != Backend::RocketChat)
            continue;
        const rocketchat::Server server{account.serverUrl, account.userId,
                                        m_credentials ? m_credentials->secret(account.id)
                                                      : QString()};
        if (server.authToken.isEmpty() || server.userId.isEmpty())
            continue;
        wanted.insert(account.id);
        RocketChatRealtime* realtime = m_realtime.value(account.id);
        if (realtime && (realtime->server().authToken != server.authToken ||
                         realtime->server().baseUrl != server.baseUrl)) {
            delete realtime; // signed in again or moved: a new line with the new token
            realtime = nullptr;
        }
        if (!realtime) {
            realtime = new RocketChatRealtime(server, this);
            m_realtime.insert(account.id, realtime);
            const qint64 id = account.id;
            connect(realtime, &RocketChatRealtime::live, this, [this, id] {
                RocketChatRooms& rooms = m_rocketChat[id];
                rooms.caughtUp = false; // read once what was written while the line was down
                reportAccount(id, {});
                emit realtimeChanged(id, true);
                pollSoon();
            });
            connect(realtime, &RocketChatRealtime::down, this, [this, id](const QString& why) {
                m_rocketChat[id].caughtUp = false;
                qCInfo(lcSync).noquote() << "account" << id << "polls: realtime down:" << why;
                emit realtimeChanged(id, false);
            });
            connect(realtime, &RocketChatRealtime::messageReceived, this,
                    [this, id](const rocketchat::Message& message) { mergePushed(id, message); });
            connect(realtime, &RocketChatRealtime::roomChanged, this,
                    [this, id](const QString& rid, const QString& action, bool closed) {
                        onRoomChanged(id, rid, action, closed);
                    });
        }
        realtime->start();
    }
    for (auto it = m_realtime.begin(); it != m_realtime.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value(); // the account is gone (or realtime switched off)
        m_rocketChat.remove(it.key());
        it = m_realtime.erase(it);
    }
}

void InboxSync::stopLive() {
    for (RocketChatRealtime* realtime : std::as_const(m_realtime))
        realtime->stop();
}

void InboxSync::mergePushed(qint64 accountId, const rocketchat::Message& message) {
    RocketChatRooms& rooms = m_rocketChat[accountId];
    const auto conversation = m_history->conversationByRemoteId(accountId, message.rid);
    const auto visitor = rooms.visitors.constFind(message.rid);
    if (!conversation || visitor == rooms.visitors.cend()) {
        // A room we have not listed yet: list the rooms, which reads its history too.
        rooms.refresh = true;
        pollSoon();
        return;
    }
    const std::optional<Account> agent = m_history->account(accountId);
    if (!agent)
        return; // the account was removed while the push was on its way
    const int fresh = merge(*conversation, {fromRocketChat(message, *visitor, *agent)});
    // Once caught up, a pushed message is as good as a read: polling need not read the room for
    // it. Before that, the catch-up read must still see the room as changed.
    if (rooms.caughtUp && isLive(accountId)) {
        QDateTime& lastRead = rooms.lastRead[message.rid];
        if (!lastRead.isValid() || message.ts > lastRead)
            lastRead = message.ts;
    }
    if (fresh > 0)
        m_intervalMs = m_activeMs;
    emit realtimeMessageMerged(conversation->id, message.id);
}

void InboxSync::onRoomChanged(qint64 accountId, const QString& rid, const QString& action,
                              bool closed) {
    RocketChatRooms& rooms = m_rocketChat[accountId];
    const auto conversation = m_history->conversationByRemoteId(accountId, rid);
    // A new message also updates its room: that is covered by the push itself. A new, closed,
    // removed or unknown room changes the list.
    const bool listChanged = rid.isEmpty() || action != QLatin1String("updated") || !conversation ||
                             !rooms.visitors.contains(rid) || (closed && conversation->open);
    if (!listChanged)
        return;
    rooms.refresh = true;
    pollSoon();
}

} // namespace agentdesk
