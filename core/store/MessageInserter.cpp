#include "MessageInserter.h"

#include "HistoryPrivate.h"
#include "SqliteBind.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace agentdesk {

namespace {

// direction, format and state hold NULL for their defaults ('in', 'plain', 'none'): no bytes
// in the row (Migrations 6); created_at is computed from the id
const char insertSql[] =
    "INSERT INTO messages (id, conversation_id, client_id, remote_id, direction, author, text,"
    " format, sent_at, state, last_error, next_attempt_at, attempts, batch_id, as_visitor)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char largestSql[] = "SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?";
const char largestAllSql[] = "SELECT max(id) FROM messages";

QVariant keyOrNull(bool isDefault, const QString& key) {
    return isDefault ? QVariant() : QVariant(key);
}

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

void bindKeyOrNull(sqlite3_stmt* s, int index, bool isDefault, const QByteArray& key) {
    if (isDefault)
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_text(s, index, key.constData(), int(key.size()), SQLITE_STATIC);
}

void fill(MessageInserter::Failure* failure, sqlite3* handle) {
    failure->code = sqlite3_extended_errcode(handle) & 0xff;
    failure->text = QString::fromUtf8(sqlite3_errmsg(handle));
}
#endif

void fill(MessageInserter::Failure* failure, const QSqlQuery& query) {
    failure->code = store::sqliteCode(query.lastError());
    failure->text = query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                               : query.lastError().databaseText();
}

} // namespace

MessageInserter::MessageInserter(const QSqlDatabase& db)
    : m_connectionName(db.connectionName()) {
#ifdef AGENTDESK_SQLITE_DIRECT
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(handle.constData());
    const auto prepare = [this](const char* sql, sqlite3_stmt** statement) {
        return sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, statement,
                                  nullptr) == SQLITE_OK;
    };
    if (m_handle && (!prepare(insertSql, &m_statement) || !prepare(largestSql, &m_largest) ||
                     !prepare(largestAllSql, &m_largestAll))) {
        qCWarning(lcHistory) << "falling back to Qt for inserts:" << sqlite3_errmsg(m_handle);
        for (sqlite3_stmt** statement : {&m_statement, &m_largest, &m_largestAll}) {
            sqlite3_finalize(*statement);
            *statement = nullptr;
        }
    }
#endif
}

MessageInserter::~MessageInserter() {
#ifdef AGENTDESK_SQLITE_DIRECT
    for (sqlite3_stmt* statement : {m_statement, m_largest, m_largestAll})
        sqlite3_finalize(statement);
#endif
}

void MessageInserter::forgetIds() {
    m_knowsIds = false;
    m_maxId.reset();
}

bool MessageInserter::largestId(qint64 from, qint64 to, std::optional<qint64>* id,
                                Failure* failure) {
    const bool all = from > to;
    id->reset();
#ifdef AGENTDESK_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_stmt* s = all ? m_largestAll : m_largest;
        if (!all) {
            sqlite3_bind_int64(s, 1, from);
            sqlite3_bind_int64(s, 2, to);
        }
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
            *id = sqlite3_column_int64(s, 0);
        else if (rc != SQLITE_ROW)
            fill(failure, m_handle);
        sqlite3_reset(s);
        return rc == SQLITE_ROW;
    }
#endif
    std::unique_ptr<QSqlQuery>& query = all ? m_largestAllQuery : m_largestQuery;
    if (!query) {
        query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(all ? largestAllSql : largestSql))) {
            fill(failure, *query);
            query.reset();
            return false;
        }
    }
    if (!all) {
        query->bindValue(0, from);
        query->bindValue(1, to);
    }
    if (!query->exec()) {
        fill(failure, *query);
        query->finish();
        return false;
    }
    if (query->next() && !query->value(0).isNull())
        *id = query->value(0).toLongLong();
    query->finish();
    return true;
}

