#include "SocialBoardsTest.h"
#include "backends/socialboards/RefreshToken.h"

#include <QUrlQuery>

using namespace agentdesk;
using namespace agentdesk::socialboards;

class TestSocialBoardsRefreshToken : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/token";
    // A refresh token with the characters form encoding must escape.
    static constexpr auto kRefresh = "c5ngLXd0zVrgN6U7jdAw2EOGd9fj0GkZEFOvdd6yEHo+/a&b=";
    static constexpr auto kClientId = "f525a170-9c89-40b7-a687-673efd7f218b";

    Result<AccessToken> refresh(Transport& transport, const QUrl& url,
                                const RefreshTokenRequest& request) {
        return sbtest::wait<AccessToken>(
            [&](auto done) { refreshToken(transport, url, request, this, done); });
    }

    static RefreshTokenRequest example() {
        return RefreshTokenRequest{QString::fromLatin1(kRefresh), QString::fromLatin1(kClientId)};
    }

private slots:
    void sendsTheFormAndParsesThePagesAnswer() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("socialboards-token-200.json"));
        Transport transport;
        const auto result = refresh(transport, server.url(), example());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QCOMPARE(got.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!got.headers.contains("authorization"));
        QCOMPARE(got.body, QByteArray("grant_type=refresh_token"
                                      "&refresh_token=c5ngLXd0zVrgN6U7jdAw2EOGd9fj0GkZEFOvdd6yEHo%"
                                      "2B%2Fa%26b%3D"
                                      "&client_id=f525a170-9c89-40b7-a687-673efd7f218b"));
        // And a form parser reads back exactly what was meant.
        const QUrlQuery form(QString::fromLatin1(got.body));
        QCOMPARE(form.queryItemValue("refresh_token", QUrl::FullyDecoded),
                 QString::fromLatin1(kRefresh));
        QCOMPARE(form.queryItemValue("client_id"), QString::fromLatin1(kClientId));

        const AccessToken& token = result.value();
        QVERIFY(token.accessToken.startsWith("eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9."));
        QCOMPARE(token.tokenType, QStringLiteral("bearer"));
        QCOMPARE(token.expiresIn, 3599);
        QCOMPARE(token.refreshToken,
                 QStringLiteral("c5ngLXd0zVrgN6U7jdAw2EOGd9fj0GkZEFOvdd6yEHo="));
    }

    void serverPathPrefixIsKept() {
        const HttpRequest http =
            refreshTokenRequest(QUrl("https://api.example.com/sb/"), example());
        QCOMPARE(http.url.toString(), QStringLiteral("https://api.example.com/sb/token"));
        QVERIFY(http.credentials.isEmpty());
    }

    void missingInputIsRefusedBeforeSending() {
        TestServer server;
        server.reply("POST", kPath, 200, TestServer::fixture("socialboards-token-200.json"));
        Transport transport;
        QCOMPARE(refresh(transport, server.url(), {QString(), "client"}).error().kind(),
                 ApiError::Kind::InvalidRequest);
        QCOMPARE(refresh(transport, server.url(), {"refresh", QString()}).error().kind(),
                 ApiError::Kind::InvalidRequest);
        QVERIFY(server.requests().isEmpty());
    }

    void errors_data() {
        sbtest::errorColumns();
        using K = ApiError::Kind;
        const QByteArray none;
        QTest::newRow("400 oauth invalid_grant")
            << 400 << TestServer::fixture("socialboards-token-400.json") << none
            << K::InvalidRequest << "The refresh token is invalid or has been revoked."
            << "invalid_grant" << -1;
        QTest::newRow("400 oauth without description")
            << 400 << QByteArray(R"({"error":"unsupported_grant_type"})") << none
            << K::InvalidRequest << "unsupported_grant_type"
            << "unsupported_grant_type" << -1;
        QTest::newRow("400 envelope") << 400 << TestServer::fixture("socialboards-error-400.json")
                                      << none << K::InvalidRequest
                                      << "Message creation time cannot be more than 30 seconds "
                                         "in the future."
                                      << "400" << -1;
        QTest::newRow("401") << 401 << TestServer::fixture("socialboards-401.json") << none
                             << K::Unauthorized << "Authorization has been denied for this request."
                             << "401" << -1;
        QTest::newRow("429 seconds") << 429 << QByteArray(R"({"error":"slow_down"})")
                                     << QByteArray("12") << K::RateLimited << "slow_down"
                                     << "slow_down" << 12;
        QTest::newRow("429 http date")
            << 429 << QByteArray() << sbtest::httpDateIn(90) << K::RateLimited << ""
            << "" << 90;
        QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << none
                                  << K::ServerError << ""
                                  << "" << -1;
        QTest::newRow("200 not json")
            << 200 << QByteArray("access_token=abc") << none << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("200 no access_token")
            << 200 << QByteArray(R"({"token_type":"bearer","expires_in":3599})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("200 empty access_token")
            << 200 << QByteArray(R"({"access_token":"","expires_in":3599})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("200 expires_in as string")
            << 200 << QByteArray(R"({"access_token":"a","expires_in":"3599"})") << none
            << K::BadResponse << ""
            << "" << -1;
        QTest::newRow("200 expires_in zero")
            << 200 << QByteArray(R"({"access_token":"a","expires_in":0})") << none << K::BadResponse
            << ""
            << "" << -1;
    }
    void errors() {
        sbtest::checkErrorRow<AccessToken>(
            "POST", kPath, [this](Transport& transport, const QUrl& url, auto done) {
                refreshToken(transport, url, example(), this, done);
            });
    }

    void transportEdges() {
        auto call = [this](Transport& transport, const QUrl& url, auto done) {
            refreshToken(transport, url, example(), this, done);
        };
        const QByteArray ok = TestServer::fixture("socialboards-token-200.json");
        sbtest::checkHangTimesOut<AccessToken>("POST", kPath, call);
        if (QTest::currentTestFailed())
            return;
        sbtest::checkOversizedIsRefused<AccessToken>("POST", kPath, ok, call);
    }

    void truncatedBodyIsBadResponse() {
        TestServer server;
        const QByteArray full = TestServer::fixture("socialboards-token-200.json");
        server.truncate("POST", kPath, full.left(40), full.size());
        Transport transport;
        QCOMPARE(refresh(transport, server.url(), example()).error().kind(),
                 ApiError::Kind::BadResponse);
    }

    void secretsNeverReachTheErrorText() {
        TestServer server;
        server.reply("POST", kPath, 400, TestServer::fixture("socialboards-token-400.json"));
        Transport transport;
        const ApiError error = refresh(transport, server.url(), example()).error();
        QVERIFY(!error.message().contains(QString::fromLatin1(kRefresh).left(12)));
        QVERIFY(!error.detail().contains(QString::fromLatin1(kRefresh).left(12)));
        QVERIFY(!error.message().contains(QString::fromLatin1(kClientId)));
    }
};

QTEST_GUILESS_MAIN(TestSocialBoardsRefreshToken)
#include "tst_socialboards_refreshtoken.moc"
