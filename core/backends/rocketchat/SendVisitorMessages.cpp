#include "SendVisitorMessages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace agentdesk::rocketchat {

ApiError checkSendVisitorMessagesRequest(const SendVisitorMessagesRequest& request) {
    if (request.visitorToken.isEmpty())
        return refused(QStringLiteral("the visitor token is missing"));
    if (request.messages.isEmpty())
        return refused(QStringLiteral("there is no message to send"));
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        if (request.messages.at(i).trimmed().isEmpty())
            return refused(QStringLiteral("message %1 of %2 is empty")
                               .arg(i + 1)
                               .arg(request.messages.size()));
    }
    return ApiError::none();
}

HttpRequest sendVisitorMessagesRequest(const Server& server,
                                       const SendVisitorMessagesRequest& request) {
    QJsonArray messages;
    for (const QString& text : request.messages)
        messages.append(QJsonObject{{QStringLiteral("msg"), text}});
    const QJsonObject body{
        {QStringLiteral("visitor"), QJsonObject{{QStringLiteral("token"), request.visitorToken}}},
        {QStringLiteral("messages"), messages},
    };
    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server.baseUrl, QStringLiteral("/api/v1/livechat/messages"));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.credentials = server.credentials();
    return http;
}

Result<SendVisitorMessagesResult> parseSendVisitorMessagesReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    checkSuccess(reader);
    SendVisitorMessagesResult result;
    const QString key = QStringLiteral("messages");
    const QJsonArray messages = reader.array(key);
    for (qsizetype i = 0; i < messages.size() && reader.ok(); ++i) {
        JsonReader item = reader.element(messages, i, key);
        SentMessage sent;
        sent.username = item.string(QStringLiteral("username"));
        sent.msg = item.string(QStringLiteral("msg"));
        sent.ts = item.dateTime(QStringLiteral("ts"));
        result.messages.append(sent);
    }
    if (!reader.ok())
        return badShape(reader.error());
    return result;
}

void sendVisitorMessages(Transport& transport, const Server& server,
                         const SendVisitorMessagesRequest& request, QObject* context,
                         ResultCallback<SendVisitorMessagesResult> done) {
    ApiError error = checkSendVisitorMessagesRequest(request);
    if (!error)
        error = checkCredentials(server);
    if (error)
        return deliverRefusal(transport, context, std::move(done), error);
    const qsizetype sent = request.messages.size();
    auto parse = [sent](const HttpResponse& response) -> Result<SendVisitorMessagesResult> {
        auto result = parseSendVisitorMessagesReply(response);
        if (result && result->messages.size() != sent) {
            return badShape(QStringLiteral("the server confirmed %1 of %2 messages")
                                .arg(result->messages.size())
                                .arg(sent));
        }
        return result;
    };
    callEndpoint<SendVisitorMessagesResult>(transport, sendVisitorMessagesRequest(server, request),
                                            &readError, parse, context, std::move(done));
}

} // namespace agentdesk::rocketchat
