#include "Reply.h"

#include <QJsonDocument>

namespace agentdesk::livechatai {

ApiError checkReply(const ReplyRequest& request) {
    if (!isPathSegment(request.conversationId)) {
        return refused(
            QStringLiteral("not a conversation id: \"%1\"").arg(request.conversationId.left(80)));
    }
    if (request.message.trimmed().isEmpty())
        return refused(QStringLiteral("the reply is empty"));
    return {};
}

HttpRequest replyRequest(const Server& server, const ReplyRequest& request) {
    QJsonObject body{{QStringLiteral("message"), request.message}};
    if (!request.userId.isEmpty())
        body.insert(QStringLiteral("userId"), request.userId);
    if (request.messageType)
        body.insert(QStringLiteral("messageType"), toString(*request.messageType));
    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server.baseUrl,
                      QStringLiteral("/api/v2/conversations/%1/reply").arg(request.conversationId));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.credentials = server.credentials();
    return http;
}

Result<ReplyResult> parseReplyReply(const HttpResponse& response) {
    const auto envelope = unwrapEnvelope(response);
    if (!envelope)
        return envelope.error();
    JsonReader reader(envelope.value());
    JsonReader data = reader.child(QStringLiteral("data"));
    ReplyResult result;
    result.messageId = data.string(QStringLiteral("messageId"));
    result.conversationId = data.string(QStringLiteral("conversationId"));
    JsonReader message = data.child(QStringLiteral("message"));
    result.message.id = message.string(QStringLiteral("id"));
    result.message.text = message.optionalString(QStringLiteral("text"));
    result.message.sender = message.optionalString(QStringLiteral("sender"));
    result.message.type = message.optionalString(QStringLiteral("type"));
    result.message.createdAt = message.dateTime(QStringLiteral("createdAt"));
    if (auto agent = message.optionalChild(QStringLiteral("agent")))
        result.message.agent = parseAgent(*agent);
    if (!reader.ok())
        return badShape(reader.error());
    return result;
}

void reply(Transport& transport, const Server& server, const ReplyRequest& request,
           QObject* context, ResultCallback<ReplyResult> done) {
    if (const ApiError error = checkReply(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<ReplyResult>(transport, replyRequest(server, request), &readError,
                              &parseReplyReply, context, std::move(done));
}

} // namespace agentdesk::livechatai
