#include "ui/text/SafeText.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace agentdesk {
namespace ui {

namespace SafeText {

bool isBidiControl(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
           u == 0x200F || u == 0x061C;
}

QString showBidiControls(const QString& text) {
    if (std::none_of(text.cbegin(), text.cend(), isBidiControl))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isBidiControl(c))
            out += QStringLiteral("\u27E6U+%1\u27E7")
                       .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        else
            out += c;
    }
    return out;
}

namespace {

const QRegularExpression& urlPattern() {
    // A URL ends at whitespace, at anything that would close markup, and at a bidi control.
    static const QRegularExpression re(
        QStringLiteral("(?:https?://|mailto:)[^\\s<>\"'\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}"
                       "\\x{200E}\\x{200F}\\x{061C}]+"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

//! Punctuation that ends a sentence rather than the URL ("see https://x.org/a.").
qsizetype trimmedUrlLength(QStringView url) {
    qsizetype n = url.size();
    while (n > 0) {
        const QChar c = url.at(n - 1);
        if (QStringLiteral(".,;:!?]}").contains(c)) {
            --n;
        } else if (c == QLatin1Char(')') && !url.first(n).contains(QLatin1Char('('))) {
            --n;
        } else {
            break;
        }
    }
    return n;
}

QString escaped(QStringView text) {
    return showBidiControls(text.toString()).toHtmlEscaped();
}

//! The links plainToHtml() makes clickable: a URL that parses and may be clicked, without the
//! punctuation that ends the sentence around it.
template<class Visit> void forEachLink(const QString& text, Visit visit) {
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QStringView whole =
            QStringView(text).mid(match.capturedStart(), match.capturedLength());
        const QStringView url = whole.first(trimmedUrlLength(whole));
        const QUrl parsed(url.toString(), QUrl::StrictMode);
        if (!parsed.isValid() || !isClickableUrl(parsed))
            continue; // stays plain text
        if (!visit(match.capturedStart(), url, parsed))
            return;
    }
}

} // namespace

QString plainToHtml(const QString& text) {
    QString html = QStringLiteral("<span style=\"white-space:pre-wrap\">");
    qsizetype pos = 0;
    forEachLink(text, [&](qsizetype start, QStringView url, const QUrl& parsed) {
        html += escaped(QStringView(text).mid(pos, start - pos));
        html += QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QString::fromUtf8(parsed.toEncoded()).toHtmlEscaped(), escaped(url));
        pos = start + url.size();
        return true;
    });
    html += escaped(QStringView(text).mid(pos));
    html += QStringLiteral("</span>");
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

void setPlainText(QTextDocument& document, const QString& text) {
    bool link = false;
    forEachLink(text, [&](qsizetype, QStringView, const QUrl&) {
        link = true;
        return false;
    });
    // A carriage return would start a paragraph here and not in the HTML: the HTML way then.
    if (link || text.contains(QLatin1Char('\r'))) {
        document.setHtml(plainToHtml(text));
        return;
    }
    QString shown = showBidiControls(text);
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator); // what <br/> becomes
    QTextCursor(&document).insertText(shown);
}

QString markdownToHtml(const QString& markdown) {
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));

    // Collect first, edit afterwards from the end, so positions stay valid.
    struct Edit {
        int position;
        int length;
        QString text;
        QTextCharFormat format;
    };
    QList<Edit> edits;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                // An image becomes a link the agent can choose to open; it is never loaded.
                const QString source = format.toImageFormat().name();
                QTextCharFormat link;
                link.setAnchor(true);
                link.setAnchorHref(source);
                link.setFontUnderline(true);
                link.setToolTip(source);
                const QString label = QObject::tr("[image: %1]").arg(showBidiControls(source));
                edits.append({fragment.position(), fragment.length(), label, link});
            } else if (const QString text = fragment.text();
                       std::any_of(text.cbegin(), text.cend(), isBidiControl)) {
                edits.append(
                    {fragment.position(), fragment.length(), showBidiControls(text), format});
            }
        }
    }
    std::sort(edits.begin(), edits.end(),
              [](const Edit& a, const Edit& b) { return a.position > b.position; });
    for (const Edit& edit : std::as_const(edits)) {
        QTextCursor cursor(&document);
        cursor.setPosition(edit.position);
        cursor.setPosition(edit.position + edit.length, QTextCursor::KeepAnchor);
        cursor.insertText(edit.text, edit.format);
    }

    // Resource names that survived (none should) are dropped from the output entirely.
    QString html = document.toHtml();
    static const QRegularExpression img(QStringLiteral("<img[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    html.remove(img);
    // The body's font is the one of whoever shows the answer, not of this scratch document.
    static const QRegularExpression bodyStyle(QStringLiteral("<body style=\"[^\"]*\">"));
    html.replace(bodyStyle, QStringLiteral("<body>"));
    return html;
}

bool isOpenableUrl(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isClickableUrl(const QUrl& url) {
    // Only web links open from text typed by strangers; a mailto: stays visible as plain text
    // for the agent to copy, so no other program is ever started from a message.
    return isOpenableUrl(url);
}

} // namespace SafeText

} // namespace ui
} // namespace agentdesk
