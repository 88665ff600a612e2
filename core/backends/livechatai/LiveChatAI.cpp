#include "LiveChatAI.h"

namespace agentdesk::livechatai {

HeaderList Server::credentials() const {
    return {{"Authorization", "Bearer " + apiKey.toUtf8()}};
}

QString toString(MessageType type) {
    return type == MessageType::Image ? QStringLiteral("IMAGE") : QStringLiteral("TEXT");
}

QString toString(ResponseFormat format) {
    return format == ResponseFormat::Plain ? QStringLiteral("PLAIN") : QStringLiteral("MARKDOWN");
}

QString toString(IntegrationType type) {
    return type == IntegrationType::Slack ? QStringLiteral("SLACK") : QStringLiteral("WHATSAPP");
}

QString toString(ConversationStatus status) {
    return status == ConversationStatus::Close ? QStringLiteral("close") : QStringLiteral("open");
}

namespace {

QString codeText(const QJsonValue& code) {
    if (code.isDouble())
        return QString::number(qint64(code.toDouble()));
    return code.toString();
}

} // namespace

void readError(ApiError& error, const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return; // keep the HTTP-level error; a non-JSON error page says nothing more
    const QJsonObject object = body.value();
    QString message = object.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = object.value(QLatin1String("error")).toString();
    error.setServerMessage(message);
    error.setServerCode(codeText(object.value(QLatin1String("code"))));
}

Result<QJsonObject> unwrapEnvelope(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    const QString status = reader.string(QStringLiteral("status"));
    if (!reader.ok())
        return badShape(reader.error());
    if (status == QLatin1String("error")) {
        ApiError error(
            ApiError::Kind::InvalidRequest,
            QStringLiteral("status \"error\" in an HTTP %1 answer").arg(response.status));
        error.setHttpStatus(response.status);
        readError(error, response);
        return error;
    }
    if (status != QLatin1String("success"))
        return badShape(QStringLiteral("status: expected \"success\", got \"%1\"").arg(status));
    return body.value();
}

Agent parseAgent(JsonReader reader) {
    Agent agent;
    agent.id = reader.string(QStringLiteral("id"));
    agent.name = reader.optionalString(QStringLiteral("name"));
    agent.email = reader.optionalString(QStringLiteral("email"));
    agent.avatar = reader.optionalString(QStringLiteral("avatar"));
    return agent;
}

Contact parseContact(JsonReader reader) {
    Contact contact;
    contact.id = reader.string(QStringLiteral("id"));
    contact.name = reader.optionalString(QStringLiteral("name"));
    contact.phone = reader.optionalString(QStringLiteral("phone"));
    contact.email = reader.optionalString(QStringLiteral("email"));
    contact.distinctId = reader.optionalString(QStringLiteral("distinctId"));
    return contact;
}

Message parseMessage(JsonReader reader) {
    Message message;
    message.id = reader.string(QStringLiteral("id"));
    message.content = reader.optionalString(QStringLiteral("content"));
    message.role = reader.string(QStringLiteral("role"));
    message.type = reader.optionalString(QStringLiteral("type"));
    message.createdAt = reader.dateTime(QStringLiteral("createdAt"));
    if (auto agent = reader.optionalChild(QStringLiteral("agent")))
        message.agent = parseAgent(*agent);
    reader.optionalArray(QStringLiteral("source")); // checked for type; not used by the desk
    return message;
}

Conversation parseConversation(JsonReader reader) {
    Conversation c;
    c.id = reader.string(QStringLiteral("id"));
    c.agentId = reader.optionalString(QStringLiteral("agentId"));
    c.contactId = reader.optionalString(QStringLiteral("contactId"));
    if (auto contact = reader.optionalChild(QStringLiteral("contact"))) {
        c.contact = parseContact(*contact);
        if (c.contactId.isEmpty())
            c.contactId = c.contact->id;
    }
    if (auto agent = reader.optionalChild(QStringLiteral("agent")))
        c.agent = parseAgent(*agent);
    c.isResolved = reader.optionalBoolean(QStringLiteral("isResolved")).value_or(false);
    c.isAgent = reader.optionalBoolean(QStringLiteral("isAgent")).value_or(false);
    c.isMuted = reader.optionalBoolean(QStringLiteral("isMuted")).value_or(false);
    c.isStarred = reader.optionalBoolean(QStringLiteral("isStarred")).value_or(false);
    c.integrationType = reader.optionalString(QStringLiteral("integrationType"));
    c.lastMessageDate = reader.optionalDateTime(QStringLiteral("lastMessageDate"));
    c.createdAt = reader.dateTime(QStringLiteral("createdAt"));
    c.updatedAt = reader.optionalDateTime(QStringLiteral("updatedAt"));
    const QJsonArray messages = reader.optionalArray(QStringLiteral("messages"));
    for (qsizetype i = 0; i < messages.size() && reader.ok(); ++i)
        c.messages.append(parseMessage(reader.element(messages, i, QStringLiteral("messages"))));
    return c;
}

bool isPathSegment(const QString& id) {
    if (id.isEmpty() || id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    for (const QChar c : id) {
        if (c == u'/' || c == u'?' || c == u'#' || c == u'%' || c == u'\\' || c.isSpace() ||
            c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace agentdesk::livechatai
