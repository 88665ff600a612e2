#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seeded;

class TestSandboxFaults : public QObject {
    Q_OBJECT

    static QJsonObject message(const QString& id) {
        return {{"token", kVisitorToken}, {"rid", kRoom}, {"msg", "hello"}, {"_id", id}};
    }

    static int countById(sandbox::World& world, const QString& id) {
        int count = 0;
        for (const QJsonObject& stored : world.rocketChat().messages)
            count += stored.value("_id").toString() == id ? 1 : 0;
        return count;
    }

private slots:
    void adminReadsAndSwitchesFaults() {
        SandboxHarness sandbox;
        const QJsonObject initial = sandbox.get("/_admin/faults").json();
        QCOMPARE(initial.value("latencyMs").toInt(), 0);
        QCOMPARE(initial.value("rateLimit"), QJsonValue(QJsonValue::Null));
        const Answer changed = sandbox.setFaults({{"failRate", 0.25}, {"rateLimit", "5/10"}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("failRate").toDouble(), 0.25);
        QCOMPARE(changed.json().value("rateLimit").toString(), QStringLiteral("5/10"));
        QCOMPARE(sandbox.server.faults().settings().rateWindowSeconds, 10);

        QCOMPARE(sandbox.setFaults({{"failRate", 2}}).status, 400);
        QCOMPARE(sandbox.setFaults({{"rateLimit", "fast"}}).status, 400);
        QCOMPARE(sandbox.setFaults({{"explode", true}}).status, 400);
        QCOMPARE(sandbox.post("/_admin/faults", "not json").status, 400);
        QCOMPARE(sandbox.server.faults().settings().failRate, 0.25); // refusals change nothing
    }

    void latencyDelaysTheAnswer() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.setFaults({{"latencyMs", 1200}}).status, 200);
        QElapsedTimer timer;
        timer.start();
        const Answer answer = sandbox.get("/api/v1/canned-responses.get", {}, rcAuth());
        QCOMPARE(answer.status, 200);
        QVERIFY2(timer.elapsed() >= 1190, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(sandbox.setFaults({{"latencyMs", 0}}).status, 200); // admin is never delayed
        timer.restart();
        QCOMPARE(sandbox.get("/api/v1/canned-responses.get", {}, rcAuth()).status, 200);
        QVERIFY(timer.elapsed() < 1190);
    }

    void failRateAnswers500InEachBackendsShape() {
        SandboxHarness sandbox;
        sandbox.setFaults({{"failRate", 1}});
        const qsizetype before = sandbox.world.rocketChat().messages.size();
        const Answer rc = sandbox.postJson("/api/v1/livechat/message", message("f1"));
        QCOMPARE(rc.status, 500);
        QCOMPARE(rc.json(), (QJsonObject{{"success", false}, {"error", "Internal server error"}}));
        QCOMPARE(sandbox.world.rocketChat().messages.size(), before); // nothing was carried out
        const Answer sb = sandbox.get("/chat/conversations/254626/messages", {}, bearer(kSbToken));
        QCOMPARE(sb.status, 500);
        QCOMPARE(sb.json().value("errorCode").toInt(), 500);
        const Answer lc = sandbox.get("/api/v2/conversations", {}, bearer(kLcaiKey));
        QCOMPARE(lc.status, 500);
        QCOMPARE(lc.json().value("code").toString(), QStringLiteral("INTERNAL_ERROR"));
        sandbox.setFaults({{"failRate", 0}});
        QCOMPARE(sandbox.postJson("/api/v1/livechat/message", message("f1")).status, 200);
    }

