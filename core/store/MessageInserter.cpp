#include "MessageInserter.h"

#include "HistoryPrivate.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

#ifdef AGENTDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace agentdesk {

namespace {

// ?1 and ?2 bound once each for SQLite directly
const char insertSql[] =
    "INSERT INTO messages (id, conversation_id, client_id, remote_id, direction, author, text,"
    " format, created_at, sent_at, state, last_error, next_attempt_at, attempts, batch_id)"
    " VALUES ((SELECT ifnull(max(id) + 1, ?1) FROM messages WHERE id BETWEEN ?1 AND ?2),"
    " ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
// Qt Sql binds plain positional placeholders only
const char insertSqlForQt[] =
    "INSERT INTO messages (id, conversation_id, client_id, remote_id, direction, author, text,"
    " format, created_at, sent_at, state, last_error, next_attempt_at, attempts, batch_id)"
    " VALUES ((SELECT ifnull(max(id) + 1, ?) FROM messages WHERE id BETWEEN ? AND ?),"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

#ifdef AGENTDESK_SQLITE_DIRECT
//! The column keys as UTF-8, built once from the canonical key functions.
struct Keys {
    std::array<QByteArray, 4> directions;
    std::array<QByteArray, 2> formats;
    std::array<QByteArray, 5> states;
    Keys() {
        for (int i = 0; i < 4; ++i)
            directions[i] = store::directionKey(Direction(i)).toUtf8();
        for (int i = 0; i < 2; ++i)
            formats[i] = store::formatKey(TextFormat(i)).toUtf8();
        for (int i = 0; i < 5; ++i)
            states[i] = deliveryStateKey(DeliveryState(i)).toUtf8();
    }
};

void bindKey(sqlite3_stmt* s, int index, const QByteArray& key) {
    sqlite3_bind_text(s, index, key.constData(), int(key.size()), SQLITE_STATIC);
}
#endif

} // namespace

MessageInserter::MessageInserter(const QSqlDatabase& db)
    : m_connectionName(db.connectionName()) {
#ifdef AGENTDESK_SQLITE_DIRECT
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (m_handle && sqlite3_prepare_v3(m_handle, insertSql, -1, SQLITE_PREPARE_PERSISTENT,
                                       &m_statement, nullptr) != SQLITE_OK) {
        qCWarning(lcHistory) << "falling back to Qt for inserts:" << sqlite3_errmsg(m_handle);
        m_statement = nullptr;
    }
#endif
}

MessageInserter::~MessageInserter() {
#ifdef AGENTDESK_SQLITE_DIRECT
    if (m_statement)
        sqlite3_finalize(m_statement);
#endif
}

qint64 MessageInserter::insert(const Message& message, qint64 createdAtMs, qint64 firstId,
                               qint64 lastId, Failure* failure) {
#ifdef AGENTDESK_SQLITE_DIRECT
    if (!m_statement)
        return insertWithQt(message, createdAtMs, firstId, lastId, failure);
    sqlite3_stmt* s = m_statement;
    // QString data stays alive until the step below: no copies (SQLITE_STATIC)
    const auto text = [s](int index, const QString& value) {
        sqlite3_bind_text16(s, index,
                            value.isNull() ? static_cast<const void*>(u"")
                                           : static_cast<const void*>(value.utf16()),
                            int(value.size() * 2), SQLITE_STATIC);
    };
    const auto textOrNull = [s, &text](int index, const QString& value) {
        if (value.isEmpty())
            sqlite3_bind_null(s, index);
        else
            text(index, value);
    };
    const auto msOrNull = [s](int index, const QDateTime& time) {
        if (time.isValid())
            sqlite3_bind_int64(s, index, time.toMSecsSinceEpoch());
        else
            sqlite3_bind_null(s, index);
    };
    static const Keys keys;
    sqlite3_bind_int64(s, 1, firstId);
    sqlite3_bind_int64(s, 2, lastId);
    sqlite3_bind_int64(s, 3, message.conversationId);
    textOrNull(4, message.clientId);
    textOrNull(5, message.remoteId);
    bindKey(s, 6, keys.directions.at(size_t(message.direction)));
    text(7, message.author);
    text(8, message.text);
    bindKey(s, 9, keys.formats.at(size_t(message.format)));
    sqlite3_bind_int64(s, 10, createdAtMs);
    msOrNull(11, message.sentAt);
    bindKey(s, 12, keys.states.at(size_t(message.state)));
    text(13, message.lastError);
    msOrNull(14, message.nextAttemptAt);
    sqlite3_bind_int(s, 15, message.attempts);
    sqlite3_bind_int64(s, 16, message.batchId);
    const int rc = sqlite3_step(s);
    qint64 id = 0;
    if (rc == SQLITE_DONE) {
        id = sqlite3_last_insert_rowid(m_handle);
    } else {
        failure->code = sqlite3_extended_errcode(m_handle) & 0xff;
        failure->text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s); // nothing keeps pointing into the message's strings
    return id;
#else
    return insertWithQt(message, createdAtMs, firstId, lastId, failure);
#endif
}

qint64 MessageInserter::insertWithQt(const Message& message, qint64 createdAtMs, qint64 firstId,
                                     qint64 lastId, Failure* failure) {
    if (!m_query) {
        m_query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        if (!m_query->prepare(QString::fromLatin1(insertSqlForQt))) {
            failure->code = store::sqliteCode(m_query->lastError());
            failure->text = m_query->lastError().text();
            m_query.reset();
            return 0;
        }
    }
    QSqlQuery& q = *m_query;
    const QVariantList values = {firstId,
                                 firstId,
                                 lastId,
                                 message.conversationId,
                                 store::textOrNull(message.clientId),
                                 store::textOrNull(message.remoteId),
                                 store::directionKey(message.direction),
                                 store::text(message.author),
                                 store::text(message.text),
                                 store::formatKey(message.format),
                                 createdAtMs,
                                 store::msOrNull(message.sentAt),
                                 deliveryStateKey(message.state),
                                 store::text(message.lastError),
                                 store::msOrNull(message.nextAttemptAt),
                                 message.attempts,
                                 message.batchId};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    qint64 id = 0;
    if (q.exec()) {
        id = q.lastInsertId().toLongLong();
    } else {
        failure->code = store::sqliteCode(q.lastError());
        failure->text = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                               : q.lastError().databaseText();
    }
    q.finish();
    return id;
}

} // namespace agentdesk
