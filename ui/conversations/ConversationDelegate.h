#pragma once

#include <QStyledItemDelegate>

namespace agentdesk {
namespace ui {

//! Paints one row of the conversation list: backend icon, visitor name, relative time, last
//! message preview, unread badge and a warning when a reply is stuck in the outbox.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ui
} // namespace agentdesk
