#include "AgentReplyById.h"

namespace agentdesk::rocketchat {

HttpRequest agentReplyByIdRequest(const Server& server, const AgentReplyByIdRequest& request) {
    HttpRequest http;
    http.method = "GET";
    http.url = apiUrlWithQuery(server.baseUrl, QStringLiteral("/api/v1/chat.getMessage"),
                               {{QStringLiteral("msgId"), request.id}});
    http.credentials = server.credentials();
    return http;
}

Result<Message> parseAgentReplyByIdReply(const HttpResponse& response) {
    return parseMessageReply(response);
}

void readAgentReplyByIdError(ApiError& error, const HttpResponse& response) {
    readError(error, response);
    if (error.kind() != ApiError::Kind::InvalidRequest || !error.serverMessage().isEmpty() ||
        !error.serverCode().isEmpty())
        return;
    const auto body = parseJsonObject(response);
    if (!body || body->value(QLatin1String("success")) != QJsonValue(false))
        return; // not the server's own "no such message"
    ApiError missing(ApiError::Kind::NotFound, QStringLiteral("no message with this id"));
    missing.setHttpStatus(error.httpStatus());
    error = missing;
}

void agentReplyById(Transport& transport, const Server& server,
                    const AgentReplyByIdRequest& request, QObject* context,
                    ResultCallback<Message> done) {
    ApiError error = checkCredentials(server);
    if (!error && request.id.isEmpty())
        error = refused(QStringLiteral("the message id is missing"));
    if (error)
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<Message>(transport, agentReplyByIdRequest(server, request),
                          &readAgentReplyByIdError, &parseAgentReplyByIdReply, context,
                          std::move(done));
}

} // namespace agentdesk::rocketchat
