#include "ui/conversations/ConversationFilterModel.h"

#include "ui/conversations/ConversationListModel.h"

namespace agentdesk {
namespace ui {

ConversationFilterModel::ConversationFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void ConversationFilterModel::setText(const QString& text) {
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    refilter();
}

void ConversationFilterModel::setBackend(std::optional<agentdesk::Backend> backend) {
    if (backend == m_backend)
        return;
    m_backend = backend;
    refilter();
}

void ConversationFilterModel::setStatus(Status status) {
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void ConversationFilterModel::refilter() {
    // A filter looks at every conversation, not only the pages loaded so far.
    const bool narrowed = !m_text.isEmpty() || m_backend || m_status != Status::All;
    if (narrowed) {
        if (auto* list = qobject_cast<ConversationListModel*>(sourceModel()))
            list->fetchAll();
    }
    invalidateFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow,
                                               const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_backend && index.data(ConversationListModel::BackendRole).toInt() != int(*m_backend))
        return false;
    const bool open = index.data(ConversationListModel::OpenRole).toBool();
    if ((m_status == Status::Open && !open) || (m_status == Status::Closed && open))
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ConversationListModel::VisitorNameRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive) ||
           index.data(ConversationListModel::PreviewRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace ui
} // namespace agentdesk
