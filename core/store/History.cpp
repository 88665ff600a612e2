#include "History.h"

#include "HistoryPrivate.h"
#include "HistorySalvage.h"
#include "Migrations.h"
#include "WorkspaceFiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>

namespace agentdesk {

namespace {

QString nextConnectionName(const char* purpose) {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("agentdesk.history.%1.%2")
        .arg(QLatin1String(purpose))
        .arg(counter.fetchAndAddRelaxed(1) + 1);
}

//! What an existing file turned out to be before anything writes to it.
struct Inspection {
    History::OpenStatus status = History::OpenStatus::Ok;
    QString reason;
    int version = 0;
    bool noRoom = false;         //!< failed for want of room on the disk
    bool readOnlyFolder = false; //!< failed because the folder cannot be written
};

bool isCorruptionCode(int code) {
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

//! Looks at an existing database through a read-only connection, so that neither a newer
//! version's file nor a damaged one is changed (a read-only connection never checkpoints).
Inspection inspect(const QString& path, bool checkIntegrity, bool immutable) {
    Inspection result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = History::OpenStatus::IoError;
        result.reason = file.errorString();
        return result;
    }
    if (file.size() == 0)
        return result; // an empty file is an empty database to SQLite
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArrayLiteral("SQLite format 3\0")) {
        result.status = History::OpenStatus::Corrupt;
        result.reason = QStringLiteral("the file is not an SQLite database");
        return result;
    }

    const QString name = nextConnectionName("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const QString folder = QFileInfo(path).absolutePath();
        // A folder that cannot be written cannot hold the -shm a WAL reader needs: immutable
        db.setDatabaseName(immutable ? store::immutableUri(path) : path);
        db.setConnectOptions(immutable ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;"
                                                        "QSQLITE_BUSY_TIMEOUT=5000")
                                       : QStringLiteral("QSQLITE_OPEN_READONLY;"
                                                        "QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result.status = History::OpenStatus::IoError;
            result.reason = db.lastError().text();
            result.noRoom = store::noRoomLeft(db, db.lastError(), folder);
            result.readOnlyFolder = store::readOnlyFolder(db.lastError(), folder);
        } else {
            QSqlQuery query(db);
            auto failed = [&](const QString& what) {
                const int code = store::sqliteCode(query.lastError());
                result.status = isCorruptionCode(code) ? History::OpenStatus::Corrupt
                                                       : History::OpenStatus::IoError;
                result.reason = QStringLiteral("%1: %2").arg(what, query.lastError().text());
                result.noRoom = store::noRoomLeft(db, query.lastError(), folder);
                result.readOnlyFolder = store::readOnlyFolder(query.lastError(), folder);
            };
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                failed(QStringLiteral("cannot read the schema version"));
            } else {
                result.version = query.value(0).toInt();
                query.finish();
                if (result.version > Migrations::latestVersion()) {
                    result.status = History::OpenStatus::NewerVersion;
                } else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) ||
                           !query.next()) {
                    failed(QStringLiteral("cannot read the schema"));
                } else if (checkIntegrity) {
                    query.finish();
                    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                        failed(QStringLiteral("integrity check failed"));
                    } else {
                        QStringList problems;
                        while (query.next() && problems.size() < 5)
                            problems << query.value(0).toString();
                        if (problems != QStringList{QStringLiteral("ok")}) {
                            result.status = History::OpenStatus::Corrupt;
                            result.reason =
                                QStringLiteral("integrity check failed: %1")
                                    .arg(problems.join(QStringLiteral("; ")).simplified());
                        }
                    }
                }
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

//! Renames `path` (and its -wal, -shm, -journal companions, keeping them paired) to
//! `<path>.corrupt-<timestamp>`; never replaces an existing file. Empty on failure.
QString moveAside(const QString& path, QString* error) {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QStringList companions = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                    QStringLiteral("-journal")};
    QString target;
    for (int attempt = 1;; ++attempt) {
        target = path + QStringLiteral(".corrupt-") + stamp;
        if (attempt > 1)
            target += QStringLiteral("-%1").arg(attempt);
        bool taken = QFileInfo::exists(target);
        for (const QString& suffix : companions)
            taken = taken || QFileInfo::exists(target + suffix);
        if (!taken)
            break;
    }
    QFile file(path);
    if (!file.rename(target)) {
        *error = file.errorString();
        return {};
    }
    for (const QString& suffix : companions) {
        QFile companion(path + suffix);
        if (companion.exists() && !companion.rename(target + suffix)) {
            // a stale companion next to a fresh database would be applied to it: refuse
            *error = QStringLiteral("cannot move %1 aside: %2")
                         .arg(companion.fileName(), companion.errorString());
            return {};
        }
    }
    return target;
}

} // namespace

