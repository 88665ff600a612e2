#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace agentdesk {
class History;
}

namespace agentdesk {
namespace ui {

//! A banner above the panes that tells the agent their history file was damaged: what the
//! salvage saved and lost (until dismissed, whichever program salvaged: the report is kept in
//! the history), or that the background check just found damage.
class HistoryNotice : public QFrame {
    Q_OBJECT
public:
    //! Shows the unseen salvage report of `history`, if any; hidden otherwise.
    explicit HistoryNotice(agentdesk::History* history, QWidget* parent = nullptr);

    //! The background integrity check found damage (`problem`) in the open history.
    void showDamageFound(const QString& problem);

    QString text() const;
    QString details() const { return m_details; }

private:
    void dismiss();
    void showDetails();

    agentdesk::History* m_history;
    QLabel* m_label;
    QPushButton* m_detailsButton;
    QString m_details;
    bool m_reportShown = false;
};

} // namespace ui
} // namespace agentdesk
