#include "EndpointTest.h"
#include "backends/rocketchat/CannedResponses.h"

using namespace agentdesk;
using namespace agentdesk::rocketchat;

class TestRocketChatCannedResponses : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/canned-responses.get";

    static Server serverAt(const QUrl& url) {
        return Server{url, QStringLiteral("CkCPNcvsvCDfmWLqC"),
                      QStringLiteral("9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq")};
    }

    static rctest::Call<QList<CannedResponse>> call(std::optional<Server> server = {}) {
        return [server](Transport& transport, const QUrl& url, QObject* context,
                        ResultCallback<QList<CannedResponse>> done) {
            cannedResponses(transport, server.value_or(serverAt(url)), context, std::move(done));
        };
    }

    static QByteArray listWith(const QByteArray& response) {
        return R"({"responses":[)" + response + R"(],"success":true})";
    }

private slots:
    void readsTheAgentsCannedResponses() {
        TestServer server;
        server.reply("GET", kPath, 200,
                     TestServer::fixture("rocketchat-canned-responses-200.json"));
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QVERIFY(got.query.isEmpty());
        QVERIFY(got.body.isEmpty());
        QCOMPARE(got.header("x-auth-token"),
                 QByteArray("9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq"));
        QCOMPARE(got.header("x-user-id"), QByteArray("CkCPNcvsvCDfmWLqC"));

        const QList<CannedResponse>& list = result.value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].id, QStringLiteral("Z9sKxHnqE4bWfLmT2"));
        QCOMPARE(list[0].shortcut, QStringLiteral("hello"));
        QVERIFY(list[0].text.contains("{{contact.name}}"));
        QCOMPARE(list[0].scope, QStringLiteral("global"));
        QCOMPARE(list[0].tags, QStringList{"greeting"});
        QVERIFY(list[0].departmentId.isEmpty());
        QCOMPARE(list[1].scope, QStringLiteral("department"));
        QCOMPARE(list[1].departmentId, QStringLiteral("xnmXQmytuvxp2TuSC"));
        QCOMPARE(list[1].tags, (QStringList{"billing", "refund"}));
        QCOMPARE(list[1].updatedAt.toMSecsSinceEpoch(),
                 QDateTime::fromString("2023-10-02T11:47:30.019Z", Qt::ISODateWithMs)
                     .toMSecsSinceEpoch());
        QCOMPARE(list[2].scope, QStringLiteral("user"));
        QVERIFY(list[2].tags.isEmpty());
    }

    void anEmptyListIsFine() {
        HttpResponse response;
        response.status = 200;
        response.body = R"({"responses":[],"success":"true"})";
        const auto result = parseCannedResponsesReply(response);
        QVERIFY(result.ok());
        QVERIFY(result->isEmpty());
    }

    void refusesWithoutCredentials() {
        rctest::checkRefused(call(Server{QUrl("http://127.0.0.1:1"), "uid", ""}),
                             ApiError::Kind::Unauthorized, "not signed in");
    }

    void errors_data() {
        rctest::addErrorColumns();
        QTest::newRow("400 with errorType (not licensed)")
            << 400
            << QByteArray(R"({"success":false,"error":"This is an enterprise feature )"
                          R"([error-action-not-allowed]","errorType":"error-action-not-allowed"})")
            << ApiError::Kind::InvalidRequest
            << "This is an enterprise feature [error-action-not-allowed]"
            << "error-action-not-allowed";
        rctest::addCommonErrorRows();
        QTest::newRow("200 responses missing")
            << 200 << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 responses an object")
            << 200 << QByteArray(R"({"responses":{},"success":true})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 shortcut missing")
            << 200 << listWith(R"({"_id":"a","text":"t","scope":"global","tags":[]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 text a number")
            << 200 << listWith(R"({"_id":"a","shortcut":"s","text":5,"scope":"global"})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 tags a string")
            << 200
            << listWith(R"({"_id":"a","shortcut":"s","text":"t","scope":"global","tags":"x"})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 a tag not a string")
            << 200
            << listWith(R"({"_id":"a","shortcut":"s","text":"t","scope":"global","tags":["x",2]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 departmentId a number")
            << 200
            << listWith(
                   R"({"_id":"a","shortcut":"s","text":"t","scope":"department","departmentId":7})")
            << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow("GET", kPath, call()); }

    void rateLimits() { rctest::checkRateLimits("GET", kPath, call()); }
    void transportFailures() { rctest::checkTransportFailures("GET", kPath, call()); }
};

QTEST_GUILESS_MAIN(TestRocketChatCannedResponses)
#include "tst_rocketchat_cannedresponses.moc"
