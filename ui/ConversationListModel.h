#pragma once

#include "store/Types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace agentdesk {
class History;
}

//! The agent's conversations, most recent activity first, as the History has them.
//!
//! It reads History::conversations() once and then follows the History's signals (inserted,
//! changed, removed, message state changes); it never polls and never touches the network. A
//! conversation whose outbox holds a failed reply is flagged so the list can warn about it.
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

    //! The row of a conversation, or -1.
    int rowOf(qint64 conversationId) const;
    const agentdesk::Conversation& conversationAt(int row) const { return m_rows.at(row); }

    //! Reads everything again from the History (after it was reopened).
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

    agentdesk::History* m_history;
    QList<agentdesk::Conversation> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QSet<qint64>> m_failedByConversation; //!< failed message ids
};
