#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

//! The files of a workspace on disk: who may read them and what a failure to write them means.
namespace agentdesk::store {

//! Makes a workspace private to its owner: the folder 0700 and the files in it 0600, because a
//! history holds conversations and visitor tokens. Existing workspaces are tightened when they
//! open. A folder that is not the owner's or is shared by design (sticky, like /tmp) is left
//! alone. Best effort: a folder that cannot be changed (read-only) still opens.
void makeWorkspacePrivate(const QString& folder);

//! Creates `path` empty and 0600 when it does not exist yet, so the database SQLite creates in
//! it is private from its first byte (SQLite gives the -wal and -shm its permissions).
void createPrivateFile(const QString& path);

//! Whether this process may create files in `folder` (false for a read-only folder or mount).
bool folderWritable(const QString& folder);

//! Whether a failed statement on `db` failed for want of room: SQLITE_FULL, a system call that
//! failed with ENOSPC, EDQUOT or EFBIG (the shared-memory file of a write-ahead log cannot grow
//! on a full disk: SQLite calls that a "disk I/O error"), or an I/O error with less than 1 MiB
//! left on the disk of `folder`.
bool noRoomLeft(const QSqlDatabase& db, const QSqlError& error, const QString& folder);

//! Whether a failed open or statement failed because `folder` cannot be written.
bool readOnlyFolder(const QSqlError& error, const QString& folder);

//! The `file:` URI that opens the database at `path` as immutable: read-only, without the
//! -shm and -wal companions a read-only folder cannot hold (a reader of a WAL database needs
//! them otherwise).
QString immutableUri(const QString& path);

} // namespace agentdesk::store
