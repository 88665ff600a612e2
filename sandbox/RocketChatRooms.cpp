#include "RocketChatRooms.h"

#include <QJsonArray>

namespace sandbox {

namespace {
QString str(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

//! The position of the first object in `list` whose `key` is `value`, or -1, through `index`;
//! the index is rebuilt when it misses or points at an object that has changed since.
qsizetype findIndexed(const QList<QJsonObject>& list, QHash<QString, qsizetype>& index,
                      const char* key, const QString& value) {
    if (value.isEmpty())
        return -1;
    const auto hit = index.constFind(value);
    if (hit != index.cend() && *hit < list.size() && str(list.at(*hit), key) == value)
        return *hit;
    index.clear();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString found = str(list.at(i), key);
        if (!index.contains(found))
            index.insert(found, i);
    }
    return index.value(value, -1);
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
    RocketChatData& rc = m_world.rocketChat();
    const qsizetype index = findIndexed(rc.visitors, rc.visitorIndex, "token", token);
    return index < 0 ? QJsonObject() : rc.visitors.at(index);
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
    RocketChatData& rc = m_world.rocketChat();
    return findIndexed(rc.rooms, rc.roomIndex, "_id", rid);
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
    emit m_world.rocketChatRoomChanged(rid, QStringLiteral("inserted"));
    append(rid, {QJsonObject{{QStringLiteral("_id"), m_world.randomId()},
                             {QStringLiteral("rid"), rid},
                             {QStringLiteral("msg"), QString()},
                             {QStringLiteral("t"), QStringLiteral("livechat-started")},
                             {QStringLiteral("groupable"), false},
                             {QStringLiteral("ts"), World::isoTime(when)},
                             {QStringLiteral("u"),
                              QJsonObject{{QStringLiteral("_id"), str(visitor, "_id")},
                                          {QStringLiteral("username"), str(visitor, "username")},
                                          {QStringLiteral("name"), name}}},
                             {QStringLiteral("_updatedAt"), World::isoTime(when)}}});
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
    emit m_world.rocketChatRoomChanged(rid, QStringLiteral("updated"));
}

QJsonObject RocketChatRooms::message(const QString& id) const {
    RocketChatData& rc = m_world.rocketChat();
    if (rc.indexedMessages > rc.messages.size()) { // the list was replaced: start over
        rc.messageIndex.clear();
        rc.indexedMessages = 0;
    }
    // Messages are only appended: index the new ones (a later copy of an `_id` wins).
    for (; rc.indexedMessages < rc.messages.size(); ++rc.indexedMessages)
        rc.messageIndex.insert(str(rc.messages.at(rc.indexedMessages), "_id"), rc.indexedMessages);
    const auto hit = rc.messageIndex.constFind(id);
    if (hit == rc.messageIndex.cend())
        return {};
    if (str(rc.messages.at(*hit), "_id") == id)
        return rc.messages.at(*hit);
    rc.messageIndex.clear(); // changed in place: index everything again
    rc.indexedMessages = 0;
    return message(id);
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
    QJsonObject message = visitorMessage(rid, visitor, text, id, when);
    append(rid, {message});
    return message;
}

QList<QJsonObject> RocketChatRooms::postAllAsVisitor(const QString& rid, const QJsonObject& visitor,
                                                     const QStringList& texts,
                                                     const QDateTime& first) {
    QList<QJsonObject> messages;
    messages.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        messages.append(visitorMessage(rid, visitor, texts.at(i), {}, first.addMSecs(i)));
    append(rid, messages);
    return messages;
}

QJsonObject RocketChatRooms::visitorMessage(const QString& rid, const QJsonObject& visitor,
                                            const QString& text, const QString& id,
                                            const QDateTime& when) {
    const QString name = str(visitor, "name");
    return QJsonObject{
        {QStringLiteral("_id"), id.isEmpty() ? m_world.randomId() : id},
        {QStringLiteral("rid"), rid},
        {QStringLiteral("msg"), text},
        {QStringLiteral("token"), str(visitor, "token")},
        {QStringLiteral("alias"), name},
        {QStringLiteral("ts"), World::isoTime(when)},
        {QStringLiteral("u"), QJsonObject{{QStringLiteral("_id"), str(visitor, "_id")},
                                          {QStringLiteral("username"), str(visitor, "username")},
                                          {QStringLiteral("name"), name}}},
        {QStringLiteral("_updatedAt"), World::isoTime(when)},
        {QStringLiteral("urls"), QJsonArray()},
        {QStringLiteral("mentions"), QJsonArray()},
        {QStringLiteral("channels"), QJsonArray()},
        {QStringLiteral("md"), markdownOf(text)},
    };
}

QJsonObject RocketChatRooms::postAsAgent(const QString& rid, const QJsonObject& agent,
                                         const QString& text, const QDateTime& when,
                                         const QString& id) {
    const QJsonObject message{
        {QStringLiteral("_id"), id.isEmpty() ? m_world.randomId() : id},
        {QStringLiteral("rid"), rid},
        {QStringLiteral("msg"), text},
        {QStringLiteral("ts"), World::isoTime(when)},
        {QStringLiteral("u"), QJsonObject{{QStringLiteral("_id"), str(agent, "_id")},
                                          {QStringLiteral("username"), str(agent, "username")},
                                          {QStringLiteral("name"), str(agent, "name")}}},
        {QStringLiteral("_updatedAt"), World::isoTime(when)},
        {QStringLiteral("urls"), QJsonArray()},
        {QStringLiteral("mentions"), QJsonArray()},
        {QStringLiteral("channels"), QJsonArray()},
        {QStringLiteral("md"), markdownOf(text)},
    };
    append(rid, {message});
    return message;
}

void RocketChatRooms::append(const QString& rid, const QList<QJsonObject>& messages) {
    if (messages.isEmpty())
        return;
    m_world.rocketChat().messages.append(messages);
    const qsizetype index = roomIndex(rid);
    if (index >= 0) {
        // The room as after posting the messages one by one: counted, showing the last one.
        QJsonObject& room = m_world.rocketChat().rooms[index];
        int posted = 0;
        const QJsonObject* last = nullptr;
        for (const QJsonObject& message : messages) {
            if (message.contains(QLatin1String("t")))
                continue; // a system message
            ++posted;
            last = &message;
        }
        if (last) {
            room.insert(QStringLiteral("msgs"), room.value(QLatin1String("msgs")).toInt() + posted);
            room.insert(QStringLiteral("lm"), last->value(QLatin1String("ts")));
            QJsonObject shown = *last;
            shown.remove(QStringLiteral("md"));
            shown.remove(QStringLiteral("urls"));
            room.insert(QStringLiteral("lastMessage"), shown);
            room.insert(QStringLiteral("waitingResponse"), last->contains(QLatin1String("token")));
        }
        room.insert(QStringLiteral("_updatedAt"),
                    messages.last().value(QLatin1String("_updatedAt")));
    }
    m_world.touch();
    for (const QJsonObject& message : messages)
        emit m_world.rocketChatMessageStored(message);
}

} // namespace sandbox
