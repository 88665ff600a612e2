#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace sandbox {

//! One request as the sandbox's backends see it: already read completely from the socket.
struct Request {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; //!< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    //! The token of an `Authorization: Bearer <token>` header; empty when there is none.
    QString bearerToken() const;
    QString queryValue(const QString& key) const {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

//! One response to write back: status, extra headers and the complete body.
struct Reply {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";

    static Reply json(int status, const QJsonValue& value);
    void addHeader(const QByteArray& name, const QByteArray& value) {
        headers.append({name, value});
    }
};

} // namespace sandbox
