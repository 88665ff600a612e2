#include "ui/conversations/ConversationListModel.h"

#include "desk/StartupTrace.h"
#include "store/History.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace agentdesk {
namespace ui {

namespace {

//! Most recent activity first, none last; ties by id so the order is stable. The same order as
//! the History's pages (ConversationKey), so loaded pages and followed changes agree.
bool before(const Conversation& a, const Conversation& b) {
    return ConversationKey::of(a).listedBefore(ConversationKey::of(b));
}

} // namespace

ConversationListModel::ConversationListModel(History* history, QObject* parent)
    : QAbstractListModel(parent)
    , m_history(history) {
    connect(history, &History::conversationInserted, this, &ConversationListModel::onInserted);
    connect(history, &History::conversationChanged, this, &ConversationListModel::onChanged);
    connect(history, &History::conversationRemoved, this, &ConversationListModel::onRemoved);
    connect(history, &History::messageChanged, this, &ConversationListModel::onMessageChanged);
    connect(history, &History::messageRemoved, this, &ConversationListModel::onMessageRemoved);
    reload();
    StartupTrace::mark("window: conversation list");
}

void ConversationListModel::reload() {
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_failedByConversation.clear();
    m_loadedTo.reset();
    m_hasMore = false;
    if (m_history->isOpen()) {
        m_rows = readNextPage();
        // failed replies are few (they stop their conversation's queue): all of them, loaded or
        // not, so a conversation paged in later is flagged too
        for (const Message& failed : m_history->failedMessages())
            m_failedByConversation[failed.conversationId].insert(failed.id);
    }
    rebuildIndex(0);
    endResetModel();
}

bool ConversationListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_hasMore;
}

void ConversationListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || !m_hasMore || m_announcing)
        return;
    append(readNextPage());
}

QList<Conversation> ConversationListModel::readNextPage() {
    QList<Conversation> page = m_history->conversationsAfter(m_loadedTo, m_pageSize);
    m_hasMore = page.size() >= m_pageSize;
    if (!page.isEmpty())
        m_loadedTo = ConversationKey::of(page.constLast());
    return page;
}

void ConversationListModel::fetchAll() {
    if (!m_hasMore || m_announcing)
        return;
    QList<Conversation> rest;
    for (Conversation& conversation : m_history->conversations()) {
        if (beyondLoaded(conversation))
            rest << std::move(conversation);
    }
    m_hasMore = false;
    append(std::move(rest));
}

void ConversationListModel::append(QList<Conversation> rows) {
    rows.removeIf([this](const Conversation& c) { return m_rowById.contains(c.id); });
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    const QScopedValueRollback announcing(m_announcing, true);
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    rebuildIndex(first);
    endInsertRows();
}

bool ConversationListModel::beyondLoaded(const Conversation& conversation) const {
    return m_hasMore && m_loadedTo && m_loadedTo->listedBefore(ConversationKey::of(conversation));
}

int ConversationListModel::loadUntil(qint64 conversationId) {
    const int row = rowOf(conversationId);
    if (row >= 0 || m_announcing)
        return row;
    const auto conversation = m_history->conversation(conversationId);
    if (!conversation || !beyondLoaded(*conversation))
        return -1;
    // The list down to it, in one read; what lies below it waits for fetchMore as before.
    const ConversationKey key = ConversationKey::of(*conversation);
    QList<Conversation> rows = m_history->conversationsThrough(m_loadedTo, key);
    m_loadedTo = key;
    append(std::move(rows));
    return rowOf(conversationId);
}

int ConversationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case VisitorNameRole:
        if (!c.visitorName.trimmed().isEmpty())
            return c.visitorName.trimmed();
        if (!c.title.trimmed().isEmpty())
            return c.title.trimmed();
        return tr("Visitor");
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text =
            tr("%1 on %2")
                .arg(data(index, VisitorNameRole).toString(), backendDisplayName(c.backend));
        if (c.unreadCount > 0)
            text += tr(", %Ln unread", nullptr, c.unreadCount);
        if (data(index, StuckRole).toBool())
            text += tr(", a reply failed to send");
        if (!c.open)
            text += tr(", closed");
        return text;
    }
    case ConversationIdRole:
        return c.id;
    case AccountIdRole:
        return c.accountId;
    case BackendRole:
        return int(c.backend);
    case BackendKeyRole:
        return backendKey(c.backend);
    case PreviewRole: {
        QString preview = c.lastMessagePreview.simplified();
        return preview.left(200);
    }
    case LastActivityRole:
        return c.lastActivity;
    case UnreadRole:
        return c.unreadCount;
    case OpenRole:
        return c.open;
    case StuckRole: {
        const auto it = m_failedByConversation.constFind(c.id);
        return it != m_failedByConversation.cend() && !it->isEmpty();
    }
    case DraftRole:
        return !c.draft.trimmed().isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(AccountIdRole, "accountId");
    names.insert(BackendRole, "backend");
    names.insert(BackendKeyRole, "backendKey");
    names.insert(VisitorNameRole, "visitorName");
    names.insert(PreviewRole, "preview");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(UnreadRole, "unread");
    names.insert(OpenRole, "open");
    names.insert(StuckRole, "stuck");
    names.insert(DraftRole, "draft");
    return names;
}

int ConversationListModel::rowOf(qint64 conversationId) const {
    return m_rowById.value(conversationId, -1);
}

int ConversationListModel::insertionRow(const Conversation& conversation) const {
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), conversation, before) -
               m_rows.cbegin());
}

void ConversationListModel::rebuildIndex(int fromRow) {
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

void ConversationListModel::onInserted(const Conversation& conversation) {
    if (m_rowById.contains(conversation.id)) {
        onChanged(conversation);
        return;
    }
    if (beyondLoaded(conversation))
        return; // fetchMore brings it in its place
    const int row = insertionRow(conversation);
    const QScopedValueRollback announcing(m_announcing, true);
    beginInsertRows({}, row, row);
    m_rows.insert(row, conversation);
    rebuildIndex(row);
    endInsertRows();
}

void ConversationListModel::onChanged(const Conversation& conversation) {
    const int from = rowOf(conversation.id);
    if (from < 0) {
        onInserted(conversation);
        return;
    }
    if (beyondLoaded(conversation)) {
        // it moved down past what is loaded: fetchMore brings it back in its place
        const QScopedValueRollback announcing(m_announcing, true);
        beginRemoveRows({}, from, from);
        m_rows.removeAt(from);
        m_rowById.remove(conversation.id);
        rebuildIndex(from);
        endRemoveRows();
        return;
    }
    // Take it out, find where it belongs now, move it there if that differs.
    Conversation old = m_rows.takeAt(from);
    int to = insertionRow(conversation);
    m_rows.insert(from, std::move(old));
    if (to != from) {
        // beginMoveRows wants the destination in the coordinates before the move.
        const int destination = to > from ? to + 1 : to;
        const QScopedValueRollback announcing(m_announcing, true);
        beginMoveRows({}, from, from, {}, destination);
        m_rows.move(from, to);
        m_rows[to] = conversation;
        rebuildIndex(std::min(from, to));
        endMoveRows();
    } else {
        m_rows[from] = conversation;
    }
    const QModelIndex changed = index(to);
    emit dataChanged(changed, changed);
}

void ConversationListModel::onRemoved(qint64 conversationId) {
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    const QScopedValueRollback announcing(m_announcing, true);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(conversationId);
    m_failedByConversation.remove(conversationId);
    rebuildIndex(row);
    endRemoveRows();
}

void ConversationListModel::onMessageChanged(const Message& message) {
    auto& failed = m_failedByConversation[message.conversationId];
    const bool wasStuck = !failed.isEmpty();
    if (message.state == DeliveryState::Failed)
        failed.insert(message.id);
    else
        failed.remove(message.id);
    if (wasStuck != !failed.isEmpty())
        notifyStuck(message.conversationId);
}

void ConversationListModel::onMessageRemoved(qint64 conversationId, qint64 messageId) {
    auto it = m_failedByConversation.find(conversationId);
    if (it == m_failedByConversation.end() || !it->remove(messageId))
        return;
    if (it->isEmpty())
        notifyStuck(conversationId);
}

void ConversationListModel::notifyStuck(qint64 conversationId) {
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {StuckRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace ui
} // namespace agentdesk
