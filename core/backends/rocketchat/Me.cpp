#include "Me.h"

namespace agentdesk::rocketchat {

HttpRequest meRequest(const Server& server) {
    HttpRequest http;
    http.method = "GET";
    http.url = apiUrl(server.baseUrl, QStringLiteral("/api/v1/me"));
    http.credentials = server.credentials();
    return http;
}

Result<User> parseMeReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    checkSuccess(reader);
    User user = parseUser(reader);
    if (reader.ok() && user.username.isEmpty())
        reader.fail(QStringLiteral("username"), QStringLiteral("missing"));
    if (!reader.ok())
        return badShape(reader.error());
    return user;
}

void me(Transport& transport, const Server& server, QObject* context, ResultCallback<User> done) {
    if (ApiError error = checkCredentials(server))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<User>(transport, meRequest(server), &readError, &parseMeReply, context,
                       std::move(done));
}

} // namespace agentdesk::rocketchat
