#include "CliRunner.h"
#include "TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using CliRunner::cli;
using CliRunner::Run;
using CliRunner::tempFile;

namespace {

int modeOf(const QString& path) {
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777)
                                                                     : -1;
}

void setMode(const QString& path, int mode) {
    QVERIFY2(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0, qPrintable(path));
}

//! Every entry of the workspace and the folder itself, with its mode.
QMap<QString, int> modes(const QString& folder) {
    QMap<QString, int> found{{QStringLiteral("."), modeOf(folder)}};
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        found.insert(it.fileName(), modeOf(it.filePath()));
    }
    return found;
}

QString describe(const QMap<QString, int>& modes) {
    QStringList lines;
    for (auto it = modes.begin(); it != modes.end(); ++it)
        lines << QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 4, 8, QLatin1Char('0'));
    return lines.join(QStringLiteral(", "));
}

} // namespace

//! The workspace on disk (issue 18, point 8): private to its owner, a full disk and a
//! read-only folder named in plain words, and the read-only commands still work on a workspace
//! that cannot be written.
class TestCliWorkspace : public QObject {
    Q_OBJECT

    QStringList rcSend(const TestServer& server, const QString& dataDir) {
        return {"send",
                "--backend",
                "rocketchat",
                "--server",
                server.url().toString(),
                "--room",
                "hGFwSKA28nRKut3pD",
                "--visitor-token",
                "54fc5544030bcecda053311cb6b",
                "--data-dir",
                dataDir,
                "Your refund is on its way"};
    }

    //! A workspace with one failed reply (the server refused it) and one canned reply.
    void seed(const QString& dataDir, TestServer& server) {
        server.reply("POST", "/api/v1/livechat/message", 400,
                     R"({"success":false,"error":"room-closed"})");
        Run run = cli(rcSend(server, dataDir));
        QCOMPARE(run.exitCode, 3);
        run = cli({"canned", "import", "--data-dir", dataDir,
                   tempFile(R"({"format": "agentdesk-canned-replies", "version": 1,
                                "replies": [{"title": "Refund policy", "text": "5 days"}]})")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    //! agentdesk-cli where it may write at most `blocks` 512-byte blocks per file, as on a disk
    //! with almost no space left (SIGXFSZ ignored: a write past the limit fails instead).
    static Run cliWithFileSizeLimit(int blocks, const QStringList& arguments) {
        return CliRunner::run(QStringLiteral("/bin/sh"),
                              QStringList{"-c",
                                          QStringLiteral("trap '' XFSZ; ulimit -f %1; "
                                                         "exec \"$0\" \"$@\"")
                                              .arg(blocks),
                                          QStringLiteral(AGENTDESK_CLI)}
                                  << arguments);
    }

private slots:
    void newWorkspaceIsPrivate() {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("desk"));
        TestServer server;
        seed(workspace, server);
        const QMap<QString, int> found = modes(workspace);
        QVERIFY2(found.contains("history.sqlite"), qPrintable(describe(found)));
        for (auto it = found.begin(); it != found.end(); ++it) {
            const int wanted = it.key() == QLatin1String(".") ? 0700 : 0600;
            QVERIFY2(it.value() == wanted, qPrintable(describe(found)));
        }
    }

    void existingWorkspaceIsTightenedOnOpen() {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("desk"));
        TestServer server;
        seed(workspace, server);
        setMode(workspace, 0755);
        for (const QString& name : QDir(workspace).entryList(QDir::Files | QDir::Hidden))
            setMode(QDir(workspace).filePath(name), 0644);
        const Run run = cli({"outbox", "list", "--data-dir", workspace});
        QCOMPARE(run.exitCode, 0);
        const QMap<QString, int> found = modes(workspace);
        for (auto it = found.begin(); it != found.end(); ++it)
            QVERIFY2((it.value() & 077) == 0, qPrintable(describe(found)));
        QCOMPARE(found.value("."), 0700);
    }

    void readOnlyWorkspaceStillReadsAndSaysWhyItCannotWrite() {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("desk"));
        TestServer server;
        seed(workspace, server);

        // A read-only folder. Root writes into any folder whatever its mode, so as root the
        // commands run as "nobody", the workspace's owner, through setpriv.
        const bool root = ::geteuid() == 0;
        QString program = QStringLiteral(AGENTDESK_CLI);
        QStringList prefix;
        if (root) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: a read-only folder cannot be simulated");
            setMode(dir.path(), 0755);
            QDirIterator it(workspace, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            QVERIFY(::chown(QFile::encodeName(workspace).constData(), 65534, 65534) == 0);
            while (it.hasNext())
                QVERIFY(::chown(QFile::encodeName(it.next()).constData(), 65534, 65534) == 0);
            program = setpriv;
            prefix = QStringList{"--reuid=65534", "--regid=65534", "--clear-groups",
                                 QStringLiteral(AGENTDESK_CLI)};
        }
        setMode(workspace, 0500);
        const QMap<QString, int> before = modes(workspace);
        const QMap<QString, QString> env{{"HOME", dir.path()}};
        const auto as = [&](const QStringList& arguments) {
            return CliRunner::run(program, prefix + arguments, env);
        };

        Run run = as({"outbox", "list", "--data-dir", workspace});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("failed") && run.out.contains("room-closed"),
                 run.out.constData());
        run = as({"search", "--data-dir", workspace, "refund"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("[refund]"), run.out.constData());
        run = as({"canned", "list", "--data-dir", workspace});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("Refund policy\t"), run.out.constData());
        run = as({"canned", "export", "--data-dir", workspace, "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // a command that writes says so once, in plain words
        run = as(rcSend(server, workspace));
        QCOMPARE(run.exitCode, 1);
        const QByteArray said =
            "The workspace folder is read-only: " + QFile::encodeName(workspace);
        QVERIFY2(run.err.count(said) == 1, run.err.constData());
        QVERIFY2(!run.err.contains("unable to open database file"), run.err.constData());
        QCOMPARE(modes(workspace), before); // nothing written, nothing left behind
        setMode(workspace, 0700);
    }

    void fullDiskIsSaidPlainly_data() {
        QTest::addColumn<bool>("existing");
        QTest::addColumn<int>("blocks");
        // a new workspace whose write-ahead log cannot grow (SQLite: "database or disk is full")
        QTest::newRow("new workspace") << false << 80;
        // an existing one whose shared-memory file cannot grow (SQLite: "disk I/O error")
        QTest::newRow("existing workspace") << true << 8;
    }
    void fullDiskIsSaidPlainly() {
        QFETCH(bool, existing);
        QFETCH(int, blocks);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("desk"));
        TestServer server;
        if (existing)
            seed(workspace, server);
        const Run run = cliWithFileSizeLimit(
            blocks, existing ? QStringList{"outbox", "list", "--data-dir", workspace}
                             : rcSend(server, workspace));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.count("The disk is full") == 1, run.err.constData());
        QVERIFY2(!run.err.contains("disk I/O error"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