History::History(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this)) {
    d->cannedReplies = std::make_unique<CannedStore>(*d);
}

History::~History() {
    d->close();
}

History::OpenOutcome History::open(const QString& filePath, Access access) {
    d->close();
    d->lastError.clear();
    OpenOutcome outcome;
    auto refuse = [&](OpenStatus status, const QString& message) {
        d->close();
        outcome.status = status;
        outcome.message = message;
        d->lastError = message;
        qCWarning(lcHistory).noquote() << message;
        return outcome;
    };

    const QFileInfo info(filePath);
    const QString path = info.absoluteFilePath();
    const QString folder = info.absolutePath();
    const bool readOnly = access == Access::ReadOnly;
    if (filePath.isEmpty())
        return refuse(OpenStatus::IoError, tr("No history file was given."));
    const auto readOnlyFolder = [&] {
        return refuse(OpenStatus::IoError, tr("The workspace folder is read-only: %1").arg(folder));
    };
    const auto diskFull = [&] {
        return refuse(OpenStatus::IoError,
                      tr("The disk is full: there is no room left for the history %1. Free some "
                         "space and try again.")
                          .arg(path));
    };
    if (readOnly) {
        if (!info.isFile())
            return refuse(OpenStatus::IoError,
                          tr("There is no history in the workspace folder %1.").arg(folder));
    } else {
        if (!QDir().mkpath(folder))
            return refuse(OpenStatus::IoError,
                          tr("Cannot create the folder %1 for the history.").arg(folder));
        if (info.exists() && !info.isFile())
            return refuse(OpenStatus::IoError, tr("%1 is not a file.").arg(path));
        if (!store::folderWritable(folder))
            return readOnlyFolder(); // SQLite could not create the write-ahead log there
        if (info.exists() && !info.isWritable())
            return refuse(OpenStatus::IoError, tr("The history file is read-only: %1").arg(path));
        store::makeWorkspacePrivate(folder);
    }
    // Immutable: a reader cannot create the -shm of a write-ahead log in a read-only folder.
    const bool immutable = readOnly && !store::folderWritable(folder);
    bool fullyChecked = !info.exists();
    QString damage;
    // a second round runs the full check when a big file that skipped it fails to open
    for (int round = 0; round < 2; ++round) {
        if (QFileInfo::exists(path) && !fullyChecked) {
            fullyChecked =
                round > 0 || d->integrityCheckLimit < 0 || info.size() <= d->integrityCheckLimit;
            const Inspection found = inspect(path, fullyChecked, immutable);
            if (found.status == OpenStatus::IoError && found.noRoom)
                return diskFull();
            if (found.status == OpenStatus::IoError && found.readOnlyFolder)
                return readOnlyFolder();
            if (found.status == OpenStatus::Corrupt && readOnly)
                return refuse(OpenStatus::IoError,
                              tr("The history %1 is damaged (%2); it can be salvaged only where "
                                 "it can be written.")
                                  .arg(path, found.reason));
            switch (found.status) {
            case OpenStatus::Ok:
                break;
            case OpenStatus::NewerVersion:
                return refuse(
                    OpenStatus::NewerVersion,
                    tr("The history %1 was written by a newer AgentDesk (schema version %2; "
                       "this one knows up to %3). It was left untouched: please update "
                       "AgentDesk or choose another data folder.")
                        .arg(path)
                        .arg(found.version)
                        .arg(schemaVersion()));
            case OpenStatus::IoError:
                return refuse(OpenStatus::IoError,
                              tr("Cannot read the history %1: %2").arg(path, found.reason));
            case OpenStatus::Corrupt: {
                QString moveError;
                const QString movedTo = moveAside(path, &moveError);
                if (movedTo.isEmpty())
                    return refuse(OpenStatus::IoError,
                                  tr("The history %1 is damaged (%2) and could not be moved aside "
                                     "(%3); it was not opened.")
                                      .arg(path, found.reason, moveError));
                outcome.status = OpenStatus::Corrupt;
                outcome.movedAsideTo = movedTo;
                damage = found.reason;
                qCWarning(lcHistory).noquote()
                    << "the history" << path << "is damaged (" << found.reason << "): kept as"
                    << movedTo << "- salvaging what is readable";
                break;
            }
            }
        }

        if (!readOnly)
            store::createPrivateFile(path); // and so its -wal and -shm
        d->connectionName = nextConnectionName("main");
        // the connection's handles live in here, so that a refusal can remove the connection
        const auto connectAndMigrate = [&]() -> std::pair<OpenStatus, QString> {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
            // what went wrong, in plain words when it is a full disk or a read-only folder
            const auto problem = [&](const QString& text, const QSqlError& error) {
                if (store::noRoomLeft(db, error, folder))
                    return tr("The disk is full: there is no room left for the history %1. "
                              "Free some space and try again.")
                        .arg(path);
                if (store::readOnlyFolder(error, folder))
                    return tr("The workspace folder is read-only: %1").arg(folder);
                return text;
            };
            db.setDatabaseName(immutable ? store::immutableUri(path) : path);
            db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;"
                                                           "QSQLITE_BUSY_TIMEOUT=5000")
                                          : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open())
                return {
                    OpenStatus::IoError,
                    problem(tr("Cannot open the history %1: %2").arg(path, db.lastError().text()),
                            db.lastError())};
            QSqlQuery pragma(db);
            QStringList setup = {
                QStringLiteral("PRAGMA busy_timeout = 5000"),
                QStringLiteral("PRAGMA journal_mode = WAL"),
                // every committed write (a queued reply above all) is on disk before the call
                // returns
                QStringLiteral("PRAGMA synchronous = FULL"),
                QStringLiteral("PRAGMA foreign_keys = ON"),
                // 4 MiB of pages: the file's pages stay in the system's cache anyway, and a
                // larger cache only grew the desk by its size after an hour of reading (32 MiB
                // measured +43 MiB after visiting 1,000 conversations, 4 MiB +14 MiB) while
                // ingest and search were the same within noise (bench/run, docs/performance.md)
                QStringLiteral("PRAGMA cache_size = -4096"),
            };
            if (readOnly) // a reader changes neither the journal nor the file's durability
                setup.removeAt(1);
            for (const QString& sql : setup) {
                if (!pragma.exec(sql))
                    return {OpenStatus::IoError, problem(tr("Cannot set up the history %1: %2")
                                                             .arg(path, pragma.lastError().text()),
                                                         pragma.lastError())};
                if (sql.contains(QLatin1String("journal_mode")) &&
                    (!pragma.next() || pragma.value(0).toString() != QLatin1String("wal")))
                    return {OpenStatus::IoError,
                            tr("Cannot switch the history %1 to write-ahead logging.").arg(path)};
                pragma.finish();
            }
            QString error;
            QSqlError failure;
            const int version = Migrations::currentVersion(db, &error, &failure);
            if (version > schemaVersion()) // written by a newer build since the inspection
                return {OpenStatus::NewerVersion,
                        tr("The history %1 was written by a newer AgentDesk.").arg(path)};
            if (readOnly && version >= 0 && version < schemaVersion())
                return {OpenStatus::IoError,
                        tr("The history %1 needs an update to this AgentDesk, which it can take "
                           "only where it can be written.")
                            .arg(path)};
            if (version < 0 || (!readOnly && !Migrations::migrate(db, &error, -1, &failure)))
                return {OpenStatus::IoError,
                        problem(tr("Cannot prepare the history %1: %2").arg(path, error), failure)};
            return {OpenStatus::Ok, QString()};
        };
        auto [status, problem] = connectAndMigrate();
        if (status == OpenStatus::Ok && readOnly) {
            d->isOpen = true;
            break;
        }
        if (status == OpenStatus::Ok) {
            d->isOpen = true;
            // the search index opens (damage there fails now, not at the first search)
            WriteTransaction transaction(*d);
            if (!transaction.isActive() || !d->checkSearchIndex() || !transaction.commit()) {
                status = OpenStatus::IoError;
                problem = tr("Cannot prepare the history %1: %2").arg(path, d->lastError);
            }
        }
        if (status == OpenStatus::Ok)
            break;
        if (fullyChecked || status == OpenStatus::NewerVersion)
            return refuse(status, problem);
        qCInfo(lcHistory).noquote() << problem << "- checking the whole file";
        d->close();
    }

    d->path = path;
    if (!readOnly)
        salvage(outcome, damage);
    if (outcome.message.isEmpty())
        outcome.message = tr("History opened: %1").arg(path);
    return outcome;
}

