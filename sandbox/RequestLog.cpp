#include "RequestLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

namespace {
const QString kMask = QStringLiteral("***");

QJsonValue masked(const QJsonValue& value) {
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(masked(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = RequestLog::isSecretField(it.key()) ? QJsonValue(kMask) : masked(it.value());
    return object;
}

QJsonValue bodyOf(const Request& request) {
    if (request.body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError)
        return masked(document.isArray() ? QJsonValue(document.array())
                                         : QJsonValue(document.object()));
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
        QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto& [key, value] : form.queryItems()) {
            if (RequestLog::isSecretField(key)) {
                form.removeAllQueryItems(key);
                form.addQueryItem(key, kMask);
            }
        }
        return form.toString(QUrl::FullyDecoded);
    }
    return QString::fromUtf8(request.body);
}
} // namespace

bool RequestLog::isSecretHeader(const QByteArray& lowerName) {
    return lowerName == "authorization" || lowerName == "x-auth-token" || lowerName == "cookie" ||
           lowerName == "proxy-authorization" || lowerName == "x-api-key";
}

bool RequestLog::isSecretField(const QString& name) {
    static const QStringList secrets{
        QStringLiteral("password"),      QStringLiteral("resume"),
        QStringLiteral("authToken"),     QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("client_secret")};
    return secrets.contains(name);
}

bool RequestLog::open(const QString& fileName, QString* error) {
    m_file.setFileName(fileName);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

void RequestLog::write(const Request& request) {
    if (!m_file.isOpen())
        return;
    QJsonObject headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        QString value = QString::fromUtf8(it.value());
        if (isSecretHeader(it.key())) {
            const bool bearer = value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive);
            value = bearer ? value.left(7) + kMask : kMask;
        }
        headers.insert(QString::fromLatin1(it.key()), value);
    }
    QJsonObject query;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        const QJsonValue masked = isSecretField(key) ? QJsonValue(kMask) : QJsonValue(value);
        if (!query.contains(key)) {
            query.insert(key, masked);
        } else {
            QJsonArray values = query.value(key).isArray() ? query.value(key).toArray()
                                                           : QJsonArray{query.value(key)};
            values.append(masked);
            query.insert(key, values);
        }
    }
    const QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), query},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), bodyOf(request)},
    };
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace sandbox
