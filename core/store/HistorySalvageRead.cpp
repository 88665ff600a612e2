// HistorySalvage's reading half: a copy of the damaged file opened as well as it can be (its
// header repaired, a truncated file read anyway) and walked table by table by rowid ranges,
// narrowing down to what cannot be read. The copying half is in HistorySalvage.cpp.

#include "HistorySalvage.h"

#include "HistoryPrivate.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace agentdesk {

namespace {

constexpr int kRowsPerRange = 256;

//! Where a rowid seek lands: the first rowid at or after it, none, or an error.
struct Seek {
    bool ok = false;
    std::optional<qint64> rowid;
};

Seek seek(const QSqlDatabase& db, const QString& table, qint64 from) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    Seek result;
    if (!query.prepare(QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid >= ?"
                                      " ORDER BY rowid LIMIT 1")
                           .arg(table)))
        return result;
    query.addBindValue(from);
    if (!query.exec())
        return result;
    if (query.next())
        result.rowid = query.value(0).toLongLong();
    result.ok = !query.lastError().isValid();
    return result;
}

} // namespace

bool HistorySalvage::repairHeader(const QString& file) {
    QFile copy(file);
    if (!copy.open(QIODevice::ReadWrite) || copy.size() < 512)
        return false;
    const QByteArray header = copy.read(100);
    const int pageSize = (quint8(header[16]) << 8 | quint8(header[17]));
    const bool sane = header.startsWith(QByteArrayLiteral("SQLite format 3\0")) &&
                      (pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0)) &&
                      header[21] == 64 && header[22] == 32 && header[23] == 32;
    if (sane)
        return false;
    // A rewritten header (the schema's page follows it): the page size is unknown, the common
    // ones are tried in turn by the caller; here 4096, AgentDesk's.
    QByteArray fresh(100, '\0');
    fresh.replace(0, 16, QByteArrayLiteral("SQLite format 3\0"));
    fresh[16] = char(0x10); // 4096
    fresh[17] = 0;
    const bool wal = QFileInfo::exists(file + QStringLiteral("-wal"));
    fresh[18] = fresh[19] = char(wal ? 2 : 1);
    fresh[21] = 64;
    fresh[22] = 32;
    fresh[23] = 32;
    fresh[27] = 1; // change counter
    fresh[43] = 1; // schema cookie
    fresh[47] = 4; // schema format
    fresh[59] = 1; // UTF-8
    fresh[95] = 1; // valid for change counter 1 (the size at 28 stays 0: taken from the file)
    copy.seek(0);
    return copy.write(fresh) == fresh.size();
}

bool HistorySalvage::openSource(QString* problem) {
    const QString copy = m_work.filePath(QStringLiteral("damaged.sqlite"));
    if (!m_work.isValid() || !QFile::copy(m_damagedPath, copy)) {
        // not the damage: a full disk, a file gone; nothing is concluded from it
        m_cannotCopy = true;
        *problem = QStringLiteral("cannot copy %1 to %2 to read it").arg(m_damagedPath, copy);
        return false;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString wal = m_damagedPath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && QFile::copy(wal, copy + QStringLiteral("-wal")))
        QFile::setPermissions(copy + QStringLiteral("-wal"), QFile::ReadOwner | QFile::WriteOwner);
    const bool repaired = repairHeader(copy);

    const QList<int> pageSizes =
        repaired ? QList<int>{4096, 1024, 2048, 8192, 16384, 32768, 65536} : QList<int>{0};
    for (int pageSize : pageSizes) {
        if (pageSize > 0) {
            QFile file(copy);
            if (!file.open(QIODevice::ReadWrite) || !file.seek(16))
                break;
            const char size[2] = {char(pageSize == 65536 ? 0 : pageSize >> 8),
                                  char(pageSize == 65536 ? 1 : pageSize & 0xff)};
            file.write(size, 2);
        }
        {
            QSqlDatabase source =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sourceName);
            source.setDatabaseName(copy);
            if (source.open()) {
                QSqlQuery probe(source);
                // a copy of our own, never written: a file shorter than its header says (a
                // truncated one) and a schema that does not parse are read anyway
                probe.exec(QStringLiteral("PRAGMA writable_schema = ON"));
                if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) &&
                    probe.next())
                    return true;
                *problem = probe.lastError().text();
                probe.finish();
                source.close();
            } else {
                *problem = source.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(m_sourceName);
    }
    return false;
}

