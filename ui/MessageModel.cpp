#include "MessageModel.h"

#include "store/History.h"

#include <algorithm>

using namespace agentdesk;

namespace {

MessageKey keyOf(const Message& message) {
    return {message.createdAt.toMSecsSinceEpoch(), message.id};
}

bool keyLess(const Message& a, const Message& b) {
    const qint64 ta = a.createdAt.toMSecsSinceEpoch();
    const qint64 tb = b.createdAt.toMSecsSinceEpoch();
    return ta != tb ? ta < tb : a.id < b.id;
}

constexpr qint64 kRunGapMs = 5 * 60 * 1000;

} // namespace

MessageModel::MessageModel(History* history, QObject* parent)
    : QAbstractListModel(parent)
    , m_history(history) {
    connect(history, &History::messagesInserted, this, &MessageModel::onInserted);
    connect(history, &History::messageChanged, this, &MessageModel::onChanged);
    connect(history, &History::messageRemoved, this, &MessageModel::onRemoved);
}

void MessageModel::setConversation(qint64 conversationId) {
    m_announcing = true;
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_days.clear();
    m_slotById.clear();
    m_base = 0;
    m_hasOlder = false;
    if (conversationId != 0 && m_history->isOpen()) {
        m_messages = m_history->messagesBefore(conversationId, std::nullopt, m_pageSize);
        m_days.reserve(m_messages.size());
        for (const Message& message : std::as_const(m_messages))
            m_days.append(localDay(message));
        m_hasOlder = m_messages.size() >= m_pageSize;
        reindex();
    }
    endResetModel();
    m_announcing = false;
}

int MessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_messages.size());
}

qint64 MessageModel::localDay(const Message& message) {
    return message.createdAt.toLocalTime().date().toJulianDay();
}

bool MessageModel::sameRun(int row) const {
    if (row <= 0)
        return false;
    const Message& a = m_messages.at(row - 1);
    const Message& b = m_messages.at(row);
    return a.direction == b.direction && a.author == b.author &&
           a.createdAt.msecsTo(b.createdAt) < kRunGapMs && m_days.at(row - 1) == m_days.at(row);
}

QVariant MessageModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Message& m = m_messages.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case Qt::AccessibleTextRole: {
        const QString who = m.author.isEmpty() ? tr("Unknown") : m.author;
        return tr("%1 at %2: %3")
            .arg(who, QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat),
                 m.text.left(500));
    }
    case MessageIdRole:
        return m.id;
    case DirectionRole:
        return int(m.direction);
    case AuthorRole:
        return m.author;
    case FormatRole:
        return int(m.format);
    case CreatedAtRole:
        return m.createdAt;
    case SentAtRole:
        return m.sentAt;
    case StateRole:
        return int(m.state);
    case LastErrorRole:
        return m.lastError;
    case NextAttemptAtRole:
        return m.nextAttemptAt;
    case AttemptsRole:
        return m.attempts;
    case DaySeparatorRole:
        return row == 0 || m_days.at(row - 1) != m_days.at(row);
    case FirstOfRunRole:
        return !sameRun(row);
    case MessageRole:
        return QVariant::fromValue(m);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(DirectionRole, "direction");
    names.insert(AuthorRole, "author");
    names.insert(TextRole, "text");
    names.insert(FormatRole, "format");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(SentAtRole, "sentAt");
    names.insert(StateRole, "state");
    names.insert(LastErrorRole, "lastError");
    names.insert(NextAttemptAtRole, "nextAttemptAt");
    names.insert(AttemptsRole, "attempts");
    names.insert(DaySeparatorRole, "daySeparator");
    names.insert(FirstOfRunRole, "firstOfRun");
    return names;
}

bool MessageModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_hasOlder;
}

