#pragma once

#include "Types.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace agentdesk {

//! The one hot write of the history: appending a message row. Ingesting a large history is a
//! loop over this, so it goes straight to SQLite's prepared statement when the build has the
//! SQLite headers (AGENTDESK_SQLITE_DIRECT), and through QSqlQuery otherwise.
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

    //! Inserts `message` (createdAt given in ms) with the next free id in [firstId, lastId];
    //! returns the id, or 0 with `failure` filled.
    qint64 insert(const Message& message, qint64 createdAtMs, qint64 firstId, qint64 lastId,
                  Failure* failure);

private:
    qint64 insertWithQt(const Message& message, qint64 createdAtMs, qint64 firstId, qint64 lastId,
                        Failure* failure);

    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace agentdesk
