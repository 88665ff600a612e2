#include "SimulatedVisitors.h"

#include "RocketChatRooms.h"
#include "SocialBoardsConversations.h"

#include <algorithm>

namespace sandbox {

namespace {
const QStringList kNames{QStringLiteral("Noah Fischer"),  QStringLiteral("Mia Laurent"),
                         QStringLiteral("Arjun Mehta"),   QStringLiteral("Lena Novak"),
                         QStringLiteral("Tom Walsh"),     QStringLiteral("Yuki Tanaka"),
                         QStringLiteral("Eva Lindqvist"), QStringLiteral("Omar Haddad")};
const QStringList kOpeners{
    QStringLiteral("Hi! When are you open on weekends?"),
    QStringLiteral("Hello, my parcel hasn't arrived yet. Can you track it?"),
    QStringLiteral("I'd like to return a pair of shoes, how does the refund work?"),
    QStringLiteral("I can't log in, the password reset mail never comes."),
    QStringLiteral("Quick question about pricing for a team of 5."),
    QStringLiteral("Is there a discount for yearly billing?")};
const QStringList kAnswers{QStringLiteral("Thanks, that helps!"),
                           QStringLiteral("Ok, let me try that."),
                           QStringLiteral("Hmm, that didn't work. Any other idea?"),
                           QStringLiteral("Great, and how long does that take?"),
                           QStringLiteral("Perfect, thank you so much!")};
const QStringList kNudges{QStringLiteral("Hello? Is anyone there?"),
                          QStringLiteral("Just checking, did you see my message?"),
                          QStringLiteral("Also, my order number is #%1.")};
} // namespace

SimulatedVisitors::SimulatedVisitors(World& world, int count, int paceMs, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_count(count)
    , m_paceMs(std::max(paceMs, 10)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedVisitors::act);
}

void SimulatedVisitors::start() {
    if (m_count > 0)
        scheduleNext();
}

void SimulatedVisitors::scheduleNext() {
    // Between half and one and a half times the pace: people do not type like clocks.
    m_timer.start(m_paceMs / 2 + int(m_world.random().bounded(quint32(m_paceMs) + 1)));
}

QString SimulatedVisitors::pick(const QStringList& lines) {
    return lines.at(m_world.random().bounded(int(lines.size())));
}

QString SimulatedVisitors::nudge() {
    const QString text = pick(kNudges);
    return text.contains(QLatin1String("%1")) ? text.arg(1000 + m_world.random().bounded(9000))
                                              : text;
}

void SimulatedVisitors::act() {
    if (m_active.size() < m_count) {
        open();
    } else {
        const int index = m_world.random().bounded(int(m_active.size()));
        continueConversation(m_active[index]);
        if (m_active.at(index).turns >= 6)
            m_active.removeAt(index); // the visitor is done; the agent may close the room
    }
    scheduleNext();
}

void SimulatedVisitors::open() {
    Conversation conversation;
    QString opener = pick(kOpeners);
    const bool socialBoards = m_world.random().bounded(3) == 0; // one in three
    if (!(socialBoards && adoptSocialBoardsConversation(conversation))) {
        if (m_world.rocketChat().users.isEmpty())
            return;
        RocketChatRooms rooms(m_world);
        conversation.visitor = rooms.addVisitor(pick(kNames));
        conversation.id =
            rooms.openRoom(conversation.visitor, m_world.rocketChat().users.first(), World::now());
    } else {
        opener = nudge();
    }
    say(conversation, opener);
    m_active.append(conversation);
    emit acted(QStringLiteral("opened %1 conversation %2")
                   .arg(conversation.rocketChat ? QStringLiteral("rocketchat")
                                                : QStringLiteral("socialboards"),
                        conversation.id));
}

bool SimulatedVisitors::adoptSocialBoardsConversation(Conversation& conversation) {
    for (const QJsonObject& candidate : m_world.socialBoards().conversations) {
        const QString id = QString::number(candidate.value(QLatin1String("id")).toInteger());
        const bool taken = std::any_of(m_active.cbegin(), m_active.cend(),
                                       [&](const auto& c) { return !c.rocketChat && c.id == id; });
        if (taken || candidate.value(QLatin1String("isClosed")).toBool())
            continue;
        conversation.rocketChat = false;
        conversation.id = id;
        conversation.visitor = candidate.value(QLatin1String("author")).toObject();
        conversation.lastSeenAgentMessages = agentMessages(conversation);
        return true;
    }
    return false;
}

void SimulatedVisitors::continueConversation(Conversation& conversation) {
    const int replies = agentMessages(conversation);
    const bool answered = replies > conversation.lastSeenAgentMessages;
    QString text;
    if (answered) {
        text = pick(kAnswers);
        conversation.lastSeenAgentMessages = replies;
    } else {
        text = nudge();
    }
    ++conversation.turns;
    say(conversation, text);
    emit acted(QStringLiteral("visitor %1 in %2")
                   .arg(answered ? QStringLiteral("answered") : QStringLiteral("nudged"),
                        conversation.id));
}

int SimulatedVisitors::agentMessages(const Conversation& conversation) const {
    // Whatever someone else wrote counts: the desk's replies (chat.sendMessage, as the agent)
    // and messages posted on this visitor's behalf through livechat/message alike.
    int count = 0;
    if (conversation.rocketChat) {
        for (const QJsonObject& message : m_world.rocketChat().messages) {
            if (message.value(QLatin1String("rid")).toString() == conversation.id &&
                !message.contains(QLatin1String("t")) &&
                !conversation.own.contains(message.value(QLatin1String("_id")).toString()))
                ++count;
        }
        return count;
    }
    const auto& all = m_world.socialBoards().messages;
    const auto it = all.find(conversation.id.toLongLong());
    if (it == all.end())
        return 0;
    for (const QJsonObject& message : it->second) {
        const QString id = QString::number(message.value(QLatin1String("id")).toInteger());
        if (!conversation.own.contains(id))
            ++count;
    }
    return count;
}

void SimulatedVisitors::say(Conversation& conversation, const QString& text) {
    if (conversation.rocketChat) {
        RocketChatRooms rooms(m_world);
        const qsizetype index = rooms.roomIndex(conversation.id);
        if (index >= 0 &&
            m_world.rocketChat().rooms.at(index).value(QLatin1String("open")).toBool())
            conversation.own.insert(
                rooms.postAsVisitor(conversation.id, conversation.visitor, text, {}, World::now())
                    .value(QLatin1String("_id"))
                    .toString());
    } else {
        const QJsonObject message = SocialBoardsConversations(m_world).addMessage(
            conversation.id.toLongLong(), conversation.visitor, text, World::now(), false);
        conversation.own.insert(QString::number(message.value(QLatin1String("id")).toInteger()));
    }
}

} // namespace sandbox