void History::salvage(OpenOutcome& outcome, const QString& damage) {
    const QString pendingKey = HistorySalvage::pendingFact();
    QString damagedCopy = outcome.movedAsideTo;
    QString problem = damage;
    if (damagedCopy.isEmpty()) {
        // a salvage that did not complete (the process died, the disk was full): again
        QSqlQuery* read =
            d->prepared(QStringLiteral("SELECT value FROM workspace_facts WHERE key = ?"));
        if (!read)
            return;
        StatementScope scope(read);
        read->addBindValue(pendingKey);
        if (!d->exec(*read, "reading the salvage to resume") || !read->next())
            return;
        const QJsonObject pending =
            QJsonDocument::fromJson(read->value(0).toString().toUtf8()).object();
        damagedCopy = pending.value(QStringLiteral("damagedCopy")).toString();
        problem = pending.value(QStringLiteral("damage")).toString();
        if (damagedCopy.isEmpty())
            return;
    } else {
        // remembered first, in a commit of its own: the copy below is all or nothing
        QSqlQuery* write = d->prepared(
            QStringLiteral("INSERT OR REPLACE INTO workspace_facts (key, value) VALUES (?, ?)"));
        if (write) {
            StatementScope scope(write);
            write->addBindValue(pendingKey);
            write->addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("damagedCopy"), damagedCopy},
                                          {QStringLiteral("damage"), problem}})
                    .toJson(QJsonDocument::Compact)));
            d->exec(*write, "remembering the salvage");
        }
    }
    outcome.status = OpenStatus::Corrupt;
    outcome.movedAsideTo = damagedCopy;

    SalvageReport report;
    report.damagedCopy = damagedCopy;
    report.damage = problem;
    QString error;
    d->clearStatements();
    if (HistorySalvage(damagedCopy, d->db()).run(report, &error)) {
        outcome.salvage = report;
        outcome.message = report.text();
        qCWarning(lcHistory).noquote() << "history salvaged:" << report.text();
        return;
    }
    outcome.message = tr("The history %1 was damaged (%2). It is kept, untouched, as %3, but "
                         "copying what is still readable from it failed (%4): AgentDesk tries "
                         "again at the next start.")
                          .arg(d->path, problem, damagedCopy, error);
    qCWarning(lcHistory).noquote() << outcome.message;
}

