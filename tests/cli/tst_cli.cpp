#include "CliRunner.h"
#include "TestServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using CliRunner::cli;
using CliRunner::Run;
using CliRunner::tempFile;

//! agentdesk-cli as a process: flags, exit codes, JSON output, malformed input files.
class TestCli : public QObject {
    Q_OBJECT

    QStringList rcSend(const TestServer& server) {
        return {"send",
                "--backend",
                "rocketchat",
                "--server",
                server.url().toString(),
                "--room",
                "hGFwSKA28nRKut3pD",
                "--visitor-token",
                "54fc5544030bcecda053311cb6b"};
    }

private slots:
    void versionAndHelp() {
        Run run = cli({"--version"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("agentdesk-cli "));
        run = cli({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("send-batch"));
        run = cli({"send", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--visitor-token"));
    }

    void usageErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("nothing") << QStringList{} << QByteArray("Usage");
        QTest::newRow("unknown command") << QStringList{"fly"} << QByteArray("unknown command");
        QTest::newRow("unknown flag") << QStringList{"send", "--wings"} << QByteArray("wings");
        QTest::newRow("bad backend")
            << QStringList{"send", "--backend", "icq", "--server", "https://x", "hi"}
            << QByteArray("--backend");
        QTest::newRow("missing room") << QStringList{"send",
                                                     "--backend",
                                                     "rocketchat",
                                                     "--server",
                                                     "https://chat.example.com",
                                                     "hi"}
                                      << QByteArray("--room");
        QTest::newRow("plain http elsewhere") << QStringList{"send",
                                                             "--backend",
                                                             "rocketchat",
                                                             "--server",
                                                             "http://chat.example.com",
                                                             "--room",
                                                             "r",
                                                             "--visitor-token",
                                                             "t",
                                                             "hi"}
                                              << QByteArray("https");
        QTest::newRow("no text") << QStringList{"send",
                                                "--backend",
                                                "rocketchat",
                                                "--server",
                                                "https://chat.example.com",
                                                "--room",
                                                "r",
                                                "--visitor-token",
                                                "t"}
                                 << QByteArray("TEXT");
        QTest::newRow("canned without action") << QStringList{"canned"} << QByteArray("list");
        QTest::newRow("canned unknown action")
            << QStringList{"canned", "fly", "--data-dir", "/nonexistent/agentdesk"}
            << QByteArray("list, import FILE or export FILE");
        QTest::newRow("canned without data dir")
            << QStringList{"canned", "list"} << QByteArray("--data-dir");
        QTest::newRow("canned import without file")
            << QStringList{"canned", "import", "--data-dir", "/nonexistent/agentdesk"}
            << QByteArray("FILE");
        QTest::newRow("canned export two files")
            << QStringList{"canned", "export", "--data-dir", "/nonexistent/agentdesk", "a", "b"}
            << QByteArray("FILE");
        QTest::newRow("canned list with file")
            << QStringList{"canned", "list", "--data-dir", "/nonexistent/agentdesk", "a"}
            << QByteArray("no FILE");
        QTest::newRow("canned export json")
            << QStringList{"canned", "export", "--json", "--data-dir", "/nonexistent/agentdesk",
                           "-"}
            << QByteArray("--json");
    }
    void usageErrorsExitTwo() {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }

    void rocketChatSend() {
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", 200,
                     TestServer::fixture("rocketchat-send-message-200.json"));
        const Run run = cli(rcSend(server) << "--id"
                                           << "client-1"
                                           << "--agent-id"
                                           << "CkCPNcvsvCDfmWLqC"
                                           << "--agent-username"
                                           << "kim.jane"
                                           << "Hello"
                                           << "World!");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("djsajdkscks787"), run.out.constData());
        QCOMPARE(server.requests().size(), 1);
        const QJsonObject body = server.requests().first().json().object();
        QCOMPARE(body.value("msg").toString(), QStringLiteral("Hello World!"));
        QCOMPARE(body.value("_id").toString(), QStringLiteral("client-1"));
        QCOMPARE(body.value("agent").toObject().value("username").toString(),
                 QStringLiteral("kim.jane"));
    }

    void rocketChatSendJson() {
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", 200,
                     TestServer::fixture("rocketchat-send-message-200.json"));
        const Run run = cli(rcSend(server) << "--json"
                                           << "Hello World!");
        QCOMPARE(run.exitCode, 0);
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        const QJsonObject expected =
            QJsonDocument::fromJson(TestServer::fixture("rocketchat-send-message-200.json"))
                .object()
                .value("message")
                .toObject();
        QCOMPARE(printed, expected);
    }

