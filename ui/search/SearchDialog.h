#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace agentdesk {
class History;
}

namespace agentdesk {
namespace ui {

class SearchResultsModel;

//! Search over the local history (Ctrl+F in a conversation, Ctrl+Shift+F everywhere): hits
//! update as the agent types, newest first, with the matches in bold; Enter opens the selected
//! hit (the first one when none is selected) in its conversation.
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit SearchDialog(agentdesk::History* history, QWidget* parent = nullptr);

    //! 0: search everywhere; otherwise only in that conversation (the agent can widen it).
    void setScope(qint64 conversationId);
    qint64 scope() const;
    //! Starts a new search: clears the field and focuses it.
    void restart();

    SearchResultsModel* model() const { return m_model; }

signals:
    void messageChosen(qint64 conversationId, qint64 messageId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void openRow(int row);
    void updateStatus();

    SearchResultsModel* m_model;
    QLineEdit* m_field;
    QCheckBox* m_onlyHere;
    QListView* m_results;
    QLabel* m_status;
    QTimer* m_debounce;
    qint64 m_conversationId = 0;
};

} // namespace ui
} // namespace agentdesk
