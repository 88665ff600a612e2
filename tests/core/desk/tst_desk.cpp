#include "CoreDesk.h"
#include "TestServer.h"

#include "accounts/Credentials.h"
#include "canned/CannedLibrary.h"
#include "desk/Accounts.h"
#include "desk/Desk.h"
#include "desk/Replies.h"
#include "outbox/Outbox.h"
#include "store/History.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;

//! The core Desk: what open() builds, that it sends nothing until asked, and that flush() and
//! start() deliver a reply exactly once to a loopback Rocket.Chat.
class TestDesk : public QObject {
    Q_OBJECT

    static constexpr auto kSend = "/api/v1/chat.sendMessage";

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openBuildsEveryServiceOnTheFolder() {
        CoreDesk core;
        Desk& desk = core.desk;
        QVERIFY(desk.history() && desk.history()->isOpen());
        QCOMPARE(desk.history()->path(), History::databasePath(core.dataDir()));
        QVERIFY(desk.transport());
        QVERIFY(desk.outbox());
        QVERIFY(desk.sync());
        QVERIFY(desk.ai());
        QVERIFY(desk.canned());
        QVERIFY(desk.accounts());
        QVERIFY(desk.replies());
        QVERIFY(desk.cannedUse());
        QVERIFY(desk.attention());
        // Memory secrets: no keychain store, and the account's token is where the outbox reads
        QVERIFY(!desk.credentialStore());
        QVERIFY(desk.memorySecrets());
        QCOMPARE(desk.secrets()->secret(core.account.id), QStringLiteral("test-token"));
        QVERIFY(desk.salvageReport().isEmpty());
        QVERIFY(!desk.sandbox());
    }

    void aFolderThatCannotBeCreatedIsRefusedPlainly() {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Desk desk;
        QVERIFY(!desk.open(blocker + QStringLiteral("/workspace")));
        QVERIFY2(desk.errorString().contains(QStringLiteral("workspace")),
                 qPrintable(desk.errorString()));
        QVERIFY(!desk.history());
    }

    void theStarterSetIsOfferedOnlyWhenAsked() {
        QTemporaryDir with;
        Desk offered;
        Desk::Options options;
        options.secrets = Desk::Secrets::Memory;
        QVERIFY(offered.open(with.path(), options));
        QVERIFY(!offered.canned()->replies().isEmpty());

        QTemporaryDir without;
        Desk plain;
        options.cannedStarterSet = false;
        QVERIFY(plain.open(without.path(), options));
        QVERIFY(plain.canned()->replies().isEmpty());
    }

    void nothingLeavesBeforeFlushAndFlushSendsOnce() {
        TestServer server;
        server.reply("POST", kSend, 200,
                     TestServer::fixture("rocketchat-chat-send-message-200.json"));
        CoreDesk core(server.url());
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        QVERIFY(core.desk.replies()->send(room.id, QStringLiteral("Hello Ada")));
        QTest::qWait(200);
        QVERIFY(server.requestsTo(QString::fromLatin1(kSend)).isEmpty()); // not started
        core.desk.flush(std::chrono::milliseconds(0));
        const auto sent = server.requestsTo(QString::fromLatin1(kSend));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().json()["message"]["msg"].toString(), QStringLiteral("Hello Ada"));
        QCOMPARE(sent.first().header("X-Auth-Token"), QByteArray("test-token"));
        QVERIFY(core.desk.history()->pendingMessages().isEmpty());
    }

    void startDeliversWhatWaitsOnce() {
        TestServer server;
        server.reply("POST", kSend, 200,
                     TestServer::fixture("rocketchat-chat-send-message-200.json"));
        CoreDesk core(server.url());
        const Conversation room = core.addRoom(1, QStringLiteral("Ada Lovelace"));
        QVERIFY(core.desk.replies()->send(room.id, QStringLiteral("Good morning")));
        core.desk.start();
        core.desk.start(); // once: a second call starts nothing twice
        QTRY_COMPARE(server.requestsTo(QString::fromLatin1(kSend)).size(), 1);
        QTRY_VERIFY(core.desk.history()->pendingMessages().isEmpty());
        QTest::qWait(300);
        QCOMPARE(server.requestsTo(QString::fromLatin1(kSend)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
