#include "CliRunner.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::cli;
using CliRunner::Run;

//! `agentdesk-cli send-batch --backend socialboards`: each item's own author, isByTeam and
//! creationTime go out as the file says (the SocialBoards "Add messages" page); the --author-*
//! and --by-team flags only fill in the items that have none.
class TestCliBatchAuthors : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_env{{"AGENTDESK_SB_ACCESS_TOKEN", "sb-secret"}};

    QStringList batch(const TestServer& server, const QStringList& flags = {}) {
        return QStringList{"send-batch",
                           "--backend",
                           "socialboards",
                           "--server",
                           server.url().toString(),
                           "--conversation",
                           "42"}
               << flags << "-";
    }

    static void answerWithFixture(TestServer& server) {
        server.reply("POST", "/chat/conversations/42/messages", 200,
                     TestServer::fixture("socialboards-add-messages-200.json"));
    }

private slots:
    void everyItemNamesItsAuthorNoFlagNeeded() {
        TestServer server;
        answerWithFixture(server);
        const QByteArray file = R"([
            {"message": "from the client", "author": {"name": "John", "email": "john@dow.com"},
             "isByTeam": false, "creationTime": "2023-10-19T10:00:58.84+00:00"},
            {"message": "from the team", "author": {"name": "Ann", "id": "fc2481f6-28a4-4ca7-849a-344fd6ab1b20"},
             "isByTeam": true},
            {"message": "the bot", "author": {"isBot": true}}
        ])";
        const Run run = cli(batch(server), m_env, file);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(server.requests().size(), 1);
        const QJsonArray sent = server.requests().first().json().array();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).toObject().value("author").toObject(),
                 (QJsonObject{{"name", "John"}, {"email", "john@dow.com"}}));
        QCOMPARE(sent.at(0).toObject().value("isByTeam"), QJsonValue(false));
        QCOMPARE(sent.at(0).toObject().value("creationTime").toString(),
                 QStringLiteral("2023-10-19T10:00:58.840Z"));
        QCOMPARE(sent.at(1).toObject().value("author").toObject(),
                 (QJsonObject{{"name", "Ann"}, {"id", "fc2481f6-28a4-4ca7-849a-344fd6ab1b20"}}));
        QCOMPARE(sent.at(1).toObject().value("isByTeam"), QJsonValue(true));
        QCOMPARE(sent.at(2).toObject().value("author").toObject(), (QJsonObject{{"isBot", true}}));
        QVERIFY(!sent.at(2).toObject().contains("isByTeam")); // unset: the server's default
        QVERIFY(!QByteArray(server.requests().first().body).contains("AgentDesk"));
    }

    void flagsFillInOnlyTheItemsWithoutTheirOwn() {
        TestServer server;
        answerWithFixture(server);
        const QByteArray file = R"([
            {"message": "mine", "author": {"name": "John", "email": "john@dow.com"},
             "isByTeam": false},
            {"message": "the flags'"},
            {"message": "explicit null", "author": null, "isByTeam": null}
        ])";
        const Run run =
            cli(batch(server, {"--author-email", "agent@shop.example", "--by-team"}), m_env, file);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray sent = server.requests().first().json().array();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).toObject().value("author").toObject(),
                 (QJsonObject{{"name", "John"}, {"email", "john@dow.com"}}));
        QCOMPARE(sent.at(0).toObject().value("isByTeam"), QJsonValue(false));
        const QJsonObject filled{{"name", "AgentDesk"}, {"email", "agent@shop.example"}};
        QCOMPARE(sent.at(1).toObject().value("author").toObject(), filled);
        QCOMPARE(sent.at(1).toObject().value("isByTeam"), QJsonValue(true));
        // a null author is none: filled in; a null isByTeam is the page's "default": kept
        QCOMPARE(sent.at(2).toObject().value("author").toObject(), filled);
        QVERIFY(!sent.at(2).toObject().contains("isByTeam"));
    }

    void anItemWithoutAuthorStillNeedsTheFlags() {
        TestServer server;
        const Run run =
            cli(batch(server), m_env,
                R"([{"message": "a", "author": {"email": "a@b.c"}}, {"message": "b"}])");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--author-email"), run.err.constData());
        QVERIFY(server.requests().isEmpty());
    }

    void malformedOrAnonymousAuthorsSendNothing_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("author not an object")
            << QByteArray(R"([{"message": "a", "author": "John"}])") << QByteArray("author");
        QTest::newRow("email not a string")
            << QByteArray(R"([{"message": "a", "author": {"email": 7}}])") << QByteArray("email");
        QTest::newRow("isByTeam not a boolean")
            << QByteArray(R"([{"message": "a", "author": {"email": "a@b.c"}, "isByTeam": 2}])")
            << QByteArray("isByTeam");
        QTest::newRow("nobody named")
            << QByteArray(R"([{"message": "a", "author": {"name": "John"}}])")
            << QByteArray("needs an id, an email");
    }
    void malformedOrAnonymousAuthorsSendNothing() {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, said);
        TestServer server;
        const Run run = cli(batch(server, {"--author-email", "agent@shop.example"}), m_env, file);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(said), run.err.constData());
        QVERIFY(server.requests().isEmpty());
    }

    void rocketChatAndTheOutboxRefuseOwnAuthors() {
        TestServer server;
        Run run = cli({"send-batch", "--backend", "rocketchat", "--server", server.url().toString(),
                       "--visitor-token", "t", "-"},
                      {{"AGENTDESK_RC_USER_ID", "u"}, {"AGENTDESK_RC_AUTH_TOKEN", "a"}},
                      R"([{"msg": "hi", "author": {"email": "a@b.c"}}])");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("author"), run.err.constData());

        QTemporaryDir dir;
        run = cli(batch(server, {"--author-email", "agent@shop.example", "--data-dir", dir.path()}),
                  m_env, R"([{"message": "a", "author": {"email": "a@b.c"}}, {"message": "b"}])");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("without --data-dir"), run.err.constData());
        QVERIFY(server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliBatchAuthors)
#include "tst_cli_batch_authors.moc"
