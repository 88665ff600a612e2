#include "ui/window/MainWindow.h"

#include "desk/Attention.h"
#include "desk/Desk.h"
#include "desk/DeskSettings.h"
#include "desk/StartupTrace.h"
#include "outbox/Outbox.h"
#include "store/History.h"
#include "sync/InboxSync.h"
#include "ui/ai/AiPanel.h"
#include "ui/canned/CannedController.h"
#include "ui/conversation/Composer.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/MessageView.h"
#include "ui/conversations/ConversationListModel.h"
#include "ui/conversations/ConversationListPane.h"
#include "ui/conversations/QuickSwitcher.h"
#include "ui/search/SearchDialog.h"
#include "ui/style/Icons.h"
#include "ui/style/Palette.h"
#include "ui/text/SafeText.h"
#include "ui/window/FirstPaint.h"
#include "ui/window/HistoryNotice.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

MainWindow::MainWindow(Desk& desk, QWidget* parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_conversations(new ConversationListModel(desk.history(), this))
    , m_list(new ConversationListPane(m_conversations, this))
    , m_pane(new ConversationPane(desk, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this)) {
    StartupTrace::mark("window: panes");
    setWindowTitle(tr("AgentDesk"));
    setWindowIcon(Icons::app());
    resize(1180, 760);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 850});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_list->setMinimumWidth(240);
    // a damaged history salvaged (by this start or by agentdesk-cli) is told above the panes
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_historyNotice = new HistoryNotice(desk.history(), central);
    column->addWidget(m_historyNotice);
    column->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // The dock starts hidden: its panel is made the first time it is needed (aiPanel()).
    m_aiDock = new QDockWidget(tr("AI Colleague"), this);
    m_aiDock->setObjectName(QStringLiteral("aiDock"));
    m_aiDock->setAccessibleName(tr("AI colleague panel"));
    m_aiDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_aiDock);
    m_aiDock->hide();
    connect(m_aiDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            aiPanel();
    });

    StartupTrace::mark("window: ai dock");
    createActions();
    createMenus();
    StartupTrace::mark("window: menus");
    createStatusBar();
    StartupTrace::mark("window: status bar");
    // after the menus: the canned shortcuts must not take a key the desk already uses
    m_canned = new CannedController(this, m_pane, desk);
    connect(m_canned, &CannedController::statusMessage, this, &MainWindow::showStatus);
    m_canned->start();
    StartupTrace::mark("window: canned replies");

    setTabOrder(m_list->listView(), m_pane->messageView());
    setTabOrder(m_pane->messageView(), m_pane->composer());

    connect(m_list, &ConversationListPane::currentConversationChanged, this,
            &MainWindow::onConversationChanged);
    connect(m_pane, &ConversationPane::statusMessage, this, &MainWindow::showStatus);
    connect(desk.attention(), &Attention::notificationWanted, this, &MainWindow::notify);
    desk.attention()->setDeskActive(isActiveWindow()); // from now on visitors can be told

    const DeskSettings::WindowState saved = DeskSettings::windowState();
    restoreGeometry(saved.geometry);
    restoreState(saved.state);
    m_splitter->restoreState(saved.splitter);
    if (!m_aiDock->isHidden())
        aiPanel(); // the agent left it open: it is part of the first frame
    StartupTrace::mark("window: settings");

    // Typing while the list or the messages have the keyboard goes into the reply box; a click
    // or Enter on a conversation puts the keyboard there.
    m_list->listView()->installEventFilter(this);
    m_pane->messageView()->installEventFilter(this);
    connect(m_list, &ConversationListPane::conversationChosen, this, [this] { focusReply(); });

    // Open where the agent was: the first conversation of the list, ready for a reply.
    if (m_list->moveBy(1))
        focusReply();
    else
        m_list->listView()->setFocus();
    StartupTrace::mark("window: first conversation");
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (m_trayChecked)
        return;
    m_trayChecked = true;
    // Asking for a tray is a DBus round trip on most desktops: after the first frame.
    FirstPaint::then(this, this, [this] { createTray(); });
}

