#include "ui/conversation/MessageView.h"

#include "ui/conversation/MessageDelegate.h"
#include "ui/conversation/MessageModel.h"
#include "ui/text/SafeText.h"
#include "ui/text/SafeTextBrowser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QIdentityProxyModel>
#include <QMenu>
#include <QScrollBar>
#include <QToolTip>

namespace agentdesk {
namespace ui {

using agentdesk::DeliveryState;
using agentdesk::Direction;

namespace {

//! Hides canFetchMore from QAbstractItemView, which pages in when the *last* row is visible;
//! history grows upwards, so MessageView fetches itself when the agent nears the top.
class NoAutoFetchProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex&) const override { return false; }
    void fetchMore(const QModelIndex&) override {}
};

} // namespace

MessageView::MessageView(QWidget* parent)
    : QListView(parent)
    , m_proxy(new NoAutoFetchProxy(this))
    , m_delegate(new MessageDelegate(this)) {
    setItemDelegate(m_delegate);
    setModel(m_proxy);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(false);
    setResizeMode(Adjust);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(NoEditTriggers);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Messages"));
    setAccessibleDescription(tr("The conversation, oldest at the top. Arrow keys select a "
                                "message; the context menu key shows its actions."));

    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &MessageView::onRangeChanged);
    updateActions();
}

void MessageView::setMessageModel(MessageModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_atBottom = true;
        m_anchorId = 0;
        // What was measured for the last conversations stays for a while (going back to one
        // lays nothing out again), within bounds.
        m_delegate->forgetSome();
        updateActions();
    });
    // Rows arriving or leaving while the agent reads (a page of older history, the window
    // letting rows go) must not move what is on screen.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &MessageView::keepInPlace);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                keepInPlace();
                for (int row = first; row <= last; ++row)
                    m_delegate->forget(m_model->messageAt(row).id);
            });
    connect(model, &QAbstractItemModel::dataChanged, this, &MessageView::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MessageView::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MessageView::updateActions);
    m_atBottom = true;
    updateActions();
}

qint64 MessageView::currentMessageId() const {
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(MessageModel::MessageIdRole).toLongLong() : 0;
}

qint64 MessageView::actionTarget() const {
    const auto failed = [](const QModelIndex& index) {
        return index.data(MessageModel::DirectionRole).toInt() == int(Direction::Outgoing) &&
               index.data(MessageModel::StateRole).toInt() == int(DeliveryState::Failed);
    };
    const QModelIndex current = currentIndex();
    if (current.isValid() && selectionModel()->isSelected(current))
        return failed(current) ? current.data(MessageModel::MessageIdRole).toLongLong() : 0;
    // Nothing selected: the newest failed reply (they stop the queue, so they are near the end).
    const int rows = m_proxy->rowCount();
    for (int row = rows - 1; row >= std::max(0, rows - 200); --row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (failed(index))
            return index.data(MessageModel::MessageIdRole).toLongLong();
    }
    return 0;
}

void MessageView::setMessageActions(const MessageActions& actions) {
    m_actions = actions;
    // Ctrl+C copies the message only while the messages have the keyboard; in the reply box
    // it copies the reply's text.
    actions.copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(actions.copy);
    connect(actions.copy, &QAction::triggered, this, [this] {
        const QModelIndex index = currentIndex();
        if (index.isValid())
            QApplication::clipboard()->setText(index.data(MessageModel::TextRole).toString());
    });
    connect(actions.retry, &QAction::triggered, this, [this] {
        if (const qint64 id = actionTarget())
            emit retryRequested(id);
    });
    connect(actions.edit, &QAction::triggered, this, [this] {
        if (const qint64 id = actionTarget())
            emit editRequested(id);
    });
    connect(actions.discard, &QAction::triggered, this, [this] {
        if (const qint64 id = actionTarget())
            emit discardRequested(id);
    });
    updateActions();
}

void MessageView::updateActions() {
    if (!m_actions.copy)
        return; // before the window gave its actions
    const bool target = m_model && actionTarget() != 0;
    m_actions.retry->setEnabled(target);
    m_actions.edit->setEnabled(target);
    m_actions.discard->setEnabled(target);
    m_actions.copy->setEnabled(currentIndex().isValid());
}

void MessageView::currentChanged(const QModelIndex& current, const QModelIndex& previous) {
    QListView::currentChanged(current, previous);
    updateActions();
}

bool MessageView::showMessage(qint64 messageId) {
    if (!m_model)
        return false;
    const int row = m_model->loadUntil(messageId);
    if (row < 0)
        return false;
    doItemsLayout();
    const QModelIndex index = m_proxy->index(row, 0);
    setCurrentIndex(index);
    m_atBottom = false;
    scrollTo(index, PositionAtCenter);
    m_atBottom = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    return true;
}

