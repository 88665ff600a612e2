#include "LiveChatAiAgent.h"

#include "Faq.h"

#include <QRegularExpression>

namespace sandbox {

namespace {
const QLatin1String kTopic("sandboxTopic");

QString plainText(QString markdown) {
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\(([^)]*)\\)"));
    markdown.replace(link, QStringLiteral("\\1 (\\2)"));
    markdown.remove(QStringLiteral("**"));
    return markdown;
}
} // namespace

QJsonObject LiveChatAiAgent::agent(const QString& agentId) const {
    for (const QJsonObject& agent : m_world.liveChatAi().agents) {
        if (agent.value(QLatin1String("id")).toString() == agentId)
            return agent;
    }
    return {};
}

bool LiveChatAiAgent::isKnownKey(const QString& apiKey) const {
    for (const QJsonObject& agent : m_world.liveChatAi().agents) {
        if (!apiKey.isEmpty() && agent.value(QLatin1String("apiKey")).toString() == apiKey)
            return true;
    }
    return false;
}

qsizetype LiveChatAiAgent::index(const QString& conversationId) const {
    const auto& conversations = m_world.liveChatAi().conversations;
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        if (conversations.at(i).value(QLatin1String("id")).toString() == conversationId)
            return i;
    }
    return -1;
}

LiveChatAiAgent::Answer LiveChatAiAgent::ask(const QString& agentId, const QString& conversationId,
                                             const QString& question, const QString& messageType,
                                             bool plain, const QString& integrationType) {
    auto& conversations = m_world.liveChatAi().conversations;
    qsizetype at = conversationId.isEmpty() ? -1 : index(conversationId);
    if (at < 0) {
        const QString now = World::isoTime(World::now());
        QJsonObject created{
            {QStringLiteral("id"), conversationId.isEmpty()
                                       ? QStringLiteral("chat_") + m_world.randomHex(16)
                                       : conversationId},
            {QStringLiteral("contactId"), QStringLiteral("contact_") + m_world.randomHex(16)},
            {QStringLiteral("agentId"), agentId},
            {QStringLiteral("isResolved"), false},
            {QStringLiteral("isAgent"), false},
            {QStringLiteral("isMuted"), false},
            {QStringLiteral("isStarred"), false},
            {QStringLiteral("integrationType"),
             integrationType.isEmpty() ? QJsonValue(QJsonValue::Null) : integrationType},
            {QStringLiteral("lastMessageDate"), now},
            {QStringLiteral("messages"), QJsonArray()},
            {QStringLiteral("createdAt"), now},
            {QStringLiteral("updatedAt"), now},
        };
        conversations.append(created);
        at = conversations.size() - 1;
    }
    const QString previous = conversations.at(at).value(kTopic).toString();
    const Faq::Entry* entry = Faq::match(question);
    QString response;
    QString link;
    if (entry && entry->topic != previous) {
        response = entry->answer;
    } else if (const Faq::Entry* same = entry ? entry : Faq::byTopic(previous)) {
        entry = same;
        response = same->followUp;
    } else {
        response = Faq::fallbackAnswer();
    }
    link = entry ? entry->link : Faq::fallbackLink();
    if (entry)
        conversations[at].insert(kTopic, entry->topic);
    if (plain)
        response = plainText(response);

    const QJsonArray links{QJsonObject{{QStringLiteral("link"), link},
                                       {QStringLiteral("type"), QStringLiteral("WEBSITE")}}};
    const QJsonArray sources{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("src_") + m_world.randomHex(10)},
                    {QStringLiteral("type"), QStringLiteral("WEBSITE")},
                    {QStringLiteral("link"), link},
                    {QStringLiteral("distance"), entry ? 0.82 : 0.31}}};
    const QJsonObject asked =
        append(at, QStringLiteral("user"), question,
               messageType.isEmpty() ? QStringLiteral("TEXT") : messageType, {});
    const QJsonObject answered =
        append(at, QStringLiteral("assistant"), response, QStringLiteral("TEXT"), sources);
    Answer answer;
    answer.conversationId = conversations.at(at).value(QLatin1String("id")).toString();
    answer.contactId = conversations.at(at).value(QLatin1String("contactId")).toString();
    answer.response = response;
    answer.messageId = asked.value(QLatin1String("id")).toString();
    answer.responseMessageId = answered.value(QLatin1String("id")).toString();
    answer.links = links;
    return answer;
}

QJsonObject LiveChatAiAgent::reply(const QString& conversationId, const QString& text,
                                   const QString& userId, const QString& messageType) {
    const qsizetype at = index(conversationId);
    if (at < 0)
        return {};
    QJsonObject message = append(at, QStringLiteral("agent"), text,
                                 messageType.isEmpty() ? QStringLiteral("TEXT") : messageType, {});
    auto& conversation = m_world.liveChatAi().conversations[at];
    conversation.insert(QStringLiteral("isAgent"), true);
    if (!userId.isEmpty())
        message.insert(QStringLiteral("userId"), userId);
    return message;
}

QJsonObject LiveChatAiAgent::conversation(qsizetype at) const {
    QJsonObject object = m_world.liveChatAi().conversations.at(at);
    object.remove(kTopic);
    return object;
}

QJsonObject LiveChatAiAgent::summary(qsizetype at) const {
    QJsonObject object = conversation(at);
    object.remove(QStringLiteral("messages"));
    object.remove(QStringLiteral("agentId"));
    object.insert(QStringLiteral("contact"),
                  QJsonObject{{QStringLiteral("id"), object.value(QLatin1String("contactId"))},
                              {QStringLiteral("name"), QStringLiteral("Website visitor")}});
    object.remove(QStringLiteral("contactId"));
    return object;
}

QJsonObject LiveChatAiAgent::append(qsizetype at, const QString& role, const QString& content,
                                    const QString& type, const QJsonArray& sources) {
    const QString now = World::isoTime(World::now());
    QJsonObject message{
        {QStringLiteral("id"), QStringLiteral("msg_") + m_world.randomHex(16)},
        {QStringLiteral("content"), content},
        {QStringLiteral("role"), role},
        {QStringLiteral("type"), type},
        {QStringLiteral("createdAt"), now},
    };
    if (!sources.isEmpty())
        message.insert(QStringLiteral("source"), sources);
    QJsonObject& conversation = m_world.liveChatAi().conversations[at];
    QJsonArray messages = conversation.value(QLatin1String("messages")).toArray();
    messages.append(message);
    conversation.insert(QStringLiteral("messages"), messages);
    conversation.insert(QStringLiteral("lastMessageDate"), now);
    conversation.insert(QStringLiteral("updatedAt"), now);
    m_world.touch();
    return message;
}

} // namespace sandbox
