#include "ChunkedStreamServer.h"
#include "CliRunner.h"
#include "PeakMemory.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::cli;
using CliRunner::Run;

//! agentdesk-cli against a hostile server: redirects of a send or a question, and an answer
//! that never ends.
class TestCliNet : public QObject {
    Q_OBJECT

    static QStringList rcSend(const QUrl& server) {
        return {"send",
                "--backend",
                "rocketchat",
                "--server",
                server.toString(),
                "--room",
                "hGFwSKA28nRKut3pD",
                "--visitor-token",
                "54fc5544030bcecda053311cb6b"};
    }

    static constexpr auto kSendPath = "/api/v1/livechat/message";

private slots:
    void aRedirectedSendIsNeverASuccess_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("301") << 301 << 3;
        QTest::newRow("302") << 302 << 3;
        QTest::newRow("303") << 303 << 4; // maybe stored: in doubt, not sent
        QTest::newRow("307") << 307 << 2; // a body is never sent elsewhere
        QTest::newRow("308") << 308 << 2;
    }
    void aRedirectedSendIsNeverASuccess() {
        QFETCH(int, status);
        QFETCH(int, exitCode);
        TestServer server;
        TestServer elsewhere; // answers whatever reaches it as a successful send would
        const QUrl landing = elsewhere.url().resolved(QUrl("/landing"));
        for (const QByteArray method : {"GET", "POST"})
            elsewhere.reply(method, "/landing", 200,
                            TestServer::fixture("rocketchat-send-message-200.json"));
        server.reply("POST", kSendPath, status, {}, {{"Location", landing.toEncoded()}});
        const Run run = cli(rcSend(server.url()) << "Hello");
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(!run.out.contains("Sent message"), run.out.constData());
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port()).toUtf8()),
                 run.err.constData()); // names where it pointed
        if (status == 303)
            QVERIFY2(run.err.contains("not known"), run.err.constData());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void aRedirectedQuestionPrintsNoAnswer() {
        TestServer server;
        TestServer elsewhere;
        const QUrl landing = elsewhere.url().resolved(QUrl("/landing"));
        elsewhere.reply("GET", "/landing", 200, TestServer::fixture("livechatai-ask-200.json"));
        server.reply("POST", "/api/v2/conversations", 302, {}, {{"Location", landing.toEncoded()}});
        const Run run = cli({"ask", "--server", server.url().toString(), "--agent-id", "a",
                             "--format", "plain", "What are your business hours?"},
                            {{"AGENTDESK_LCAI_API_KEY", "lcai-key"}});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // nothing passes for the AI's answer
        QVERIFY2(run.err.contains(landing.toEncoded()), run.err.constData());
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void aRedirectedSendThroughTheOutboxFailsWithItsTarget() {
        QTemporaryDir dir;
        TestServer server;
        TestServer elsewhere;
        const QUrl landing = elsewhere.url().resolved(QUrl("/landing"));
        elsewhere.reply("GET", "/landing", 200,
                        TestServer::fixture("rocketchat-send-message-200.json"));
        server.reply("POST", kSendPath, 301, {}, {{"Location", landing.toEncoded()}});
        Run run = cli(rcSend(server.url()) << "--data-dir" << dir.path() << "Hello");
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(landing.toEncoded()), run.err.constData());
        run = cli({"outbox", "list", "--data-dir", dir.path(), "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("state").toString(), QStringLiteral("failed"));
        QVERIFY(listed.first().toObject().value("error").toString().contains(
            landing.toDisplayString()));
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void aSendAnsweredWithAnEndlessChunkedBodyStaysSmall() {
        // 200 MB, chunked, no Content-Length: given up at the 32 MiB cap while arriving.
        TestServer small;
        small.reply("POST", kSendPath, 200,
                    TestServer::fixture("rocketchat-send-message-200.json"));
        Run run = cli(rcSend(small.url()) << "Hello");
        QCOMPARE(run.exitCode, 0);
        const qint64 baseline = PeakMemory::childrenPeakKiB(); // the largest child so far
        QVERIFY(baseline > 0);

        ChunkedStreamServer flood(200'000'000);
        run = cli(rcSend(flood.url()) << "Hello");
        const qint64 grew = PeakMemory::childrenPeakKiB() - baseline;
        QVERIFY2(grew < 50 * 1024, qPrintable(QStringLiteral("peak RSS +%1 KiB").arg(grew)));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("larger than 32 MiB"), run.err.constData());
        QVERIFY(!run.out.contains("Sent message"));
        QCOMPARE(flood.requests(), 1);
        QVERIFY(flood.cutOff());
    }
};

QTEST_GUILESS_MAIN(TestCliNet)
#include "tst_cli_net.moc"
