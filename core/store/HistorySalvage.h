#pragma once

#include "SalvageReport.h"

#include <QSqlDatabase>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <QSqlQuery>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

namespace agentdesk {

//! Copies what is still readable of a damaged history file into a new, empty one.
//!
//! The damaged file is never written: it is copied (with its write-ahead log) into a temporary
//! folder and read from there, its header rewritten there when that is what is broken. Every
//! table is read by rowid, a range at a time; a range that fails is stepped over (galloping,
//! then narrowing down) so that one bad page loses the rows on that page and no more. The
//! unsent replies come first, with their conversations and accounts so they can still be sent
//! (same clientId: a resend cannot duplicate), then accounts, conversations (with their
//! drafts), canned replies, the rest of the messages and the AI exchanges. The search index is
//! rebuilt from the copied messages. Not SQLite's recovery extension: the system library has
//! none.
class HistorySalvage {
public:
    //! `target`: the new history's connection, at the current schema, in no transaction.
    HistorySalvage(const QString& damagedPath, const QSqlDatabase& target);
    ~HistorySalvage();
    HistorySalvage(const HistorySalvage&) = delete;
    HistorySalvage& operator=(const HistorySalvage&) = delete;

    //! Copies, in one transaction of the target (all or nothing), and stores the report in it
    //! (see History::unseenSalvageReport). False with `error` when the target cannot be written.
    bool run(SalvageReport& report, QString* error);

    //! The workspace fact naming a damaged file whose salvage has not completed yet.
    static QString pendingFact();
    //! The workspace fact holding the last report, and the one set once the desk showed it.
    static QString reportFact();
    static QString reportSeenFact();

private:
    static constexpr qint64 kMinRowid = std::numeric_limits<qint64>::min();
    static constexpr qint64 kMaxRowid = std::numeric_limits<qint64>::max();

    struct Walk {
        QList<std::pair<qint64, qint64>> lost; //!< rowid ranges that could not be read
        QString failure;                       //!< the whole table could not be read
    };
    using RowHandler = std::function<bool(const QSqlRecord& row)>;

    bool openSource(QString* problem);
    bool repairHeader(const QString& file);
    QStringList columnsOf(const QString& table);
    Walk walk(const QString& table, const RowHandler& handle);
    std::optional<QSqlRecord> readRow(const QString& table, qint64 rowid);
    bool insert(const QString& table, const QSqlRecord& row, bool* inserted = nullptr);

    bool ensureAccount(const QVariant& id, const QString& backend);
    bool ensureConversation(qint64 id, bool* readable);
    bool copyMessage(const QSqlRecord& row, bool unsentOnly);
    void describeLost(const QString& table, const Walk& walk);

    QString m_damagedPath;
    QSqlDatabase m_target;
    QTemporaryDir m_work;
    QString m_sourceName;
    SalvageReport* m_report = nullptr;
    QString m_writeError;
    bool m_cannotCopy = false;
    std::unordered_map<QString, QStringList> m_columns;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_inserts; //!< by their SQL
    std::set<qint64> m_accounts;
    std::unordered_map<qint64, bool> m_conversations; //!< copied: readable or a placeholder
};

} // namespace agentdesk
