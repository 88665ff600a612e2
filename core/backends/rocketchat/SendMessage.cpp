#include "SendMessage.h"

#include <QJsonDocument>

namespace agentdesk::rocketchat {

HttpRequest sendMessageRequest(const QUrl& server, const SendMessageRequest& request) {
    QJsonObject body{
        {QStringLiteral("token"), request.token},
        {QStringLiteral("rid"), request.rid},
        {QStringLiteral("msg"), request.msg},
    };
    if (!request.id.isEmpty())
        body.insert(QStringLiteral("_id"), request.id);
    if (request.agent) {
        body.insert(QStringLiteral("agent"),
                    QJsonObject{{QStringLiteral("agentId"), request.agent->agentId},
                                {QStringLiteral("username"), request.agent->username}});
    }
    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server, QStringLiteral("/api/v1/livechat/message"));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

Result<Message> parseSendMessageReply(const HttpResponse& response) {
    return parseMessageReply(response);
}

void sendMessage(Transport& transport, const QUrl& server, const SendMessageRequest& request,
                 QObject* context, ResultCallback<Message> done) {
    callEndpoint<Message>(transport, sendMessageRequest(server, request), &readError,
                          &parseSendMessageReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
