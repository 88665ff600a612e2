#include "ReadMessages.h"

namespace agentdesk::socialboards {

ApiError checkReadMessages(const ReadMessagesRequest& request) {
    if (request.conversationId <= 0)
        return refused(QStringLiteral("no conversation id"));
    if (request.skip < 0)
        return refused(QStringLiteral("skip must not be negative (got %1)").arg(request.skip));
    if (request.take < 1 || request.take > kMaxTake) {
        return refused(QStringLiteral("take must be between 1 and %1 (got %2)")
                           .arg(kMaxTake)
                           .arg(request.take));
    }
    return {};
}

HttpRequest readMessagesRequest(const Server& server, const ReadMessagesRequest& request) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("orderBy"), request.orderBy == MessageOrder::CreationTimeAsc
                                                      ? QStringLiteral("creation_time_asc")
                                                      : QStringLiteral("creation_time_desc"));
    query.addQueryItem(QStringLiteral("skip"), QString::number(request.skip));
    query.addQueryItem(QStringLiteral("take"), QString::number(request.take));
    HttpRequest http;
    http.method = "GET";
    http.url =
        apiUrl(server.baseUrl,
               QStringLiteral("chat/conversations/%1/messages").arg(request.conversationId), query);
    http.credentials = server.credentials();
    return http;
}

Result<QList<ConversationMessage>> parseReadMessagesReply(const HttpResponse& response) {
    const auto envelope = unwrapEnvelope(response);
    if (!envelope)
        return envelope.error();
    JsonReader reader(envelope.value());
    const QJsonArray data = reader.array(QStringLiteral("data"));
    QList<ConversationMessage> messages =
        parseConversationMessages(reader, data, QStringLiteral("data"));
    if (!reader.ok())
        return badShape(reader.error());
    return messages;
}

void readMessages(Transport& transport, const Server& server, const ReadMessagesRequest& request,
                  QObject* context, ResultCallback<QList<ConversationMessage>> done) {
    if (const ApiError error = checkReadMessages(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<QList<ConversationMessage>>(transport, readMessagesRequest(server, request),
                                             &readError, &parseReadMessagesReply, context,
                                             std::move(done));
}

} // namespace agentdesk::socialboards
