#include "DdpMessage.h"

#include <QJsonDocument>

namespace agentdesk::ddp {

namespace {
QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

QByteArray connectFrame() {
    return compact({{QStringLiteral("msg"), QStringLiteral("connect")},
                    {QStringLiteral("version"), QStringLiteral("1")},
                    {QStringLiteral("support"), QJsonArray{QStringLiteral("1")}}});
}

QByteArray pingFrame(const QString& id) {
    QJsonObject frame{{QStringLiteral("msg"), QStringLiteral("ping")}};
    if (!id.isEmpty())
        frame.insert(QStringLiteral("id"), id);
    return compact(frame);
}

QByteArray pongFrame(const QString& id) {
    QJsonObject frame{{QStringLiteral("msg"), QStringLiteral("pong")}};
    if (!id.isEmpty())
        frame.insert(QStringLiteral("id"), id);
    return compact(frame);
}

QByteArray methodFrame(const QString& id, const QString& method, const QJsonArray& params) {
    return compact({{QStringLiteral("msg"), QStringLiteral("method")},
                    {QStringLiteral("method"), method},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("params"), params}});
}

QByteArray subFrame(const QString& id, const QString& name, const QJsonArray& params) {
    return compact({{QStringLiteral("msg"), QStringLiteral("sub")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("params"), params}});
}

QByteArray unsubFrame(const QString& id) {
    return compact({{QStringLiteral("msg"), QStringLiteral("unsub")}, {QStringLiteral("id"), id}});
}

QString Frame::errorText() const {
    const QJsonValue value = object.value(QLatin1String("error"));
    if (value.isString())
        return value.toString();
    const QJsonObject error = value.toObject();
    for (const char* key : {"reason", "message", "error"}) {
        const QJsonValue text = error.value(QLatin1String(key));
        if (text.isString() && !text.toString().isEmpty())
            return text.toString();
        if (text.isDouble())
            return QString::number(text.toInt());
    }
    return object.value(QLatin1String("reason")).toString();
}

QString Frame::eventName() const {
    return object.value(QLatin1String("fields"))
        .toObject()
        .value(QLatin1String("eventName"))
        .toString();
}

QJsonArray Frame::args() const {
    return object.value(QLatin1String("fields")).toObject().value(QLatin1String("args")).toArray();
}

std::optional<Frame> parseFrame(const QByteArray& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    Frame frame;
    frame.object = document.object();
    frame.msg = frame.object.value(QLatin1String("msg")).toString();
    frame.id = frame.object.value(QLatin1String("id")).toString();
    return frame;
}

} // namespace agentdesk::ddp
