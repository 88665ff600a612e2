#pragma once

#include "CannedStore.h"
#include "History.h"
#include "MessageInserter.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <vector>

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
    //! Messages inserted in the open transaction, not yet in the search index (see
    //! flushSearchIndex): they are indexed in one statement before the next statement runs
    //! through exec() and before the commit.
    std::vector<qint64> searchIndexPending;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
    std::unique_ptr<MessageInserter> inserter; //!< created on the first insert
    std::unique_ptr<CannedStore> cannedReplies;

    QSqlDatabase db() const;
    //! The cached prepared statement for `sql`, or nullptr (lastError set) when it cannot be
    //! prepared. Pass string literals: the text is the cache key.
    QSqlQuery* prepared(const QString& sql);
    //! Executes a prepared statement; on failure records the error and returns false. Messages
    //! inserted before it are indexed for search first, so that no statement (nor a trigger it
    //! fires) ever sees a message the index does not know.
    bool exec(QSqlQuery& query, const char* what);
    //! Conversations in list order after `after` down to `through`, at most `limit` (-1: all).
    QList<Conversation> conversationsInOrder(const std::optional<ConversationKey>& after,
                                             const std::optional<ConversationKey>& through,
                                             int limit);
    bool fail(const QString& message);
    void clearStatements();
    void close();
    //! Indexes the messages of searchIndexPending in one statement: FTS5 writes its pending
    //! terms out at the end of every statement that touches it, so indexing message by message
    //! would write a tiny index segment for each one and then merge them all.
    bool flushSearchIndex();
    //! Reads the search index's configuration and structure (opening a big history skips the
    //! integrity check, and nothing else reads them before the first search or insert).
    bool checkSearchIndex();

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
//! Nested guards join the outer transaction, and its way of syncing. Rolls back unless
//! committed.
class WriteTransaction {
public:
    enum class Sync {
        Full, //!< on disk when commit() returns (synchronous=FULL): the outbox's writes
        //! History that comes from a server (synchronous=NORMAL, WAL): the commit writes the log
        //! without waiting for the disk. A process that dies keeps it; a power cut may lose the
        //! last commits (the next sync brings them again) but never damages the file. The next
        //! FULL commit or checkpoint syncs it.
        Deferred,
    };
    explicit WriteTransaction(History::Private& d, Sync sync = Sync::Full);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    void end(); //!< the outer transaction is over: back to synchronous=FULL, forget cached ids

    History::Private& m_d;
    bool m_active = false;
    bool m_outer = false;
    bool m_deferred = false;
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

// Message ids are (createdAt in ms - messageIdEpochMs) * 2^messageIdSequenceBits plus a sequence
// number within that millisecond (see MessageInserter). Ordering by id is ordering by
// (createdAt, insertion order): full-text search walks the index newest first by rowid and
// stops after `limit` hits, pages are read from the (conversation_id, rowid) index. The epoch
// and the 256 ids per millisecond keep ids small: 6 bytes in a record, a few bytes per
// delta in the search index's lists, where ms * 2^20 took 8 and 5-6.
inline constexpr qint64 messageIdEpochMs = 1577836800000LL; // 2020-01-01T00:00:00Z
inline constexpr int messageIdSequenceBits = 8;
inline constexpr qint64 messageIdsPerMs = qint64(1) << messageIdSequenceBits;
//! createdAt is accepted within this many ms of 1970 either way (about 139 years)
inline constexpr qint64 maxAbsoluteMs = qint64(1) << 42;
//! The smallest id of a message created at `ms` (|ms| <= maxAbsoluteMs).
constexpr qint64 firstMessageIdAt(qint64 ms) {
    return (ms - messageIdEpochMs) * messageIdsPerMs;
}
//! The creation time (ms) a message id stands for: messages.created_at is computed from it.
constexpr qint64 createdAtMsOf(qint64 id) {
    return (id >> messageIdSequenceBits) + messageIdEpochMs;
}

QVariant msOrNull(const QDateTime& time);
QDateTime dateTimeFrom(const QVariant& ms);
QVariant textOrNull(const QString& text);
//! For NOT NULL text columns: Qt binds a null QString as SQL NULL.
QVariant text(const QString& text);
QVariant idOrNull(qint64 id);

QString directionKey(Direction direction);
//! Whether a message can be a conversation's last message (preview and activity): it has text.
bool isShownInPreview(const Message& message);
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
