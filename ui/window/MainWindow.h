#pragma once

#include "store/Types.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QKeyEvent;
class QLabel;
class QSplitter;
class QSystemTrayIcon;

namespace agentdesk {
class Desk;
} // namespace agentdesk

namespace agentdesk {
namespace ui {

class AiPanel;
class CannedController;
class ConversationListModel;
class ConversationListPane;
class ConversationPane;
class HistoryNotice;
class QuickSwitcher;
class SearchDialog;

//! The desk's one window: it composes the panes and wires their signals, nothing more.
//!
//! Left the conversation list, right the conversation (messages and composer), the AI panel in
//! a dock; every action sits in a menu with its shortcut (Help > Keyboard Shortcuts lists them),
//! and the status bar shows each account's connection. The rules (replying, canned replies,
//! marking read, notifying) are the core Desk's; the window only shows and forwards.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(agentdesk::Desk& desk, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConversationListPane* listPane() const { return m_list; }
    ConversationPane* conversationPane() const { return m_pane; }
    ConversationListModel* conversationModel() const { return m_conversations; }
    //! The AI colleague's panel, made on first use.
    AiPanel* aiPanel();
    QDockWidget* aiDock() const { return m_aiDock; }
    CannedController* canned() const { return m_canned; }
    //! The banner telling of a damaged history (hidden when there is nothing to tell).
    HistoryNotice* historyNotice() const { return m_historyNotice; }

    //! Every action of the menus, in menu order (for the shortcuts window and tests).
    QList<QAction*> menuActions() const;
    QAction* action(const QString& objectName) const;

    void openConversation(qint64 conversationId);
    void openMessage(qint64 conversationId, qint64 messageId);
    //! Shows the window's status bar message (and logs nothing: the text may hold visitor data).
    void showStatus(const QString& text);
    int notificationsShown() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void createTray();
    void rebuildAccountStatus();
    void setAccountStatus(qint64 accountId, bool ok, const QString& message);
    //! Another AgentDesk process delivers this workspace's outbox (`holder`); empty: this one.
    void showDeliveryElsewhere(const QString& holder);
    void onConversationChanged(qint64 conversationId);
    void notify(qint64 conversationId, const agentdesk::Message& last);
    void showSearch(bool everywhere);
    void showQuickSwitcher();
    void showShortcuts();
    void showAbout();
    void showAccounts();
    void showSettings();
    //! Puts the keyboard in the reply box of the open conversation (the list when it is closed).
    void focusReply();
    //! A printable key pressed in the list or the messages: the text goes where it can be read.
    bool forwardTyping(QKeyEvent* key);
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                       const std::function<void()>& slot);

    agentdesk::Desk& m_desk;
    ConversationListModel* m_conversations;
    ConversationListPane* m_list;
    ConversationPane* m_pane;
    QSplitter* m_splitter;
    QDockWidget* m_aiDock = nullptr;
    AiPanel* m_aiPanel = nullptr;
    CannedController* m_canned = nullptr;
    HistoryNotice* m_historyNotice = nullptr;
    QPointer<SearchDialog> m_search;
    QPointer<QuickSwitcher> m_switcher;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_trayChecked = false;
    QHash<qint64, QLabel*> m_accountLabels;
    QLabel* m_deliveryElsewhere = nullptr; //!< another process sends this workspace's replies
    QHash<QString, QAction*> m_actions;
};

} // namespace ui
} // namespace agentdesk
