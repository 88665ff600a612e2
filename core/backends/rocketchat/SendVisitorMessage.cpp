#include "SendVisitorMessage.h"

#include <QJsonDocument>

namespace agentdesk::rocketchat {

HttpRequest sendVisitorMessageRequest(const QUrl& server,
                                      const SendVisitorMessageRequest& request) {
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

Result<Message> parseSendVisitorMessageReply(const HttpResponse& response) {
    return parseMessageReply(response);
}

void sendVisitorMessage(Transport& transport, const QUrl& server,
                        const SendVisitorMessageRequest& request, QObject* context,
                        ResultCallback<Message> done) {
    callEndpoint<Message>(transport, sendVisitorMessageRequest(server, request), &readError,
                          &parseSendVisitorMessageReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
