#pragma once

#include "canned/CannedTemplate.h"

#include <QStyledItemDelegate>

namespace agentdesk {
namespace ui {

//! Two lines per reply: the title with `/trigger` and the shortcut on the right, then the
//! start of the text, muted.
class CannedDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

//! A filled reply as HTML for previews: everything escaped, placeholders left in the text
//! marked, `---` lines shown as the break between messages.
QString cannedPreviewHtml(const agentdesk::FilledReply& filled);
//! What the preview says of the placeholders a filled reply left ("Left as written: …"), as an
//! HTML paragraph; empty when every placeholder was filled.
QString cannedFlagsHtml(const agentdesk::FilledReply& filled);

} // namespace ui
} // namespace agentdesk
