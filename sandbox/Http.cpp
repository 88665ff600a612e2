#include "Http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

QString Request::bearerToken() const {
    const QByteArray value = header("authorization").trimmed();
    static const QByteArray prefix = "bearer ";
    if (value.size() <= prefix.size() || value.left(prefix.size()).toLower() != prefix)
        return {};
    return QString::fromUtf8(value.mid(prefix.size()).trimmed());
}

Reply Reply::json(int status, const QJsonValue& value) {
    Reply reply;
    reply.status = status;
    if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace sandbox
