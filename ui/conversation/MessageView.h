#pragma once

#include "ui/conversation/MessageActions.h"

#include <QListView>

class QAction;
class QIdentityProxyModel;

namespace agentdesk {
namespace ui {

class MessageDelegate;
class MessageModel;

//! The message pane: one QListView painting every message with MessageDelegate (no widget per
//! message).
//!
//! It opens at the newest message and stays there while new ones arrive, unless the agent has
//! scrolled up to read; scrolling near the top pages older history in, near the bottom newer
//! history that left the model's window, and what was on screen stays where it was. The
//! selected message's actions (copy, and Retry / Edit / Discard for a failed reply) are
//! reachable from the context menu and from shortcuts.
class MessageView : public QListView {
    Q_OBJECT
public:
    explicit MessageView(QWidget* parent = nullptr);

    void setMessageModel(MessageModel* model);
    MessageModel* messageModel() const { return m_model; }
    MessageDelegate* messageDelegate() const { return m_delegate; }

    //! The message the actions apply to: the selected one, else the newest failed reply.
    qint64 actionTarget() const;
    qint64 currentMessageId() const;
    //! Loads history until the message is there, selects it and scrolls it into the middle.
    bool showMessage(qint64 messageId);
    //! Scrolls to the newest message (loading it when the window is elsewhere) and keeps
    //! following new ones.
    void followBottom();

    void doItemsLayout() override;
    bool isFollowingBottom() const { return m_atBottom; }

    //! Takes the window's message actions: they act on the selected message (copy) or
    //! actionTarget() (retry, edit, discard), follow what is selected, and fill the context
    //! menu. Copy's shortcut works only while the messages have the keyboard.
    void setMessageActions(const MessageActions& actions);

signals:
    void retryRequested(qint64 messageId);
    void editRequested(qint64 messageId);
    void discardRequested(qint64 messageId);
    void linkOpened(const QUrl& url);
    void linkRefused(const QUrl& url);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void verticalScrollbarValueChanged(int value) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    void fetchOlder();
    void fetchNewer();
    void fetchToFill();
    void keepInPlace();
    void restorePlace();
    void onRangeChanged(int min, int max);
    void updateActions();
    void activateLink(const QUrl& url);
    QStyleOptionViewItem optionFor(const QModelIndex& index) const;

    MessageModel* m_model = nullptr;
    QIdentityProxyModel* m_proxy;
    MessageDelegate* m_delegate;
    MessageActions m_actions;
    bool m_atBottom = true;
    bool m_fetching = false;
    //! While rows come and go above or below what is on screen: the message at the top of the
    //! viewport and its offset, restored once they are laid out (0: nothing to restore).
    qint64 m_anchorId = 0;
    int m_anchorTop = 0;
};

} // namespace ui
} // namespace agentdesk
