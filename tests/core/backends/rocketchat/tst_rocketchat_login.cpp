#include "EndpointTest.h"
#include "backends/rocketchat/Login.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace agentdesk;
using namespace agentdesk::rocketchat;

namespace {
// Every log line of the process during a test, to prove secrets never reach it.
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void recordLog(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    g_log.append(text);
    if (g_previous)
        g_previous(type, context, text);
}
} // namespace

class TestRocketChatLogin : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/login";
    static constexpr auto kPassword = "correct horse battery staple";

    static LoginRequest withPassword() {
        return {QStringLiteral("kim.jane"), QString::fromLatin1(kPassword), {}};
    }

    static rctest::Call<LoginSession> call(LoginRequest request = withPassword()) {
        return [request](Transport& transport, const QUrl& url, QObject* context,
                         ResultCallback<LoginSession> done) {
            login(transport, url, request, context, std::move(done));
        };
    }

private slots:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("agentdesk.*=true"));
        g_previous = qInstallMessageHandler(recordLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void logsInWithUserAndPassword() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("rocketchat-login-200.json"));
        Transport transport;
        g_log.clear();
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        QVERIFY(!got.headers.contains("x-auth-token"));
        QVERIFY(!got.headers.contains("x-user-id"));
        QCOMPARE(got.json().object(),
                 (QJsonObject{{"user", "kim.jane"}, {"password", QLatin1String(kPassword)}}));

        const LoginSession& session = result.value();
        QCOMPARE(session.userId, QStringLiteral("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(session.authToken, QStringLiteral("9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq"));
        QCOMPARE(session.me.id, session.userId);
        QCOMPARE(session.me.username, QStringLiteral("kim.jane"));
        QCOMPARE(session.me.name, QStringLiteral("Kim Jane"));

        for (const QString& line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QLatin1String(kPassword)), qPrintable(line));
            QVERIFY2(!line.contains(session.authToken), qPrintable(line));
        }
    }

    void resumesWithASavedToken() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("rocketchat-login-200.json"));
        Transport transport;
        const LoginRequest request{
            {}, {}, QStringLiteral("9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq")};
        const auto result = rctest::run(transport, server.url(), call(request));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(server.requests().first().json().object(),
                 (QJsonObject{{"resume", "9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq"}}));
    }

    void refusesBeforeSending() {
        rctest::checkRefused(call({"", "pw", ""}), ApiError::Kind::InvalidRequest, "username");
        rctest::checkRefused(call({"kim.jane", "", ""}), ApiError::Kind::InvalidRequest,
                             "password");
        QVERIFY(!checkLoginRequest({"", "", "token"}));
    }

    void wrongPasswordLogsNothingSecret() {
        TestServer server;
        server.reply("POST", kPath, 401, TestServer::fixture("rocketchat-login-401.json"));
        Transport transport;
        g_log.clear();
        const auto result = rctest::run(transport, server.url(), call());
        QCOMPARE(result.error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(result.error().serverMessage(), QStringLiteral("Unauthorized"));
        QVERIFY(!result.error().message().contains(QLatin1String(kPassword)));
        QVERIFY(!result.error().detail().contains(QLatin1String(kPassword)));
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(QLatin1String(kPassword)), qPrintable(line));
    }

    void errors_data() {
        rctest::addErrorColumns();
        QTest::newRow("401 page shape") << 401 << TestServer::fixture("rocketchat-login-401.json")
                                        << ApiError::Kind::Unauthorized << "Unauthorized"
                                        << "Unauthorized";
        QTest::newRow("401 two-factor required")
            << 401
            << QByteArray(R"({"status":"error","error":"totp-required","message":"TOTP Required",)"
                          R"("details":{"method":"email"}})")
            << ApiError::Kind::Unauthorized << "TOTP Required"
            << "totp-required";
        QTest::newRow("400 with errorType")
            << 400
            << QByteArray(R"({"success":false,"error":"Match error","errorType":"Match.Error"})")
            << ApiError::Kind::InvalidRequest << "Match error"
            << "Match.Error";
        rctest::addCommonErrorRows();
        const QByteArray me = R"("me":{"_id":"u1","username":"kim.jane"})";
        QTest::newRow("200 status error")
            << 200
            << QByteArray(R"({"status":"error","data":{"userId":"u1","authToken":"t",)" + me + "}}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 status missing")
            << 200 << QByteArray(R"({"data":{"userId":"u1","authToken":"t",)" + me + "}}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 data missing")
            << 200 << QByteArray(R"({"status":"success"})") << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 authToken missing")
            << 200 << QByteArray(R"({"status":"success","data":{"userId":"u1",)" + me + "}}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 authToken empty")
            << 200
            << QByteArray(R"({"status":"success","data":{"userId":"u1","authToken":"",)" + me +
                          "}}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 userId a number")
            << 200
            << QByteArray(R"({"status":"success","data":{"userId":1,"authToken":"t",)" + me + "}}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 me missing")
            << 200 << QByteArray(R"({"status":"success","data":{"userId":"u1","authToken":"t"}})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 me is someone else")
            << 200
            << QByteArray(R"({"status":"success","data":{"userId":"u2","authToken":"t",)" + me +
                          "}}")
            << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow("POST", kPath, call()); }

    void rateLimits() { rctest::checkRateLimits("POST", kPath, call()); }
    void transportFailures() { rctest::checkTransportFailures("POST", kPath, call()); }
};

QTEST_GUILESS_MAIN(TestRocketChatLogin)
#include "tst_rocketchat_login.moc"
