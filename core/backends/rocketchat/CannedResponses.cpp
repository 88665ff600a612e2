#include "CannedResponses.h"

#include <QJsonArray>

namespace agentdesk::rocketchat {

HttpRequest cannedResponsesRequest(const Server& server) {
    HttpRequest http;
    http.method = "GET";
    http.url = apiUrl(server.baseUrl, QStringLiteral("/api/v1/canned-responses.get"));
    http.credentials = server.credentials();
    return http;
}

static CannedResponse parseCannedResponse(JsonReader reader) {
    CannedResponse response;
    response.id = reader.string(QStringLiteral("_id"));
    response.shortcut = reader.string(QStringLiteral("shortcut"));
    response.text = reader.string(QStringLiteral("text"));
    response.scope = reader.string(QStringLiteral("scope"));
    response.tags = parseStringList(reader, QStringLiteral("tags"));
    response.departmentId = reader.optionalString(QStringLiteral("departmentId"));
    response.updatedAt = reader.optionalDateTime(QStringLiteral("_updatedAt"));
    return response;
}

Result<QList<CannedResponse>> parseCannedResponsesReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    checkSuccess(reader);
    QList<CannedResponse> list;
    const QString key = QStringLiteral("responses");
    const QJsonArray responses = reader.array(key);
    for (qsizetype i = 0; i < responses.size() && reader.ok(); ++i)
        list.append(parseCannedResponse(reader.element(responses, i, key)));
    if (!reader.ok())
        return badShape(reader.error());
    return list;
}

void cannedResponses(Transport& transport, const Server& server, QObject* context,
                     ResultCallback<QList<CannedResponse>> done) {
    if (ApiError error = checkCredentials(server))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<QList<CannedResponse>>(transport, cannedResponsesRequest(server), &readError,
                                        &parseCannedResponsesReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
