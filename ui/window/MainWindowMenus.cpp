// The window's actions and menus: every action has a name, a shortcut and a menu entry, so the
// keyboard reaches everything and Help > Keyboard Shortcuts can list them all.
#include "ui/window/MainWindow.h"

#include "desk/Desk.h"
#include "ui/accounts/AccountEditor.h" // AccountsDialog.h holds a QPointer to it
#include "ui/accounts/AccountsDialog.h"
#include "ui/ai/AiPanel.h"
#include "ui/canned/CannedController.h"
#include "ui/conversation/Composer.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/MessageActions.h"
#include "ui/conversation/MessageView.h"
#include "ui/conversations/ConversationListPane.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/style/Icons.h"
#include "ui/window/AboutDialog.h"
#include "ui/window/ShortcutsDialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QMenuBar>

namespace agentdesk {
namespace ui {

QAction* MainWindow::addAction(const QString& name, const QString& text,
                               const QKeySequence& shortcut, const std::function<void()>& slot) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_actions.insert(name, action);
    return action;
}

QAction* MainWindow::action(const QString& objectName) const {
    return m_actions.value(objectName);
}

void MainWindow::createActions() {
    addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
              [this] { close(); });
    QAction* accounts =
        addAction(QStringLiteral("accounts"), tr("&Accounts…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma), [this] { showAccounts(); });
    // The demo keeps its tokens in memory and has no credential store: nothing to manage there.
    accounts->setEnabled(m_desk.credentialStore() != nullptr);
    addAction(QStringLiteral("settings"), tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
              [this] { showSettings(); });

    addAction(QStringLiteral("findInConversation"), tr("&Find in Conversation…"),
              QKeySequence(Qt::CTRL | Qt::Key_F), [this] { showSearch(false); });
    addAction(QStringLiteral("findEverywhere"), tr("Find &Everywhere…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { showSearch(true); });
    addAction(QStringLiteral("filterConversations"), tr("F&ilter Conversations"),
              QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_list->focusFilter(); });

    addAction(QStringLiteral("previousConversation"), tr("&Previous Conversation"),
              QKeySequence(Qt::ALT | Qt::Key_Up), [this] {
                  if (m_list->moveBy(-1))
                      focusReply();
              });
    addAction(QStringLiteral("nextConversation"), tr("&Next Conversation"),
              QKeySequence(Qt::ALT | Qt::Key_Down), [this] {
                  if (m_list->moveBy(1))
                      focusReply();
              });
    addAction(QStringLiteral("nextUnread"), tr("Next &Unread Conversation"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down), [this] {
                  if (m_list->selectNextUnread())
                      focusReply();
                  else
                      showStatus(tr("No unread conversations."));
              });
    addAction(QStringLiteral("quickSwitcher"), tr("&Go to Conversation…"),
              QKeySequence(Qt::CTRL | Qt::Key_K), [this] { showQuickSwitcher(); });
    // Ctrl+1 ... Ctrl+9 belong to the canned replies: the focus moves are on Alt+digits.
    addAction(QStringLiteral("focusList"), tr("Focus Conversation &List"),
              QKeySequence(Qt::ALT | Qt::Key_1),
              [this] { m_list->listView()->setFocus(Qt::ShortcutFocusReason); });
    addAction(QStringLiteral("focusMessages"), tr("Focus &Messages"),
              QKeySequence(Qt::ALT | Qt::Key_2),
              [this] { m_pane->messageView()->setFocus(Qt::ShortcutFocusReason); });
    addAction(QStringLiteral("focusReply"), tr("Focus &Reply"), QKeySequence(Qt::ALT | Qt::Key_3),
              [this] { m_pane->composer()->setFocus(Qt::ShortcutFocusReason); });

    addAction(QStringLiteral("sendReply"), tr("&Send Reply"),
              QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_pane->sendReply(); });
    QAction* palette = addAction(QStringLiteral("cannedPalette"), tr("Insert &Canned Reply…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
                                     if (m_canned)
                                         m_canned->showPalette();
                                 });
    QAction* editor = addAction(QStringLiteral("cannedEditor"), tr("Ca&nned Replies…"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), [this] {
                                    if (m_canned)
                                        m_canned->showEditor();
                                });

    QAction* ai = addAction(QStringLiteral("toggleAi"), tr("&AI Colleague"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), nullptr);
    ai->setCheckable(true);
    connect(ai, &QAction::toggled, this, [this](bool on) {
        if (on)
            aiPanel(); // before the dock shows, so it never shows empty
        m_aiDock->setVisible(on);
        if (on)
            m_aiPanel->focusQuestion();
    });
    // The dock hides as the window is destroyed: this slot touches the dock and the action
    // only, never the window.
    connect(m_aiDock, &QDockWidget::visibilityChanged, ai, [dock = m_aiDock, ai](bool) {
        const QSignalBlocker blocker(ai);
        ai->setChecked(!dock->isHidden());
    });

    addAction(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
              QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] { showShortcuts(); });
    QAction* about =
        addAction(QStringLiteral("about"), tr("&About AgentDesk"), {}, [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);

    // What can be done to one message: carried out by the message view, on what it selects.
    MessageActions message;
    message.copy = addAction(QStringLiteral("copyMessage"), tr("&Copy Message Text"), {}, {});
    message.copy->setShortcuts(QKeySequence::Copy);
    message.retry = addAction(QStringLiteral("retryMessage"), tr("&Retry Sending"),
                              QKeySequence(Qt::CTRL | Qt::Key_R), {});
    message.edit = addAction(QStringLiteral("editMessage"), tr("&Edit Failed Reply…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), {});
    message.discard = addAction(QStringLiteral("discardMessage"), tr("&Discard Failed Reply…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), {});
    m_pane->setMessageActions(message);
}

void MainWindow::createMenus() {
    const auto add = [this](QMenu* menu, const char* name) {
        QAction* a = m_actions.value(QString::fromLatin1(name));
        Q_ASSERT(a);
        menu->addAction(a);
        // Shortcuts work while the menu bar is hidden or the focus is anywhere in the window.
        QWidget::addAction(a);
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, "accounts");
    add(file, "settings");
    file->addSeparator();
    add(file, "quit");

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, "findInConversation");
    add(edit, "findEverywhere");
    add(edit, "filterConversations");

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    add(go, "previousConversation");
    add(go, "nextConversation");
    add(go, "nextUnread");
    add(go, "quickSwitcher");
    go->addSeparator();
    add(go, "focusList");
    add(go, "focusMessages");
    add(go, "focusReply");

    QMenu* message = menuBar()->addMenu(tr("&Message"));
    add(message, "sendReply");
    add(message, "cannedPalette");
    add(message, "cannedEditor");
    message->addSeparator();
    message->addAction(m_actions.value(QStringLiteral("copyMessage")));
    add(message, "retryMessage");
    add(message, "editMessage");
    add(message, "discardMessage");

    QMenu* view = menuBar()->addMenu(tr("&View"));
    add(view, "toggleAi");

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, "shortcuts");
    add(help, "about");
}

QList<QAction*> MainWindow::menuActions() const {
    QList<QAction*> out;
    for (QAction* menuAction : menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction* a : menuAction->menu()->actions()) {
            if (!a->isSeparator())
                out << a;
        }
    }
    return out;
}

void MainWindow::showShortcuts() {
    const auto plain = [](QString text) {
        return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    };
    QList<ShortcutsDialog::Row> rows;
    for (QAction* menuAction : menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction* a : menuAction->menu()->actions()) {
            if (!a->isSeparator())
                rows.append({plain(a->text()), a->shortcuts(), plain(menuAction->text())});
        }
    }
    if (m_canned) {
        for (const auto& [title, key] : m_canned->shortcutTitles())
            rows.append({title, {key}, tr("Canned replies")});
    }
    auto* dialog = new ShortcutsDialog(rows, this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAccounts() {
    auto* dialog =
        new AccountsDialog(m_desk.accounts(), m_desk.credentialStore(), m_desk.transport(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings() {
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this,
            [this] { m_pane->composer()->reloadSettings(); });
    dialog->open();
}

void MainWindow::showAbout() {
    auto* dialog = new AboutDialog(this);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ui
} // namespace agentdesk