void MessageView::followBottom() {
    if (m_model)
        m_model->showNewest();
    m_atBottom = true;
    m_anchorId = 0;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void MessageView::resizeEvent(QResizeEvent* event) {
    const bool wasAtBottom = m_atBottom;
    m_delegate->setViewportWidth(viewport()->width());
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout();
    m_atBottom = wasAtBottom;
}

void MessageView::keepInPlace() {
    if (m_atBottom || m_anchorId != 0 || !m_model)
        return;
    const QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    m_anchorId = top.data(MessageModel::MessageIdRole).toLongLong();
    m_anchorTop = visualRect(top).top();
}

void MessageView::restorePlace() {
    if (m_anchorId == 0)
        return;
    const int row = m_model ? m_model->rowOf(m_anchorId) : -1;
    m_anchorId = 0;
    if (row < 0)
        return;
    QScrollBar* bar = verticalScrollBar();
    m_fetching = true; // a page at a time: the next scroll asks for the next one
    bar->setValue(bar->value() + visualRect(m_proxy->index(row, 0)).top() - m_anchorTop);
    m_fetching = false;
}

void MessageView::doItemsLayout() {
    QListView::doItemsLayout();
    restorePlace();
    fetchToFill();
}

void MessageView::onRangeChanged(int, int max) {
    if (m_atBottom && m_anchorId == 0)
        verticalScrollBar()->setValue(max);
}

void MessageView::verticalScrollbarValueChanged(int value) {
    // Not the base class: it would fetch when the bottom is reached.
    QScrollBar* bar = verticalScrollBar();
    if (m_anchorId == 0)
        m_atBottom = value >= bar->maximum() - 2 && !(m_model && m_model->canFetchNewer());
    if (bar->maximum() <= 0)
        return;
    if (value <= viewport()->height() / 2)
        fetchOlder();
    else if (value >= bar->maximum() - viewport()->height() / 2)
        fetchNewer();
}

void MessageView::fetchOlder() {
    if (m_fetching || !m_model || !m_model->canFetchMore({}))
        return;
    m_fetching = true;
    m_model->fetchMore({});
    m_fetching = false;
}

void MessageView::fetchNewer() {
    if (m_fetching || !m_model || !m_model->canFetchNewer())
        return;
    m_fetching = true;
    m_model->fetchNewer();
    m_fetching = false;
}

void MessageView::fetchToFill() {
    // A page shorter than the view shows no scroll bar to pull older history in with.
    if (m_fetching || !m_model || verticalScrollBar()->maximum() > 0 || !isVisible())
        return;
    if (m_model->canFetchMore({}))
        QMetaObject::invokeMethod(this, &MessageView::fetchOlder, Qt::QueuedConnection);
    else if (m_model->canFetchNewer())
        QMetaObject::invokeMethod(this, &MessageView::fetchNewer, Qt::QueuedConnection);
}

QStyleOptionViewItem MessageView::optionFor(const QModelIndex& index) const {
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

void MessageView::mouseMoveEvent(QMouseEvent* event) {
    QListView::mouseMoveEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    const auto hit = index.isValid()
                         ? m_delegate->hitTest(optionFor(index), index, event->position().toPoint())
                         : MessageDelegate::Hit{};
    if (hit.kind == MessageDelegate::Hit::None) {
        viewport()->unsetCursor();
        return;
    }
    viewport()->setCursor(Qt::PointingHandCursor);
    if (hit.kind == MessageDelegate::Hit::Link) {
        // The real target, whatever the text of the link says.
        const QString target = SafeText::showBidiControls(hit.url.toDisplayString());
        QToolTip::showText(event->globalPosition().toPoint(),
                           SafeText::isClickableUrl(hit.url)
                               ? target
                               : tr("%1 (AgentDesk does not open this kind of link)").arg(target),
                           viewport());
    }
}

void MessageView::mouseReleaseEvent(QMouseEvent* event) {
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid()) {
        const auto hit = m_delegate->hitTest(optionFor(index), index, event->position().toPoint());
        const qint64 id = index.data(MessageModel::MessageIdRole).toLongLong();
        switch (hit.kind) {
        case MessageDelegate::Hit::Retry:
            emit retryRequested(id);
            return;
        case MessageDelegate::Hit::Edit:
            emit editRequested(id);
            return;
        case MessageDelegate::Hit::Discard:
            emit discardRequested(id);
            return;
        case MessageDelegate::Hit::Link:
            activateLink(hit.url);
            break;
        case MessageDelegate::Hit::None:
            break;
        }
    }
    QListView::mouseReleaseEvent(event);
}

void MessageView::activateLink(const QUrl& url) {
    if (SafeTextBrowser::openLink(url))
        emit linkOpened(url);
    else
        emit linkRefused(url);
}

void MessageView::contextMenuEvent(QContextMenuEvent* event) {
    QModelIndex index =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    if (!m_actions.copy)
        return;
    QMenu menu(this);
    menu.addAction(m_actions.copy);
    if (m_actions.retry->isEnabled()) {
        menu.addSeparator();
        menu.addAction(m_actions.retry);
        menu.addAction(m_actions.edit);
        menu.addAction(m_actions.discard);
    }
    menu.exec(event->reason() == QContextMenuEvent::Mouse
                  ? event->globalPos()
                  : viewport()->mapToGlobal(visualRect(index).center()));
}

} // namespace ui
} // namespace agentdesk
