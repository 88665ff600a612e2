#include "ListRooms.h"

#include <QJsonArray>

namespace agentdesk::rocketchat {

HttpRequest listRoomsRequest(const Server& server, const ListRoomsRequest& request) {
    QueryItems query;
    query.append(
        {QStringLiteral("agents[]"), request.agentId.isEmpty() ? server.userId : request.agentId});
    if (request.open)
        query.append({QStringLiteral("open"),
                      *request.open ? QStringLiteral("true") : QStringLiteral("false")});
    if (request.offset)
        query.append({QStringLiteral("offset"), QString::number(*request.offset)});
    if (request.count)
        query.append({QStringLiteral("count"), QString::number(*request.count)});
    HttpRequest http;
    http.method = "GET";
    http.url = apiUrlWithQuery(server.baseUrl, QStringLiteral("/api/v1/livechat/rooms"), query);
    http.credentials = server.credentials();
    return http;
}

static Visitor parseVisitor(JsonReader reader) {
    Visitor visitor;
    visitor.id = reader.string(QStringLiteral("_id"));
    visitor.username = reader.string(QStringLiteral("username"));
    visitor.token = reader.string(QStringLiteral("token"));
    visitor.name = reader.optionalString(QStringLiteral("name"));
    visitor.status = reader.optionalString(QStringLiteral("status"));
    return visitor;
}

Room parseRoom(JsonReader reader) {
    Room room;
    room.id = reader.string(QStringLiteral("_id"));
    room.fname = reader.string(QStringLiteral("fname"));
    room.v = parseVisitor(reader.child(QStringLiteral("v")));
    room.open = reader.optionalBoolean(QStringLiteral("open")).value_or(false);
    room.ts = reader.dateTime(QStringLiteral("ts"));
    room.lastMessageAt = reader.optionalDateTime(QStringLiteral("lm"));
    room.updatedAt = reader.optionalDateTime(QStringLiteral("_updatedAt"));
    room.departmentId = reader.optionalString(QStringLiteral("departmentId"));
    room.msgs = reader.optionalInteger(QStringLiteral("msgs"));
    room.waitingResponse = reader.optionalBoolean(QStringLiteral("waitingResponse"));
    if (auto servedBy = reader.optionalChild(QStringLiteral("servedBy")))
        room.servedBy = parseUser(*servedBy);
    if (auto last = reader.optionalChild(QStringLiteral("lastMessage")))
        room.lastMessage = parseMessage(*last);
    room.tags = parseStringList(reader, QStringLiteral("tags"));
    room.raw = reader.object();
    return room;
}

Result<RoomsPage> parseListRoomsReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    checkSuccess(reader);
    RoomsPage page;
    const QString key = QStringLiteral("rooms");
    const QJsonArray rooms = reader.array(key);
    for (qsizetype i = 0; i < rooms.size() && reader.ok(); ++i)
        page.rooms.append(parseRoom(reader.element(rooms, i, key)));
    page.count = reader.integer(QStringLiteral("count"));
    page.offset = reader.integer(QStringLiteral("offset"));
    page.total = reader.integer(QStringLiteral("total"));
    if (!reader.ok())
        return badShape(reader.error());
    return page;
}

void listRooms(Transport& transport, const Server& server, const ListRoomsRequest& request,
               QObject* context, ResultCallback<RoomsPage> done) {
    if (ApiError error = checkCredentials(server))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<RoomsPage>(transport, listRoomsRequest(server, request), &readError,
                            &parseListRoomsReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
