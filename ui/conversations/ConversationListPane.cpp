#include "ui/conversations/ConversationListPane.h"

#include "desk/StartupTrace.h"
#include "ui/conversations/ConversationDelegate.h"
#include "ui/conversations/ConversationFilterModel.h"
#include "ui/conversations/ConversationListModel.h"
#include "ui/style/Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace agentdesk {
namespace ui {

using agentdesk::Backend;

ConversationListPane::ConversationListPane(ConversationListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ConversationFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_backend(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_list(new QListView(this)) {
    m_proxy->setSourceModel(model);

    m_filter->setPlaceholderText(tr("Filter conversations"));
    m_filter->setAccessibleName(tr("Filter conversations"));
    m_filter->setAccessibleDescription(tr("Shows only visitors whose name or last message "
                                          "contains this text"));

    m_backend->setAccessibleName(tr("Backend filter"));
    m_backend->addItem(tr("All backends"), -1);
    for (Backend backend : {Backend::RocketChat, Backend::SocialBoards, Backend::LiveChatAI})
        m_backend->addItem(Icons::backend(backend), agentdesk::backendDisplayName(backend),
                           int(backend));
    m_status->setAccessibleName(tr("Open or closed filter"));
    m_status->addItem(tr("Open"), int(ConversationFilterModel::Status::Open));
    m_status->addItem(tr("Closed"), int(ConversationFilterModel::Status::Closed));
    m_status->addItem(tr("All"), int(ConversationFilterModel::Status::All));
    m_status->setCurrentIndex(2);

    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setAttribute(Qt::WA_Hover);
    m_list->setAccessibleName(tr("Conversations"));

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(6);
    filters->addWidget(m_backend, 1);
    filters->addWidget(m_status, 0);
    auto* top = new QVBoxLayout;
    top->setContentsMargins(10, 10, 10, 8);
    top->setSpacing(6);
    top->addWidget(m_filter);
    top->addLayout(filters);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    setTabOrder(m_filter, m_backend);
    setTabOrder(m_backend, m_status);
    setTabOrder(m_status, m_list);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString& text) { refilter([&] { m_proxy->setText(text); }); });
    // The clear button shows only over text: it is added with the first text (its icon is
    // loaded then, not while the desk starts).
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.isEmpty() && !m_filter->isClearButtonEnabled())
            m_filter->setClearButtonEnabled(true);
    });
    connect(m_backend, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_backend->currentData().toInt();
        refilter(
            [&] { m_proxy->setBackend(value < 0 ? std::nullopt : std::optional(Backend(value))); });
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        refilter([&] {
            m_proxy->setStatus(ConversationFilterModel::Status(m_status->currentData().toInt()));
        });
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConversationListPane::onCurrentChanged);
    // Down from the filter box goes to the list, as in a search field; Enter there chooses the
    // match, as Enter and a click in the list do.
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                selectProxyRow(0);
            if (m_current != 0)
                emit conversationChosen(m_current);
        }
    });
    connect(m_list, &QAbstractItemView::clicked, this, [this] {
        if (m_current != 0)
            emit conversationChosen(m_current);
    });
    // Keep the selection on the same conversation when rows move or filters change. Queued: a
    // change of the current row can page conversations in (the view fetches more when its last
    // row comes into sight) before this pane has heard of the new current one.
    const auto reselect = [this] {
        if (m_current == 0)
            return;
        const int row = m_model->rowOf(m_current);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
        if (index.isValid() && index != m_list->currentIndex()) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(index);
            m_list->viewport()->update();
        }
    };
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, reselect, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, reselect, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, reselect, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, reselect, Qt::QueuedConnection);
    StartupTrace::mark("window: list pane");
}

qint64 ConversationListPane::currentConversationId() const {
    return m_current;
}

void ConversationListPane::refilter(const std::function<void()>& change) {
    // Narrowing the list is looking for a conversation, not opening one: the open conversation
    // stays open (and highlighted while it is shown) whatever row the view moves its current to.
    {
        const QScopedValueRollback filtering(m_filtering, true);
        change();
    }
    const QModelIndex open = m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_current)));
    if (open != m_list->currentIndex()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        if (open.isValid())
            m_list->setCurrentIndex(open);
        else
            m_list->selectionModel()->clear();
        m_list->viewport()->update();
    }
}

void ConversationListPane::onCurrentChanged(const QModelIndex& current) {
    if (m_filtering)
        return;
    const qint64 id = current.isValid()
                          ? current.data(ConversationListModel::ConversationIdRole).toLongLong()
                          : 0;
    if (id == m_current || (id == 0 && m_model->rowOf(m_current) >= 0))
        return;
    m_current = id;
    emit currentConversationChanged(id);
}

void ConversationListPane::selectProxyRow(int row) {
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

bool ConversationListPane::selectConversation(qint64 conversationId) {
    const int sourceRow = m_model->loadUntil(conversationId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow));
    if (!index.isValid()) {
        m_filter->clear();
        m_backend->setCurrentIndex(0);
        m_status->setCurrentIndex(2);
        index = m_proxy->mapFromSource(m_model->index(sourceRow));
    }
    selectProxyRow(index.row());
    return true;
}

bool ConversationListPane::moveBy(int delta) {
    int rows = m_proxy->rowCount();
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid() && m_current != 0) // the filters just changed: from the open one
        current = m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_current)));
    // Moving down past the last loaded conversation pages the next ones in.
    const int start = current.isValid() ? current.row() : -1;
    while (delta > 0 && start + delta >= rows && m_proxy->canFetchMore({})) {
        m_proxy->fetchMore({});
        rows = m_proxy->rowCount();
    }
    if (rows == 0)
        return false;
    const int from = current.isValid() ? current.row() : (delta > 0 ? -1 : rows);
    const int to = std::clamp(from + delta, 0, rows - 1);
    if (to == from)
        return false;
    selectProxyRow(to);
    return true;
}

bool ConversationListPane::selectNextUnread() {
    const int start = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const auto unread = [this](int row) {
        return m_proxy->index(row, 0).data(ConversationListModel::UnreadRole).toInt() > 0;
    };
    // Below the current one first; the conversations not loaded yet come before wrapping.
    int rows = m_proxy->rowCount();
    for (int row = start + 1; row < rows; ++row) {
        if (unread(row)) {
            selectProxyRow(row);
            return true;
        }
    }
    m_model->fetchAll();
    rows = m_proxy->rowCount();
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step + rows) % rows;
        if (unread(row)) {
            selectProxyRow(row);
            return true;
        }
    }
    return false;
}

void ConversationListPane::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ConversationListPane::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && m_current != 0) {
            emit conversationChosen(m_current);
            return true;
        }
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier &&
            m_proxy->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                selectProxyRow(0);
            m_list->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
} // namespace agentdesk
