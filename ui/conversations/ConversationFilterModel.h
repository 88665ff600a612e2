#pragma once

#include "store/Types.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace agentdesk {
namespace ui {

//! The conversation list as the agent narrowed it: by text (visitor name or last message), by
//! backend, and by open or closed. The order stays the source's (most recent first). Narrowing
//! a ConversationListModel loads all of its conversations first, so nothing is missed.
class ConversationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Status { All, Open, Closed };

    explicit ConversationFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setBackend(std::optional<agentdesk::Backend> backend);
    std::optional<agentdesk::Backend> backend() const { return m_backend; }
    void setStatus(Status status);
    Status status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QString m_text;
    std::optional<agentdesk::Backend> m_backend;
    Status m_status = Status::All;
};

} // namespace ui
} // namespace agentdesk
