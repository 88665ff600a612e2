#include "store/History.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace agentdesk;

namespace {

int modeOf(const QString& path) {
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777)
                                                                     : -1;
}

bool setMode(const QString& path, int mode) {
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QByteArray bytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! A closed history with one account.
void populate(const QString& path) {
    History history;
    QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
    Account account;
    account.displayName = QStringLiteral("Acme");
    QVERIFY(history.addAccount(account));
}

} // namespace

//! Who may read a workspace's files and how it opens when it cannot be written (issue 18,
//! point 8): the folder 0700 and its files 0600, existing ones tightened; read-only access
//! reads and never writes; a read-only folder is named as such.
class TestHistoryAccess : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void newWorkspaceIsPrivateFromTheFirstByte() {
        const QString folder = m_dir.filePath(QStringLiteral("new"));
        const QString path = QDir(folder).filePath(QStringLiteral("history.sqlite"));
        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(path), 0600);
        // the write-ahead log and its shared memory exist while the history is open
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    }

    void existingWorkspaceIsTightened() {
        const QString folder = m_dir.filePath(QStringLiteral("old"));
        const QString path = QDir(folder).filePath(QStringLiteral("history.sqlite"));
        populate(path);
        const QString marker = QDir(folder).filePath(QStringLiteral("history.check-at-open"));
        QFile file(marker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(setMode(folder, 0755) && setMode(path, 0644) && setMode(marker, 0664));
        History history;
        QCOMPARE(history.open(path).status, History::OpenStatus::Ok);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(marker), 0600);
    }

    void aSharedFolderIsLeftAlone() {
        // a sticky folder is shared by design (like /tmp): its mode is not the workspace's
        const QString folder = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(setMode(folder, 01777));
        History history;
        QCOMPARE(history.open(QDir(folder).filePath(QStringLiteral("history.sqlite"))).status,
                 History::OpenStatus::Ok);
        QCOMPARE(modeOf(folder), 01777);
    }

    void readOnlyAccessReadsAndNeverWrites() {
        const QString path = m_dir.filePath(QStringLiteral("reader/history.sqlite"));
        populate(path);
        const QByteArray before = bytes(path);
        History history;
        const auto outcome = history.open(path, History::Access::ReadOnly);
        QVERIFY2(outcome.status == History::OpenStatus::Ok, qPrintable(outcome.message));
        QCOMPARE(history.accounts().size(), 1);
        Account another;
        another.displayName = QStringLiteral("Other");
        QVERIFY(!history.addAccount(another));
        history.close();
        QCOMPARE(bytes(path), before);
    }

    void readOnlyAccessCreatesNothing() {
        const QString folder = m_dir.filePath(QStringLiteral("nothing"));
        QVERIFY(QDir().mkpath(folder));
        History history;
        const auto outcome = history.open(QDir(folder).filePath(QStringLiteral("history.sqlite")),
                                          History::Access::ReadOnly);
        QCOMPARE(outcome.status, History::OpenStatus::IoError);
        QVERIFY2(outcome.message.contains(QStringLiteral("no history")),
                 qPrintable(outcome.message));
        QVERIFY(QDir(folder).isEmpty());
    }

    void readOnlyFolderIsSaidPlainly() {
        if (::geteuid() == 0)
            QSKIP("root writes into a read-only folder, so one cannot be made with chmod here; "
                  "tests/cli/tst_cli_workspace covers it as another user");
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        const QString path = QDir(folder).filePath(QStringLiteral("history.sqlite"));
        populate(path);
        QVERIFY(setMode(folder, 0500));
        History history;
        auto outcome = history.open(path);
        QCOMPARE(outcome.status, History::OpenStatus::IoError);
        QCOMPARE(outcome.message,
                 QStringLiteral("The workspace folder is read-only: %1").arg(folder));
        outcome = history.open(path, History::Access::ReadOnly);
        QVERIFY2(outcome.status == History::OpenStatus::Ok, qPrintable(outcome.message));
        QCOMPARE(history.accounts().size(), 1);
        history.close();
        QVERIFY(setMode(folder, 0700));
    }
};

QTEST_GUILESS_MAIN(TestHistoryAccess)
#include "tst_history_access.moc"
