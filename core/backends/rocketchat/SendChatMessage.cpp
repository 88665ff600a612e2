#include "SendChatMessage.h"

#include <QJsonDocument>

namespace agentdesk::rocketchat {

ApiError checkSendChatMessageRequest(const SendChatMessageRequest& request) {
    if (request.rid.isEmpty())
        return refused(QStringLiteral("the room id is missing"));
    if (request.msg.isEmpty())
        return refused(QStringLiteral("the message is empty"));
    return ApiError::none();
}

HttpRequest sendChatMessageRequest(const Server& server, const SendChatMessageRequest& request) {
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

Result<Message> parseSendChatMessageReply(const HttpResponse& response) {
    return parseMessageReply(response);
}

void sendChatMessage(Transport& transport, const Server& server,
                     const SendChatMessageRequest& request, QObject* context,
                     ResultCallback<Message> done) {
    ApiError error = checkCredentials(server);
    if (!error)
        error = checkSendChatMessageRequest(request);
    if (error)
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<Message>(transport, sendChatMessageRequest(server, request), &readError,
                          &parseSendChatMessageReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