void History::close() {
    d->close();
    d->path.clear();
}

bool History::isOpen() const {
    return d->isOpen;
}

QString History::path() const {
    return d->path;
}

int History::schemaVersion() {
    return Migrations::latestVersion();
}

QString History::databasePath(const QString& dataDir) {
    QString dir = dataDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).absoluteFilePath(QStringLiteral("history.sqlite"));
}

QString History::lastError() const {
    return d->lastError;
}

CannedStore& History::cannedReplies() {
    return *d->cannedReplies;
}

const CannedStore& History::cannedReplies() const {
    return *d->cannedReplies;
}

bool History::checkpoint() {
    QSqlQuery* checkpoint = d->prepared(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint)
        return false;
    StatementScope scope(checkpoint);
    if (!d->exec(*checkpoint, "checkpointing the history") || !checkpoint->next())
        return false;
    // busy, frames in the log, frames checkpointed
    if (checkpoint->value(0).toInt() != 0 ||
        checkpoint->value(1).toInt() != checkpoint->value(2).toInt())
        return d->fail(QStringLiteral("a reader kept part of the write-ahead log back"));
    return true;
}

namespace {

//! Only a pragma's name, and a number or a word as its value, reach the SQL text.
bool isPragmaWord(const QString& text) {
    static const QRegularExpression word(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$|^-?[0-9]+$"));
    return word.match(text).hasMatch();
}

} // namespace

QVariant History::pragma(const QString& name) const {
    if (!d->isOpen || !isPragmaWord(name))
        return {};
    QSqlQuery query(d->db());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        return {};
    return query.value(0);
}

bool History::setPragma(const QString& name, const QVariant& value) {
    if (!d->isOpen)
        return d->fail(QStringLiteral("the history database is not open"));
    const QString text = value.toString();
    if (!isPragmaWord(name) || !isPragmaWord(text))
        return d->fail(QStringLiteral("not a pragma setting: %1 = %2").arg(name, text));
    if (d->transactionDepth > 0)
        return d->fail(QStringLiteral("pragmas are not set inside a transaction"));
    QSqlQuery query(d->db());
    if (!query.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, text)))
        return d->fail(QStringLiteral("setting %1 failed: %2").arg(name, query.lastError().text()));
    return true;
}

void History::setIntegrityCheckLimit(qint64 bytes) {
    d->integrityCheckLimit = bytes;
}

bool History::checkIntegrity() const {
    QSqlQuery* check = d->prepared(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return false;
    StatementScope scope(check);
    if (!d->exec(*check, "checking the history"))
        return false;
    QStringList problems;
    while (check->next() && problems.size() < 10)
        problems << check->value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    return d->fail(QStringLiteral("the history is damaged: %1")
                       .arg(problems.join(QStringLiteral("; ")).simplified()));
}

} // namespace agentdesk
