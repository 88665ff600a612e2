#include "RocketChatRooms.h"

#include <QJsonArray>

namespace sandbox {

namespace {
QString str(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject RocketChatRooms::userByCredentials(const QString& userId,
                                               const QString& authToken) const {
    if (userId.isEmpty() || authToken.isEmpty())
        return {};
    for (const QJsonObject& user : m_world.rocketChat().users) {
        if (str(user, "_id") == userId && str(user, "authToken") == authToken)
            return user;
    }
    return {};
}

QJsonObject RocketChatRooms::userByLogin(const QString& name, const QString& password) const {
    for (const QJsonObject& user : m_world.rocketChat().users) {
        const bool sameName = str(user, "username") == name ||
                              str(user.value(QLatin1String("me")).toObject(), "email") == name;
        if (sameName && !password.isEmpty() && str(user, "password") == password)
            return user;
    }
    return {};
}

QJsonObject RocketChatRooms::userByResumeToken(const QString& token) const {
    for (const QJsonObject& user : m_world.rocketChat().users) {
        if (!token.isEmpty() && str(user, "authToken") == token)
            return user;
    }
    return {};
}

QJsonObject RocketChatRooms::visitorByToken(const QString& token) const {
    for (const QJsonObject& visitor : m_world.rocketChat().visitors) {
        if (!token.isEmpty() && str(visitor, "token") == token)
            return visitor;
    }
    return {};
}

QJsonObject RocketChatRooms::addVisitor(const QString& name, const QString& token) {
    const int number = 100 + int(m_world.rocketChat().visitors.size());
    const QJsonObject visitor{
        {QStringLiteral("_id"), m_world.randomHex(24)},
        {QStringLiteral("username"), QStringLiteral("guest-%1").arg(number)},
        {QStringLiteral("name"), name},
        {QStringLiteral("token"), token.isEmpty() ? m_world.randomHex(32) : token},
    };
    m_world.rocketChat().visitors.append(visitor);
    m_world.touch();
    return visitor;
}

qsizetype RocketChatRooms::roomIndex(const QString& rid) const {
    const auto& rooms = m_world.rocketChat().rooms;
    for (qsizetype i = 0; i < rooms.size(); ++i) {
        if (str(rooms.at(i), "_id") == rid)
            return i;
    }
    return -1;
}

qsizetype RocketChatRooms::openRoomOfVisitor(const QString& token) const {
    const auto& rooms = m_world.rocketChat().rooms;
    for (qsizetype i = 0; i < rooms.size(); ++i) {
        const QJsonObject& room = rooms.at(i);
        if (room.value(QLatin1String("open")).toBool() &&
            str(room.value(QLatin1String("v")).toObject(), "token") == token)
            return i;
    }
    return -1;
}

QString RocketChatRooms::openRoom(const QJsonObject& visitor, const QJsonObject& agent,
                                  const QDateTime& when) {
    const QString rid = m_world.randomId();
    const QString name = str(visitor, "name");
    QJsonObject room{
        {QStringLiteral("_id"), rid},
        {QStringLiteral("msgs"), 0},
        {QStringLiteral("usersCount"), 2},
        {QStringLiteral("fname"), name},
        {QStringLiteral("name"), name},
        {QStringLiteral("t"), QStringLiteral("l")},
        {QStringLiteral("ts"), World::isoTime(when)},
        {QStringLiteral("v"), QJsonObject{{QStringLiteral("_id"), str(visitor, "_id")},
                                          {QStringLiteral("username"), str(visitor, "username")},
                                          {QStringLiteral("token"), str(visitor, "token")},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("status"), QStringLiteral("online")}}},
        {QStringLiteral("cl"), false},
        {QStringLiteral("open"), true},
        {QStringLiteral("_updatedAt"), World::isoTime(when)},
    };
    if (!agent.isEmpty()) {
        room.insert(QStringLiteral("servedBy"),
                    QJsonObject{{QStringLiteral("_id"), str(agent, "_id")},
                                {QStringLiteral("username"), str(agent, "username")},
                                {QStringLiteral("ts"), World::isoTime(when)}});
    }
    m_world.rocketChat().rooms.append(room);
    append(rid, QJsonObject{{QStringLiteral("_id"), m_world.randomId()},
                            {QStringLiteral("rid"), rid},
                            {QStringLiteral("msg"), QString()},
                            {QStringLiteral("t"), QStringLiteral("livechat-started")},
                            {QStringLiteral("groupable"), false},
                            {QStringLiteral("ts"), World::isoTime(when)},
                            {QStringLiteral("u"),
                             QJsonObject{{QStringLiteral("_id"), str(visitor, "_id")},
                                         {QStringLiteral("username"), str(visitor, "username")},
                                         {QStringLiteral("name"), name}}},
                            {QStringLiteral("_updatedAt"), World::isoTime(when)}});
    return rid;
}

void RocketChatRooms::closeRoom(const QString& rid) {
    const qsizetype index = roomIndex(rid);
    if (index < 0)
        return;
    QJsonObject& room = m_world.rocketChat().rooms[index];
    room.remove(QStringLiteral("open")); // Rocket.Chat drops `open` when a room closes
    room.insert(QStringLiteral("closedAt"), World::isoTime(World::now()));
    m_world.touch();
}

QJsonObject RocketChatRooms::message(const QString& id) const {
    const auto& messages = m_world.rocketChat().messages;
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (str(*it, "_id") == id)
            return *it;
    }
    return {};
}

QJsonArray RocketChatRooms::markdownOf(const QString& text) {
    return QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("PARAGRAPH")},
                    {QStringLiteral("value"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PLAIN_TEXT")},
                                            {QStringLiteral("value"), text}}}}}};
}

