#include "CliRunner.h"
#include "TestServer.h"
#include "canned/CannedLibrary.h"
#include "store/History.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using CliRunner::cli;
using CliRunner::Run;
using CliRunner::tempFile;

//! agentdesk-cli canned list|import|export as a process: round trips, Rocket.Chat's shape,
//! malformed files that import nothing, stdin/stdout, failures and their exit codes.
class TestCliCanned : public QObject {
    Q_OBJECT

    //! `canned list --json` of a workspace; false when it fails or prints no JSON array.
    bool cannedReplies(const QString& dataDir, QJsonArray* replies) {
        const Run run = cli({"canned", "list", "--data-dir", dataDir, "--json"});
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (run.exitCode != 0 || error.error != QJsonParseError::NoError || !document.isArray())
            return false;
        *replies = document.array();
        return true;
    }

    static QStringList field(const QJsonArray& replies, const QString& key) {
        QStringList values;
        for (const QJsonValue& reply : replies)
            values << reply.toObject().value(key).toVariant().toString();
        return values;
    }

    //! A workspace the desk has used: its starter set, and a reply for one of its accounts that
    //! sends at once.
    static bool seedWorkspace(const QString& dataDir) {
        using namespace agentdesk;
        History history;
        if (history.open(History::databasePath(dataDir)).status != History::OpenStatus::Ok)
            return false;
        Account account;
        account.backend = Backend::RocketChat;
        account.serverUrl = QUrl(QStringLiteral("https://chat.example.com"));
        account.displayName = QStringLiteral("Acme support");
        account.username = QStringLiteral("kim.jane");
        const auto stored = history.addAccount(account);
        CannedLibrary library(&history);
        if (!stored || !library.ensureStarterSet())
            return false;
        CannedReply refund;
        refund.title = QStringLiteral("Refund policy");
        refund.text = QStringLiteral("Refunds take 5 business days.\nWe write when it is done.");
        refund.folder = QStringLiteral("Billing");
        refund.trigger = QStringLiteral("refund");
        refund.shortcut = QStringLiteral("Ctrl+Alt+R");
        refund.sendImmediately = true;
        refund.accountId = stored->id;
        return library.add(refund).has_value() && library.replies().size() == 5;
    }

