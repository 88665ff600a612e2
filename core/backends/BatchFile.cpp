#include "BatchFile.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace agentdesk {

namespace {

//! Batch files are read by agentdesk-cli only, whose output stays English for scripts
//! (docs/translations.md), so these messages are not offered for translation.
QString english(const char* text) {
    return QString::fromUtf8(text);
}

QString lineAndColumn(const QByteArray& content, int offset) {
    const QByteArray before = content.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return english("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<QList<BatchItem>> parseBatchFile(const QByteArray& content, QString* error) {
    auto failWith = [error](const QString& text) -> std::optional<QList<BatchItem>> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(
            english("not valid JSON at %1: %2")
                .arg(lineAndColumn(content, parseError.offset), parseError.errorString()));
    }
    if (!document.isArray())
        return failWith(english("expected a JSON array of messages at line 1, column 1"));
    const QJsonArray array = document.array();
    if (array.isEmpty())
        return failWith(english("the array holds no messages"));

    QList<BatchItem> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = english("message %1 (index %2)").arg(i + 1).arg(i);
        if (!array.at(i).isObject())
            return failWith(where + QStringLiteral(": ") + english("expected an object"));
        JsonReader reader(array.at(i).toObject());
        BatchItem item;
        const bool hasMsg = reader.has(QStringLiteral("msg"));
        const bool hasMessage = reader.has(QStringLiteral("message"));
        if (hasMsg == hasMessage) {
            return failWith(where + QStringLiteral(": ") +
                            english("needs exactly one of \"msg\" or \"message\""));
        }
        item.text = reader.string(hasMsg ? QStringLiteral("msg") : QStringLiteral("message"));
        item.creationTime = reader.optionalDateTime(QStringLiteral("creationTime"));
        if (auto author = reader.optionalChild(QStringLiteral("author"))) {
            BatchAuthor who;
            who.name = author->optionalString(QStringLiteral("name"));
            who.email = author->optionalString(QStringLiteral("email"));
            who.id = author->optionalString(QStringLiteral("id"));
            who.customIdentifier = author->optionalString(QStringLiteral("customIdentifier"));
            who.image = author->optionalString(QStringLiteral("image"));
            who.isBot = author->optionalBoolean(QStringLiteral("isBot")).value_or(false);
            item.author = who;
        }
        item.hasIsByTeam = reader.object().contains(QStringLiteral("isByTeam")); // null too
        item.isByTeam = reader.optionalBoolean(QStringLiteral("isByTeam"));
        if (!reader.ok())
            return failWith(where + QStringLiteral(": ") + reader.error());
        if (item.text.trimmed().isEmpty())
            return failWith(where + QStringLiteral(": ") + english("the text is empty"));
        items.append(item);
    }
    return items;
}

} // namespace agentdesk
