#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;

namespace agentdesk {
class History;
}

namespace agentdesk {
namespace ui {

//! Ctrl+K: type part of a visitor's name (or a conversation title), Enter opens it.
//!
//! Matches are ranked best first: the name starting with what was typed, then a word starting
//! with it, then containing it, then its letters in order ("jsm" finds "John Smith"); ties keep
//! the most recent conversation first. Up/Down move, Enter opens, Escape closes.
class QuickSwitcher : public QDialog {
    Q_OBJECT
public:
    explicit QuickSwitcher(agentdesk::History* history, QWidget* parent = nullptr);

    //! Reloads the conversations, clears the filter, shows the popup and focuses the field.
    void popup();

    //! How well `pattern` matches `text` (higher is better), or -1 for no match.
    static int matchScore(const QString& pattern, const QString& text);

    int visibleCount() const;
    qint64 conversationAt(int row) const;

signals:
    void conversationChosen(qint64 conversationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void applyFilter();
    void openCurrent();

    agentdesk::History* m_history;
    QLineEdit* m_field;
    QListWidget* m_list;
    QLabel* m_status;
    struct Candidate {
        qint64 id = 0;
        QString visitorName;
        QString title;
        QString label;
    };
    QList<Candidate> m_candidates;
};

} // namespace ui
} // namespace agentdesk
