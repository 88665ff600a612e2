#pragma once

#include "net/Result.h"
#include "net/Transport.h"

#include <QMetaObject>
#include <QUrlQuery>

#include <functional>

namespace agentdesk {

template<class T> using ResultCallback = std::function<void(Result<T>)>;

//! An InvalidRequest error for input refused before anything is sent (its HTTP status stays 0,
//! so the agent is told AgentDesk stopped it, not the server).
inline ApiError refused(const QString& why) {
    return ApiError(ApiError::Kind::InvalidRequest, why);
}

//! Hands an error found before sending to the callback the way a network answer would arrive:
//! on a later turn of the event loop (never re-entrantly), and never once the context is gone.
template<class T>
void deliverRefusal(Transport& transport, QObject* context, ResultCallback<T> done,
                    const ApiError& error) {
    QMetaObject::invokeMethod(
        context ? context : static_cast<QObject*>(&transport),
        [done = std::move(done), error] { done(Result<T>(error)); }, Qt::QueuedConnection);
}

//! Fills an error's server code and message from a backend's own error body shape.
using ErrorReader = void (*)(ApiError& error, const HttpResponse& response);

//! Joins a server base URL (which may carry a path prefix) and an endpoint path.
inline QUrl apiUrl(const QUrl& base, const QString& path, const QUrlQuery& query = {}) {
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + (path.startsWith(u'/') ? path : u'/' + path));
    url.setQuery(query.isEmpty() ? QString() : query.toString(QUrl::FullyEncoded));
    return url;
}

//! Sends one endpoint request and hands back the parsed result or the mapped error.
//!
//! Transport errors pass through; a non-2xx status becomes the error errorForStatus() gives,
//! completed with the server's own words by the backend's ErrorReader; a 2xx body goes to
//! the endpoint's parser, which must accept exactly the documented shape. A 2xx it cannot read
//! after a send (a POST) says the server took the request without saying what became of it:
//! the outcome is unknown, as for a lost answer, and the outbox reads back before sending again.
template<class T, class Parser>
void callEndpoint(Transport& transport, const HttpRequest& request, ErrorReader readError,
                  Parser parse, QObject* context, ResultCallback<T> done) {
    Transport* t = &transport;
    const bool mayRepeat = Transport::isIdempotent(request.method);
    transport.send(request, context,
                   [t, readError, parse, mayRepeat,
                    done = std::move(done)](const HttpResponse& response, const ApiError& error) {
                       if (error)
                           return done(Result<T>(error));
                       if (response.status < 200 || response.status >= 300) {
                           ApiError failure = errorForStatus(response, t->now());
                           readError(failure, response);
                           return done(Result<T>(failure));
                       }
                       Result<T> parsed = parse(response);
                       if (!parsed && !mayRepeat &&
                           parsed.error().kind() == ApiError::Kind::BadResponse) {
                           ApiError unreadable = parsed.error();
                           unreadable.setOutcomeUnknown(true);
                           unreadable.setHttpStatus(response.status);
                           return done(Result<T>(unreadable));
                       }
                       done(std::move(parsed));
                   });
}

} // namespace agentdesk
