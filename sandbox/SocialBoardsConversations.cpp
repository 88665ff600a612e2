#include "SocialBoardsConversations.h"

#include <QJsonArray>

namespace sandbox {

namespace {
QJsonValue stringOrNull(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() && !value.toString().isEmpty() ? value : QJsonValue(QJsonValue::Null);
}
} // namespace

QString SocialBoardsConversations::sbTime(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("+00:00");
}

qsizetype SocialBoardsConversations::index(qint64 id) const {
    const auto& conversations = m_world.socialBoards().conversations;
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        if (conversations.at(i).value(QLatin1String("id")).toInteger() == id)
            return i;
    }
    return -1;
}

QJsonObject SocialBoardsConversations::userValue(qint64 conversationId, const QJsonObject& author,
                                                 bool isByTeam) {
    QJsonValue id = stringOrNull(author, "id");
    const QJsonValue email = stringOrNull(author, "email");
    const QJsonValue custom = stringOrNull(author, "customIdentifier");
    if (id.isNull()) {
        for (const QJsonObject& message : messages(conversationId)) {
            const QJsonObject known = message.value(QLatin1String("author")).toObject();
            if ((!email.isNull() && known.value(QLatin1String("email")) == email) ||
                (!custom.isNull() && known.value(QLatin1String("customIdentifier")) == custom)) {
                id = known.value(QLatin1String("id"));
                break;
            }
        }
    }
    if (id.isNull())
        id = m_world.guid();
    const bool isBot = author.value(QLatin1String("isBot")).toBool();
    return {
        {QStringLiteral("customIdentifier"), custom},
        {QStringLiteral("email"), email},
        {QStringLiteral("id"), id},
        {QStringLiteral("image"), stringOrNull(author, "image")},
        {QStringLiteral("isBot"), isBot},
        {QStringLiteral("name"), stringOrNull(author, "name")},
        {QStringLiteral("status"), isBot      ? QStringLiteral("bot")
                                   : isByTeam ? QStringLiteral("agent")
                                              : QStringLiteral("client")},
    };
}

QJsonObject SocialBoardsConversations::create(const QJsonObject& author, const QString& title,
                                              const QString& url, const QString& firstMessage,
                                              const QDateTime& when) {
    auto& data = m_world.socialBoards();
    const qint64 id = data.nextConversationId++;
    data.messages[id] = {};
    const QJsonValue page = url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url);
    data.conversations.append(QJsonObject{
        {QStringLiteral("author"), userValue(id, author, false)},
        {QStringLiteral("creationTime"), sbTime(when)},
        {QStringLiteral("feedback"), QJsonValue::Null},
        {QStringLiteral("fields"), QJsonArray()},
        {QStringLiteral("id"), id},
        {QStringLiteral("initialPageUrl"), page},
        {QStringLiteral("isClosed"), false},
        {QStringLiteral("isTakeoverEnabled"), true},
        {QStringLiteral("lastModifiedTime"), sbTime(when)},
        {QStringLiteral("latestPageUrl"), page},
        {QStringLiteral("title"), title.isEmpty() ? QJsonValue(QJsonValue::Null) : title},
        {QStringLiteral("queuePositionInfo"),
         QJsonObject{{QStringLiteral("position"), int(data.conversations.size()) + 1},
                     {QStringLiteral("waitTime"), 15}}},
    });
    if (!firstMessage.isEmpty())
        addMessage(id, author, firstMessage, when, false);
    m_world.touch();
    return withMessages(id);
}

QJsonObject SocialBoardsConversations::addMessage(qint64 conversationId, const QJsonObject& author,
                                                  const QString& text,
                                                  const QDateTime& creationTime, bool isByTeam) {
    auto& data = m_world.socialBoards();
    const QDateTime now = World::now();
    const QJsonObject message{
        {QStringLiteral("author"), userValue(conversationId, author, isByTeam)},
        {QStringLiteral("creationTime"), sbTime(creationTime)},
        {QStringLiteral("id"), data.nextMessageId++},
        {QStringLiteral("lastModifiedTime"), sbTime(now)},
        {QStringLiteral("message"), text},
    };
    data.messages[conversationId].append(message);
    const qsizetype at = index(conversationId);
    if (at >= 0)
        data.conversations[at].insert(QStringLiteral("lastModifiedTime"), sbTime(now));
    m_world.touch();
    return message;
}

const QList<QJsonObject>& SocialBoardsConversations::messages(qint64 conversationId) const {
    static const QList<QJsonObject> none;
    const auto& all = m_world.socialBoards().messages;
    const auto it = all.find(conversationId);
    return it == all.end() ? none : it->second;
}

QJsonObject SocialBoardsConversations::withMessages(qint64 conversationId) const {
    const qsizetype at = index(conversationId);
    if (at < 0)
        return {};
    QJsonObject conversation = m_world.socialBoards().conversations.at(at);
    QJsonArray list;
    for (const QJsonObject& message : messages(conversationId))
        list.append(message);
    conversation.insert(QStringLiteral("messages"), list);
    conversation.insert(QStringLiteral("totalMessagesCount"), list.size());
    return conversation;
}

} // namespace sandbox
