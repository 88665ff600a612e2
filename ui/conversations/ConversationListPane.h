#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QListView;
class QModelIndex;

namespace agentdesk {
namespace ui {

class ConversationFilterModel;
class ConversationListModel;

//! The left side of the desk: a filter box, backend and open/closed filters, and the list.
//!
//! It says which conversation is current and moves between them for the keyboard shortcuts
//! (previous, next, next unread), always within what the filters show.
class ConversationListPane : public QWidget {
    Q_OBJECT
public:
    explicit ConversationListPane(ConversationListModel* model, QWidget* parent = nullptr);

    qint64 currentConversationId() const;
    //! Makes it current; clears the filters first when they hide it. False when unknown.
    bool selectConversation(qint64 conversationId);
    //! Moves the selection by `delta` rows (wrapping is not done: the ends stay the ends).
    bool moveBy(int delta);
    //! The next conversation with unread messages after the current one, wrapping around.
    bool selectNextUnread();

    void focusFilter();
    QListView* listView() const { return m_list; }
    QLineEdit* filterField() const { return m_filter; }
    ConversationFilterModel* filterModel() const { return m_proxy; }

signals:
    void currentConversationChanged(qint64 conversationId);
    //! The agent chose the current conversation to work in: a click on it, Enter in the list,
    //! or Enter in the filter box (which makes the first match current when none is).
    void conversationChosen(qint64 conversationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged(const QModelIndex& current);
    //! Runs `change` of the filters, keeping the open conversation open.
    void refilter(const std::function<void()>& change);
    void selectProxyRow(int row);

    ConversationListModel* m_model;
    ConversationFilterModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_backend;
    QComboBox* m_status;
    QListView* m_list;
    qint64 m_current = 0;
    bool m_filtering = false;
};

} // namespace ui
} // namespace agentdesk