    void rateLimitCountsEachRoutePatternAsOne() {
        // As Rocket.Chat: every room's history read counts against one window.
        SandboxHarness sandbox;
        sandbox.setFaults({{"rateLimit", "2/60"}});
        const auto history = [&](const QString& rid, const QString& token) {
            return sandbox.get("/api/v1/livechat/messages.history/" + rid,
                               QUrlQuery{{"token", token}});
        };
        QCOMPARE(history(kRoom, kVisitorToken).status, 200);
        QCOMPARE(history(kOtherRoom, kOtherVisitorToken).status, 200);
        const Answer third = history(kRoom, kVisitorToken);
        QCOMPARE(third.status, 429);
        QVERIFY(!third.header("retry-after").isEmpty());
        QCOMPARE(sandbox.get("/api/v1/livechat/rooms", {}, rcAuth()).status, 200); // its own
        QCOMPARE(sandbox::Faults::routeKey("GET", "/api/v1/livechat/messages.history/abc"),
                 QStringLiteral("GET /api/v1/livechat/messages.history/:id"));
        QCOMPARE(sandbox::Faults::routeKey("GET", "/chat/conversations/7/messages"),
                 QStringLiteral("GET /chat/conversations/:id/messages"));
        QCOMPARE(sandbox::Faults::routeKey("POST", "/chat/conversations"),
                 QStringLiteral("POST /chat/conversations"));
    }