qint64 MessageInserter::nextId(qint64 ms, Failure* failure) {
    if (!m_knowsIds) {
        if (!largestId(1, 0, &m_maxId, failure))
            return 0;
        m_knowsIds = true;
    } else if (ms == m_lastAskedMs) {
        ms = m_lastSlotMs; // the milliseconds in between were full
    }
    const qint64 asked = ms;
    for (;; ++ms) {
        const qint64 start = store::firstMessageIdAt(ms);
        const qint64 last = start + store::messageIdsPerMs - 1;
        const qint64 first = start == 0 ? 1 : start; // 0 means "no message" to the callers
        qint64 id = first;
        if (m_maxId && first <= *m_maxId) { // not newer than everything: look at this ms
            std::optional<qint64> taken;
            if (!largestId(first, last, &taken, failure))
                return 0;
            if (taken)
                id = *taken + 1;
        }
        if (id <= last) {
            m_lastAskedMs = asked;
            m_lastSlotMs = ms;
            return id;
        }
    }
}

qint64 MessageInserter::insert(const Message& message, qint64 createdAtMs, Failure* failure) {
    const qint64 id = nextId(createdAtMs, failure);
    if (id == 0)
        return 0;
    qint64 inserted = 0;
#ifdef AGENTDESK_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_stmt* s = m_statement;
        // QString data stays alive until the step below (SqliteBind.h)
        static const Keys keys;
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int64(s, 2, message.conversationId);
        store::bindTextOrNull(s, 3, message.clientId);
        store::bindTextOrNull(s, 4, message.remoteId);
        bindKeyOrNull(s, 5, message.direction == Direction::Incoming,
                      keys.directions.at(size_t(message.direction)));
        store::bindText(s, 6, message.author);
        store::bindText(s, 7, message.text);
        bindKeyOrNull(s, 8, message.format == TextFormat::Plain,
                      keys.formats.at(size_t(message.format)));
        store::bindMsOrNull(s, 9, message.sentAt);
        bindKeyOrNull(s, 10, message.state == DeliveryState::None,
                      keys.states.at(size_t(message.state)));
        store::bindText(s, 11, message.lastError);
        store::bindMsOrNull(s, 12, message.nextAttemptAt);
        sqlite3_bind_int(s, 13, message.attempts);
        sqlite3_bind_int64(s, 14, message.batchId);
        if (message.asVisitor) // NULL for the default, like direction, format and state
            sqlite3_bind_int(s, 15, 1);
        if (sqlite3_step(s) == SQLITE_DONE)
            inserted = id;
        else
            fill(failure, m_handle);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s); // nothing keeps pointing into the message's strings
    } else {
        inserted = insertWithQt(message, id, failure);
    }
#else
    inserted = insertWithQt(message, id, failure);
#endif
    if (inserted != 0 && (!m_maxId || inserted > *m_maxId))
        m_maxId = inserted;
    return inserted;
}

qint64 MessageInserter::insertWithQt(const Message& message, qint64 id, Failure* failure) {
    if (!m_query) {
        m_query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        if (!m_query->prepare(QString::fromLatin1(insertSql))) {
            fill(failure, *m_query);
            m_query.reset();
            return 0;
        }
    }
    QSqlQuery& q = *m_query;
    const QVariantList values = {
        id,
        message.conversationId,
        store::textOrNull(message.clientId),
        store::textOrNull(message.remoteId),
        keyOrNull(message.direction == Direction::Incoming, store::directionKey(message.direction)),
        store::text(message.author),
        store::text(message.text),
        keyOrNull(message.format == TextFormat::Plain, store::formatKey(message.format)),
        store::msOrNull(message.sentAt),
        keyOrNull(message.state == DeliveryState::None, deliveryStateKey(message.state)),
        store::text(message.lastError),
        store::msOrNull(message.nextAttemptAt),
        message.attempts,
        message.batchId,
        message.asVisitor ? QVariant(1) : QVariant()};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    const bool ok = q.exec();
    if (!ok)
        fill(failure, q);
    q.finish();
    return ok ? id : 0;
}

} // namespace agentdesk
