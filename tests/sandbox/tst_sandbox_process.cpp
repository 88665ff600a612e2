#include "demo/DemoWorld.h"
#include "demo/SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestSandboxProcess : public QObject {
    Q_OBJECT

    struct Reply {
        bool finished = false;
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    //! Starts the real binary and reads its first line; the URL or empty.
    static QUrl start(QProcess& process, const QStringList& extra) {
        process.start(QStringLiteral(AGENTDESK_SANDBOX_BIN),
                      QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extra);
        if (!process.waitForStarted(5000))
            return {};
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && timer.elapsed() < 10000)
            process.waitForReadyRead(200);
        return QUrl(QString::fromUtf8(process.readLine().trimmed()));
    }

    static bool stop(QProcess& process) {
        process.terminate();
        return process.waitForFinished(5000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    Reply request(const QByteArray& method, const QUrl& url, const QByteArray& body = {}) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        Reply result;
        if (QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000)) {
            result.finished = true;
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
        } else {
            reply->abort();
        }
        reply->deleteLater();
        return result;
    }

    static QUrl at(const QUrl& base, const QString& pathAndQuery) {
        return base.resolved(QUrl(pathAndQuery));
    }

    static QByteArray sendBody(const QString& id) {
        return QJsonDocument(
                   QJsonObject{{"token",
                                "54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9"},
                               {"rid", "hGFwSKA28nRKut3pD"},
                               {"msg", "kept across runs"},
                               {"_id", id}})
            .toJson();
    }

    QNetworkAccessManager m_network;

