#include "VisitorMessageById.h"

namespace agentdesk::rocketchat {

HttpRequest visitorMessageByIdRequest(const QUrl& server,
                                      const VisitorMessageByIdRequest& request) {
    QueryItems query;
    query.append({QStringLiteral("token"), request.token});
    query.append({QStringLiteral("rid"), request.rid});
    HttpRequest http;
    http.method = "GET";
    http.url = apiUrlWithId(server, QStringLiteral("/api/v1/livechat/message/"), request.id, query);
    return http;
}

Result<Message> parseVisitorMessageByIdReply(const HttpResponse& response) {
    return parseMessageReply(response);
}

void readVisitorMessageByIdError(ApiError& error, const HttpResponse& response) {
    readError(error, response);
    const QString notFound = QStringLiteral("invalid-message");
    if (error.kind() != ApiError::Kind::InvalidRequest ||
        (error.serverMessage() != notFound && error.serverCode() != notFound))
        return;
    ApiError missing(ApiError::Kind::NotFound, error.detail());
    missing.setHttpStatus(error.httpStatus());
    missing.setServerCode(error.serverCode());
    missing.setServerMessage(error.serverMessage());
    error = missing;
}

void visitorMessageById(Transport& transport, const QUrl& server,
                        const VisitorMessageByIdRequest& request, QObject* context,
                        ResultCallback<Message> done) {
    QString missing;
    if (request.id.isEmpty())
        missing = QStringLiteral("the message id is missing");
    else if (request.token.isEmpty())
        missing = QStringLiteral("the visitor token is missing");
    else if (request.rid.isEmpty())
        missing = QStringLiteral("the room id is missing");
    if (!missing.isEmpty())
        return deliverRefusal(transport, context, std::move(done), refused(missing));
    callEndpoint<Message>(transport, visitorMessageByIdRequest(server, request),
                          &readVisitorMessageByIdError, &parseVisitorMessageByIdReply, context,
                          std::move(done));
}

} // namespace agentdesk::rocketchat
