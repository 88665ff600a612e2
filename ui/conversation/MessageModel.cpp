#include "ui/conversation/MessageModel.h"

#include "store/History.h"

#include <algorithm>

namespace agentdesk {
namespace ui {

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
    m_conversationId = conversationId;
    QList<Message> page;
    if (conversationId != 0 && m_history->isOpen())
        page = m_history->messagesBefore(conversationId, std::nullopt, m_pageSize);
    const bool hasOlder = page.size() >= m_pageSize;
    reset(std::move(page), hasOlder, false);
}

void MessageModel::showNewest() {
    if (m_hasNewer)
        setConversation(m_conversationId);
}

void MessageModel::reset(QList<Message> messages, bool hasOlder, bool hasNewer) {
    m_announcing = true;
    beginResetModel();
    m_messages = std::move(messages);
    m_facts.clear();
    m_facts.reserve(m_messages.size());
    for (const Message& message : std::as_const(m_messages))
        m_facts.append(factsOf(message));
    m_slotById.clear();
    m_base = 0;
    m_hasOlder = hasOlder;
    m_hasNewer = hasNewer;
    reindex();
    endResetModel();
    m_announcing = false;
}

int MessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_messages.size());
}

MessageModel::RowFacts MessageModel::factsOf(const Message& message) {
    RowFacts facts;
    facts.day = message.createdAt.toLocalTime().date().toJulianDay();
    facts.textKey = qHashMulti(0, message.text, int(message.format));
    return facts;
}

bool MessageModel::sameRun(int row) const {
    if (row <= 0)
        return false;
    const Message& a = m_messages.at(row - 1);
    const Message& b = m_messages.at(row);
    return a.direction == b.direction && a.author == b.author &&
           a.createdAt.msecsTo(b.createdAt) < kRunGapMs &&
           m_facts.at(row - 1).day == m_facts.at(row).day;
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
        if (m.direction == Direction::System && m.text.trimmed().isEmpty())
            return tr("Chat started at %1")
                .arg(QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat));
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
        return row == 0 || m_facts.at(row - 1).day != m_facts.at(row).day;
    case FirstOfRunRole:
        return !sameRun(row);
    case LayoutKeyRole: {
        const bool daySeparator = row == 0 || m_facts.at(row - 1).day != m_facts.at(row).day;
        return qulonglong(qHashMulti(m_facts.at(row).textKey, int(m.direction), int(m.state),
                                     daySeparator, !sameRun(row)));
    }
    case MessageRole:
        return QVariant::fromValue(m);
    case AsVisitorRole:
        return m.asVisitor;
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
    names.insert(LayoutKeyRole, "layoutKey");
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
    QList<RowFacts> days;
    days.reserve(count + m_facts.size());
    for (const Message& message : std::as_const(page))
        days.append(factsOf(message));
    days.append(m_facts);
    m_facts = std::move(days);
    page.append(std::move(m_messages));
    m_messages = std::move(page);
    endInsertRows();
    m_announcing = false;
    // The formerly first row may now continue a run or share a day with the page above it.
    const QModelIndex seam = index(count);
    if (seam.isValid())
        emit dataChanged(seam, seam, {DaySeparatorRole, FirstOfRunRole});
    // The window holds windowPages(): the newest rows go, fetchNewer() brings them back.
    if (m_messages.size() > maxRows())
        dropNewest(int(m_messages.size()) - maxRows());
}

void MessageModel::fetchNewer() {
    if (!m_hasNewer || m_announcing || m_messages.isEmpty())
        return;
    QList<Message> page =
        m_history->messagesAfter(m_conversationId, keyOf(m_messages.last()), m_pageSize);
    m_hasNewer = page.size() >= m_pageSize;
    page.erase(std::remove_if(page.begin(), page.end(),
                              [this](const Message& m) { return m_slotById.contains(m.id); }),
               page.end());
    if (page.isEmpty())
        return;
    const int first = int(m_messages.size());
    const int count = int(page.size());
    m_announcing = true;
    beginInsertRows({}, first, first + count - 1);
    for (int i = 0; i < count; ++i) {
        m_slotById.insert(page.at(i).id, m_base + first + i);
        m_facts.append(factsOf(page.at(i)));
    }
    m_messages.append(std::move(page));
    endInsertRows();
    m_announcing = false;
    if (m_messages.size() > maxRows())
        dropOldest(int(m_messages.size()) - maxRows());
}

