#pragma once

#include <QStyledItemDelegate>

namespace agentdesk {
namespace ui {

//! Paints one search hit: the conversation and time on the first line, the snippet with its
//! matches in bold below. The snippet HTML is escaped by SearchResultsModel and laid out in a
//! SafeTextDocument, so nothing in a hit can load a resource.
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ui
} // namespace agentdesk
