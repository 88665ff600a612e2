#include "TerminalText.h"

namespace agentdesk::cli {

namespace {

//! The bidi controls (embeddings, overrides, isolates, marks): shown as escapes, as the desk
//! flags them in messages (ui/text).
bool isBidiControl(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char32_t c, bool field) {
    if (c == u'\n' || c == u'\t')
        return field;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
}

QString escaped(char32_t c) {
    if (c <= 0xFF)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString safe(QStringView text, bool field) {
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c).append(text.at(++i)); // no control lies outside the BMP
            continue;
        }
        if (c.isSurrogate()) { // a lone half of a pair: not text
            result.append(QChar::ReplacementCharacter);
            continue;
        }
        if (needsEscape(c.unicode(), field))
            result.append(escaped(c.unicode()));
        else
            result.append(c);
    }
    return result;
}

} // namespace

QString terminalSafe(QStringView text) {
    return safe(text, false);
}

QString terminalSafeField(QStringView text) {
    return safe(text, true);
}

QByteArray terminalSafeJson(const QByteArray& json) {
    // The JSON text outside strings is ASCII, so whatever needs escaping lies inside a string,
    // where \uXXXX means the same character.
    const QString text = QString::fromUtf8(json);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x7F && u <= 0x9F) || isBidiControl(u) || u == 0x2028 || u == 0x2029)
            result.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')));
        else
            result.append(c);
    }
    return result.toUtf8();
}

} // namespace agentdesk::cli