    void refuseWebSocketIsAFault() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.get("/_admin/faults").json().value("refuseWebSocket"), QJsonValue(false));
        const Answer changed = sandbox.setFaults({{"refuseWebSocket", true}});
        QCOMPARE(changed.json().value("refuseWebSocket"), QJsonValue(true));
        QVERIFY(sandbox.server.faults().settings().refuseWebSocket);
        QCOMPARE(sandbox.setFaults({{"refuseWebSocket", "yes"}}).status, 400);
    }

    void rateLimitCountsPerEndpointAndSaysWhenToComeBack() {
        SandboxHarness sandbox;
        sandbox.setFaults({{"rateLimit", "2/60"}});
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const QString path = QStringLiteral("/api/v1/canned-responses.get");
        const Answer first = sandbox.get(path, {}, rcAuth());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("x-ratelimit-limit"), QByteArray("2"));
        QCOMPARE(first.header("x-ratelimit-remaining"), QByteArray("1"));
        const qint64 reset = first.header("x-ratelimit-reset").toLongLong();
        QVERIFY2(reset >= start + 59'000 && reset <= QDateTime::currentMSecsSinceEpoch() + 60'000,
                 qPrintable(QString::number(reset - start)));
        QCOMPARE(sandbox.get(path, {}, rcAuth()).header("x-ratelimit-remaining"), QByteArray("0"));

        const Answer limited = sandbox.get(path, {}, rcAuth());
        QCOMPARE(limited.status, 429);
        const int wait = limited.header("retry-after").toInt();
        QVERIFY(wait >= 59 && wait <= 60);
        QCOMPARE(limited.header("x-ratelimit-reset").toLongLong(), reset);
        QCOMPARE(limited.json(),
                 (QJsonObject{{"success", false},
                              {"error", QStringLiteral("Error, too many requests. Please slow "
                                                       "down. You must wait %1 seconds before "
                                                       "trying this endpoint again. "
                                                       "[too-many-requests]")
                                            .arg(wait)}}));
        // Another endpoint has its own window; LiveChatAI answers in its own shape.
        QCOMPARE(sandbox.get("/api/v1/livechat/rooms", {}, rcAuth()).status, 200);
        sandbox.get("/api/v2/conversations", {}, bearer(kLcaiKey));
        sandbox.get("/api/v2/conversations", {}, bearer(kLcaiKey));
        const Answer lc = sandbox.get("/api/v2/conversations", {}, bearer(kLcaiKey));
        QCOMPARE(lc.status, 429);
        QCOMPARE(lc.json().value("code").toString(), QStringLiteral("RATE_LIMIT_EXCEEDED"));

        sandbox.setFaults({{"rateLimit", QJsonValue::Null}});
        const Answer free = sandbox.get(path, {}, rcAuth());
        QCOMPARE(free.status, 200);
        QVERIFY(free.header("x-ratelimit-limit").isEmpty());
    }

    void hangCarriesOutTheRequestButNeverAnswers() {
        SandboxHarness sandbox;
        sandbox.setFaults({{"hangAfterReceive", true}});
        const Answer answer =
            sandbox.send("POST", sandbox.url("/api/v1/livechat/message"),
                         QJsonDocument(message("hang-1")).toJson(), {}, "application/json", 800);
        QVERIFY(!answer.finished);
        QCOMPARE(countById(sandbox.world, "hang-1"), 1); // delivered; only the answer is lost
        sandbox.setFaults({{"hangAfterReceive", false}});
        const Answer retry = sandbox.postJson("/api/v1/livechat/message", message("hang-1"));
        QCOMPARE(retry.status, 400); // the retry with the same _id inserts nothing
        QCOMPARE(countById(sandbox.world, "hang-1"), 1);
    }

    void resetClosesTheConnectionAfterCarryingOut() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.setFaults({{"resetAfterReceive", true}}).status, 200);
        QNetworkAccessManager fresh; // a new connection, so nothing is silently re-sent
        QNetworkRequest request(sandbox.url("/api/v1/livechat/message"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply = fresh.post(request, QJsonDocument(message("reset-1")).toJson());
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        reply->deleteLater();
        QCOMPARE(countById(sandbox.world, "reset-1"), 1);
    }

    void resetBeforeHandlingNeverCarriesOut() {
        SandboxHarness sandbox;
        QCOMPARE(sandbox.setFaults({{"resetBeforeHandling", true}}).status, 200);
        const Answer answer =
            sandbox.send("POST", sandbox.url("/api/v1/livechat/message"),
                         QJsonDocument(message("stale-1")).toJson(), {}, "application/json", 5000);
        QVERIFY(answer.finished);
        QVERIFY(answer.error != QNetworkReply::NoError);
        QCOMPARE(answer.status, 0);
        QCOMPARE(countById(sandbox.world, "stale-1"), 0); // read, but not carried out
        QString error;
        QVERIFY(sandbox.server.faults().apply({{"resetBeforeHandling", false}}, &error));
        QCOMPARE(sandbox.server.faults().toJson().value("resetBeforeHandling"), QJsonValue(false));
        QCOMPARE(sandbox.postJson("/api/v1/livechat/message", message("stale-1")).status, 200);
        QCOMPARE(countById(sandbox.world, "stale-1"), 1);
    }

    void logWritesEveryRequestWithSecretsMasked() {
        QTemporaryDir dir;
        SandboxHarness sandbox;
        QString error;
        QVERIFY(sandbox.server.setLogFile(dir.filePath("requests.jsonl"), &error));
        sandbox.get("/api/v1/livechat/rooms", QUrlQuery{{"agents[]", kAgentId}, {"open", "true"}},
                    rcAuth());
        sandbox.postJson("/api/v1/login", QJsonObject{{"user", "kim.jane"}, {"password", "demo"}});
        sandbox.get("/chat/conversations/254626/messages", {}, bearer(kSbToken));
        sandbox.post("/token",
                     "grant_type=refresh_token&refresh_token=demo-socialboards-refresh-token"
                     "&client_id=agentdesk-demo",
                     {}, "application/x-www-form-urlencoded");

        QFile file(dir.filePath("requests.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        const QList<QByteArray> lines = all.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const QJsonObject rooms = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(rooms.value("method").toString(), QStringLiteral("GET"));
        QCOMPARE(rooms.value("path").toString(), QStringLiteral("/api/v1/livechat/rooms"));
        QCOMPARE(rooms.value("query").toObject(),
                 (QJsonObject{{"agents[]", kAgentId}, {"open", "true"}}));
        const QJsonObject headers = rooms.value("headers").toObject();
        QCOMPARE(headers.value("x-auth-token").toString(), QStringLiteral("***"));
        QCOMPARE(headers.value("x-user-id").toString(), kAgentId);
        const QJsonObject login = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(login.value("body").toObject(),
                 (QJsonObject{{"user", "kim.jane"}, {"password", "***"}}));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2))
                     .object()
                     .value("headers")
                     .toObject()
                     .value("authorization")
                     .toString(),
                 QStringLiteral("Bearer ***"));
        QVERIFY(QJsonDocument::fromJson(lines.at(3))
                    .object()
                    .value("body")
                    .toString()
                    .contains("refresh_token=***"));
        for (const QByteArray& secret :
             {QByteArray("demo-rocketchat-token"), QByteArray("demo-socialboards-token"),
              QByteArray("demo-socialboards-refresh-token"), QByteArray("\"demo\"")})
            QVERIFY2(!all.contains(secret), secret.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
