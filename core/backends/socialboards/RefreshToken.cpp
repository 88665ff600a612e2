#include "RefreshToken.h"

namespace agentdesk::socialboards {

namespace {

//! application/x-www-form-urlencoded, encoding everything but the unreserved characters (a
//! token's '+', '/' and '=' must not reach the server as form syntax).
QByteArray formEncode(const QList<std::pair<QString, QString>>& fields) {
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

ApiError checkRefreshToken(const RefreshTokenRequest& request) {
    if (request.refreshToken.isEmpty())
        return refused(QStringLiteral("no refresh token"));
    if (request.clientId.isEmpty())
        return refused(QStringLiteral("no client id"));
    return {};
}

HttpRequest refreshTokenRequest(const QUrl& server, const RefreshTokenRequest& request) {
    HttpRequest http;
    http.method = "POST";
    http.url = apiUrl(server, QStringLiteral("token"));
    http.contentType = "application/x-www-form-urlencoded";
    http.body = formEncode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                            {QStringLiteral("refresh_token"), request.refreshToken},
                            {QStringLiteral("client_id"), request.clientId}});
    return http;
}

Result<AccessToken> parseRefreshTokenReply(const HttpResponse& response) {
    const auto body = parseJsonObject(response);
    if (!body)
        return body.error();
    JsonReader reader(body.value());
    AccessToken token;
    token.accessToken = reader.string(QStringLiteral("access_token"));
    token.tokenType = reader.optionalString(QStringLiteral("token_type"));
    token.expiresIn = reader.integer(QStringLiteral("expires_in"));
    token.refreshToken = reader.optionalString(QStringLiteral("refresh_token"));
    if (reader.ok() && token.accessToken.isEmpty())
        reader.fail(QStringLiteral("access_token"), QStringLiteral("empty"));
    if (reader.ok() && token.expiresIn <= 0)
        reader.fail(QStringLiteral("expires_in"), QStringLiteral("not positive"));
    if (!reader.ok())
        return badShape(reader.error());
    return token;
}

void refreshToken(Transport& transport, const QUrl& server, const RefreshTokenRequest& request,
                  QObject* context, ResultCallback<AccessToken> done) {
    if (const ApiError error = checkRefreshToken(request))
        return deliverRefusal(transport, context, std::move(done), error);
    callEndpoint<AccessToken>(transport, refreshTokenRequest(server, request), &readError,
                              &parseRefreshTokenReply, context, std::move(done));
}

} // namespace agentdesk::socialboards
