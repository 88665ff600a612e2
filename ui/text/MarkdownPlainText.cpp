#include "ui/text/MarkdownPlainText.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace agentdesk {
namespace ui {

namespace MarkdownPlainText {

namespace {

//! "text (url)", or the url alone when the text says nothing more.
QString linkText(const QString& text, const QString& href) {
    const QString shown = text.trimmed();
    if (href.isEmpty())
        return text;
    if (shown.isEmpty() || shown == href || QStringLiteral("mailto:") + shown == href ||
        QStringLiteral("https://") + shown == href || QStringLiteral("http://") + shown == href)
        return href;
    return QStringLiteral("%1 (%2)").arg(text, href);
}

//! One block's text with its links spelled out.
QString blockText(const QTextBlock& block) {
    QString out;
    QString link;
    QString href;
    const auto flush = [&] {
        if (!href.isEmpty())
            out += linkText(link, href);
        link.clear();
        href.clear();
    };
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            flush();
            out += format.toImageFormat().name();
            continue;
        }
        const QString anchor = format.isAnchor() ? format.anchorHref() : QString();
        if (anchor != href)
            flush();
        if (anchor.isEmpty()) {
            out += fragment.text();
        } else {
            href = anchor;
            link += fragment.text();
        }
    }
    flush();
    out.replace(QChar::LineSeparator, QLatin1Char('\n'));
    out.replace(QChar::Nbsp, QLatin1Char(' '));
    return out;
}

//! "- ", "3. " or "[x] " before a list item, indented by its nesting.
QString listPrefix(const QTextBlock& block) {
    QTextList* list = block.textList();
    if (!list)
        return {};
    const QTextListFormat format = list->format();
    const QString indent(2 * std::max(0, format.indent() - 1), QLatin1Char(' '));
    QString marker;
    switch (format.style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        marker = list->itemText(block) + QLatin1Char(' ');
        break;
    default:
        marker = QStringLiteral("- ");
        break;
    }
    switch (block.blockFormat().marker()) {
    case QTextBlockFormat::MarkerType::Checked:
        marker += QStringLiteral("[x] ");
        break;
    case QTextBlockFormat::MarkerType::Unchecked:
        marker += QStringLiteral("[ ] ");
        break;
    case QTextBlockFormat::MarkerType::NoMarker:
        break;
    }
    return indent + marker;
}

} // namespace

QString fromMarkdown(const QString& markdown) {
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    QString out;
    bool previousWasListItem = false;
    bool previousWasCode = false;
    bool previousWasCell = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const bool listItem = block.textList() != nullptr;
        const bool code =
            format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
        QTextCursor cursor(block);
        const QTextTable* table = cursor.currentTable();
        const QTextTableCell cell = table ? table->cellAt(cursor) : QTextTableCell();
        QString text = blockText(block);
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            text.clear(); // a rule: an empty line, never "---"
        if (!out.isEmpty()) {
            if (cell.isValid() && cell.column() > 0)
                out += QStringLiteral(" | ");
            else if ((cell.isValid() && previousWasCell) || (listItem && previousWasListItem) ||
                     (code && previousWasCode))
                out += QLatin1Char('\n');
            else
                out += QStringLiteral("\n\n");
        }
        out += listPrefix(block) + text;
        previousWasListItem = listItem;
        previousWasCode = code;
        previousWasCell = cell.isValid();
    }
    // Empty paragraphs (rules, spacing) leave at most one empty line.
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    out.replace(blankLines, QStringLiteral("\n\n"));
    return out.trimmed();
}

} // namespace MarkdownPlainText

} // namespace ui
} // namespace agentdesk