void MessageModel::dropOldest(int count) {
    count = std::min(count, int(m_messages.size()));
    if (count <= 0)
        return;
    m_announcing = true;
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i)
        m_slotById.remove(m_messages.at(i).id);
    m_messages.remove(0, count);
    m_facts.remove(0, count);
    m_base += count; // the slots of the rows that stay do not change
    m_hasOlder = true;
    endRemoveRows();
    m_announcing = false;
    // The new first row starts a day and a run of its own.
    if (!m_messages.isEmpty())
        emit dataChanged(index(0), index(0), {DaySeparatorRole, FirstOfRunRole});
}

void MessageModel::dropNewest(int count) {
    count = std::min(count, int(m_messages.size()));
    if (count <= 0)
        return;
    const int first = int(m_messages.size()) - count;
    m_announcing = true;
    beginRemoveRows({}, first, first + count - 1);
    for (int i = first; i < m_messages.size(); ++i)
        m_slotById.remove(m_messages.at(i).id);
    m_messages.resize(first);
    m_facts.resize(first);
    m_hasNewer = true;
    endRemoveRows();
    m_announcing = false;
}

int MessageModel::rowOf(qint64 messageId) const {
    const auto it = m_slotById.constFind(messageId);
    return it == m_slotById.cend() ? -1 : int(*it - m_base);
}

int MessageModel::loadUntil(qint64 messageId) {
    const int row = rowOf(messageId);
    if (row >= 0 || m_conversationId == 0 || !m_history->isOpen())
        return row;
    const auto message = m_history->message(messageId);
    if (!message || message->conversationId != m_conversationId)
        return -1;
    // The window moves to the message, half a page of history on each side: a search hit
    // 50,000 messages back opens as fast as one on screen.
    const int half = std::max(1, m_pageSize / 2);
    QList<Message> around = m_history->messagesBefore(m_conversationId, keyOf(*message), half);
    const bool hasOlder = around.size() >= half;
    around.append(*message);
    const QList<Message> newer = m_history->messagesAfter(m_conversationId, keyOf(*message), half);
    const bool hasNewer = newer.size() >= half;
    around.append(newer);
    reset(std::move(around), hasOlder, hasNewer);
    return rowOf(messageId);
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
    // Newer than the window while newer pages remain: fetchNewer (or showNewest) brings it.
    if (m_hasNewer && !m_messages.isEmpty() && keyLess(m_messages.last(), message))
        return;
    const int row = int(std::upper_bound(m_messages.cbegin(), m_messages.cend(), message, keyLess) -
                        m_messages.cbegin());
    m_announcing = true;
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
    m_facts.insert(row, factsOf(message));
    if (row == m_messages.size() - 1)
        m_slotById.insert(message.id, m_base + row);
    else
        reindex();
    endInsertRows();
    m_announcing = false;
    const QModelIndex next = index(row + 1);
    if (next.isValid())
        emit dataChanged(next, next, {DaySeparatorRole, FirstOfRunRole});
    // A conversation followed for hours keeps a window too: a page of slack, then the oldest go.
    if (m_messages.size() > maxRows() + m_pageSize)
        dropOldest(m_pageSize);
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
    m_facts[row] = factsOf(message);
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
    m_facts.removeAt(row);
    reindex();
    endRemoveRows();
    m_announcing = false;
    const QModelIndex next = index(row);
    if (next.isValid())
        emit dataChanged(next, next, {DaySeparatorRole, FirstOfRunRole});
}

} // namespace ui
} // namespace agentdesk
