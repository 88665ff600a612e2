#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace agentdesk {

//! The numbered schema steps of the history database, keyed on `PRAGMA user_version`.
//!
//! Step N turns a version N-1 database into version N, in its own transaction, so a crash
//! between steps leaves a database at a well-defined earlier version. New steps are only ever
//! appended; a released step is never edited.
class Migrations {
public:
    //! The version the last step produces (what this build writes).
    static int latestVersion();
    //! The user_version of `db`, or -1 when it cannot be read (`failure`: the SQL error, so a
    //! full disk can be told from damage).
    static int currentVersion(const QSqlDatabase& db, QString* error = nullptr,
                              QSqlError* failure = nullptr);
    //! Runs the steps after the current version up to `targetVersion` (latest when -1).
    static bool migrate(QSqlDatabase& db, QString* error, int targetVersion = -1,
                        QSqlError* failure = nullptr);
};

} // namespace agentdesk
