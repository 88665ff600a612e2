#include "SendAgentReply.h"

#include <QJsonDocument>

namespace agentdesk::rocketchat {

ApiError checkSendAgentReplyRequest(const SendAgentReplyRequest& request) {
    if (request.rid.isEmpty())
        return refused(QStringLiteral("the room id is missing"));
    if (request.msg.isEmpty())
        return refused(QStringLiteral("the message is empty"));
    return ApiError::none();
}

HttpRequest sendAgentReplyRequest(const Server& server, const SendAgentReplyRequest& request) {
    QJsonObject message;
    if (!request.id.isEmpty())
        message.insert(QStringLiteral("_id"), request.id);
    message.insert(QStringLiteral("rid"), request.rid);
    message.insert(QStringLiteral("msg"), request.msg);
    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server.baseUrl, QStringLiteral("/api/v1/chat.sendMessage"));
    http.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
                    .toJson(QJsonDocument::Compact);
    http.credentials = server.credentials();
    return http;
}

Result<Message> parseSendAgentReplyReply(const HttpResponse& response) {
    return parseMessageReply(response);
}

void sendAgentReply(Transport& transport, const Server& server,
                    const SendAgentReplyRequest& request, QObject* context,
                    ResultCallback<Message> done) {
    ApiError error = checkCredentials(server);
    if (!error)
        error = checkSendAgentReplyRequest(request);
    if (error)
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<Message>(transport, sendAgentReplyRequest(server, request), &readError,
                          &parseSendAgentReplyReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
