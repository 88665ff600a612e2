#include "SimulatedVisitors.h"

#include "RocketChatRooms.h"
#include "SocialBoardsConversations.h"

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
    conversation.rocketChat = m_world.random().bounded(3) != 0; // two in three on Rocket.Chat
    const QString name = pick(kNames);
    const QString opener = pick(kOpeners);
    if (conversation.rocketChat && !m_world.rocketChat().users.isEmpty()) {
        RocketChatRooms rooms(m_world);
        conversation.visitor = rooms.addVisitor(name);
        conversation.id =
            rooms.openRoom(conversation.visitor, m_world.rocketChat().users.first(), World::now());
    } else {
        conversation.rocketChat = false;
        conversation.visitor = {{QStringLiteral("name"), name},
                                {QStringLiteral("email"), name.toLower().replace(u' ', u'.') +
                                                              QStringLiteral("@example.net")}};
        conversation.id =
            QString::number(SocialBoardsConversations(m_world)
                                .create(conversation.visitor, opener, {}, {}, World::now())
                                .value(QLatin1String("id"))
                                .toInteger());
    }
    say(conversation, opener);
    m_active.append(conversation);
    emit acted(QStringLiteral("opened %1 conversation %2")
                   .arg(conversation.rocketChat ? QStringLiteral("rocketchat")
                                                : QStringLiteral("socialboards"),
                        conversation.id));
}

void SimulatedVisitors::continueConversation(Conversation& conversation) {
    const int replies = agentMessages(conversation);
    QString text;
    if (replies > conversation.lastSeenAgentMessages) {
        text = pick(kAnswers);
        conversation.lastSeenAgentMessages = replies;
    } else {
        text = pick(kNudges);
        if (text.contains(QLatin1String("%1")))
            text = text.arg(1000 + m_world.random().bounded(9000));
    }
    ++conversation.turns;
    say(conversation, text);
    emit acted(QStringLiteral("visitor wrote in %1").arg(conversation.id));
}

int SimulatedVisitors::agentMessages(const Conversation& conversation) const {
    int count = 0;
    if (conversation.rocketChat) {
        for (const QJsonObject& message : m_world.rocketChat().messages) {
            if (message.value(QLatin1String("rid")).toString() == conversation.id &&
                !message.contains(QLatin1String("token")) && !message.contains(QLatin1String("t")))
                ++count;
        }
        return count;
    }
    const auto& all = m_world.socialBoards().messages;
    const auto it = all.find(conversation.id.toLongLong());
    if (it == all.end())
        return 0;
    for (const QJsonObject& message : it->second) {
        if (message.value(QLatin1String("author")).toObject().value(QLatin1String("status")) !=
            QLatin1String("client"))
            ++count;
    }
    return count;
}

void SimulatedVisitors::say(const Conversation& conversation, const QString& text) {
    if (conversation.rocketChat) {
        RocketChatRooms rooms(m_world);
        const qsizetype index = rooms.roomIndex(conversation.id);
        if (index >= 0 &&
            m_world.rocketChat().rooms.at(index).value(QLatin1String("open")).toBool())
            rooms.postAsVisitor(conversation.id, conversation.visitor, text, {}, World::now());
    } else {
        SocialBoardsConversations(m_world).addMessage(
            conversation.id.toLongLong(), conversation.visitor, text, World::now(), false);
    }
}

} // namespace sandbox
