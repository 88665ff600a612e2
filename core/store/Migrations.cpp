#include "Migrations.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Q_LOGGING_CATEGORY(lcMigrations, "agentdesk.history.migrations", QtInfoMsg)

namespace agentdesk {

namespace {

// One entry per version; each is a list of statements run in one transaction.
// Never edit a released step: append a new one.
const QList<QStringList>& steps() {
    static const QList<QStringList> all = {
        // 1: accounts, conversations, messages
        {
            QStringLiteral("CREATE TABLE accounts ("
                           " id INTEGER PRIMARY KEY,"
                           " backend TEXT NOT NULL,"
                           " server_url TEXT NOT NULL DEFAULT '',"
                           " display_name TEXT NOT NULL DEFAULT '',"
                           " user_id TEXT NOT NULL DEFAULT '',"
                           " username TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " agent_id TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,"
                           " backend TEXT NOT NULL,"
                           " remote_id TEXT NOT NULL DEFAULT '',"
                           " visitor_token TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " visitor_name TEXT NOT NULL DEFAULT '',"
                           " visitor_email TEXT NOT NULL DEFAULT '',"
                           " last_activity INTEGER,"
                           " last_message_preview TEXT NOT NULL DEFAULT '',"
                           " unread_count INTEGER NOT NULL DEFAULT 0,"
                           " open INTEGER NOT NULL DEFAULT 1,"
                           " draft TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX conversations_by_remote_id ON conversations"
                           " (ifnull(account_id, 0), remote_id) WHERE remote_id <> ''"),
            QStringLiteral("CREATE INDEX conversations_by_account ON conversations(account_id)"),
            // id: see HistoryMessages.cpp (createdAt in ms * 2^20 + a sequence number)
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL"
                           "  REFERENCES conversations(id) ON DELETE CASCADE,"
                           " client_id TEXT,"
                           " remote_id TEXT,"
                           " direction TEXT NOT NULL,"
                           " author TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL DEFAULT '',"
                           " format TEXT NOT NULL DEFAULT 'plain',"
                           " created_at INTEGER NOT NULL,"
                           " sent_at INTEGER,"
                           " state TEXT NOT NULL DEFAULT 'none',"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " next_attempt_at INTEGER,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " batch_id INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX messages_by_time ON messages"
                           " (conversation_id, created_at, id)"),
            QStringLiteral("CREATE UNIQUE INDEX messages_by_client_id ON messages(client_id)"
                           " WHERE client_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX messages_by_remote_id ON messages"
                           " (conversation_id, remote_id) WHERE remote_id IS NOT NULL"),
            QStringLiteral(
                "CREATE INDEX messages_pending ON messages"
                " (conversation_id, created_at, id) WHERE state IN ('queued', 'sending')"),
            QStringLiteral("CREATE INDEX messages_failed ON messages"
                           " (conversation_id, created_at, id) WHERE state = 'failed'"),
        },
        // 2: the AI panel: exchanges with their links, the LiveChatAI conversation per desk one
        {
            QStringLiteral("ALTER TABLE conversations"
                           " ADD COLUMN ai_conversation_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE ai_exchanges ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER"
                           "  REFERENCES conversations(id) ON DELETE CASCADE,"
                           " question TEXT NOT NULL,"
                           " answer TEXT NOT NULL DEFAULT '',"
                           " ai_conversation_id TEXT NOT NULL DEFAULT '',"
                           " asked_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX ai_exchanges_by_conversation ON ai_exchanges"
                           " (conversation_id, asked_at, id)"),
            QStringLiteral("CREATE TABLE ai_links ("
                           " exchange_id INTEGER NOT NULL"
                           "  REFERENCES ai_exchanges(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " url TEXT NOT NULL,"
                           " type TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (exchange_id, position)) WITHOUT ROWID"),
        },
        // 3: full-text search over message texts (external content). New rows are queued in
        // messages_fts_pending by a trigger and indexed in one statement when the writing
        // transaction commits (History::Private::flushSearchIndex): FTS5 flushes its pending
        // terms at every statement, so indexing row by row would cost ten times more.
        {
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text,"
                           " content='messages', content_rowid='id',"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TABLE messages_fts_pending (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                           " INSERT INTO messages_fts_pending(id) VALUES (new.id);"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, text)"
                           "  SELECT 'delete', old.id, old.text WHERE NOT EXISTS"
                           "  (SELECT 1 FROM messages_fts_pending WHERE id = old.id);"
                           " DELETE FROM messages_fts_pending WHERE id = old.id;"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages"
                           " WHEN NOT EXISTS (SELECT 1 FROM messages_fts_pending WHERE id = old.id)"
                           " BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, text)"
                           "  VALUES ('delete', old.id, old.text);"
                           " INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text);"
                           " END"),
            // messages written by version 1 and 2 become searchable
            QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        },
        // 4: search within one conversation without visiting every other conversation's hits:
        // the conversation becomes a token of its own (search_scope), so a filtered search is
        // an intersection inside the index rather than a lookup of each hit's row
        {
            QStringLiteral("DROP TRIGGER messages_fts_delete"),
            QStringLiteral("DROP TRIGGER messages_fts_update"),
            QStringLiteral("DROP TABLE messages_fts"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN search_scope TEXT"
                           " GENERATED ALWAYS AS ('c' || conversation_id) VIRTUAL"),
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text, search_scope,"
                           " content='messages', content_rowid='id',"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, text, search_scope)"
                           "  SELECT 'delete', old.id, old.text, old.search_scope WHERE NOT EXISTS"
                           "  (SELECT 1 FROM messages_fts_pending WHERE id = old.id);"
                           " DELETE FROM messages_fts_pending WHERE id = old.id;"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_update"
                           " AFTER UPDATE OF text, conversation_id ON messages"
                           " WHEN NOT EXISTS (SELECT 1 FROM messages_fts_pending WHERE id = old.id)"
                           " BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, text, search_scope)"
                           "  VALUES ('delete', old.id, old.text, old.search_scope);"
                           " INSERT INTO messages_fts(rowid, text, search_scope)"
                           "  VALUES (new.id, new.text, new.search_scope);"
                           " END"),
            // the rebuild indexes every row, queued ones included
            QStringLiteral("DELETE FROM messages_fts_pending"),
            QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        },
        // 5: canned replies (core/canned) and small per-workspace facts such as "the starter
        // set was offered once"
        {
            QStringLiteral("CREATE TABLE canned_replies ("
                           " id INTEGER PRIMARY KEY,"
                           " position INTEGER NOT NULL,"
                           " title TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " folder TEXT NOT NULL DEFAULT '',"
                           " account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,"
                           " shortcut TEXT NOT NULL DEFAULT '',"
                           " trigger_word TEXT NOT NULL DEFAULT '',"
                           " send_immediately INTEGER NOT NULL DEFAULT 0,"
                           " remote_id TEXT NOT NULL DEFAULT '',"
                           " updated_at INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX canned_replies_by_position ON canned_replies(position)"),
            QStringLiteral("CREATE TABLE workspace_facts (key TEXT PRIMARY KEY, value TEXT)"),
        },
        // 6: the bytes of a message. The ids become (createdAt - 2020-01-01) * 2^8 + sequence
        // (see store::firstMessageIdAt) instead of createdAt * 2^20 + sequence: 6 bytes instead
        // of 8-9 wherever an id is stored, and the search index stores the gaps between ids.
        // created_at is computed from the id; direction, format and state hold NULL for their
        // defaults ('in', 'plain', 'none'); the time index is (conversation_id, rowid), as ids
        // are in time order. The search index keeps no per-message token counts (columnsize=0:
        // nothing ranks by them; snippets count what they need) and is filled by the store in
        // one statement per transaction (History::Private::flushSearchIndex), not by a trigger.
        {
            QStringLiteral("DROP TRIGGER messages_fts_insert"),
            QStringLiteral("DROP TRIGGER messages_fts_delete"),
            QStringLiteral("DROP TRIGGER messages_fts_update"),
            QStringLiteral("DROP TABLE messages_fts"),
            QStringLiteral("DROP TABLE messages_fts_pending"),
            QStringLiteral("ALTER TABLE messages RENAME TO messages_5"),
            QStringLiteral(
                "CREATE TABLE messages ("
                " id INTEGER PRIMARY KEY,"
                " conversation_id INTEGER NOT NULL"
                "  REFERENCES conversations(id) ON DELETE CASCADE,"
                " client_id TEXT,"
                " remote_id TEXT,"
                " direction TEXT,"
                " author TEXT NOT NULL DEFAULT '',"
                " text TEXT NOT NULL DEFAULT '',"
                " format TEXT,"
                " sent_at INTEGER,"
                " state TEXT,"
                " last_error TEXT NOT NULL DEFAULT '',"
                " next_attempt_at INTEGER,"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " batch_id INTEGER NOT NULL DEFAULT 0,"
                " created_at INTEGER GENERATED ALWAYS AS"
                "  ((id >> 8) + 1577836800000) VIRTUAL,"
                " search_scope TEXT GENERATED ALWAYS AS ('c' || conversation_id) VIRTUAL)"),
            // new ids in (created_at, id) order: each the first of its millisecond or the one
            // after its predecessor's, whichever is larger (max(base, previous + 1) as a running
            // maximum), so 257 messages of one millisecond move the last one a millisecond
            // later; id 0 is never used (the millisecond of the epoch starts at 1)
            QStringLiteral(
                "INSERT INTO messages (id, conversation_id, client_id, remote_id, direction,"
                " author, text, format, sent_at, state, last_error, next_attempt_at, attempts,"
                " batch_id)"
                " SELECT n + max(base - n) OVER (ORDER BY created_at, id"
                "  ROWS UNBOUNDED PRECEDING),"
                " conversation_id, client_id, remote_id, nullif(direction, 'in'), author, text,"
                " nullif(format, 'plain'), sent_at, nullif(state, 'none'), last_error,"
                " next_attempt_at, attempts, batch_id"
                " FROM (SELECT *, (created_at - 1577836800000) * 256"
                "  + (created_at = 1577836800000) AS base,"
                "  row_number() OVER (ORDER BY created_at, id) AS n FROM messages_5)"
                " ORDER BY created_at, id"),
            QStringLiteral("DROP TABLE messages_5"),
            // (conversation_id, rowid): a conversation's messages in time order
            QStringLiteral("CREATE INDEX messages_by_time ON messages(conversation_id)"),
            QStringLiteral("CREATE UNIQUE INDEX messages_by_client_id ON messages(client_id)"
                           " WHERE client_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX messages_by_remote_id ON messages"
                           " (conversation_id, remote_id) WHERE remote_id IS NOT NULL"),
            QStringLiteral(
                "CREATE INDEX messages_pending ON messages"
                " (conversation_id, created_at, id) WHERE state IN ('queued', 'sending')"),
            QStringLiteral("CREATE INDEX messages_failed ON messages"
                           " (conversation_id, created_at, id) WHERE state = 'failed'"),
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text, search_scope,"
                           " content='messages', content_rowid='id',"
                           " tokenize='unicode61 remove_diacritics 2', columnsize=0)"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, text, search_scope)"
                           "  VALUES ('delete', old.id, old.text, old.search_scope);"
                           " END"),
            QStringLiteral("CREATE TRIGGER messages_fts_update"
                           " AFTER UPDATE OF text, conversation_id ON messages BEGIN"
                           " INSERT INTO messages_fts(messages_fts, rowid, text, search_scope)"
                           "  VALUES ('delete', old.id, old.text, old.search_scope);"
                           " INSERT INTO messages_fts(rowid, text, search_scope)"
                           "  VALUES (new.id, new.text, new.search_scope);"
                           " END"),
            QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        },
        // 7: the conversation list's order (History::conversationsAfter): its first page reads
        // 100 index entries instead of sorting every conversation of the workspace
        {
            QStringLiteral("CREATE INDEX conversations_by_activity ON conversations"
                           " (last_activity DESC, id DESC)"),
        },
        // 8: who a message is written as, and the agent's display name. A message on the
        // visitor's behalf (as_visitor 1; NULL for an agent's reply, no bytes in the row) goes
        // through Rocket.Chat's visitor endpoints; replies go as the signed-in agent. Until now
        // only imports (negative batch_id) were.
        {
            QStringLiteral("ALTER TABLE messages ADD COLUMN as_visitor INTEGER"),
            QStringLiteral("UPDATE messages SET as_visitor = 1 WHERE batch_id < 0"),
            QStringLiteral("ALTER TABLE accounts ADD COLUMN agent_name TEXT NOT NULL DEFAULT ''"),
        },
    };
    return all;
}

