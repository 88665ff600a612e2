// bench-store: the history store on its own.
//
//   bench-store ingest --dir TMP --messages N   messages/s into History (FTS, indexes), bytes per
//                 [--keep]                      70-byte message; raw SQLite without either
//   bench-store search --data-dir W --runs N    newest 50 hits of common and rare terms, p95;
//                                               the newest 50 rows by plain SELECT
#include "BenchSupport.h"
#include "Corpus.h"
#include "store/History.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace agentdesk;

namespace {

constexpr int kConversations = 100;
constexpr int kChunk = 10000; // what a sync or an import hands the store at once
constexpr qint64 kStartMs = 1704067200000LL;

qint64 filesBytes(const QString& path) {
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

//! A plain Qt Sql connection of its own on the history's file, with the page cache the
//! History's connection has (4 MiB): the plain query's baseline beside the search.
class PlainConnection {
public:
    explicit PlainConnection(const QString& path) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -4096"));
    }
    ~PlainConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(kName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(kName);
    }
    PlainConnection(const PlainConnection&) = delete;
    PlainConnection& operator=(const PlainConnection&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(kName, false); }

private:
    static inline const QString kName = QStringLiteral("bench.plain");
};

void removeDatabase(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

//! The rows both sides of the ingest write: 70 bytes of text each (English, so 70 UTF-8
//! bytes), synced incoming and outgoing messages with remote ids, round robin over
//! the conversations.
QList<Message> ingestRows(int count, const QList<qint64>& conversationIds) {
    bench::Corpus corpus(7);
    QList<Message> rows;
    rows.reserve(count);
    for (int n = 0; n < count; ++n) {
        Message m;
        m.conversationId = conversationIds.at(n % conversationIds.size());
        const bool incoming = n % 2 == 0;
        m.direction = incoming ? Direction::Incoming : Direction::Outgoing;
        m.author = incoming ? QStringLiteral("Emma Smith") : QStringLiteral("Kim Jane");
        m.text = corpus.text(0, 70).left(70);
        m.createdAt = QDateTime::fromMSecsSinceEpoch(kStartMs + qint64(n) * 1000, Qt::UTC);
        m.remoteId = QStringLiteral("m") + QString::number(n, 36);
        if (!incoming) {
            m.clientId = QStringLiteral("b") + QString::number(n, 36);
            m.state = DeliveryState::Sent;
            m.sentAt = m.createdAt.addMSecs(150);
        }
        rows << m;
    }
    return rows;
}

//! The same rows straight into SQLite: one table with the same columns, no FTS, no secondary
//! index, the same pragmas (WAL, synchronous=FULL) and transactions. Messages/s, or -1.
double rawIngest(const QString& path, const QList<Message>& rows) {
    removeDatabase(path);
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    const char* setup = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                        " PRAGMA cache_size = -32768;"
                        " CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER,"
                        " client_id TEXT, remote_id TEXT, direction TEXT, author TEXT, text TEXT,"
                        " format TEXT, created_at INTEGER, sent_at INTEGER, state TEXT,"
                        " last_error TEXT, next_attempt_at INTEGER, attempts INTEGER,"
                        " batch_id INTEGER)";
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_exec(db, setup, nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO messages VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                           " ?11, ?12, ?13, ?14, ?15)",
                           -1, &insert, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    const auto text = [insert](int index, const QString& value) {
        if (value.isEmpty()) {
            sqlite3_bind_null(insert, index);
            return;
        }
        sqlite3_bind_text16(insert, index, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
    };
    bool ok = true;
    const qint64 start = bench::monotonicNanos();
    for (qsizetype from = 0; ok && from < rows.size(); from += kChunk) {
        ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        for (qsizetype i = from; ok && i < qMin(from + kChunk, rows.size()); ++i) {
            const Message& m = rows.at(i);
            const qint64 ms = m.createdAt.toMSecsSinceEpoch();
            sqlite3_bind_int64(insert, 1, ms << 20);
            sqlite3_bind_int64(insert, 2, m.conversationId);
            text(3, m.clientId);
            text(4, m.remoteId);
            sqlite3_bind_text(insert, 5, m.direction == Direction::Incoming ? "in" : "out", -1,
                              SQLITE_STATIC);
            text(6, m.author);
            text(7, m.text);
            sqlite3_bind_text(insert, 8, "plain", -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 9, ms);
            if (m.sentAt.isValid())
                sqlite3_bind_int64(insert, 10, m.sentAt.toMSecsSinceEpoch());
            else
                sqlite3_bind_null(insert, 10);
            sqlite3_bind_text(insert, 11, m.state == DeliveryState::Sent ? "sent" : "none", -1,
                              SQLITE_STATIC);
            sqlite3_bind_text(insert, 12, "", 0, SQLITE_STATIC);
            sqlite3_bind_null(insert, 13);
            sqlite3_bind_int(insert, 14, 0);
            sqlite3_bind_int64(insert, 15, 0);
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    const double seconds = double(bench::monotonicNanos() - start) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    removeDatabase(path);
    return ok ? double(rows.size()) / seconds : -1;
}

int runIngest(const QString& dir, int count, bool keep) {
    if (!QDir().mkpath(dir))
        return bench::fail(QStringLiteral("cannot create %1").arg(dir));
    const QString path = QDir(dir).absoluteFilePath(QStringLiteral("ingest.sqlite"));
    removeDatabase(path);
    double rate = 0;
    double bytesPerMessage = 0;
    QList<Message> rows;
    {
        History history;
        if (history.open(path).status != History::OpenStatus::Ok)
            return bench::fail(history.lastError());
        Account account;
        account.backend = Backend::RocketChat;
        account.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        const auto stored = history.addAccount(account);
        QList<qint64> ids;
        for (int i = 0; stored && i < kConversations; ++i) {
            Conversation c;
            c.accountId = stored->id;
            c.remoteId = QStringLiteral("room%1").arg(i);
            c.visitorName = QStringLiteral("Visitor %1").arg(i);
            if (const auto conversation = history.upsertConversation(c))
                ids << conversation->id;
        }
        if (ids.size() != kConversations)
            return bench::fail(history.lastError());
        rows = ingestRows(count, ids);
        // the chunks exist before the clock starts, as the raw side's rows do
        QList<QList<Message>> chunks;
        for (qsizetype from = 0; from < rows.size(); from += kChunk)
            chunks << rows.mid(from, kChunk);
        if (!history.checkpoint())
            return bench::fail(QStringLiteral("cannot checkpoint the history"));
        const qint64 bytesBefore = filesBytes(path);
        const qint64 start = bench::monotonicNanos();
        for (const QList<Message>& chunk : std::as_const(chunks)) {
            if (history.addMessages(chunk).isEmpty())
                return bench::fail(history.lastError());
        }
        rate = double(count) / (double(bench::monotonicNanos() - start) / 1e9);
        // everything the ingest wrote: database and log, free pages included
        if (!history.checkpoint())
            return bench::fail(QStringLiteral("cannot checkpoint the history"));
        bytesPerMessage = double(filesBytes(path) - bytesBefore) / count;
    }
    if (!keep)
        removeDatabase(path);
    const double raw = rawIngest(QDir(dir).absoluteFilePath(QStringLiteral("raw.sqlite")), rows);
    if (raw <= 0)
        return bench::fail(QStringLiteral("the raw SQLite ingest failed"));
    bench::report({{QStringLiteral("figure"), QStringLiteral("ingest")},
                   {QStringLiteral("messagesPerSecond"), rate},
                   {QStringLiteral("bytesPerMessage"), bytesPerMessage},
                   {QStringLiteral("rawMessagesPerSecond"), raw},
                   {QStringLiteral("messages"), count}});
    return 0;
}

int runSearch(const QString& dataDir, int runs) {
    QFile file(dataDir + QStringLiteral("/bench-workspace.json"));
    if (!file.open(QIODevice::ReadOnly))
        return bench::fail(QStringLiteral("--data-dir must name a workspace of bench/generate"));
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    const auto terms = [&manifest](const char* key) {
        QStringList list;
        for (const QJsonValue& v : manifest.value(QLatin1String(key)).toArray())
            list << v.toString();
        return list;
    };
    const QStringList common = terms("commonTerms");
    const QStringList rare = terms("rareTerms");

    History history;
    history.setIntegrityCheckLimit(0);
    if (history.open(History::databasePath(dataDir)).status != History::OpenStatus::Ok)
        return bench::fail(history.lastError());
    const PlainConnection connection(history.path());
    QSqlQuery plain(connection.database());
    if (!plain.prepare(QStringLiteral(
            "SELECT m.id, m.conversation_id, c.backend, c.title, substr(m.text, 1, 100),"
            " m.created_at FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            " ORDER BY m.id DESC LIMIT 50")))
        return bench::fail(plain.lastError().text());

    QList<double> commonMs, rareMs, plainMs;
    int fewestCommonHits = 50, rareHits = 0;
    for (int run = -1; run < runs; ++run) { // run -1 warms the caches up, uncounted
        for (const QString& term : common + rare) {
            const qint64 start = bench::monotonicNanos();
            const QList<SearchHit> hits = history.search(term);
            const double ms = double(bench::monotonicNanos() - start) / 1e6;
            if (run < 0)
                continue;
            if (common.contains(term)) {
                commonMs << ms;
                fewestCommonHits = qMin(fewestCommonHits, int(hits.size()));
            } else {
                rareMs << ms;
                rareHits += int(hits.size());
            }
        }
        for (int i = 0; i < common.size() + rare.size(); ++i) {
            const qint64 start = bench::monotonicNanos();
            int rows = 0;
            if (!plain.exec())
                return bench::fail(plain.lastError().text());
            while (plain.next())
                rows += plain.value(4).toString().isEmpty() ? 0 : 1;
            plain.finish();
            if (run >= 0)
                plainMs << double(bench::monotonicNanos() - start) / 1e6;
        }
    }
    if (fewestCommonHits < 50 || rareHits == 0)
        return bench::fail(QStringLiteral("the search terms do not match the workspace"));
    bench::report({{QStringLiteral("figure"), QStringLiteral("search")},
                   {QStringLiteral("p95Ms"), bench::percentile(commonMs + rareMs, 0.95)},
                   {QStringLiteral("commonP95Ms"), bench::percentile(commonMs, 0.95)},
                   {QStringLiteral("rareP95Ms"), bench::percentile(rareMs, 0.95)},
                   {QStringLiteral("plainP95Ms"), bench::percentile(plainMs, 0.95)},
                   {QStringLiteral("queries"), int(commonMs.size() + rareMs.size())}});
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("ingest or search"));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("dir"), QStringLiteral("ingest: a scratch folder."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("data-dir"),
                           QStringLiteral("search: a workspace of bench/generate."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("messages"), QStringLiteral("ingest: messages."),
                           QStringLiteral("N"), QStringLiteral("200000")),
        QCommandLineOption(QStringLiteral("keep"),
                           QStringLiteral("ingest: leave DIR/ingest.sqlite for inspection.")),
        QCommandLineOption(QStringLiteral("runs"), QStringLiteral("search: runs per term."),
                           QStringLiteral("N"), QStringLiteral("50")),
    });
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("ingest")) {
        const int count = parser.value(QStringLiteral("messages")).toInt();
        if (parser.value(QStringLiteral("dir")).isEmpty() || count < kConversations)
            return bench::fail(QStringLiteral("ingest needs --dir and --messages >= 100"));
        return runIngest(parser.value(QStringLiteral("dir")), count,
                         parser.isSet(QStringLiteral("keep")));
    }
    if (mode == QLatin1String("search")) {
        const int runs = parser.value(QStringLiteral("runs")).toInt();
        if (runs < 1)
            return bench::fail(QStringLiteral("--runs must be at least 1"));
        return runSearch(parser.value(QStringLiteral("data-dir")), runs);
    }
    return bench::fail(QStringLiteral("unknown mode %1").arg(mode));
}
