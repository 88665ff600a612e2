#include "ui/conversations/ConversationDelegate.h"

#include "ui/conversations/ConversationListModel.h"
#include "ui/style/Icons.h"
#include "ui/style/Palette.h"
#include "ui/text/RelativeTime.h"
#include "ui/text/SafeText.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace agentdesk {
namespace ui {

namespace {
constexpr int kPad = 10;
constexpr int kIcon = 22;
} // namespace

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics fm(option.font);
    return QSize(200, 2 * kPad + 2 * fm.height() + 4);
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const QPalette& pal = option.palette;
    const QRect r = option.rect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const bool selected = option.state & QStyle::State_Selected;
    const bool active = option.state & QStyle::State_Active;
    QColor background = pal.color(QPalette::Base);
    if (selected)
        background = DeskPalette::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight),
                                      active ? 0.22 : 0.12);
    else if (option.state & QStyle::State_MouseOver)
        background = DeskPalette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.04);
    painter->fillRect(r, background);
    if (selected) // an accent bar on the left, like a bookmark
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), pal.color(QPalette::Highlight));
    painter->setPen(DeskPalette::hairline(pal));
    painter->drawLine(r.left() + kPad, r.bottom(), r.right(), r.bottom());

    const auto backend = agentdesk::Backend(index.data(ConversationListModel::BackendRole).toInt());
    const QFontMetrics fm(option.font);
    const int lineHeight = fm.height();
    const QRect iconRect(r.left() + kPad + 2, r.top() + kPad + (lineHeight - kIcon) / 2 + 1, kIcon,
                         kIcon);
    Icons::backend(backend).paint(painter, iconRect);

    const bool open = index.data(ConversationListModel::OpenRole).toBool();
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const bool stuck = index.data(ConversationListModel::StuckRole).toBool();
    const int left = iconRect.right() + kPad;
    const int right = r.right() - kPad;

    // First line: name, time.
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    nameFont.setWeight(unread > 0 ? QFont::Bold : QFont::DemiBold);
    QFont small = option.font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.88);
    const QString time =
        RelativeTime::shortAgo(index.data(ConversationListModel::LastActivityRole).toDateTime());
    const QFontMetrics sm(small);
    const int timeWidth = sm.horizontalAdvance(time);
    const QRect line1(left, r.top() + kPad, right - left, lineHeight);
    painter->setFont(small);
    painter->setPen(unread > 0 ? pal.color(QPalette::Highlight) : DeskPalette::secondaryText(pal));
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, time);
    painter->setFont(nameFont);
    painter->setPen(open ? pal.color(QPalette::Text) : DeskPalette::secondaryText(pal));
    const QString name =
        SafeText::showBidiControls(index.data(ConversationListModel::VisitorNameRole).toString());
    painter->drawText(
        line1.adjusted(0, 0, -(timeWidth + kPad), 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, line1.width() - timeWidth - kPad));

    // Second line: preview, then the warning and the unread badge on the right.
    QRect line2(left, line1.bottom() + 4, right - left, lineHeight);
    int previewRight = line2.right();
    if (unread > 0) {
        const QString count =
            unread > 99 ? QLocale().toString(99) + u'+' : QLocale().toString(unread);
        const int w = std::max(sm.height() + 2, sm.horizontalAdvance(count) + 12);
        const QRect pill(line2.right() - w + 1, line2.center().y() - sm.height() / 2 - 1, w,
                         sm.height() + 2);
        QPainterPath path;
        path.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->fillPath(path, DeskPalette::badge(pal));
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(DeskPalette::badgeText(pal));
        painter->drawText(pill, Qt::AlignCenter, count);
        previewRight = pill.left() - 6;
    }
    if (stuck) {
        const int s = sm.height();
        const QRect warn(previewRight - s + 1, line2.center().y() - s / 2, s, s);
        Icons::warning().paint(painter, warn);
        previewRight = warn.left() - 6;
    }
    QString preview = index.data(ConversationListModel::PreviewRole).toString();
    if (stuck)
        preview = tr("Reply not sent");
    else if (preview.isEmpty()) // nobody has written yet (the chat just started)
        preview = open ? tr("No messages yet") : tr("Closed");
    painter->setFont(option.font);
    painter->setPen(stuck ? DeskPalette::error(pal) : DeskPalette::secondaryText(pal));
    line2.setRight(previewRight);
    painter->drawText(
        line2, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(SafeText::showBidiControls(preview), Qt::ElideRight, line2.width()));
    painter->restore();
}

} // namespace ui
} // namespace agentdesk