bool run(QSqlDatabase& db, const QString& sql, QString* error, QSqlError* failure = nullptr) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    if (failure)
        *failure = query.lastError();
    return false;
}

} // namespace

int Migrations::latestVersion() {
    return int(steps().size());
}

int Migrations::currentVersion(const QSqlDatabase& db, QString* error, QSqlError* failure) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        if (failure)
            *failure = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrations::migrate(QSqlDatabase& db, QString* error, int targetVersion, QSqlError* failure) {
    const int latest = latestVersion();
    if (targetVersion < 0 || targetVersion > latest)
        targetVersion = latest;
    int version = currentVersion(db, error, failure);
    if (version < 0)
        return false;
    const int startVersion = version;
    while (version < targetVersion) {
        const int next = version + 1;
        QString stepError;
        bool ok = run(db, QStringLiteral("BEGIN IMMEDIATE"), &stepError, failure);
        // Two processes opening a new workspace at once (two `agentdesk-cli send --data-dir`)
        // both read the old number; the one that waited for the write lock finds the step done.
        const int now = ok ? currentVersion(db, &stepError, failure) : -1;
        if (ok && now >= next) {
            ok = run(db, QStringLiteral("COMMIT"), &stepError, failure);
            if (ok) {
                version = now;
                continue;
            }
        }
        ok = ok && now >= 0;
        for (const QString& sql : steps().at(next - 1)) {
            if (!ok)
                break;
            ok = run(db, sql, &stepError, failure);
        }
        // PRAGMA user_version is part of the transaction: the step and its number commit together
        ok = ok &&
             run(db, QStringLiteral("PRAGMA user_version = %1").arg(next), &stepError, failure) &&
             run(db, QStringLiteral("COMMIT"), &stepError, failure);
        if (!ok) {
            QString ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            if (error)
                *error = QStringLiteral("upgrading the history to version %1 failed: %2")
                             .arg(next)
                             .arg(stepError);
            qCWarning(lcMigrations).noquote() << "migration" << next << "failed:" << stepError;
            return false;
        }
        qCDebug(lcMigrations) << "history upgraded to version" << next;
        version = next;
    }
    if (version != startVersion)
        qCInfo(lcMigrations) << "history schema upgraded from version" << startVersion << "to"
                             << version;
    return true;
}

} // namespace agentdesk
