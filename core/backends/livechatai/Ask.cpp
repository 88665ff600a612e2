#include "Ask.h"

#include <QJsonDocument>

namespace agentdesk::livechatai {

ApiError checkAsk(const AskRequest& request) {
    if (request.question.trimmed().isEmpty())
        return refused(QStringLiteral("the question is empty"));
    if (request.agentId.isEmpty())
        return refused(QStringLiteral("no agentId: which AI agent should answer?"));
    return {};
}

HttpRequest askRequest(const Server& server, const AskRequest& request) {
    QJsonObject body{
        {QStringLiteral("question"), request.question},
        {QStringLiteral("agentId"), request.agentId},
    };
    auto put = [&body](const char* key, const QString& value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    };
    put("conversationId", request.conversationId);
    if (request.messageType)
        put("messageType", toString(*request.messageType));
    if (request.streaming)
        body.insert(QStringLiteral("streaming"), *request.streaming);
    put("ip", request.ip);
    put("country", request.country);
    if (request.responseFormat)
        put("responseFormat", toString(*request.responseFormat));
    if (request.integrationType)
        put("integrationType", toString(*request.integrationType));

    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server.baseUrl, QStringLiteral("/api/v2/conversations"));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.credentials = server.credentials();
    return http;
}

Result<Answer> parseAskReply(const HttpResponse& response) {
    const auto envelope = unwrapEnvelope(response);
    if (!envelope)
        return envelope.error();
    JsonReader reader(envelope.value());
    Answer answer;
    answer.message = reader.optionalString(QStringLiteral("message"));
    JsonReader data = reader.child(QStringLiteral("data"));
    answer.conversationId = data.string(QStringLiteral("conversationId"));
    answer.contactId = data.optionalString(QStringLiteral("contactId"));
    answer.response = data.string(QStringLiteral("response"));
    answer.messageId = data.string(QStringLiteral("messageId"));
    answer.responseMessageId = data.string(QStringLiteral("responseMessageId"));
    const QJsonArray links = data.optionalArray(QStringLiteral("links"));
    for (qsizetype i = 0; i < links.size() && reader.ok(); ++i) {
        JsonReader item = data.element(links, i, QStringLiteral("links"));
        Link link;
        link.link = item.string(QStringLiteral("link"));
        link.type = item.optionalString(QStringLiteral("type"));
        answer.links.append(link);
    }
    if (!reader.ok())
        return badShape(reader.error());
    return answer;
}

void ask(Transport& transport, const Server& server, const AskRequest& request, QObject* context,
         ResultCallback<Answer> done) {
    if (const ApiError error = checkAsk(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<Answer>(transport, askRequest(server, request), &readError, &parseAskReply,
                         context, std::move(done));
}

} // namespace agentdesk::livechatai
