#pragma once

#include "net/ApiError.h"
#include "net/HttpExchange.h"
#include "net/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace agentdesk {

//! Strict reading of a documented JSON shape.
//!
//! Each getter checks the type of one field; the first mismatch is remembered with its path
//! ("message.u.username: expected a string") and later getters return empty values, so a parser
//! reads the whole shape straight through and then asks ok() once. Booleans also accept the
//! "true"/"false" strings the vendors' OpenAPI examples use.
class JsonReader {
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    const QJsonObject& object() const { return m_object; }
    bool has(const QString& key) const;

    QString string(const QString& key);         //!< required string
    QString optionalString(const QString& key); //!< missing or null: empty
    qint64 integer(const QString& key);         //!< required integral number
    std::optional<qint64> optionalInteger(const QString& key);
    bool boolean(const QString& key); //!< required; true/false or "true"/"false"
    std::optional<bool> optionalBoolean(const QString& key);
    QDateTime dateTime(const QString& key);         //!< required ISO 8601
    QDateTime optionalDateTime(const QString& key); //!< missing or null: invalid
    JsonReader child(const QString& key);           //!< required object
    std::optional<JsonReader> optionalChild(const QString& key);
    QJsonArray array(const QString& key); //!< required array
    QJsonArray optionalArray(const QString& key);

    //! Reads an array element as an object, recording an error when it is not one.
    JsonReader element(const QJsonArray& array, qsizetype index, const QString& key);

    void fail(const QString& key, const QString& what);

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> error);
    QString pathOf(const QString& key) const;
    QJsonValue value(const QString& key, bool required, QJsonValue::Type type, const char* what);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

//! Parses a response body as a JSON object; a BadResponse error when it is anything else.
Result<QJsonObject> parseJsonObject(const HttpResponse& response);
//! Parses a response body as a JSON array; a BadResponse error when it is anything else.
Result<QJsonArray> parseJsonArray(const HttpResponse& response);
//! Parses an ISO 8601 timestamp with or without fractional seconds; invalid when it is not one.
QDateTime parseIsoDateTime(const QString& text);
//! Formats a timestamp the way the backends write it: UTC with milliseconds and a Z.
QString formatIsoDateTime(const QDateTime& when);

//! The BadResponse error for a shape mismatch found by a JsonReader.
ApiError badShape(const QString& what);

} // namespace agentdesk
