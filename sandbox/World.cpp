#include "World.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sandbox {

namespace {
constexpr int kStateVersion = 1;

QJsonArray toArray(const QList<QJsonObject>& objects) {
    QJsonArray array;
    for (const QJsonObject& object : objects)
        array.append(object);
    return array;
}

bool toObjects(const QJsonValue& value, const QString& where, QList<QJsonObject>* out,
               QString* error) {
    if (!value.isArray()) {
        *error = where + QStringLiteral(": expected an array");
        return false;
    }
    out->clear();
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject()) {
            *error = where + QStringLiteral(": expected an array of objects");
            return false;
        }
        out->append(item.toObject());
    }
    return true;
}
} // namespace

World::World(quint32 seed, QObject* parent)
    : QObject(parent)
    , m_random(seed) {}

QString World::randomId(int length) {
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
    QString id;
    id.reserve(length);
    for (int i = 0; i < length; ++i)
        id.append(QLatin1Char(alphabet[m_random.bounded(int(sizeof(alphabet) - 1))]));
    return id;
}

QString World::randomHex(int length) {
    static const char digits[] = "0123456789abcdef";
    QString hex;
    for (int i = 0; i < length; ++i)
        hex.append(QLatin1Char(digits[m_random.bounded(16)]));
    return hex;
}

QString World::guid() {
    const QString hex = randomHex(32);
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
}

QString World::isoTime(const QDateTime& when) {
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject World::toJson() const {
    QJsonObject tokens;
    for (auto it = m_socialBoards.accessTokens.cbegin(); it != m_socialBoards.accessTokens.cend();
         ++it)
        tokens.insert(it.key(), it.value().isValid() ? QJsonValue(isoTime(it.value()))
                                                     : QJsonValue(QJsonValue::Null));
    QJsonObject sbMessages;
    for (const auto& [id, messages] : m_socialBoards.messages)
        sbMessages.insert(QString::number(id), toArray(messages));
    return {
        {QStringLiteral("version"), kStateVersion},
        {QStringLiteral("rocketchat"),
         QJsonObject{{QStringLiteral("users"), toArray(m_rocketChat.users)},
                     {QStringLiteral("visitors"), toArray(m_rocketChat.visitors)},
                     {QStringLiteral("rooms"), toArray(m_rocketChat.rooms)},
                     {QStringLiteral("messages"), toArray(m_rocketChat.messages)},
                     {QStringLiteral("canned"), toArray(m_rocketChat.canned)}}},
        {QStringLiteral("socialboards"),
         QJsonObject{{QStringLiteral("clients"), toArray(m_socialBoards.clients)},
                     {QStringLiteral("accessTokens"), tokens},
                     {QStringLiteral("conversations"), toArray(m_socialBoards.conversations)},
                     {QStringLiteral("messages"), sbMessages},
                     {QStringLiteral("nextConversationId"), m_socialBoards.nextConversationId},
                     {QStringLiteral("nextMessageId"), m_socialBoards.nextMessageId}}},
        {QStringLiteral("livechatai"),
         QJsonObject{{QStringLiteral("agents"), toArray(m_liveChatAi.agents)},
                     {QStringLiteral("conversations"), toArray(m_liveChatAi.conversations)}}},
    };
}

bool World::fromJson(const QJsonObject& state, QString* error) {
    if (state.value(QStringLiteral("version")).toInt() != kStateVersion) {
        *error = QStringLiteral("unsupported state version (expected %1)").arg(kStateVersion);
        return false;
    }
    const QJsonObject rc = state.value(QStringLiteral("rocketchat")).toObject();
    const QJsonObject sb = state.value(QStringLiteral("socialboards")).toObject();
    const QJsonObject lc = state.value(QStringLiteral("livechatai")).toObject();
    RocketChatData rocketChat;
    SocialBoardsData socialBoards;
    LiveChatAiData liveChatAi;
    const bool ok =
        toObjects(rc.value(QStringLiteral("users")), QStringLiteral("rocketchat.users"),
                  &rocketChat.users, error) &&
        toObjects(rc.value(QStringLiteral("visitors")), QStringLiteral("rocketchat.visitors"),
                  &rocketChat.visitors, error) &&
        toObjects(rc.value(QStringLiteral("rooms")), QStringLiteral("rocketchat.rooms"),
                  &rocketChat.rooms, error) &&
        toObjects(rc.value(QStringLiteral("messages")), QStringLiteral("rocketchat.messages"),
                  &rocketChat.messages, error) &&
        toObjects(rc.value(QStringLiteral("canned")), QStringLiteral("rocketchat.canned"),
                  &rocketChat.canned, error) &&
        toObjects(sb.value(QStringLiteral("clients")), QStringLiteral("socialboards.clients"),
                  &socialBoards.clients, error) &&
        toObjects(sb.value(QStringLiteral("conversations")),
                  QStringLiteral("socialboards.conversations"), &socialBoards.conversations,
                  error) &&
        toObjects(lc.value(QStringLiteral("agents")), QStringLiteral("livechatai.agents"),
                  &liveChatAi.agents, error) &&
        toObjects(lc.value(QStringLiteral("conversations")),
                  QStringLiteral("livechatai.conversations"), &liveChatAi.conversations, error);
    if (!ok)
        return false;
    const QJsonObject tokens = sb.value(QStringLiteral("accessTokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        socialBoards.accessTokens.insert(
            it.key(), QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs));
    const QJsonObject sbMessages = sb.value(QStringLiteral("messages")).toObject();
    for (auto it = sbMessages.begin(); it != sbMessages.end(); ++it) {
        bool isNumber = false;
        const qint64 id = it.key().toLongLong(&isNumber);
        QList<QJsonObject> messages;
        if (!isNumber || !toObjects(it.value(), QStringLiteral("socialboards.messages.") + it.key(),
                                    &messages, error))
            return false;
        socialBoards.messages[id] = messages;
    }
    socialBoards.nextConversationId =
        sb.value(QStringLiteral("nextConversationId")).toInteger(socialBoards.nextConversationId);
    socialBoards.nextMessageId =
        sb.value(QStringLiteral("nextMessageId")).toInteger(socialBoards.nextMessageId);
    m_rocketChat = std::move(rocketChat);
    m_socialBoards = std::move(socialBoards);
    m_liveChatAi = std::move(liveChatAi);
    return true;
}

bool World::load(const QString& fileName, QString* error) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? parseError.errorString() + QStringLiteral(" at offset ") +
                           QString::number(parseError.offset)
                     : QStringLiteral("expected a JSON object");
        return false;
    }
    return fromJson(document.object(), error);
}

bool World::save(const QString& fileName, QString* error) const {
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace sandbox
