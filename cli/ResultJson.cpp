#include "ResultJson.h"

namespace agentdesk::cli {

namespace {
QJsonValue orNull(const QString& text) {
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
QJsonValue timeOrNull(const QDateTime& when) {
    return when.isValid() ? QJsonValue(when.toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const rocketchat::SendVisitorMessagesResult& result) {
    QJsonArray messages;
    for (const auto& m : result.messages) {
        messages.append(QJsonObject{{QStringLiteral("username"), m.username},
                                    {QStringLiteral("msg"), m.msg},
                                    {QStringLiteral("ts"), timeOrNull(m.ts)}});
    }
    return {{QStringLiteral("messages"), messages}};
}

QJsonArray toJson(const QList<socialboards::ConversationMessage>& list) {
    QJsonArray array;
    for (const auto& m : list) {
        const auto& a = m.author;
        array.append(QJsonObject{
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("customIdentifier"), orNull(a.customIdentifier)},
                         {QStringLiteral("email"), orNull(a.email)},
                         {QStringLiteral("id"), orNull(a.id)},
                         {QStringLiteral("image"), orNull(a.image)},
                         {QStringLiteral("isBot"), a.isBot},
                         {QStringLiteral("name"), orNull(a.name)},
                         {QStringLiteral("status"), orNull(a.status)}}},
            {QStringLiteral("creationTime"), timeOrNull(m.creationTime)},
            {QStringLiteral("id"), m.id},
            {QStringLiteral("lastModifiedTime"), timeOrNull(m.lastModifiedTime)},
            {QStringLiteral("message"), m.message},
        });
    }
    return array;
}

QJsonObject toJson(const livechatai::Answer& answer) {
    QJsonArray links;
    for (const auto& link : answer.links)
        links.append(
            QJsonObject{{QStringLiteral("link"), link.link}, {QStringLiteral("type"), link.type}});
    return {{QStringLiteral("conversationId"), answer.conversationId},
            {QStringLiteral("contactId"), answer.contactId},
            {QStringLiteral("response"), answer.response},
            {QStringLiteral("messageId"), answer.messageId},
            {QStringLiteral("responseMessageId"), answer.responseMessageId},
            {QStringLiteral("links"), links}};
}

} // namespace agentdesk::cli
