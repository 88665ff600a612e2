#include "WorkspaceFiles.h"

#include "HistoryPrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QUrl>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifdef AGENTDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

Q_LOGGING_CATEGORY(lcWorkspaceFiles, "agentdesk.history.files")

namespace agentdesk::store {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

//! Whether the folder may be made private: ours, and not shared by design (sticky) or a home.
bool mayTighten(const QString& folder) {
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(folder).constData(), &status) != 0 || !S_ISDIR(status.st_mode))
        return false;
    if (status.st_uid != ::geteuid() || (status.st_mode & S_ISVTX))
        return false;
#endif
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical != QDir::rootPath() && canonical != QDir(QDir::homePath()).canonicalPath();
}

//! Takes the group's and others' rights away; the owner's stay as they are (a file the owner
//! made read-only stays so).
void tighten(const QString& path) {
    const QFileDevice::Permissions now = QFile::permissions(path);
    if (!(now & kOthers))
        return;
    if (!QFile::setPermissions(path, now & ~kOthers))
        qCWarning(lcWorkspaceFiles).noquote() << "cannot make" << path << "private";
}

} // namespace

void makeWorkspacePrivate(const QString& folder) {
    if (!mayTighten(folder))
        return;
    tighten(folder);
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (entry.isSymLink())
            continue; // what a link points to is not the workspace's
        tighten(entry.absoluteFilePath());
    }
}

void createPrivateFile(const QString& path) {
    QFile file(path);
    if (file.exists() || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return;
    file.setPermissions(kPrivateFile);
}

bool folderWritable(const QString& folder) {
    return QFileInfo(folder).isWritable();
}

bool noRoomLeft(const QSqlDatabase& db, const QSqlError& error, const QString& folder) {
    const int code = sqliteCode(error);
    if (code == 13) // SQLITE_FULL
        return true;
    if (code != 10) // SQLITE_IOERR
        return false;
#ifdef AGENTDESK_SQLITE_DIRECT
    if (db.isValid() && db.driver()) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (auto* sqlite = *static_cast<sqlite3* const*>(handle.constData())) {
                const int number = sqlite3_system_errno(sqlite);
                if (number == ENOSPC || number == EDQUOT || number == EFBIG)
                    return true;
            }
        }
    }
#else
    Q_UNUSED(db)
#endif
    const QStorageInfo disk(folder);
    return disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 1024 * 1024;
}

bool readOnlyFolder(const QSqlError& error, const QString& folder) {
    const int code = sqliteCode(error);
    return (code == 8 /* SQLITE_READONLY */ || code == 14 /* SQLITE_CANTOPEN */ ||
            code == 10 /* SQLITE_IOERR */ || code == -1) &&
           !folderWritable(folder);
}

QString immutableUri(const QString& path) {
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

} // namespace agentdesk::store
