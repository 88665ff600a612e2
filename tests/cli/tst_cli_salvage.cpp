#include "CliRunner.h"
#include "DamagedHistory.h"
#include "FakeRocketChat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::cli;
using CliRunner::Run;

//! agentdesk-cli on a workspace whose history is damaged: it salvages, says so on stderr with
//! exit code 5, lists the saved replies and delivers them once.
class TestCliSalvage : public QObject {
    Q_OBJECT

private slots:
    void aDamagedWorkspaceIsSalvagedAndSaysSo() {
        FakeRocketChat server;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const damaged::Workspace before = damaged::populate(path, server.url(), 900);
        damaged::damage(path, damaged::Damage::MessagePages);

        Run run = cli({"outbox", "list", "--data-dir", dir.path(), "--json"});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("damaged"), run.err.constData());
        QVERIFY2(run.err.contains("unsent replies saved (queued, sending or failed): 5"),
                 run.err.constData());
        QVERIFY2(run.err.contains("Could not be read"), run.err.constData());
        QVERIFY2(run.err.contains((path + QStringLiteral(".corrupt-")).toUtf8()),
                 run.err.constData());
        const QJsonArray listed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(listed.size(), before.unsent.size());
        QHash<QString, QString> texts; // listed per conversation, in the order typed
        for (const QJsonValue& item : listed) {
            QCOMPARE(item.toObject().value("state").toString(), QStringLiteral("queued"));
            texts.insert(item.toObject().value("clientId").toString(),
                         item.toObject().value("text").toString());
        }
        for (const agentdesk::Message& reply : before.unsent)
            QCOMPARE(texts.value(reply.clientId), reply.text);

        // salvaged once: the next run is business as usual
        run = cli({"outbox", "list", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("damaged"), run.err.constData());
        for (const agentdesk::Message& reply : before.unsent)
            QVERIFY(run.out.contains(reply.clientId.toUtf8()));

        run = cli({"outbox", "flush", "--data-dir", dir.path()},
                  {{"AGENTDESK_RC_AUTH_TOKEN", "auth-token-1"}});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.storedIds().size(), before.unsent.size());
        QCOMPARE(server.duplicatesRefused(), 0);
        for (const agentdesk::Message& reply : before.unsent)
            QCOMPARE(server.storedText(reply.clientId), reply.text);
        run = cli({"outbox", "list", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("The outbox is empty."));
    }

    void nothingReadableIsSaidPlainly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        damaged::populate(path, QUrl(QStringLiteral("http://127.0.0.1:9/")), 300);
        const QByteArray broken = damaged::damage(path, damaged::Damage::HeaderPage);

        const Run run = cli({"outbox", "list", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("Nothing in it could be read"), run.err.constData());
        QVERIFY(run.out.contains("The outbox is empty."));
        const QStringList aside = QDir(dir.path()).entryList({"history.sqlite.corrupt-*"});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(damaged::bytes(dir.filePath(aside.first())), broken);
    }
};

QTEST_GUILESS_MAIN(TestCliSalvage)
#include "tst_cli_salvage.moc"
