#include "LiveChatAiApi.h"

#include <QJsonDocument>

namespace sandbox {

namespace {
const QString kPrefix = QStringLiteral("/api/v2/");

Reply error(int status, const QString& message, const QString& code) {
    return Reply::json(status, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                           {QStringLiteral("message"), message},
                                           {QStringLiteral("code"), code}});
}

Reply invalid(const QString& message) {
    return error(400, message, QStringLiteral("VALIDATION_ERROR"));
}

Reply conversationNotFound() {
    return error(404, QStringLiteral("Conversation not found"), QStringLiteral("NOT_FOUND"));
}

Reply success(const QJsonValue& data, const QString& message = {}) {
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("success")}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("data"), data);
    return Reply::json(200, body);
}

//! Empty when the optional field is absent or one of `allowed`; the error text otherwise.
QString checkEnum(const QJsonObject& body, const char* key, const QStringList& allowed) {
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull() || allowed.contains(value.toString()))
        return {};
    return QStringLiteral("%1 must be one of %2").arg(QLatin1String(key), allowed.join(u", "));
}
} // namespace

bool LiveChatAiApi::owns(const Request& request) const {
    return request.path.startsWith(kPrefix);
}

Reply LiveChatAiApi::serverError() const {
    return error(500, QStringLiteral("Internal server error"), QStringLiteral("INTERNAL_ERROR"));
}

Reply LiveChatAiApi::tooManyRequests(int) const {
    return error(429, QStringLiteral("Too many requests, please try again later"),
                 QStringLiteral("RATE_LIMIT_EXCEEDED"));
}

Reply LiveChatAiApi::handle(const Request& request) {
    const QString token = request.bearerToken();
    if (token.isEmpty())
        return error(401, QStringLiteral("Missing API key"), QStringLiteral("UNAUTHORIZED"));
    if (!m_agent.isKnownKey(token))
        return error(401, QStringLiteral("Invalid API key"), QStringLiteral("UNAUTHORIZED"));
    const QStringList parts = request.path.mid(kPrefix.size()).split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.first() == QLatin1String("conversations")) {
        if (parts.size() == 1 && request.method == "POST")
            return ask(request);
        if (parts.size() == 1 && request.method == "GET")
            return list(request);
        if (parts.size() == 2 && request.method == "GET")
            return get(parts.at(1));
        if (parts.size() == 3 && parts.at(2) == QLatin1String("reply") && request.method == "POST")
            return reply(request, parts.at(1));
    }
    return error(404, QStringLiteral("Endpoint not found"), QStringLiteral("NOT_FOUND"));
}

Reply LiveChatAiApi::ask(const Request& request) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return invalid(QStringLiteral("Request body must be a JSON object"));
    const QJsonObject body = document.object();
    const QJsonValue question = body.value(QLatin1String("question"));
    if (!question.isString() || question.toString().trimmed().isEmpty())
        return invalid(QStringLiteral("question is required"));
    const QJsonValue agentId = body.value(QLatin1String("agentId"));
    if (!agentId.isString() || agentId.toString().isEmpty())
        return invalid(QStringLiteral("agentId is required"));
    const QJsonValue conversationId = body.value(QLatin1String("conversationId"));
    if (!conversationId.isUndefined() && !conversationId.isNull() && !conversationId.isString())
        return invalid(QStringLiteral("conversationId must be a string"));
    const QJsonValue streaming = body.value(QLatin1String("streaming"));
    if (!streaming.isUndefined() && !streaming.isBool())
        return invalid(QStringLiteral("streaming must be a boolean"));
    for (const QString& problem :
         {checkEnum(body, "messageType", {QStringLiteral("TEXT"), QStringLiteral("IMAGE")}),
          checkEnum(body, "responseFormat", {QStringLiteral("MARKDOWN"), QStringLiteral("PLAIN")}),
          checkEnum(body, "integrationType",
                    {QStringLiteral("WHATSAPP"), QStringLiteral("SLACK")})}) {
        if (!problem.isEmpty())
            return invalid(problem);
    }
    const QJsonObject agent = m_agent.agent(agentId.toString());
    if (agent.isEmpty())
        return error(404, QStringLiteral("Agent not found"), QStringLiteral("NOT_FOUND"));
    if (agent.value(QLatin1String("apiKey")).toString() != request.bearerToken())
        return error(403, QStringLiteral("You do not have access to this agent"),
                     QStringLiteral("FORBIDDEN"));
    const QString existing = conversationId.toString();
    if (!existing.isEmpty()) {
        const qsizetype at = m_agent.index(existing);
        if (at < 0 ||
            m_world.liveChatAi().conversations.at(at).value(QLatin1String("agentId")) != agentId)
            return conversationNotFound();
    }
    const auto answer = m_agent.ask(agentId.toString(), existing, question.toString(),
                                    body.value(QLatin1String("messageType")).toString(),
                                    body.value(QLatin1String("responseFormat")).toString() ==
                                        QLatin1String("PLAIN"),
                                    body.value(QLatin1String("integrationType")).toString());
    return success(QJsonObject{{QStringLiteral("conversationId"), answer.conversationId},
                               {QStringLiteral("contactId"), answer.contactId},
                               {QStringLiteral("response"), answer.response},
                               {QStringLiteral("messageId"), answer.messageId},
                               {QStringLiteral("responseMessageId"), answer.responseMessageId},
                               {QStringLiteral("links"), answer.links}},
                   QStringLiteral("Message sent successfully"));
}

