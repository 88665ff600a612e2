#include "EndpointTest.h"
#include "backends/rocketchat/Me.h"

using namespace agentdesk;
using namespace agentdesk::rocketchat;

//! /me: who a user id + personal access token signs in as (username and display name).
class TestRocketChatMe : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/me";

    static rctest::Call<User> call(QString token = QStringLiteral("personal-access-token")) {
        return [token](Transport& transport, const QUrl& url, QObject* context,
                       ResultCallback<User> done) {
            me(transport, Server{url, QStringLiteral("CkCPNcvsvCDfmWLqC"), token}, context,
               std::move(done));
        };
    }

private slots:
    void readsTheAgent() {
        TestServer server;
        server.reply("GET", kPath, 200, TestServer::fixture("rocketchat-me-200.json"));
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.header("x-user-id"), QByteArray("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(got.header("x-auth-token"), QByteArray("personal-access-token"));
        QCOMPARE(result->id, QStringLiteral("CkCPNcvsvCDfmWLqC"));
        QCOMPARE(result->username, QStringLiteral("kim.jane"));
        QCOMPARE(result->name, QStringLiteral("Kim Jane"));
    }

    void errors_data() {
        rctest::addErrorColumns();
        rctest::addCommonErrorRows();
        QTest::newRow("200 no username")
            << 200 << QByteArray(R"({"_id":"CkCPNcvsvCDfmWLqC","success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 wrong types")
            << 200 << QByteArray(R"({"_id":7,"username":"kim.jane","success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow<User>("GET", QString::fromLatin1(kPath), call()); }

    void notSignedInIsRefusedBeforeSending() {
        rctest::checkRefused<User>(call(QString()), ApiError::Kind::Unauthorized,
                                   QStringLiteral("not signed in"));
    }
};

QTEST_GUILESS_MAIN(TestRocketChatMe)
#include "tst_rocketchat_me.moc"
