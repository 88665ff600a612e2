#include "HistoryPrivate.h"

#include <QSqlError>

Q_LOGGING_CATEGORY(lcHistory, "agentdesk.history", QtInfoMsg)

namespace agentdesk {

QSqlDatabase History::Private::db() const {
    return QSqlDatabase::database(connectionName, false);
}

QSqlQuery* History::Private::prepared(const QString& sql) {
    if (!isOpen) {
        fail(QStringLiteral("the history database is not open"));
        return nullptr;
    }
    auto found = statements.find(sql);
    if (found != statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(db());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        fail(QStringLiteral("cannot prepare a statement: %1").arg(query->lastError().text()));
        qCWarning(lcHistory).noquote() << lastError << "in" << sql;
        return nullptr;
    }
    QSqlQuery* raw = query.get();
    statements.emplace(sql, std::move(query));
    return raw;
}

bool History::Private::exec(QSqlQuery& query, const char* what) {
    if (!searchIndexPending.empty() && !flushSearchIndex())
        return false;
    if (query.exec())
        return true;
    const QSqlError error = query.lastError();
    QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (store::sqliteCode(error)) {
    case 13: // SQLITE_FULL
        reason = QStringLiteral("the disk is full (%1)").arg(reason);
        break;
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        reason = QStringLiteral("cannot write the history file (%1)").arg(reason);
        break;
    default:
        break;
    }
    query.finish();
    fail(QStringLiteral("%1 failed: %2").arg(QLatin1String(what), reason));
    qCWarning(lcHistory).noquote() << lastError;
    return false;
}

bool History::Private::fail(const QString& message) {
    lastError = message;
    return false;
}

void History::Private::clearStatements() {
    inserter.reset();
    statements.clear();
}

void History::Private::close() {
    clearStatements();
    if (!connectionName.isEmpty()) {
        {
            QSqlDatabase database = QSqlDatabase::database(connectionName, false);
            if (database.isOpen())
                database.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    isOpen = false;
    transactionDepth = 0;
    searchIndexPending.clear(); // closing rolled their rows back
}

bool History::Private::flushSearchIndex() {
    if (searchIndexPending.empty())
        return true;
    // the ids as a JSON array: one statement whatever their number (rowid IN visits them in
    // ascending order, the order FTS5 appends in)
    std::vector<qint64> ids;
    ids.swap(searchIndexPending); // exec() below must not flush again
    QByteArray list;
    list.reserve(qsizetype(ids.size()) * 17 + 2);
    list += '[';
    for (qint64 id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += ']';
    QSqlQuery* index =
        prepared(QStringLiteral("INSERT INTO messages_fts(rowid, text, search_scope)"
                                " SELECT id, text, search_scope FROM messages"
                                " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"));
    if (!index) {
        ids.swap(searchIndexPending); // still to do: the commit fails rather than skip them
        return false;
    }
    index->bindValue(0, QString::fromLatin1(list));
    if (!exec(*index, "indexing new messages for search")) {
        ids.swap(searchIndexPending);
        return false;
    }
    index->finish();
    return true;
}

bool History::Private::checkSearchIndex() {
    QSqlQuery* probe = prepared(QStringLiteral(
        "SELECT rowid FROM messages_fts WHERE messages_fts MATCH '\"agentdesk\"' LIMIT 1"));
    if (!probe)
        return false;
    StatementScope scope(probe);
    return exec(*probe, "opening the search index");
}

WriteTransaction::WriteTransaction(History::Private& d, Sync sync)
    : m_d(d) {
    if (m_d.transactionDepth > 0) { // joins the outer transaction, and its way of syncing
        ++m_d.transactionDepth;
        m_active = true;
        return;
    }
    if (sync == Sync::Deferred) {
        // only outside a transaction: SQLite refuses to change it inside one
        QSqlQuery* pragma = m_d.prepared(QStringLiteral("PRAGMA synchronous = NORMAL"));
        m_deferred = pragma && m_d.exec(*pragma, "deferring the disk sync");
        if (pragma)
            pragma->finish();
    }
    QSqlQuery* begin = m_d.prepared(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin || !m_d.exec(*begin, "starting a transaction")) {
        end();
        return;
    }
    m_d.transactionDepth = 1;
    m_active = true;
    m_outer = true;
}

WriteTransaction::~WriteTransaction() {
    if (!m_active)
        return;
    --m_d.transactionDepth;
    if (!m_outer)
        return;
    if (QSqlQuery* rollback = m_d.prepared(QStringLiteral("ROLLBACK")))
        rollback->exec();
    end();
}

bool WriteTransaction::commit() {
    if (!m_active)
        return false;
    if (!m_outer) {
        --m_d.transactionDepth;
        m_active = false;
        return true;
    }
    if (!m_d.flushSearchIndex())
        return false; // the destructor rolls back
    QSqlQuery* commitQuery = m_d.prepared(QStringLiteral("COMMIT"));
    if (!commitQuery)
        return false;
    const QString error = m_d.lastError;
    if (!m_d.exec(*commitQuery, "saving to the history")) {
        return false; // the destructor rolls back
    }
    m_d.lastError = error;
    --m_d.transactionDepth;
    m_active = false;
    end();
    return true;
}

void WriteTransaction::end() {
    m_d.searchIndexPending.clear(); // rolled back with their rows
    if (m_d.inserter)
        m_d.inserter->forgetIds();
    if (!m_deferred)
        return;
    m_deferred = false;
    const QString error = m_d.lastError;
    QSqlQuery* pragma = m_d.prepared(QStringLiteral("PRAGMA synchronous = FULL"));
    if (pragma && m_d.exec(*pragma, "restoring the disk sync"))
        m_d.lastError = error;
    if (pragma)
        pragma->finish();
}

namespace store {

QVariant msOrNull(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTimeFrom(const QVariant& ms) {
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant text(const QString& text) {
    static const QString empty = QStringLiteral("");
    return text.isNull() ? QVariant(empty) : QVariant(text);
}

QVariant idOrNull(qint64 id) {
    return id == 0 ? QVariant() : QVariant(id);
}

QString directionKey(Direction direction) {
    switch (direction) {
    case Direction::Incoming:
        return QStringLiteral("in");
    case Direction::Outgoing:
        return QStringLiteral("out");
    case Direction::Ai:
        return QStringLiteral("ai");
    case Direction::System:
        return QStringLiteral("system");
    }
    return {};
}

Direction directionFromKey(const QString& key) {
    if (key == QLatin1String("out"))
        return Direction::Outgoing;
    if (key == QLatin1String("ai"))
        return Direction::Ai;
    if (key == QLatin1String("system"))
        return Direction::System;
    return Direction::Incoming;
}

QString formatKey(TextFormat format) {
    return format == TextFormat::Markdown ? QStringLiteral("markdown") : QStringLiteral("plain");
}

TextFormat formatFromKey(const QString& key) {
    return key == QLatin1String("markdown") ? TextFormat::Markdown : TextFormat::Plain;
}

DeliveryState deliveryStateFromKey(const QString& key) {
    for (DeliveryState state : {DeliveryState::Queued, DeliveryState::Sending, DeliveryState::Sent,
                                DeliveryState::Failed}) {
        if (deliveryStateKey(state) == key)
            return state;
    }
    return DeliveryState::None;
}

Backend backendFromColumn(const QVariant& value) {
    return backendFromKey(value.toString()).value_or(Backend::RocketChat);
}

const QString messageColumns = QStringLiteral(
    "id, conversation_id, client_id, remote_id, direction, author, text, format, created_at,"
    " sent_at, state, last_error, next_attempt_at, attempts, batch_id, as_visitor");

Message messageFrom(const QSqlQuery& query) {
    Message message;
    message.id = query.value(0).toLongLong();
    message.conversationId = query.value(1).toLongLong();
    message.clientId = query.value(2).toString();
    message.remoteId = query.value(3).toString();
    message.direction = directionFromKey(query.value(4).toString());
    message.author = query.value(5).toString();
    message.text = query.value(6).toString();
    message.format = formatFromKey(query.value(7).toString());
    message.createdAt = dateTimeFrom(query.value(8));
    message.sentAt = dateTimeFrom(query.value(9));
    message.state = deliveryStateFromKey(query.value(10).toString());
    message.lastError = query.value(11).toString();
    message.nextAttemptAt = dateTimeFrom(query.value(12));
    message.attempts = query.value(13).toInt();
    message.batchId = query.value(14).toLongLong();
    message.asVisitor = query.value(15).toInt() != 0;
    return message;
}

bool isShownInPreview(const Message& message) {
    return !message.text.trimmed().isEmpty();
}

QString previewOf(const QString& text) {
    QString preview = text.simplified();
    constexpr qsizetype maxLength = 160;
    if (preview.size() > maxLength)
        preview = preview.left(maxLength - 1) + QChar(0x2026);
    return preview;
}

int sqliteCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace store
} // namespace agentdesk