    static QByteArray ourFile(const QByteArray& replies) {
        return R"({"format": "agentdesk-canned-replies", "version": 1, "replies": )" + replies +
               "}";
    }

private slots:
    void cannedHelpSaysNoStarterSet() {
        Run run = cli({"--help"});
        QVERIFY(run.out.contains("canned"));
        run = cli({"canned", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("starter set") && run.out.contains("never does"),
                 run.out.constData());
    }

    void cannedListOfAFreshWorkspaceIsEmpty() {
        QTemporaryDir dir;
        Run run = cli({"canned", "list", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("no canned replies"), run.out.constData());
        QJsonArray replies{QStringLiteral("placeholder")};
        QVERIFY(cannedReplies(dir.path(), &replies));
        QCOMPARE(replies.size(), 0); // no starter set from the CLI
        run = cli({"canned", "export", "--data-dir", dir.path(), "-"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("replies").toArray().size(), 0);
    }

    void cannedRoundTrip() {
        QTemporaryDir from;
        QTemporaryDir to;
        QVERIFY(seedWorkspace(from.path()));

        Run run = cli({"canned", "list", "--data-dir", from.path()});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.last(),
                 QByteArray("Refund policy\t/refund\tCtrl+Alt+R\tAcme support\tBilling"
                            "\tsends at once\tRefunds take 5 business days."));
        QVERIFY2(lines.first().startsWith("Greeting\t/hello\tCtrl+1\tpersonal\tStarter\tinserts\t"),
                 lines.first().constData());

        const QString file = QDir(from.path()).filePath(QStringLiteral("team.json"));
        run = cli({"canned", "export", "--data-dir", from.path(), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("exported 5 replies to " + file.toUtf8() + '\n'));
        QVERIFY(QFileInfo::exists(file));

        run = cli({"canned", "import", "--data-dir", to.path(), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("imported 5 new, updated 0\n"), run.out.constData());
        // The second workspace has no Acme account: that reply becomes personal, and says so.
        QVERIFY2(run.out.contains("note: ") && run.out.contains("Refund policy") &&
                     run.out.contains("imported as personal"),
                 run.out.constData());

        QJsonArray original;
        QJsonArray copy;
        QVERIFY(cannedReplies(from.path(), &original));
        QVERIFY(cannedReplies(to.path(), &copy));
        QCOMPARE(copy.size(), 5);
        for (const QString key :
             {"title", "trigger", "shortcut", "folder", "text", "sendImmediately"})
            QCOMPARE(field(copy, key), field(original, key));
        QCOMPARE(field(original, "scope").last(), QStringLiteral("Acme support"));
        QCOMPARE(field(copy, "scope").last(), QStringLiteral("personal"));
        QCOMPARE(original.last().toObject().value("account").toObject().value("server").toString(),
                 QStringLiteral("https://chat.example.com"));
        QCOMPARE(field(copy, "sendImmediately").last(), QStringLiteral("true"));

        // Importing the same file again updates the replies by title instead of doubling them.
        run = cli({"canned", "import", "--data-dir", to.path(), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("imported 0 new, updated 5\n"), run.out.constData());
        QVERIFY(cannedReplies(to.path(), &copy));
        QCOMPARE(copy.size(), 5);
    }

    void cannedImportOfRocketChatResponses() {
        QTemporaryDir dir;
        const QString file = tempFile(TestServer::fixture("rocketchat-canned-responses-200.json"));
        Run run = cli({"canned", "import", "--data-dir", dir.path(), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("imported 3 new, updated 0\n"));
        QJsonArray replies;
        QVERIFY(cannedReplies(dir.path(), &replies));
        QCOMPARE(field(replies, "trigger"), (QStringList{"hello", "refund", "bye"}));
        QCOMPARE(field(replies, "title"), (QStringList{"hello", "refund", "bye"}));
        QCOMPARE(field(replies, "folder"), (QStringList{"greeting", "billing", ""}));
        QCOMPARE(field(replies, "remoteId"),
                 (QStringList{"Z9sKxHnqE4bWfLmT2", "mQ2cT7pXvR5yNdJ8a", "c4HwLs9EoU1gYkVbP"}));
        QCOMPARE(replies.first().toObject().value("text").toString(),
                 QStringLiteral("Hello {visitor.name}, thanks for reaching out! How can I help you "
                                "today?"));
        run = cli({"canned", "list", "--data-dir", dir.path()});
        QVERIFY2(run.out.contains("refund\t/refund\t"), run.out.constData());

        // The same server answer again: matched by its _id, nothing doubles.
        run = cli({"canned", "import", "--data-dir", dir.path(), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("imported 0 new, updated 3\n"));
        QVERIFY(cannedReplies(dir.path(), &replies));
        QCOMPARE(replies.size(), 3);
    }

    void cannedMalformedFilesImportNothing_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("position");
        QTest::newRow("bad json") << ourFile("[\n  {\"title\": \"New\", \"text\": \"b\"},\n"
                                             "  {\"title\": \"c\", \"text\": \"d\"\n]")
                                  << QByteArray("not valid JSON at line 4, column 2");
        QTest::newRow("reply without text")
            << ourFile(R"([{"title": "New", "text": "b"}, {"title": "c"}])")
            << QByteArray(R"(reply 2: "text" is missing)");
        QTest::newRow("reply not an object")
            << ourFile(R"([{"title": "New", "text": "b"}, "c"])") << QByteArray("reply 2");
        QTest::newRow("rocket.chat response without text")
            << QByteArray(R"({"responses": [{"shortcut": "New", "text": "b"}, {"shortcut": "c"}],
                              "success": true})")
            << QByteArray(R"(response 2: "text" is missing)");
        QTest::newRow("rocket.chat failure")
            << QByteArray(R"({"responses": [], "success": false})") << QByteArray("success");
        QTest::newRow("not our format")
            << QByteArray(R"({"format": "other", "version": 1, "replies": []})")
            << QByteArray(R"("format")");
        // Parsed, but the library refuses the second reply after storing the first: rolled back.
        QTest::newRow("refused by the library") << ourFile(R"([{"title": "New", "text": "b"},
                           {"title": "c", "text": "d", "trigger": "two words"}])")
                                                << QByteArray("entry 2");
    }
    void cannedMalformedFilesImportNothing() {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, position);
        QTemporaryDir dir;
        Run run = cli({"canned", "import", "--data-dir", dir.path(), "-"}, {},
                      ourFile(R"([{"title": "Existing", "text": "kept as it was"}])"));
        QCOMPARE(run.exitCode, 0);
        QJsonArray before;
        QVERIFY(cannedReplies(dir.path(), &before));
        QCOMPARE(field(before, "title"), QStringList{"Existing"});

        run = cli({"canned", "import", "--data-dir", dir.path(), tempFile(content)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(position), run.err.constData());
        QVERIFY2(run.err.toLower().contains("nothing was imported"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QJsonArray after;
        QVERIFY(cannedReplies(dir.path(), &after));
        QCOMPARE(after, before);
    }

    void cannedImportOfAnUnreadableFileTouchesNoWorkspace() {
        QTemporaryDir dir;
        const QString workspace = QDir(dir.path()).filePath(QStringLiteral("workspace"));
        const Run run = cli({"canned", "import", "--data-dir", workspace,
                             QDir(dir.path()).filePath(QStringLiteral("missing.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("cannot read") && run.err.contains("missing.json"),
                 run.err.constData());
        QVERIFY(!QFileInfo::exists(workspace));
    }

    void cannedThroughStdinAndStdout() {
        QTemporaryDir from;
        QTemporaryDir to;
        QVERIFY(seedWorkspace(from.path()));
        Run run = cli({"canned", "export", "--data-dir", from.path(), "-"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject exported = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError); // stdout is the file and nothing else
        QCOMPARE(exported.value("format").toString(), QStringLiteral("agentdesk-canned-replies"));
        QCOMPARE(exported.value("replies").toArray().size(), 5);
        QVERIFY2(run.err.contains("exported 5 replies"), run.err.constData());

        const QByteArray file = run.out;
        run = cli({"canned", "import", "--data-dir", to.path(), "-"}, {}, file);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("imported 5 new, updated 0\n"), run.out.constData());
        QJsonArray original;
        QJsonArray copy;
        QVERIFY(cannedReplies(from.path(), &original));
        QVERIFY(cannedReplies(to.path(), &copy));
        QCOMPARE(field(copy, "title"), field(original, "title"));
        QCOMPARE(field(copy, "shortcut"), field(original, "shortcut"));
    }

    void cannedExportToAnUnwritablePathFails() {
        QTemporaryDir dir;
        QVERIFY(seedWorkspace(dir.path()));
        // A path below a regular file cannot be written, even by root.
        const QString target = tempFile("not a directory") + QStringLiteral("/team.json");
        Run run = cli({"canned", "export", "--data-dir", dir.path(), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot write") && run.err.contains("team.json"),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(target));

        // An existing file is replaced whole.
        const QString existing = tempFile("old content");
        run = cli({"canned", "export", "--data-dir", dir.path(), existing});
        QCOMPARE(run.exitCode, 0);
        QFile written(existing);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(written.readAll()).object().value("replies").toArray().size(),
            5);
    }

    void cannedWorkspaceThatCannotBeOpenedFails() {
        const QString notADirectory = tempFile("a file, not a workspace");
        const Run run = cli({"canned", "list", "--data-dir", notADirectory});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(notADirectory.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_MAIN(TestCliCanned)
#include "tst_cli_canned.moc"
