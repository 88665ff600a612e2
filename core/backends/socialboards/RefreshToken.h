#pragma once

#include "SocialBoards.h"

namespace agentdesk::socialboards {

//! `POST token` (form-encoded): trades a refresh token for a fresh access token.
//!
//! The answer is plain OAuth, not the `{data, errorCode, errorText}` envelope. Neither token is
//! ever logged; the caller stores them through the credential store.
struct RefreshTokenRequest {
    QString refreshToken; //!< from the community's settings page, or the previous answer
    QString clientId;     //!< from the community's settings page
};

struct AccessToken {
    QString accessToken;
    QString tokenType;    //!< "bearer"
    qint64 expiresIn = 0; //!< seconds from when the answer arrived (3599 on the page)
    QString refreshToken; //!< the refresh token to use next time; empty when none was sent
};

//! Refuses an empty refresh token or client id before sending.
ApiError checkRefreshToken(const RefreshTokenRequest& request);

//! `server` is the API root; no Authorization header is sent (the refresh token authenticates).
HttpRequest refreshTokenRequest(const QUrl& server, const RefreshTokenRequest& request);
Result<AccessToken> parseRefreshTokenReply(const HttpResponse& response);

void refreshToken(Transport& transport, const QUrl& server, const RefreshTokenRequest& request,
                  QObject* context, ResultCallback<AccessToken> done);

} // namespace agentdesk::socialboards