QStringList HistorySalvage::columnsOf(const QString& table) {
    auto found = m_columns.find(table);
    if (found != m_columns.end())
        return found->second;
    // what the new table takes (generated columns are computed, never inserted) ...
    QStringList wanted;
    QSqlQuery query(m_target);
    if (query.exec(QStringLiteral("PRAGMA table_xinfo(%1)").arg(table))) {
        while (query.next()) {
            if (query.value(QStringLiteral("hidden")).toInt() == 0)
                wanted << query.value(QStringLiteral("name")).toString();
        }
    }
    // ... and of those, what the damaged one has (it may be an older version)
    QStringList present;
    QSqlQuery source(QSqlDatabase::database(m_sourceName, false));
    if (source.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (source.next())
            present << source.value(QStringLiteral("name")).toString();
    }
    QStringList columns;
    for (const QString& column : std::as_const(wanted)) {
        if (present.isEmpty() || present.contains(column))
            columns << column;
    }
    m_columns.emplace(table, columns);
    return columns;
}

std::optional<QSqlRecord> HistorySalvage::readRow(const QString& table, qint64 rowid) {
    QSqlQuery query(QSqlDatabase::database(m_sourceName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM %2 NOT INDEXED WHERE rowid = ?")
                           .arg(columnsOf(table).join(u','), table)))
        return std::nullopt;
    query.addBindValue(rowid);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.record();
}

HistorySalvage::Walk HistorySalvage::walk(const QString& table, const RowHandler& handle) {
    Walk result;
    const QSqlDatabase source = QSqlDatabase::database(m_sourceName, false);
    const QStringList columns = columnsOf(table);
    QSqlQuery query(source);
    query.setForwardOnly(true);
    if (columns.isEmpty() ||
        !query.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 NOT INDEXED WHERE rowid > ?"
                                      " ORDER BY rowid LIMIT %3")
                           .arg(columns.join(u','), table)
                           .arg(kRowsPerRange))) {
        result.failure = query.lastError().text();
        return result;
    }
    qint64 after = kMinRowid;
    while (after < kMaxRowid) {
        query.addBindValue(after);
        int rows = 0;
        if (query.exec()) {
            while (query.next()) {
                QSqlRecord row = query.record();
                after = row.value(0).toLongLong();
                row.remove(0);
                ++rows;
                if (!handle(row))
                    return result; // the target failed: run() reports it
            }
        }
        const bool failed = query.lastError().isValid();
        query.finish();
        if (!failed) {
            if (rows < kRowsPerRange)
                break;
            continue;
        }
        // Something after `after` is unreadable: the next row alone, or the pages around it.
        const Seek next = seek(source, table, after + 1);
        if (next.ok) {
            if (!next.rowid)
                break;
            if (const auto row = readRow(table, *next.rowid)) {
                if (!handle(*row))
                    return result;
            } else {
                result.lost.append({*next.rowid, *next.rowid});
            }
            after = *next.rowid;
            continue;
        }
        // gallop to a rowid that can be sought, then narrow down to the first such one
        qint64 bad = after + 1;
        qint64 good = kMaxRowid;
        bool found = false;
        for (qint64 step = 1; bad < kMaxRowid; step *= 2) {
            const qint64 probe = bad > kMaxRowid - step ? kMaxRowid : bad + step;
            if (seek(source, table, probe).ok) {
                good = probe;
                found = true;
                break;
            }
            bad = probe;
            if (step > kMaxRowid / 2)
                step = kMaxRowid / 4;
        }
        if (!found) {
            result.lost.append({after + 1, kMaxRowid});
            break;
        }
        // unsigned: the span from a negative rowid to a positive one may not fit in a qint64
        while (quint64(good) - quint64(bad) > 1) {
            const auto middle = qint64(quint64(bad) + (quint64(good) - quint64(bad)) / 2);
            (seek(source, table, middle).ok ? good : bad) = middle;
        }
        result.lost.append({after + 1, good - 1});
        after = good - 1;
    }
    return result;
}

} // namespace agentdesk
