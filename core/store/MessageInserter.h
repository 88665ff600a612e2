#pragma once

#include "Types.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace agentdesk {

//! The one hot write of the history: appending a message row. Ingesting a large history is a
//! loop over this, so it goes straight to SQLite's prepared statement when the build has the
//! SQLite headers (AGENTDESK_SQLITE_DIRECT), and through QSqlQuery otherwise.
//!
//! It also hands out the ids (see store::firstMessageIdAt): the next free one of the message's
//! millisecond. Inside one write transaction it remembers the largest id of the table, so a
//! message newer than every stored one (the usual case: history arrives in time order) costs
//! no lookup at all.
class MessageInserter {
public:
    struct Failure {
        int code = 0; //!< SQLite primary result code
        QString text;
    };

    explicit MessageInserter(const QSqlDatabase& db);
    ~MessageInserter();
    MessageInserter(const MessageInserter&) = delete;
    MessageInserter& operator=(const MessageInserter&) = delete;

    //! Inserts `message` created at `createdAtMs`; call it inside a write transaction. The id
    //! is the next free one of that millisecond or, when its 256 are taken, of the first later
    //! millisecond with a free one (store::createdAtMsOf(id) is then the time stored). Returns
    //! the id, or 0 with `failure` filled.
    qint64 insert(const Message& message, qint64 createdAtMs, Failure* failure);
    //! The write transaction ended (committed or rolled back): what it knew of the ids goes.
    void forgetIds();

private:
    //! The id for a message created at `ms`, or 0 with `failure` filled.
    qint64 nextId(qint64 ms, Failure* failure);
    //! max(id) of the messages in [from, to] (every message when `from` > `to`); nullopt when
    //! there is none; false with `failure` filled when the query fails.
    bool largestId(qint64 from, qint64 to, std::optional<qint64>* id, Failure* failure);
    qint64 insertWithQt(const Message& message, qint64 id, Failure* failure);

    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    sqlite3_stmt* m_largest = nullptr;    //!< max(id) in a range
    sqlite3_stmt* m_largestAll = nullptr; //!< max(id)
    std::unique_ptr<QSqlQuery> m_query;
    std::unique_ptr<QSqlQuery> m_largestQuery;
    std::unique_ptr<QSqlQuery> m_largestAllQuery;

    // what this transaction knows (valid while m_knowsIds)
    bool m_knowsIds = false;
    std::optional<qint64> m_maxId; //!< the largest id of the table, nullopt when it is empty
    qint64 m_lastAskedMs = 0;      //!< the millisecond of the previous insert...
    qint64 m_lastSlotMs = 0;       //!< ...and the one whose id it got (later when full)
};

} // namespace agentdesk