void MainWindow::createTray() {
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(Icons::app(), this);
    m_tray->setToolTip(tr("AgentDesk"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
}

AiPanel* MainWindow::aiPanel() {
    if (!m_aiPanel) {
        m_aiPanel = new AiPanel(m_desk.history(), m_desk.ai(), m_aiDock);
        m_aiDock->setWidget(m_aiPanel);
        connect(m_aiPanel, &AiPanel::insertIntoReply, this,
                [this](const QString& text) { m_pane->composer()->insertReplyText(text); });
        m_aiPanel->setConversation(m_pane->conversationId());
    }
    return m_aiPanel;
}

void MainWindow::onConversationChanged(qint64 conversationId) {
    m_pane->setConversation(conversationId);
    if (m_aiPanel)
        m_aiPanel->setConversation(conversationId);
    QString title = tr("AgentDesk");
    if (conversationId != 0) {
        const int row = m_conversations->rowOf(conversationId);
        if (row >= 0)
            title = tr("%1 — AgentDesk")
                        .arg(SafeText::showBidiControls(
                            m_conversations->index(row)
                                .data(ConversationListModel::VisitorNameRole)
                                .toString()));
    }
    setWindowTitle(title);
    m_desk.attention()->setOpenConversation(conversationId);
}

void MainWindow::openConversation(qint64 conversationId) {
    if (m_list->selectConversation(conversationId))
        focusReply();
    else
        showStatus(tr("That conversation is no longer in the list."));
}

void MainWindow::focusReply() {
    Composer* composer = m_pane->composer();
    if (composer->acceptsReply())
        composer->setFocus(Qt::OtherFocusReason);
    else
        m_list->listView()->setFocus(Qt::OtherFocusReason); // closed: browse on from the list
}

bool MainWindow::forwardTyping(QKeyEvent* key) {
    const Qt::KeyboardModifiers chords = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    const QString text = key->text();
    if ((key->modifiers() & chords) || text.isEmpty() ||
        !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); }))
        return false;
    // Into the reply when it takes one; otherwise the keys look for a conversation.
    QWidget* target = m_pane->composer();
    if (!m_pane->composer()->acceptsReply())
        target = m_list->filterField();
    target->setFocus(Qt::OtherFocusReason);
    QKeyEvent copy(key->type(), key->key(), key->modifiers(), text, key->isAutoRepeat(),
                   key->count());
    QCoreApplication::sendEvent(target, &copy);
    return true;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress &&
        (watched == m_list->listView() || watched == m_pane->messageView())) {
        if (forwardTyping(static_cast<QKeyEvent*>(event)))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openMessage(qint64 conversationId, qint64 messageId) {
    openConversation(conversationId);
    if (m_pane->conversationId() != conversationId)
        return;
    if (m_pane->messageView()->showMessage(messageId))
        m_pane->messageView()->setFocus(Qt::OtherFocusReason);
    else
        showStatus(tr("That message is no longer in the history."));
}

void MainWindow::showStatus(const QString& text) {
    statusBar()->showMessage(text, 8000);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        m_desk.attention()->setDeskActive(isActiveWindow());
}

int MainWindow::notificationsShown() const {
    return m_desk.attention()->notificationsAsked();
}

void MainWindow::notify(qint64 conversationId, const Message& last) {
    Q_UNUSED(conversationId)
    QApplication::alert(this);
    if (m_tray) {
        const QString who = last.author.isEmpty() ? tr("A visitor") : last.author;
        m_tray->showMessage(SafeText::showBidiControls(who.simplified().left(80)),
                            SafeText::showBidiControls(last.text.simplified().left(200)),
                            QSystemTrayIcon::Information, 8000);
    }
}

void MainWindow::createStatusBar() {
    statusBar()->setSizeGripEnabled(false);
    rebuildAccountStatus();
    connect(m_desk.history(), &History::accountsChanged, this, &MainWindow::rebuildAccountStatus);
    connect(m_desk.sync(), &InboxSync::accountStatusChanged, this, &MainWindow::setAccountStatus);
    // A second desk on the same workspace says so instead of sending the same replies again.
    m_deliveryElsewhere = new QLabel(statusBar());
    m_deliveryElsewhere->setTextFormat(Qt::PlainText);
    m_deliveryElsewhere->setObjectName(QStringLiteral("deliveryElsewhere"));
    m_deliveryElsewhere->hide();
    statusBar()->addWidget(m_deliveryElsewhere, 1);
    connect(m_desk.outbox(), &Outbox::deliveryHeldElsewhere, this,
            &MainWindow::showDeliveryElsewhere);
    connect(m_desk.outbox(), &Outbox::deliveryTakenOver, this,
            [this] { showDeliveryElsewhere({}); });
}

void MainWindow::showDeliveryElsewhere(const QString& holder) {
    m_deliveryElsewhere->setVisible(!holder.isEmpty());
    if (holder.isEmpty())
        return;
    m_deliveryElsewhere->setText(
        tr("Another AgentDesk (%1) is open on this workspace and sends its replies; yours are "
           "kept and sent by it. This window takes over when it closes.")
            .arg(holder));
    QPalette p = m_deliveryElsewhere->palette();
    p.setColor(QPalette::WindowText, DeskPalette::error(palette()));
    m_deliveryElsewhere->setPalette(p);
    m_deliveryElsewhere->setAccessibleName(m_deliveryElsewhere->text());
}

void MainWindow::rebuildAccountStatus() {
    for (QLabel* label : std::as_const(m_accountLabels)) {
        statusBar()->removeWidget(label);
        label->deleteLater();
    }
    m_accountLabels.clear();
    for (const Account& account : m_desk.history()->accounts()) {
        auto* label = new QLabel(statusBar());
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(8, 0, 8, 0);
        m_accountLabels.insert(account.id, label);
        statusBar()->addPermanentWidget(label);
        const QString problem = m_desk.sync()->accountProblem(account.id);
        setAccountStatus(account.id, problem.isEmpty(), problem);
    }
}

void MainWindow::setAccountStatus(qint64 accountId, bool ok, const QString& message) {
    QLabel* label = m_accountLabels.value(accountId);
    const auto account = m_desk.history()->account(accountId);
    if (!label || !account)
        return;
    const QString name = account->displayName.isEmpty() ? backendDisplayName(account->backend)
                                                        : account->displayName;
    label->setText(ok ? QStringLiteral("● %1").arg(name)
                      : QStringLiteral("● %1: %2").arg(name, message));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               ok ? DeskPalette::secondaryText(palette()) : DeskPalette::error(palette()));
    label->setPalette(p);
    label->setToolTip(
        ok ? tr("%1 (%2): connected").arg(name, backendDisplayName(account->backend))
           : tr("%1 (%2): %3").arg(name, backendDisplayName(account->backend), message));
    label->setAccessibleName(label->toolTip());
}

void MainWindow::showSearch(bool everywhere) {
    if (!m_search) {
        m_search = new SearchDialog(m_desk.history(), this);
        connect(m_search, &SearchDialog::messageChosen, this, &MainWindow::openMessage);
    }
    m_search->setScope(everywhere ? 0 : m_pane->conversationId());
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->restart(); // a new search each time: the last one's words and hits do not linger
}

void MainWindow::showQuickSwitcher() {
    if (!m_switcher) {
        m_switcher = new QuickSwitcher(m_desk.history(), this);
        connect(m_switcher, &QuickSwitcher::conversationChosen, this,
                &MainWindow::openConversation);
    }
    m_switcher->popup();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_pane->composer()->saveDraft();
    DeskSettings::setWindowState({saveGeometry(), saveState(), m_splitter->saveState()});
    QMainWindow::closeEvent(event);
}

} // namespace ui
} // namespace agentdesk
