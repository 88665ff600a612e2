#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/text/SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace agentdesk {
namespace ui {

namespace {

constexpr int kMargin = 6;

QString headerText(const QModelIndex& index) {
    const QDateTime at = index.data(SearchResultsModel::CreatedAtRole).toDateTime();
    return QStringLiteral("%1 · %2").arg(
        index.data(SearchResultsModel::ConversationTitleRole).toString(),
        QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

void layoutSnippet(SafeTextDocument& document, const QStyleOptionViewItem& option,
                   const QModelIndex& index, int width) {
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    document.setTextWidth(qMax(width, 40));
}

} // namespace

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);

    painter->save();
    QFont headerFont = opt.font;
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.9);
    painter->setFont(headerFont);
    painter->setPen(
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QFontMetrics headerMetrics(headerFont);
    painter->drawText(area.topLeft() + QPoint(0, headerMetrics.ascent()),
                      headerMetrics.elidedText(headerText(index), Qt::ElideRight, area.width()));

    SafeTextDocument document;
    layoutSnippet(document, opt, index, area.width());
    painter->translate(area.left(), area.top() + headerMetrics.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(textRole));
    context.clip = QRectF(0, 0, area.width(), area.height() - headerMetrics.height());
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = (opt.rect.width() > 0 ? opt.rect.width() : 400) - 2 * kMargin;
    SafeTextDocument document;
    layoutSnippet(document, opt, index, width);
    const int height = QFontMetrics(opt.font).height() + int(document.size().height()) + kMargin;
    return {width + 2 * kMargin, qMin(height, QFontMetrics(opt.font).height() * 5)};
}

} // namespace ui
} // namespace agentdesk
