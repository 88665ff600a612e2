#pragma once

#include "store/Types.h"

#include <QAbstractListModel>
#include <QHash>

namespace agentdesk {
class History;
}

namespace agentdesk {
namespace ui {

//! The messages of one conversation, oldest first, paged in from the History by key.
//!
//! It opens at the newest page and loads older pages through canFetchMore/fetchMore (keyset
//! paging on (createdAt, id), never OFFSET), so a conversation of 100,000 messages opens as fast
//! as one of ten. It holds a window of at most windowPages() pages: paging older history in past
//! that lets the newest rows go, and fetchNewer() brings them back when the agent scrolls down
//! again, so reading far back costs the same memory as reading the last page. New messages,
//! state changes and removals arrive as History signals. data() costs the same for every row:
//! no query, no layout.
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
        AsVisitorRole,    //!< written on the visitor's behalf (shown as the visitor's)
        //! Changes whenever the row's height could: text, format, direction, state, day
        //! separator, run. Delegates keep laid-out heights under it (no text hashed per call).
        LayoutKeyRole,
    };

    explicit MessageModel(agentdesk::History* history, QObject* parent = nullptr);

    //! Shows a conversation (0: none), opening at its newest page.
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    void setPageSize(int pageSize) { m_pageSize = qMax(1, pageSize); }
    int pageSize() const { return m_pageSize; }
    //! The most pages held at once (older pages coming in let the newest go, and back).
    void setWindowPages(int pages) { m_windowPages = qMax(2, pages); }
    int windowPages() const { return m_windowPages; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    //! Older history (above the first row).
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    //! Newer history that left the window (below the last row).
    bool canFetchNewer() const { return m_hasNewer; }
    void fetchNewer();
    //! Back to the newest page when the window is elsewhere (the agent jumps to the end).
    void showNewest();

    int rowOf(qint64 messageId) const;
    const agentdesk::Message& messageAt(int row) const { return m_messages.at(row); }

    //! Loads the history around the message when it is not loaded; returns its row or -1.
    int loadUntil(qint64 messageId);

private:
    void onInserted(qint64 conversationId, const QList<agentdesk::Message>& messages);
    void onChanged(const agentdesk::Message& message);
    void onRemoved(qint64 conversationId, qint64 messageId);
    void insertOne(const agentdesk::Message& message);
    void reset(QList<agentdesk::Message> messages, bool hasOlder, bool hasNewer);
    void dropOldest(int count);
    void dropNewest(int count);
    int maxRows() const { return m_windowPages * m_pageSize; }
    void reindex();
    bool sameRun(int row) const;
    //! What is worked out once per row when it arrives: its local calendar day (Julian day;
    //! converting to local time asks the C library, which checks the time zone file each time,
    //! and views ask for the day separators of every row on every layout) and a hash of its
    //! text and format.
    struct RowFacts {
        qint64 day = 0;
        size_t textKey = 0;
    };
    static RowFacts factsOf(const agentdesk::Message& message);

    agentdesk::History* m_history;
    qint64 m_conversationId = 0;
    int m_pageSize = 20;
    int m_windowPages = 30;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    bool m_announcing = false; //!< between a begin*() and its end*()
    QList<agentdesk::Message> m_messages;
    QList<RowFacts> m_facts; //!< one per row

    //! message id -> row + m_base, so prepending a page does not touch the index.
    QHash<qint64, qint64> m_slotById;
    qint64 m_base = 0;
};

} // namespace ui
} // namespace agentdesk
