#include "ui/canned/CannedDelegate.h"

#include "ui/canned/CannedListModel.h"

#include <QApplication>
#include <QPainter>

namespace agentdesk {
namespace ui {

void CannedDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const QRect area = option.rect.adjusted(8, 4, -8, -4);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);

    QStringList right;
    if (const QString trigger = index.data(CannedListModel::TriggerRole).toString();
        !trigger.isEmpty())
        right << QLatin1Char('/') + trigger;
    if (const QString shortcut = index.data(CannedListModel::ShortcutRole).toString();
        !shortcut.isEmpty())
        right << shortcut;
    const QString rightText = right.join(QStringLiteral("  "));
    const int rightWidth = metrics.horizontalAdvance(rightText);

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width() - rightWidth - 12,
                          boldMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(
        QRect(area.right() - rightWidth, area.top(), rightWidth, boldMetrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, rightText);
    const QRect previewRect(area.left(), area.top() + boldMetrics.height() + 2, area.width(),
                            metrics.height());
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(CannedListModel::PreviewRole).toString(),
                                         Qt::ElideRight, previewRect.width()));
    painter->restore();
}

QSize CannedDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    QFont bold = option.font;
    bold.setBold(true);
    // No width of its own: a row takes the view's width and elides what does not fit.
    return {1, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 10};
}

QString cannedPreviewHtml(const FilledReply& filled) {
    const QString partBreak = CannedDelegate::tr("next message");
    QString html;
    int last = 0;
    auto plain = [&](const QString& text) {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString& line : lines) {
            line = line.trimmed() == QLatin1String("---")
                       ? QStringLiteral("<hr/><i>%1</i>").arg(partBreak.toHtmlEscaped())
                       : line.toHtmlEscaped();
        }
        html += lines.join(QStringLiteral("<br/>"));
    };
    for (const FilledReply::Flag& flag : filled.flags) {
        plain(filled.text.mid(last, flag.start - last));
        html += QStringLiteral("<span style=\"background:#f6d5d2; color:#8a1c13\">%1</span>")
                    .arg(flag.placeholder.toHtmlEscaped());
        last = flag.start + flag.length;
    }
    plain(filled.text.mid(last));
    return html;
}

QString cannedFlagsHtml(const FilledReply& filled) {
    if (filled.complete())
        return {};
    QStringList notes;
    for (const FilledReply::Flag& flag : filled.flags)
        notes << QStringLiteral("%1: %2").arg(flag.placeholder, flag.reason);
    return QStringLiteral("<p><i>%1</i></p>")
        .arg(CannedDelegate::tr("Left as written: %1")
                 .arg(notes.join(QStringLiteral("; ")))
                 .toHtmlEscaped());
}

} // namespace ui
} // namespace agentdesk