    void textFromStdin() {
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", 200,
                     TestServer::fixture("rocketchat-send-message-200.json"));
        const Run run = cli(rcSend(server) << "-", {}, "line one\nline two");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.requests().first().json().object().value("msg").toString(),
                 QStringLiteral("line one\nline two"));
    }

    void serverAnswersMapToExitCodes_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("400") << 400 << TestServer::fixture("rocketchat-send-message-400.json") << 3
                             << QByteArray("must have required property 'token'");
        QTest::newRow("401") << 401 << TestServer::fixture("rocketchat-401.json") << 3
                             << QByteArray("You must be logged in");
        QTest::newRow("429") << 429 << QByteArray(R"({"success":false,"error":"slow down"})") << 3
                             << QByteArray("slow down");
        QTest::newRow("500") << 500 << QByteArray("oops") << 4 << QByteArray("internal error");
        QTest::newRow("not json") << 200 << QByteArray("<html>") << 4 << QByteArray("cannot read");
    }
    void serverAnswersMapToExitCodes() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, said);
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", status, body);
        const Run run = cli(rcSend(server) << "hi");
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(said), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void errorAsJson() {
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", 400,
                     R"({"success":false,"error":"room-closed","errorType":"room-closed"})");
        const Run run = cli(rcSend(server) << "--json"
                                           << "hi");
        QCOMPARE(run.exitCode, 3);
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(printed.value("error").toString(), QStringLiteral("invalid-request"));
        QCOMPARE(printed.value("status").toInt(), 400);
        QCOMPARE(printed.value("serverCode").toString(), QStringLiteral("room-closed"));
    }

    void unreachableAndTimeoutExitFour() {
        quint16 port = 0;
        {
            TestServer gone;
            port = gone.port();
        }
        Run run = cli({"send", "--backend", "rocketchat", "--server",
                       QStringLiteral("http://127.0.0.1:%1").arg(port), "--room", "r",
                       "--visitor-token", "t", "hi"});
        QCOMPARE(run.exitCode, 4);
        TestServer server;
        server.hang("POST", "/api/v1/livechat/message");
        run = cli(rcSend(server) << "--timeout"
                                 << "1"
                                 << "hi");
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("in time"), run.err.constData());
    }
    void malformedBatchFilesSendNothing_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("position");
        QTest::newRow("syntax") << QByteArray("[\n  {\"msg\": \"a\"},\n  {\"msg\": \"b\"\n]")
                                << QByteArray("line 4");
        QTest::newRow("not an array") << QByteArray(R"({"msg":"a"})") << QByteArray("array");
        QTest::newRow("empty array") << QByteArray("[]") << QByteArray("no messages");
        QTest::newRow("wrong type") << QByteArray(R"([{"msg":"a"},{"msg":5}])")
                                    << QByteArray("message 2 (index 1): msg: expected a string");
        QTest::newRow("no text") << QByteArray(R"([{"msg":"a"},{"text":"b"}])")
                                 << QByteArray("message 2");
        QTest::newRow("not an object")
            << QByteArray(R"([{"msg":"a"},"b"])") << QByteArray("message 2");
        QTest::newRow("bad time") << QByteArray(R"([{"message":"a","creationTime":"yesterday"}])")
                                  << QByteArray("creationTime");
    }
    void malformedBatchFilesSendNothing() {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, position);
        TestServer server;
        server.reply("POST", "/api/v1/livechat/messages", 200,
                     TestServer::fixture("rocketchat-send-messages-200.json"));
        const Run run = cli({"send-batch", "--backend", "rocketchat", "--server",
                             server.url().toString(), "--visitor-token", "v", tempFile(content)},
                            {{"AGENTDESK_RC_USER_ID", "uid"}, {"AGENTDESK_RC_AUTH_TOKEN", "tok"}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(position), run.err.constData());
        QVERIFY(run.err.contains("nothing was sent"));
        QVERIFY(server.requests().isEmpty());
    }

    void rocketChatBatchFromStdin() {
        TestServer server;
        server.reply("POST", "/api/v1/livechat/messages", 200,
                     TestServer::fixture("rocketchat-send-messages-200.json"));
        const QString secret = QStringLiteral("RScctEHSmLGZGywfIhWyRpyofhKOiMoUIpimhvheU3f");
        const Run run = cli(
            {"send-batch", "--backend", "rocketchat", "--server", server.url().toString(),
             "--visitor-token", "54fc5544030bcecda053311cb6b98920b", "--json", "-"},
            {{"AGENTDESK_RC_USER_ID", "rbAXPnMktTFbNpwtJ"}, {"AGENTDESK_RC_AUTH_TOKEN", secret}},
            R"([{"msg":"test"},{"msg":"hello"}])");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.header("x-auth-token"), secret.toUtf8());
        QCOMPARE(got.header("x-user-id"), QByteArray("rbAXPnMktTFbNpwtJ"));
        QCOMPARE(
            got.json().object(),
            QJsonDocument::fromJson(TestServer::fixture("rocketchat-send-messages-request.json"))
                .object());
        const QJsonArray messages =
            QJsonDocument::fromJson(run.out).object().value("messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject().value("msg").toString(), QStringLiteral("hello"));
        QVERIFY(!run.out.contains(secret.toUtf8()));
        QVERIFY(!run.err.contains(secret.toUtf8()));
    }

    void rocketChatBatchNeedsCredentials() {
        TestServer server;
        const Run run = cli({"send-batch", "--backend", "rocketchat", "--server",
                             server.url().toString(), "--visitor-token", "v", "-"},
                            {}, R"([{"msg":"a"}])");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("AGENTDESK_RC_USER_ID"));
        QVERIFY(server.requests().isEmpty());
    }

    void socialBoardsSendAndBatch() {
        TestServer server;
        server.reply("POST", "/chat/conversations/42/messages", 200,
                     TestServer::fixture("socialboards-add-messages-200.json"));
        const QMap<QString, QString> env{{"AGENTDESK_SB_ACCESS_TOKEN", "sb-secret"}};
        Run run = cli({"send", "--backend", "socialboards", "--server", server.url().toString(),
                       "--conversation", "42", "--author-name", "John", "--author-email",
                       "john@dow.com", "Example of chat message"},
                      env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("667155"), run.out.constData());
        QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer sb-secret"));
        const QJsonArray sent = server.requests().first().json().array();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().toObject().value("author").toObject(),
                 (QJsonObject{{"name", "John"}, {"email", "john@dow.com"}}));

        server.clearRequests();
        run =
            cli({"send-batch", "--backend", "socialboards", "--server", server.url().toString(),
                 "--conversation", "42", "--author-name", "John", "--author-email", "john@dow.com",
                 "--json", tempFile(TestServer::fixture("socialboards-add-messages-request.json"))},
                env);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray got = server.requests().first().json().array();
        const QJsonArray file =
            QJsonDocument::fromJson(TestServer::fixture("socialboards-add-messages-request.json"))
                .array();
        QCOMPARE(got.size(), file.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QJsonObject sentItem = got.at(i).toObject();
            QJsonObject fileItem = file.at(i).toObject();
            // The same instant, written in UTC with milliseconds.
            QCOMPARE(
                QDateTime::fromString(sentItem.take("creationTime").toString(), Qt::ISODateWithMs),
                QDateTime::fromString(fileItem.take("creationTime").toString(), Qt::ISODateWithMs));
            QCOMPARE(sentItem, fileItem);
        }
        QCOMPARE(got.at(1).toObject().value("creationTime").toString(),
                 QStringLiteral("2023-10-19T10:00:58.840Z"));
        const QJsonArray printed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(printed.first().toObject().value("id").toInteger(), 667155);
        QVERIFY(!run.out.contains("sb-secret") && !run.err.contains("sb-secret"));
    }

    void socialBoardsRefusesFarFutureBeforeSending() {
        TestServer server;
        const QString future =
            QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs);
        const Run run = cli(
            {"send-batch", "--backend", "socialboards", "--server", server.url().toString(),
             "--conversation", "42", "--author-email", "a@b.c", "-"},
            {{"AGENTDESK_SB_ACCESS_TOKEN", "t"}},
            QStringLiteral(R"([{"message":"later","creationTime":"%1"}])").arg(future).toUtf8());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("30"), run.err.constData());
        QVERIFY(server.requests().isEmpty());
    }

    void socialBoardsErrorEnvelope() {
        TestServer server;
        server.reply("POST", "/chat/conversations/42/messages", 200,
                     TestServer::fixture("socialboards-error-in-200.json"));
        const Run run =
            cli({"send", "--backend", "socialboards", "--server", server.url().toString(),
                 "--conversation", "42", "--author-email", "a@b.c", "hi"},
                {{"AGENTDESK_SB_ACCESS_TOKEN", "t"}});
        QCOMPARE(run.exitCode, 3);
    }

    void askLiveChatAi() {
        TestServer server;
        server.reply("POST", "/api/v2/conversations", 200,
                     TestServer::fixture("livechatai-ask-200.json"));
        const QMap<QString, QString> env{{"AGENTDESK_LCAI_API_KEY", "lcai-key"}};
        Run run = cli({"ask", "--server", server.url().toString(), "--agent-id",
                       "clx1234567890abcdef", "--conversation", "chat_1234567890", "--format",
                       "plain", "What are your business hours?"},
                      env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Monday to Friday"), run.out.constData());
        QVERIFY(run.out.contains("https://example.com/page"));
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.header("authorization"), QByteArray("Bearer lcai-key"));
        const QJsonObject body = got.json().object();
        QCOMPARE(body.value("question").toString(),
                 QStringLiteral("What are your business hours?"));
        QCOMPARE(body.value("agentId").toString(), QStringLiteral("clx1234567890abcdef"));
        QCOMPARE(body.value("conversationId").toString(), QStringLiteral("chat_1234567890"));
        QCOMPARE(body.value("responseFormat").toString(), QStringLiteral("PLAIN"));

        run = cli({"ask", "--server", server.url().toString(), "--agent-id", "a", "--json", "q"},
                  env);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(printed.value("conversationId").toString(), QStringLiteral("chat_1234567890"));
        QCOMPARE(printed.value("links").toArray().first().toObject().value("type").toString(),
                 QStringLiteral("WEBSITE"));
        QVERIFY(!server.requests().last().json().object().contains("conversationId"));
    }

    void askErrors() {
        TestServer server;
        server.reply("POST", "/api/v2/conversations", 401,
                     TestServer::fixture("livechatai-401.json"));
        Run run = cli({"ask", "--server", server.url().toString(), "--agent-id", "a", "q"},
                      {{"AGENTDESK_LCAI_API_KEY", "k"}});
        QCOMPARE(run.exitCode, 3);
        run = cli({"ask", "--server", server.url().toString(), "--agent-id", "a", "q"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("AGENTDESK_LCAI_API_KEY"));
        run = cli({"ask", "--server", server.url().toString(), "--agent-id", "a", "--format",
                   "html", "q"},
                  {{"AGENTDESK_LCAI_API_KEY", "k"}});
        QCOMPARE(run.exitCode, 2);
    }
    void dataDirSendIsRecordedAndDeliveredOnce() {
        QTemporaryDir dir;
        TestServer server;
        int answer = 500;
        server.on(
            "POST", "/api/v1/livechat/message",
            [&answer](const RecordedRequest& request, QHttpServerResponder& r) {
                if (answer != 200)
                    return TestServer::respond(r, answer, R"({"success":false,"error":"boom"})");
                QJsonObject reply =
                    QJsonDocument::fromJson(TestServer::fixture("rocketchat-send-message-200.json"))
                        .object();
                QJsonObject message = reply.value("message").toObject();
                message["_id"] = request.json().object().value("_id");
                message["msg"] = request.json().object().value("msg");
                reply["message"] = message;
                TestServer::respond(r, 200, QJsonDocument(reply).toJson());
            });
        QStringList send = rcSend(server);
        send << "--data-dir" << dir.path() << "Your refund is on its way";
        Run run = cli(send);
        QCOMPARE(run.exitCode, 4); // 500: kept queued for a later try
        QVERIFY2(run.err.contains("queued"), run.err.constData());

        run = cli({"outbox", "list", "--data-dir", dir.path(), "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonArray listed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("state").toString(), QStringLiteral("queued"));
        QVERIFY(!listed.first().toObject().value("error").toString().isEmpty());
        const QString clientId = listed.first().toObject().value("clientId").toString();
        QVERIFY(!clientId.isEmpty());

        answer = 200;
        run = cli({"outbox", "flush", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 0);
        run = cli({"outbox", "list", "--data-dir", dir.path(), "--json"});
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);

        // Every try carried the same _id: the server can never store two copies.
        const auto sends = server.requestsTo("/api/v1/livechat/message");
        QVERIFY(sends.size() >= 2);
        for (const RecordedRequest& request : sends)
            QCOMPARE(request.json().object().value("_id").toString(), clientId);

        run = cli({"search", "--data-dir", dir.path(), "--json", "refund"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().toObject().value("snippet").toString().contains("refund"));
        run = cli({"search", "--data-dir", dir.path(), "nothing-like-this"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("No messages match"));
    }

    void dataDirPermanentFailureIsListedWithItsReason() {
        QTemporaryDir dir;
        TestServer server;
        server.reply("POST", "/api/v1/livechat/message", 400,
                     R"({"success":false,"error":"room-closed","errorType":"room-closed"})");
        server.reply("GET", "/api/v1/livechat/message/x", 404, R"({"success":false})");
        QStringList send = rcSend(server);
        send << "--data-dir" << dir.path() << "hello";
        Run run = cli(send);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("room-closed"), run.err.constData());
        run = cli({"outbox", "list", "--data-dir", dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("failed") && run.out.contains("room-closed"),
                 run.out.constData());
        run = cli({"outbox", "flush", "--data-dir", dir.path()});
        QVERIFY(run.exitCode != 0); // a failed message is still there
    }

    void workspaceCommandsNeedADataDir() {
        Run run = cli({"outbox", "list"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--data-dir"));
        run = cli({"outbox", "empty", "--data-dir", "/tmp"});
        QCOMPARE(run.exitCode, 2);
        run = cli({"search", "--data-dir", "/tmp"});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
