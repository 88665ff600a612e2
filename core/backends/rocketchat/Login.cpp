#include "Login.h"

#include <QJsonDocument>

namespace agentdesk::rocketchat {

ApiError checkLoginRequest(const LoginRequest& request) {
    if (!request.resumeToken.isEmpty())
        return ApiError::none();
    if (request.user.isEmpty())
        return refused(QStringLiteral("the username is missing"));
    if (request.password.isEmpty())
        return refused(QStringLiteral("the password is missing"));
    return ApiError::none();
}

HttpRequest loginRequest(const QUrl& server, const LoginRequest& request) {
    const QJsonObject body = !request.resumeToken.isEmpty()
                                 ? QJsonObject{{QStringLiteral("resume"), request.resumeToken}}
                                 : QJsonObject{{QStringLiteral("user"), request.user},
                                               {QStringLiteral("password"), request.password}};
    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server, QStringLiteral("/api/v1/login"));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

Result<LoginSession> parseLoginReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    const QString status = reader.string(QStringLiteral("status"));
    if (reader.ok() && status != QLatin1String("success"))
        reader.fail(QStringLiteral("status"), QStringLiteral("\"%1\" in a 2xx answer").arg(status));
    JsonReader data = reader.child(QStringLiteral("data"));
    LoginSession session;
    session.userId = data.string(QStringLiteral("userId"));
    session.authToken = data.string(QStringLiteral("authToken"));
    session.me = parseUser(data.child(QStringLiteral("me")));
    if (reader.ok() && session.me.id != session.userId)
        data.fail(QStringLiteral("me._id"), QStringLiteral("differs from userId"));
    if (reader.ok() && (session.userId.isEmpty() || session.authToken.isEmpty()))
        data.fail(QStringLiteral("authToken"), QStringLiteral("empty"));
    if (!reader.ok())
        return badShape(reader.error());
    return session;
}

void login(Transport& transport, const QUrl& server, const LoginRequest& request, QObject* context,
           ResultCallback<LoginSession> done) {
    if (ApiError error = checkLoginRequest(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<LoginSession>(transport, loginRequest(server, request), &readError,
                               &parseLoginReply, context, std::move(done));
}

} // namespace agentdesk::rocketchat
