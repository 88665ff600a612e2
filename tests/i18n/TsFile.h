#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

//! One <message> of a Qt Linguist .ts file, as the i18n tests need it.
struct TsMessage {
    QString context;
    QString source;
    QString comment;   //!< the disambiguation, part of the message's identity
    QString type;      //!< the translation's type: "" (finished), unfinished, vanished...
    QStringList forms; //!< the translation, or its numerus forms
    bool numerus = false;
    qint64 line = 0; //!< where the message starts in the .ts file

    QString key() const {
        return comment.isEmpty() ? context + QStringLiteral(" | ") + source
                                 : context + QStringLiteral(" | ") + source + QStringLiteral(" (") +
                                       comment + u')';
    }
};

//! A .ts file read with QXmlStreamReader; `error` is set when it is not well-formed.
struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;

    static TsFile read(const QString& path) {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ts.error = file.errorString();
            return ts;
        }
        QXmlStreamReader xml(&file);
        QString context;
        TsMessage message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                ts.messages << message;
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            message.forms << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    message.forms << xml.readElementText();
                }
            }
        }
        if (xml.hasError())
            ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return ts;
    }
};