private slots:
    void printsItsUrlFirstAndStopsOnSigterm() {
        QProcess process;
        const QUrl url = start(process, {QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$"))
                    .match(url.toString())
                    .hasMatch());
        QCOMPARE(request("GET", at(url, "/_admin/faults")).status, 200);
        QVERIFY(stop(process));
        QVERIFY(process.readAllStandardError().contains("stopping on signal 15"));
    }

    void stopsOnSigint() {
        QProcess process;
        QVERIFY(start(process, {}).isValid());
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void refusesEveryAddressButLoopback_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("any") << QStringList{"--bind", "0.0.0.0"} << QByteArray("127.0.0.1 only");
        QTest::newRow("lan") << QStringList{"--bind", "192.168.1.5"}
                             << QByteArray("127.0.0.1 only");
        QTest::newRow("v6 any") << QStringList{"--bind", "::"} << QByteArray("127.0.0.1 only");
        QTest::newRow("fail rate")
            << QStringList{"--fail-rate", "3"} << QByteArray("--fail-rate must be between 0 and 1");
        QTest::newRow("rate limit")
            << QStringList{"--rate-limit", "many"} << QByteArray("--rate-limit must look like N/S");
        QTest::newRow("unknown") << QStringList{"--frobnicate"} << QByteArray("frobnicate");
    }
    void refusesEveryAddressButLoopback() {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QProcess process;
        process.start(QStringLiteral(AGENTDESK_SANDBOX_BIN), arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains(message), error.constData());
    }

    void stateIsKeptBetweenRuns() {
        QTemporaryDir dir;
        const QString state = dir.filePath("state.json");
        {
            QProcess first;
            const QUrl url = start(first, {"--state", state});
            QVERIFY(url.isValid());
            QCOMPARE(
                request("POST", at(url, "/api/v1/livechat/message"), sendBody("persist-1")).status,
                200);
            QVERIFY(stop(first));
        }
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("persist-1"));
        file.close();
        QProcess second;
        const QUrl url = start(second, {"--state", state});
        const Reply found = request(
            "GET", at(url, "/api/v1/livechat/message/persist-1?token="
                           "54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9"
                           "&rid=hGFwSKA28nRKut3pD"));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().value("message").toObject().value("msg").toString(),
                 QStringLiteral("kept across runs"));
        // The de-duplication survives the restart too.
        QCOMPARE(request("POST", at(url, "/api/v1/livechat/message"), sendBody("persist-1")).status,
                 400);
        QVERIFY(stop(second));
    }

    void aBrokenStateFileIsAClearError() {
        QTemporaryDir dir;
        QFile file(dir.filePath("state.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QProcess process;
        process.start(QStringLiteral(AGENTDESK_SANDBOX_BIN), {"--state", file.fileName()});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("cannot load state"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void faultsFromTheCommandLine() {
        QProcess process;
        const QUrl url = start(process, {"--fail-rate", "1", "--latency", "250"});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(request("GET", at(url, "/api/v1/canned-responses.get")).status, 500);
        QVERIFY(timer.elapsed() >= 240);
        QVERIFY(stop(process));

        QProcess limited;
        const QUrl limitedUrl = start(limited, {"--rate-limit", "1/60"});
        QCOMPARE(request("GET", at(limitedUrl, "/api/v1/livechat/rooms")).status, 401);
        QCOMPARE(request("GET", at(limitedUrl, "/api/v1/livechat/rooms")).status, 429);
        QVERIFY(stop(limited));

        QProcess hanging;
        const QUrl hangingUrl = start(hanging, {"--hang-after-receive"});
        QVERIFY(!request("GET", at(hangingUrl, "/api/v1/livechat/rooms")).finished);
        QCOMPARE(request("POST", at(hangingUrl, "/_admin/faults"), R"({"hangAfterReceive":false})")
                     .status,
                 200);
        QCOMPARE(request("GET", at(hangingUrl, "/api/v1/livechat/rooms")).status, 401);
        QVERIFY(stop(hanging));
    }

    void logOptionWritesJsonLines() {
        QTemporaryDir dir;
        QProcess process;
        const QUrl url = start(process, {"--log", dir.filePath("log.jsonl")});
        request("GET", at(url, "/api/v2/conversations"));
        QVERIFY(stop(process));
        QFile file(dir.filePath("log.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(line.value("path").toString(), QStringLiteral("/api/v2/conversations"));
    }

    void simulatedVisitorsOpenConversations() {
        QProcess process;
        const QUrl url =
            start(process, {"--visitors", "3", "--visitor-pace", "40", "--seed", "11"});
        const auto activity = [&] {
            const QJsonObject world = request("GET", at(url, "/_admin/world")).json();
            const QJsonObject rc = world.value("rocketchat").toObject();
            qsizetype sbMessages = 0;
            const QJsonObject sb =
                world.value("socialboards").toObject().value("messages").toObject();
            for (const QJsonValue& list : sb)
                sbMessages += list.toArray().size();
            return std::pair(rc.value("rooms").toArray().size(),
                             rc.value("messages").toArray().size() + sbMessages);
        };
        const auto [seededRooms, seededMessages] = activity();
        QCOMPARE(seededRooms, 5);
        QTRY_VERIFY_WITH_TIMEOUT(
            activity().first > seededRooms && activity().second >= seededMessages + 8, 10000);
        QVERIFY(stop(process));
    }

    void sandboxProcessStartsAndStopsTheChild() {
        qint64 pid = 0;
        QUrl url;
        {
            agentdesk::SandboxProcess sandbox;
            sandbox.setProgram(QStringLiteral(AGENTDESK_SANDBOX_BIN));
            QSignalSpy ready(&sandbox, &agentdesk::SandboxProcess::ready);
            sandbox.start();
            QVERIFY(sandbox.waitForReady(10000));
            QCOMPARE(ready.size(), 1);
            url = sandbox.baseUrl();
            QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
            QCOMPARE(ready.first().first().toUrl(), url);
            QVERIFY(sandbox.isRunning());
            // The demo accounts exist in the sandbox it started.
            QNetworkRequest login(at(url, "/api/v1/login"));
            login.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            const Reply session = request(
                "POST", at(url, "/api/v1/login"),
                QJsonDocument(
                    QJsonObject{{"user", agentdesk::demo::RocketChatAccount::username()},
                                {"password", agentdesk::demo::RocketChatAccount::password()}})
                    .toJson());
            QCOMPARE(session.json().value("data").toObject().value("authToken").toString(),
                     agentdesk::demo::RocketChatAccount::authToken());
            QCOMPARE(session.json().value("data").toObject().value("userId").toString(),
                     agentdesk::demo::RocketChatAccount::userId());
        } // destroyed: SIGTERM, wait
        const Reply after = request("GET", at(url, "/_admin/faults"));
        QVERIFY(!after.finished || after.status == 0);
        Q_UNUSED(pid);
    }

    void sandboxProcessReportsAFailedStart() {
        agentdesk::SandboxProcess missing;
        missing.setProgram(QStringLiteral("/nonexistent/agentdesk-sandbox"));
        QSignalSpy failed(&missing, &agentdesk::SandboxProcess::failed);
        missing.start();
        QVERIFY(!missing.waitForReady(5000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!missing.errorString().isEmpty());

        agentdesk::SandboxProcess refused;
        refused.setProgram(QStringLiteral(AGENTDESK_SANDBOX_BIN));
        refused.setArguments({QStringLiteral("--bind"), QStringLiteral("0.0.0.0")});
        QSignalSpy refusal(&refused, &agentdesk::SandboxProcess::failed);
        refused.start();
        QVERIFY(!refused.waitForReady(5000));
        QCOMPARE(refusal.size(), 1);
        QVERIFY2(refused.errorString().contains("code 2"), qPrintable(refused.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