void MessageModel::fetchMore(const QModelIndex& parent) {
    // A request made while a change is being announced is dropped (it would nest one change in
    // another); views ask again once it is done.
    if (parent.isValid() || !m_hasOlder || m_announcing)
        return;
    const std::optional<MessageKey> before =
        m_messages.isEmpty() ? std::nullopt : std::optional(keyOf(m_messages.first()));
    QList<Message> page = m_history->messagesBefore(m_conversationId, before, m_pageSize);
    m_hasOlder = page.size() >= m_pageSize;
    // Anything already loaded (a racing insert) is skipped rather than shown twice.
    page.erase(std::remove_if(page.begin(), page.end(),
                              [this](const Message& m) { return m_slotById.contains(m.id); }),
               page.end());
    if (page.isEmpty())
        return;
    const int count = int(page.size());
    m_announcing = true;
    beginInsertRows({}, 0, count - 1);
    m_base -= count;
    for (int i = 0; i < count; ++i)
        m_slotById.insert(page.at(i).id, m_base + i);
    m_messages.reserve(m_messages.size() + count);
    m_days.reserve(m_days.size() + count);
    for (int i = count - 1; i >= 0; --i) {
        m_days.prepend(localDay(page.at(i)));
        m_messages.prepend(std::move(page[i]));
    }
    endInsertRows();
    m_announcing = false;
    // The formerly first row may now continue a run or share a day with the page above it.
    const QModelIndex seam = index(count);
    if (seam.isValid())
        emit dataChanged(seam, seam, {DaySeparatorRole, FirstOfRunRole});
}

int MessageModel::rowOf(qint64 messageId) const {
    const auto it = m_slotById.constFind(messageId);
    return it == m_slotById.cend() ? -1 : int(*it - m_base);
}

int MessageModel::loadUntil(qint64 messageId) {
    int row = rowOf(messageId);
    while (row < 0 && m_hasOlder) {
        fetchMore({});
        row = rowOf(messageId);
    }
    return row;
}

void MessageModel::reindex() {
    m_slotById.clear();
    m_slotById.reserve(m_messages.size());
    for (int row = 0; row < m_messages.size(); ++row)
        m_slotById.insert(m_messages.at(row).id, m_base + row);
}

void MessageModel::onInserted(qint64 conversationId, const QList<Message>& messages) {
    if (conversationId != m_conversationId || conversationId == 0)
        return;
    for (const Message& message : messages) {
        if (message.conversationId == m_conversationId && !m_slotById.contains(message.id))
            insertOne(message);
    }
}

void MessageModel::insertOne(const Message& message) {
    // Older than what is loaded while older pages remain: fetchMore will bring it in order.
    if (m_hasOlder && !m_messages.isEmpty() && keyLess(message, m_messages.first()))
        return;
    const int row = int(std::upper_bound(m_messages.cbegin(), m_messages.cend(), message, keyLess) -
                        m_messages.cbegin());
    m_announcing = true;
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
    m_days.insert(row, localDay(message));
    if (row == m_messages.size() - 1)
        m_slotById.insert(message.id, m_base + row);
    else
        reindex();
    endInsertRows();
    m_announcing = false;
    const QModelIndex next = index(row + 1);
    if (next.isValid())
        emit dataChanged(next, next, {DaySeparatorRole, FirstOfRunRole});
}

void MessageModel::onChanged(const Message& message) {
    if (message.conversationId != m_conversationId)
        return;
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    const bool keyMoved =
        keyLess(m_messages.at(row), message) || keyLess(message, m_messages.at(row));
    if (keyMoved) {
        // Rare (a server re-stamped it): remove and insert where it belongs now.
        onRemoved(message.conversationId, message.id);
        insertOne(message);
        return;
    }
    m_messages[row] = message;
    m_days[row] = localDay(message);
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

void MessageModel::onRemoved(qint64 conversationId, qint64 messageId) {
    if (conversationId != m_conversationId)
        return;
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    m_announcing = true;
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    m_days.removeAt(row);
    reindex();
    endRemoveRows();
    m_announcing = false;
    const QModelIndex next = index(row);
    if (next.isValid())
        emit dataChanged(next, next, {DaySeparatorRole, FirstOfRunRole});
}
