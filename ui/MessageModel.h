#pragma once

#include "store/Types.h"

#include <QAbstractListModel>
#include <QHash>

namespace agentdesk {
class History;
}

//! The messages of one conversation, oldest first, paged in from the History by key.
//!
//! It opens at the newest page and loads older pages through canFetchMore/fetchMore (keyset
//! paging on (createdAt, id), never OFFSET), so a conversation of 100,000 messages opens as fast
//! as one of ten. New messages, state changes and removals arrive as History signals. data()
//! costs the same for every row: no query, no layout.
class MessageModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        DirectionRole, //!< int(agentdesk::Direction)
        AuthorRole,
        TextRole,
        FormatRole, //!< int(agentdesk::TextFormat)
        CreatedAtRole,
        SentAtRole,
        StateRole, //!< int(agentdesk::DeliveryState)
        LastErrorRole,
        NextAttemptAtRole,
        AttemptsRole,
        DaySeparatorRole, //!< the first message of its (local) day
        FirstOfRunRole,   //!< starts a run by one author (show the author line)
        MessageRole,      //!< the whole agentdesk::Message
    };

    explicit MessageModel(agentdesk::History* history, QObject* parent = nullptr);

    //! Shows a conversation (0: none), opening at its newest page.
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    void setPageSize(int pageSize) { m_pageSize = qMax(1, pageSize); }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int rowOf(qint64 messageId) const;
    const agentdesk::Message& messageAt(int row) const { return m_messages.at(row); }

    //! Pages older history in until the message is loaded; returns its row or -1.
    int loadUntil(qint64 messageId);

private:
    void onInserted(qint64 conversationId, const QList<agentdesk::Message>& messages);
    void onChanged(const agentdesk::Message& message);
    void onRemoved(qint64 conversationId, qint64 messageId);
    void insertOne(const agentdesk::Message& message);
    void reindex();
    bool sameRun(int row) const;
    static qint64 localDay(const agentdesk::Message& message);

    agentdesk::History* m_history;
    qint64 m_conversationId = 0;
    int m_pageSize = 100;
    bool m_hasOlder = false;
    bool m_announcing = false; //!< between a begin*() and its end*()
    QList<agentdesk::Message> m_messages;
    //! The local calendar day of each row (Julian day), computed once when the row arrives:
    //! converting to local time asks the C library, which checks the time zone file each time,
    //! and views ask for the day separators of every row on every layout.
    QList<qint64> m_days;
    //! message id -> row + m_base, so prepending a page does not touch the index.
    QHash<qint64, qint64> m_slotById;
    qint64 m_base = 0;
};