QJsonObject RocketChatRooms::postAsVisitor(const QString& rid, const QJsonObject& visitor,
                                           const QString& text, const QString& id,
                                           const QDateTime& when) {
    const QString name = str(visitor, "name");
    return append(rid, QJsonObject{
                           {QStringLiteral("_id"), id.isEmpty() ? m_world.randomId() : id},
                           {QStringLiteral("rid"), rid},
                           {QStringLiteral("msg"), text},
                           {QStringLiteral("token"), str(visitor, "token")},
                           {QStringLiteral("alias"), name},
                           {QStringLiteral("ts"), World::isoTime(when)},
                           {QStringLiteral("u"),
                            QJsonObject{{QStringLiteral("_id"), str(visitor, "_id")},
                                        {QStringLiteral("username"), str(visitor, "username")},
                                        {QStringLiteral("name"), name}}},
                           {QStringLiteral("_updatedAt"), World::isoTime(when)},
                           {QStringLiteral("urls"), QJsonArray()},
                           {QStringLiteral("mentions"), QJsonArray()},
                           {QStringLiteral("channels"), QJsonArray()},
                           {QStringLiteral("md"), markdownOf(text)},
                       });
}

QJsonObject RocketChatRooms::postAsAgent(const QString& rid, const QJsonObject& agent,
                                         const QString& text, const QDateTime& when) {
    return append(rid, QJsonObject{
                           {QStringLiteral("_id"), m_world.randomId()},
                           {QStringLiteral("rid"), rid},
                           {QStringLiteral("msg"), text},
                           {QStringLiteral("ts"), World::isoTime(when)},
                           {QStringLiteral("u"),
                            QJsonObject{{QStringLiteral("_id"), str(agent, "_id")},
                                        {QStringLiteral("username"), str(agent, "username")},
                                        {QStringLiteral("name"), str(agent, "name")}}},
                           {QStringLiteral("_updatedAt"), World::isoTime(when)},
                           {QStringLiteral("urls"), QJsonArray()},
                           {QStringLiteral("mentions"), QJsonArray()},
                           {QStringLiteral("channels"), QJsonArray()},
                           {QStringLiteral("md"), markdownOf(text)},
                       });
}

QJsonObject RocketChatRooms::append(const QString& rid, QJsonObject message) {
    m_world.rocketChat().messages.append(message);
    const qsizetype index = roomIndex(rid);
    if (index >= 0) {
        QJsonObject& room = m_world.rocketChat().rooms[index];
        const bool isSystem = message.contains(QLatin1String("t"));
        if (!isSystem) {
            room.insert(QStringLiteral("msgs"), room.value(QLatin1String("msgs")).toInt() + 1);
            room.insert(QStringLiteral("lm"), message.value(QLatin1String("ts")));
            QJsonObject last = message;
            last.remove(QStringLiteral("md"));
            last.remove(QStringLiteral("urls"));
            room.insert(QStringLiteral("lastMessage"), last);
            room.insert(QStringLiteral("waitingResponse"),
                        message.contains(QLatin1String("token")));
        }
        room.insert(QStringLiteral("_updatedAt"), message.value(QLatin1String("_updatedAt")));
    }
    m_world.touch();
    return message;
}

} // namespace sandbox
