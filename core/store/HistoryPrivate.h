#pragma once

#include "History.h"
#include "MessageInserter.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcHistory)

namespace agentdesk {

//! The state shared by the History's table families: the connection, the prepared statements
//! (prepared once, reused for every call) and the last error.
class History::Private {
public:
    explicit Private(History* owner)
        : q(owner) {}

    History* q;
    QString connectionName;
    QString path;
    QString lastError;
    bool isOpen = false;
    qint64 integrityCheckLimit = 64 * 1024 * 1024;
    int transactionDepth = 0;
    bool searchIndexPending = false; //!< messages were inserted in the open transaction
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
    std::unique_ptr<MessageInserter> inserter; //!< created on the first insert

    QSqlDatabase db() const;
    //! The cached prepared statement for `sql`, or nullptr (lastError set) when it cannot be
    //! prepared. Pass string literals: the text is the cache key.
    QSqlQuery* prepared(const QString& sql);
    //! Executes a prepared statement; on failure records the error and returns false.
    bool exec(QSqlQuery& query, const char* what);
    bool fail(const QString& message);
    void clearStatements();
    void close();
    //! Indexes the messages queued in messages_fts_pending, in one statement (see Migrations).
    bool flushSearchIndex();

    // messages (HistoryMessages.cpp): the pieces of addMessages and mergeRemoteMessage
    //! Inserts one row inside the caller's transaction; no signal.
    std::optional<Message> insertMessage(const Message& message);
    //! Raises unread counts and moves last activity and preview for newly inserted messages.
    bool recordActivity(const QList<Message>& inserted);
    //! After the commit: about-to-be-inserted / inserted per conversation, then the changed
    //! conversations.
    void announceInserted(const QList<Message>& inserted);
    //! Sets the conversation's preview from its newest message (after an edit or a removal).
    bool refreshPreview(qint64 conversationId);
    //! Writes the mutable fields of a message (not its conversation, createdAt or clientId).
    bool storeMessageUpdate(const Message& message);
    std::optional<Message> findMessage(const QString& sql, const QVariantList& values);
};

//! A write transaction (BEGIN IMMEDIATE so concurrent writers wait instead of failing halfway).
//! Nested guards join the outer transaction. Rolls back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(History::Private& d);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    History::Private& m_d;
    bool m_active = false;
    bool m_outer = false;
};

//! Releases a read statement's snapshot when the reader goes out of scope (an unfinished SELECT
//! would pin the WAL and block checkpoints).
class StatementScope {
public:
    explicit StatementScope(QSqlQuery* query)
        : m_query(query) {}
    ~StatementScope() {
        if (m_query)
            m_query->finish();
    }
    StatementScope(const StatementScope&) = delete;
    StatementScope& operator=(const StatementScope&) = delete;

private:
    QSqlQuery* m_query;
};

namespace store {

QVariant msOrNull(const QDateTime& time);
QDateTime dateTimeFrom(const QVariant& ms);
QVariant textOrNull(const QString& text);
//! For NOT NULL text columns: Qt binds a null QString as SQL NULL.
QVariant text(const QString& text);
QVariant idOrNull(qint64 id);

QString directionKey(Direction direction);
Direction directionFromKey(const QString& key);
QString formatKey(TextFormat format);
TextFormat formatFromKey(const QString& key);
DeliveryState deliveryStateFromKey(const QString& key);
Backend backendFromColumn(const QVariant& value);

//! The columns messageFrom() reads, in order, for "SELECT <columns> FROM messages".
extern const QString messageColumns;
Message messageFrom(const QSqlQuery& query);

//! A single-line excerpt for the conversation list.
QString previewOf(const QString& text);

//! The SQLite primary result code of a failed statement (SQLITE_FULL, SQLITE_CORRUPT, ...).
int sqliteCode(const QSqlError& error);

} // namespace store
} // namespace agentdesk
