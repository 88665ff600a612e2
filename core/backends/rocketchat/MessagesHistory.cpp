#include "MessagesHistory.h"

#include <QJsonArray>

namespace agentdesk::rocketchat {

HttpRequest messagesHistoryRequest(const QUrl& server, const MessagesHistoryRequest& request) {
    QueryItems query;
    query.append({QStringLiteral("token"), request.token});
    if (request.ls.isValid())
        query.append({QStringLiteral("ls"), formatIsoDateTime(request.ls)});
    if (request.end.isValid())
        query.append({QStringLiteral("end"), formatIsoDateTime(request.end)});
    if (request.limit)
        query.append({QStringLiteral("limit"), QString::number(*request.limit)});
    if (request.offset)
        query.append({QStringLiteral("offset"), QString::number(*request.offset)});
    HttpRequest http;
    http.method = "GET";
    http.url = apiUrlWithId(server, QStringLiteral("/api/v1/livechat/messages.history/"),
                            request.rid, query);
    return http;
}

Result<MessagesHistory> parseMessagesHistoryReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    checkSuccess(reader);
    MessagesHistory history;
    const QString key = QStringLiteral("messages");
    const QJsonArray messages = reader.array(key);
    for (qsizetype i = 0; i < messages.size() && reader.ok(); ++i)
        history.messages.append(parseMessage(reader.element(messages, i, key)));
    history.unreadNotLoaded = reader.optionalInteger(QStringLiteral("unreadNotLoaded"));
    if (!reader.ok())
        return badShape(reader.error());
    return history;
}

void messagesHistory(Transport& transport, const QUrl& server,
                     const MessagesHistoryRequest& request, QObject* context,
                     ResultCallback<MessagesHistory> done) {
    if (request.rid.isEmpty())
        return deliverRefusal(transport, context, std::move(done),
                              refused(QStringLiteral("the room id is missing")));
    if (request.token.isEmpty()) {
        return deliverRefusal(transport, context, std::move(done),
                              refused(QStringLiteral("the visitor token is missing")));
    }
    callEndpoint<MessagesHistory>(transport, messagesHistoryRequest(server, request), &readError,
                                  &parseMessagesHistoryReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
