#include "ui/canned/CannedListModel.h"

#include <QKeySequence>

namespace agentdesk {
namespace ui {

void CannedListModel::setReplies(const QList<CannedReply>& replies) {
    beginResetModel();
    m_replies = replies;
    endResetModel();
}

int CannedListModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_replies.size(); ++row) {
        if (m_replies.at(row).id == id)
            return row;
    }
    return -1;
}

int CannedListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_replies.size());
}

QVariant CannedListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CannedReply& reply = m_replies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return reply.title;
    case Qt::AccessibleTextRole: {
        QString text = reply.title;
        if (!reply.shortcut.isEmpty())
            text += QStringLiteral(", ") +
                    QKeySequence::fromString(reply.shortcut, QKeySequence::PortableText)
                        .toString(QKeySequence::NativeText);
        return text;
    }
    case Qt::ToolTipRole:
        return reply.text;
    case IdRole:
        return reply.id;
    case TriggerRole:
        return reply.trigger;
    case ShortcutRole:
        return reply.shortcut.isEmpty()
                   ? QString()
                   : QKeySequence::fromString(reply.shortcut, QKeySequence::PortableText)
                         .toString(QKeySequence::NativeText);
    case PreviewRole:
        return reply.text.simplified().left(160);
    case FolderRole:
        return reply.folder;
    default:
        return {};
    }
}

} // namespace ui
} // namespace agentdesk
