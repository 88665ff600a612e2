#pragma once

#include "store/Types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace agentdesk {
class History;
}

namespace agentdesk {
namespace ui {

//! The agent's conversations, most recent activity first, as the History has them.
//!
//! It opens with the first page of the list and pages the rest in by key through
//! canFetchMore/fetchMore (the list view asks when its end comes into sight), so a workspace of
//! 10,000 conversations opens as fast as one of ten; what needs every conversation (the filters,
//! "next unread", opening one further down) loads the rest first. It follows the History's
//! signals (inserted, changed, removed, message state changes) for what it holds; it never polls
//! and never touches the network. A conversation whose outbox holds a failed reply is flagged so
//! the list can warn about it.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        AccountIdRole,
        BackendRole,     //!< int(agentdesk::Backend)
        BackendKeyRole,  //!< "rocketchat", ...
        VisitorNameRole, //!< visitor name, else title, else "Visitor"
        PreviewRole,     //!< last message preview, one line
        LastActivityRole,
        UnreadRole,
        OpenRole,
        StuckRole, //!< a reply of ours failed for good and waits for the agent
        DraftRole, //!< the composer holds unsent text for it
    };

    explicit ConversationListModel(agentdesk::History* history, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    //! Conversations read per page (the first page is what the list shows at start).
    void setPageSize(int pageSize) { m_pageSize = qMax(1, pageSize); }
    int pageSize() const { return m_pageSize; }
    //! Loads every conversation not loaded yet, in one read.
    void fetchAll();
    //! True when every conversation of the History is loaded.
    bool isComplete() const { return !m_hasMore; }

    //! The row of a loaded conversation, or -1.
    int rowOf(qint64 conversationId) const;
    //! The row of a conversation, loading the list down to it first; -1 when there is none.
    int loadUntil(qint64 conversationId);
    const agentdesk::Conversation& conversationAt(int row) const { return m_rows.at(row); }

    //! Reads the first page again from the History (after it was reopened).
    void reload();

private:
    void onInserted(const agentdesk::Conversation& conversation);
    void onChanged(const agentdesk::Conversation& conversation);
    void onRemoved(qint64 conversationId);
    void onMessageChanged(const agentdesk::Message& message);
    void onMessageRemoved(qint64 conversationId, qint64 messageId);
    int insertionRow(const agentdesk::Conversation& conversation) const;
    void rebuildIndex(int fromRow);
    void notifyStuck(qint64 conversationId);
    //! The page after what is loaded (the first one after a reset); moves the loaded key on.
    QList<agentdesk::Conversation> readNextPage();
    void append(QList<agentdesk::Conversation> rows);
    //! True when a conversation belongs below what is loaded (fetchMore brings it in order).
    bool beyondLoaded(const agentdesk::Conversation& conversation) const;

    agentdesk::History* m_history;
    int m_pageSize = 100;
    bool m_hasMore = false;
    //! Between a begin*() and its end*(): a fetchMore asked for meanwhile (views and testers ask
    //! from their signal handlers) would nest one change in another, so it is dropped; views ask
    //! again once the change is done.
    bool m_announcing = false;
    //! Every conversation that comes before this key in the list is loaded (none: none is).
    std::optional<agentdesk::ConversationKey> m_loadedTo;
    QList<agentdesk::Conversation> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QSet<qint64>> m_failedByConversation; //!< failed message ids
};

} // namespace ui
} // namespace agentdesk
