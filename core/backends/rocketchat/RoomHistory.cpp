#include "RoomHistory.h"

#include <QJsonArray>

namespace agentdesk::rocketchat {

HttpRequest roomHistoryRequest(const QUrl& server, const RoomHistoryRequest& request) {
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

Result<RoomHistory> parseRoomHistoryReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    checkSuccess(reader);
    RoomHistory history;
    const QString key = QStringLiteral("messages");
    const QJsonArray messages = reader.array(key);
    for (qsizetype i = 0; i < messages.size() && reader.ok(); ++i)
        history.messages.append(parseMessage(reader.element(messages, i, key)));
    history.unreadNotLoaded = reader.optionalInteger(QStringLiteral("unreadNotLoaded"));
    if (!reader.ok())
        return badShape(reader.error());
    return history;
}

void roomHistory(Transport& transport, const QUrl& server, const RoomHistoryRequest& request,
                 QObject* context, ResultCallback<RoomHistory> done) {
    if (request.rid.isEmpty())
        return deliverRefusal(transport, context, std::move(done),
                              refused(QStringLiteral("the room id is missing")));
    if (request.token.isEmpty()) {
        return deliverRefusal(transport, context, std::move(done),
                              refused(QStringLiteral("the visitor token is missing")));
    }
    callEndpoint<RoomHistory>(transport, roomHistoryRequest(server, request), &readError,
                              &parseRoomHistoryReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
