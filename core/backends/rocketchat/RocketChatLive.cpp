#include "RocketChatLive.h"

#include "RocketChatMessage.h"
#include "RocketChatPolling.h"

#include "accounts/Credentials.h"
#include "backends/Inbox.h"
#include "backends/rocketchat/realtime/RocketChatRealtime.h"
#include "store/History.h"

#include <QLoggingCategory>
#include <QSet>

#include <map>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace agentdesk {

namespace {
//! Pushed messages merged at most per burst; more wait for the next turn of the event loop.
constexpr qsizetype kMaxQueued = 5'000;
} // namespace

RocketChatLive::RocketChatLive(Inbox& inbox, RocketChatPoller& poller)
    : m_inbox(inbox)
    , m_poller(poller) {
    m_mergeTimer.setSingleShot(true);
    QObject::connect(&m_mergeTimer, &QTimer::timeout, &m_mergeTimer, [this] { mergeQueued(); });
}

RocketChatLive::~RocketChatLive() = default;

bool RocketChatLive::isLive(qint64 accountId) const {
    const auto line = m_lines.find(accountId);
    return line != m_lines.end() && line->second->isLive();
}

void RocketChatLive::follow(const QList<Account>& accounts) {
    const Credentials* credentials = m_inbox.credentials();
    QSet<qint64> wanted;
    for (const Account& account : accounts) {
        const rocketchat::Server server{account.serverUrl, account.userId,
                                        credentials ? credentials->secret(account.id) : QString()};
        if (server.authToken.isEmpty() || server.userId.isEmpty())
            continue;
        wanted.insert(account.id);
        std::unique_ptr<RocketChatRealtime>& realtime = m_lines[account.id];
        if (realtime && (realtime->server().authToken != server.authToken ||
                         realtime->server().baseUrl != server.baseUrl)) {
            realtime.reset(); // signed in again or moved: a new line with the new token
        }
        if (!realtime) {
            realtime = std::make_unique<RocketChatRealtime>(server);
            RocketChatRealtime* line = realtime.get();
            const qint64 id = account.id;
            QObject::connect(line, &RocketChatRealtime::live, line, [this, id] {
                // read once what was written while the line was down
                m_poller.rooms(id).caughtUp = false;
                m_inbox.liveChanged(id, true);
            });
            QObject::connect(line, &RocketChatRealtime::down, line, [this, id](const QString& why) {
                m_poller.rooms(id).caughtUp = false;
                qCInfo(lcSync).noquote() << "account" << id << "polls: realtime down:" << why;
                m_inbox.liveChanged(id, false);
            });
            QObject::connect(
                line, &RocketChatRealtime::messageReceived, line,
                [this, id](const rocketchat::Message& message) { queuePushed(id, message); });
            QObject::connect(line, &RocketChatRealtime::roomChanged, line,
                             [this, id](const QString& rid, const QString& action, bool closed) {
                                 onRoomChanged(id, rid, action, closed);
                             });
        }
        realtime->start();
    }
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (wanted.contains(it->first)) {
            ++it;
            continue;
        }
        m_poller.forget(it->first); // the account is gone (or realtime switched off)
        it = m_lines.erase(it);
    }
}

void RocketChatLive::stop() {
    for (const auto& [accountId, realtime] : m_lines)
        realtime->stop();
}

void RocketChatLive::queuePushed(qint64 accountId, const rocketchat::Message& message) {
    m_queued.append({accountId, message});
    if (m_queued.size() >= kMaxQueued)
        return mergeQueued();
    if (!m_mergeTimer.isActive())
        m_mergeTimer.start(0);
}

void RocketChatLive::mergeQueued() {
    m_mergeTimer.stop();
    const QList<std::pair<qint64, rocketchat::Message>> queued = std::exchange(m_queued, {});
    // Grouped by room, in the order the rooms were first pushed.
    QList<std::pair<qint64, QString>> rooms;
    std::map<std::pair<qint64, QString>, QList<rocketchat::Message>> byRoom;
    for (const auto& [accountId, message] : queued) {
        auto& messages = byRoom[{accountId, message.rid}];
        if (messages.isEmpty())
            rooms.append({accountId, message.rid});
        messages.append(message);
    }
    for (const auto& room : std::as_const(rooms)) {
        if (m_lines.find(room.first) == m_lines.end())
            continue; // no longer followed
        mergePushed(room.first, room.second, byRoom[room]);
    }
}

void RocketChatLive::mergePushed(qint64 accountId, const QString& rid,
                                 const QList<rocketchat::Message>& messages) {
    RocketChatRooms& rooms = m_poller.rooms(accountId);
    History& history = m_inbox.history();
    const auto conversation = history.conversationByRemoteId(accountId, rid);
    const auto visitor = rooms.visitors.constFind(rid);
    if (!conversation || visitor == rooms.visitors.cend()) {
        // A room we have not listed yet: list the rooms, which reads its history too.
        rooms.refresh = true;
        m_inbox.pollSoon();
        return;
    }
    const std::optional<Account> agent = history.account(accountId);
    if (!agent)
        return; // the account was removed while the push was on its way
    QList<Message> merged;
    QDateTime newest;
    for (const rocketchat::Message& message : messages) {
        merged.append(fromRocketChat(message, *visitor, *agent));
        if (!newest.isValid() || message.ts > newest)
            newest = message.ts;
    }
    const int fresh = m_inbox.merge(*conversation, merged);
    // Once caught up, a pushed message is as good as a read: polling need not read the room for
    // it. Before that, the catch-up read must still see the room as changed.
    if (rooms.caughtUp && isLive(accountId)) {
        QDateTime& lastRead = rooms.lastRead[rid];
        if (!lastRead.isValid() || newest > lastRead)
            lastRead = newest;
    }
    for (qsizetype i = 0; i < messages.size(); ++i)
        m_inbox.pushMerged(conversation->id, messages.at(i).id, i == 0 ? fresh : 0);
}

void RocketChatLive::onRoomChanged(qint64 accountId, const QString& rid, const QString& action,
                                   bool closed) {
    RocketChatRooms& rooms = m_poller.rooms(accountId);
    const auto conversation = m_inbox.history().conversationByRemoteId(accountId, rid);
    // A new message also updates its room: that is covered by the push itself. A new, closed,
    // removed or unknown room changes the list.
    const bool listChanged = rid.isEmpty() || action != QLatin1String("updated") || !conversation ||
                             !rooms.visitors.contains(rid) || (closed && conversation->open);
    if (!listChanged)
        return;
    rooms.refresh = true;
    m_inbox.pollSoon();
}

} // namespace agentdesk
