#include "CannedTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agentdesk::CannedTemplate {

namespace {

//! lupdate files the strings under the context Q_DECLARE_TR_FUNCTIONS names, which is the one
//! looked up at run time (a tr() helper passing text on would hide them from lupdate).
struct CannedTemplateText {
    Q_DECLARE_TR_FUNCTIONS(agentdesk::CannedTemplate)
};

} // namespace

QStringList knownPlaceholders() {
    return {QStringLiteral("{visitor.name}"), QStringLiteral("{visitor.email}"),
            QStringLiteral("{agent.name}"),   QStringLiteral("{conversation.id}"),
            QStringLiteral("{date}"),         QStringLiteral("{time}"),
            QStringLiteral("{cursor}")};
}

FilledReply fill(const QString& text, const PlaceholderValues& values) {
    static const QRegularExpression placeholder(
        QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)\\}"));
    const QDateTime now = values.now.isValid() ? values.now : QDateTime::currentDateTime();
    FilledReply filled;
    int last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        filled.text += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        QString value;
        QString missing;
        if (name == QLatin1String("cursor")) {
            if (filled.cursor < 0)
                filled.cursor = int(filled.text.size());
            continue;
        } else if (name == QLatin1String("visitor.name")) {
            value = values.visitorName.trimmed();
            missing = CannedTemplateText::tr("the visitor's name is not known");
        } else if (name == QLatin1String("visitor.email")) {
            value = values.visitorEmail.trimmed();
            missing = CannedTemplateText::tr("the visitor's e-mail address is not known");
        } else if (name == QLatin1String("agent.name")) {
            value = values.agentName.trimmed();
            missing = CannedTemplateText::tr("your name is not set for this account");
        } else if (name == QLatin1String("conversation.id")) {
            value = values.conversationId;
            missing = CannedTemplateText::tr("the conversation has no id yet");
        } else if (name == QLatin1String("date")) {
            value = values.locale.toString(now.date(), QLocale::ShortFormat);
        } else if (name == QLatin1String("time")) {
            value = values.locale.toString(now.time(), QLocale::ShortFormat);
        } else {
            missing = CannedTemplateText::tr("unknown placeholder");
        }
        if (!value.isEmpty()) {
            filled.text += value;
            continue;
        }
        FilledReply::Flag flag;
        flag.start = int(filled.text.size());
        flag.length = int(match.capturedLength());
        flag.placeholder = match.captured(0);
        flag.reason = missing;
        filled.flags.append(flag);
        filled.text += match.captured(0);
    }
    filled.text += text.mid(last);
    return filled;
}

QStringList parts(const QString& text) {
    QStringList result;
    QStringList current;
    auto flush = [&] {
        const QString part = current.join(QLatin1Char('\n')).trimmed();
        if (!part.isEmpty())
            result.append(part);
        current.clear();
    };
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("---"))
            flush();
        else
            current.append(line);
    }
    flush();
    return result;
}

} // namespace agentdesk::CannedTemplate
