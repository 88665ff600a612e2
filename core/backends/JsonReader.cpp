#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace agentdesk {

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<QString>()) {}

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error)) {}

bool JsonReader::has(const QString& key) const {
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QString JsonReader::pathOf(const QString& key) const {
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString& key, const QString& what) {
    if (m_error->isEmpty())
        *m_error = pathOf(key) + QStringLiteral(": ") + what;
}

QJsonValue JsonReader::value(const QString& key, bool required, QJsonValue::Type type,
                             const char* what) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return {};
    }
    if (v.type() != type) {
        fail(key, QStringLiteral("expected %1").arg(QLatin1String(what)));
        return {};
    }
    return v;
}

QString JsonReader::string(const QString& key) {
    return value(key, true, QJsonValue::String, "a string").toString();
}

QString JsonReader::optionalString(const QString& key) {
    return value(key, false, QJsonValue::String, "a string").toString();
}

qint64 JsonReader::integer(const QString& key) {
    const auto v = optionalInteger(key);
    if (!v && !has(key))
        fail(key, QStringLiteral("missing"));
    return v.value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key) {
    const QJsonValue v = value(key, false, QJsonValue::Double, "a number");
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d))) {
        fail(key, QStringLiteral("expected an integer"));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<bool> JsonReader::optionalBoolean(const QString& key) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    if (v.isString() &&
        (v.toString() == QLatin1String("true") || v.toString() == QLatin1String("false")))
        return v.toString() == QLatin1String("true");
    fail(key, QStringLiteral("expected a boolean"));
    return std::nullopt;
}

bool JsonReader::boolean(const QString& key) {
    const auto v = optionalBoolean(key);
    if (!v && !has(key))
        fail(key, QStringLiteral("missing"));
    return v.value_or(false);
}

QDateTime JsonReader::optionalDateTime(const QString& key) {
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QDateTime when = parseIsoDateTime(text);
    if (!when.isValid())
        fail(key, QStringLiteral("expected an ISO 8601 time"));
    return when;
}

QDateTime JsonReader::dateTime(const QString& key) {
    if (!has(key)) {
        fail(key, QStringLiteral("missing"));
        return {};
    }
    return optionalDateTime(key);
}

JsonReader JsonReader::child(const QString& key) {
    return JsonReader(value(key, true, QJsonValue::Object, "an object").toObject(), pathOf(key),
                      m_error);
}

std::optional<JsonReader> JsonReader::optionalChild(const QString& key) {
    const QJsonValue v = value(key, false, QJsonValue::Object, "an object");
    if (!v.isObject())
        return std::nullopt;
    return JsonReader(v.toObject(), pathOf(key), m_error);
}

QJsonArray JsonReader::array(const QString& key) {
    return value(key, true, QJsonValue::Array, "an array").toArray();
}

QJsonArray JsonReader::optionalArray(const QString& key) {
    return value(key, false, QJsonValue::Array, "an array").toArray();
}

JsonReader JsonReader::element(const QJsonArray& array, qsizetype index, const QString& key) {
    const QString name = key + u'[' + QString::number(index) + u']';
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        fail(name, QStringLiteral("expected an object"));
    return JsonReader(v.toObject(), pathOf(name), m_error);
}

ApiError badShape(const QString& what) {
    return ApiError(ApiError::Kind::BadResponse, what);
}

static Result<QJsonDocument> parseDocument(const HttpResponse& response) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return badShape(
            QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    }
    return document;
}

Result<QJsonObject> parseJsonObject(const HttpResponse& response) {
    const auto document = parseDocument(response);
    if (!document)
        return document.error();
    if (!document.value().isObject())
        return badShape(QStringLiteral("expected a JSON object"));
    return document.value().object();
}

Result<QJsonArray> parseJsonArray(const HttpResponse& response) {
    const auto document = parseDocument(response);
    if (!document)
        return document.error();
    if (!document.value().isArray())
        return badShape(QStringLiteral("expected a JSON array"));
    return document.value().array();
}

QDateTime parseIsoDateTime(const QString& text) {
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc()); // a time without offset is UTC in these APIs
    return when.isValid() ? when.toUTC() : QDateTime();
}

QString formatIsoDateTime(const QDateTime& when) {
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace agentdesk