Reply LiveChatAiApi::list(const Request& request) {
    bool pageOk = true;
    bool perPageOk = true;
    const int page = request.query.hasQueryItem(QStringLiteral("page"))
                         ? request.queryValue(QStringLiteral("page")).toInt(&pageOk)
                         : 1;
    const int perPage = request.query.hasQueryItem(QStringLiteral("perPage"))
                            ? request.queryValue(QStringLiteral("perPage")).toInt(&perPageOk)
                            : 20;
    if (!pageOk || page < 1)
        return invalid(QStringLiteral("page must be a positive integer"));
    if (!perPageOk || perPage < 1 || perPage > kMaxPerPage)
        return invalid(QStringLiteral("perPage must be between 1 and %1").arg(kMaxPerPage));
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("open") && status != QLatin1String("close"))
        return invalid(QStringLiteral("status must be open or close"));
    const QString agentId = request.queryValue(QStringLiteral("agentId"));

    QList<qsizetype> matching;
    const auto& conversations = m_world.liveChatAi().conversations;
    for (qsizetype i = conversations.size() - 1; i >= 0; --i) { // newest first
        const QJsonObject& conversation = conversations.at(i);
        if (!agentId.isEmpty() &&
            conversation.value(QLatin1String("agentId")).toString() != agentId)
            continue;
        const bool resolved = conversation.value(QLatin1String("isResolved")).toBool();
        if (!status.isEmpty() && resolved != (status == QLatin1String("close")))
            continue;
        matching.append(i);
    }
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < matching.size() && items.size() < perPage;
         ++i)
        items.append(m_agent.summary(matching.at(i)));
    const int total = int(matching.size());
    return success(QJsonObject{
        {QStringLiteral("conversations"), items},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("total"), total},
                     {QStringLiteral("perPage"), perPage},
                     {QStringLiteral("currentPage"), page},
                     {QStringLiteral("totalPages"), (total + perPage - 1) / perPage}}}});
}

Reply LiveChatAiApi::get(const QString& conversationId) {
    const qsizetype at = m_agent.index(conversationId);
    if (at < 0)
        return conversationNotFound();
    return success(m_agent.conversation(at));
}

Reply LiveChatAiApi::reply(const Request& request, const QString& conversationId) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return invalid(QStringLiteral("Request body must be a JSON object"));
    const QJsonObject body = document.object();
    const QJsonValue message = body.value(QLatin1String("message"));
    if (!message.isString() || message.toString().trimmed().isEmpty())
        return invalid(QStringLiteral("message is required"));
    const QJsonValue userId = body.value(QLatin1String("userId"));
    if (!userId.isUndefined() && !userId.isNull() && !userId.isString())
        return invalid(QStringLiteral("userId must be a string"));
    const QString problem =
        checkEnum(body, "messageType", {QStringLiteral("TEXT"), QStringLiteral("IMAGE")});
    if (!problem.isEmpty())
        return invalid(problem);
    if (m_agent.index(conversationId) < 0)
        return conversationNotFound();
    const QJsonObject stored = m_agent.reply(conversationId, message.toString(), userId.toString(),
                                             body.value(QLatin1String("messageType")).toString());
    const QString id = stored.value(QLatin1String("id")).toString();
    return success(
        QJsonObject{
            {QStringLiteral("messageId"), id},
            {QStringLiteral("conversationId"), conversationId},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("text"), stored.value(QLatin1String("content"))},
                         {QStringLiteral("sender"), QStringLiteral("AGENT")},
                         {QStringLiteral("type"), stored.value(QLatin1String("type"))},
                         {QStringLiteral("createdAt"), stored.value(QLatin1String("createdAt"))}}}},
        QStringLiteral("User reply sent successfully"));
}

} // namespace sandbox
