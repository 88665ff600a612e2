#pragma once

#include "canned/CannedReply.h"

#include <QAbstractListModel>

namespace agentdesk {
namespace ui {

//! Canned replies as a list (the `/` popup, the palette, the editor): title, trigger, shortcut
//! and the first line of the text.
class CannedListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TriggerRole, ShortcutRole, PreviewRole, FolderRole };

    using QAbstractListModel::QAbstractListModel;

    void setReplies(const QList<agentdesk::CannedReply>& replies);
    const QList<agentdesk::CannedReply>& replies() const { return m_replies; }
    agentdesk::CannedReply replyAt(int row) const { return m_replies.value(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<agentdesk::CannedReply> m_replies;
};

} // namespace ui
} // namespace agentdesk
