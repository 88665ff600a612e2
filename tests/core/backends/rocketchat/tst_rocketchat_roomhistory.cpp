#include "EndpointTest.h"
#include "backends/rocketchat/RoomHistory.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace agentdesk;
using namespace agentdesk::rocketchat;

class TestRocketChatRoomHistory : public QObject {
    Q_OBJECT

    static constexpr auto kRid = "hGFwSKA28nRKut3pD";
    static constexpr auto kToken =
        "54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9";
    static QString path() { return QStringLiteral("/api/v1/livechat/messages.history/") + kRid; }

    static RoomHistoryRequest minimal() {
        RoomHistoryRequest request;
        request.rid = QString::fromLatin1(kRid);
        request.token = QString::fromLatin1(kToken);
        return request;
    }

    static rctest::Call<RoomHistory> call(RoomHistoryRequest request = minimal()) {
        return [request](Transport& transport, const QUrl& url, QObject* context,
                         ResultCallback<RoomHistory> done) {
            roomHistory(transport, url, request, context, std::move(done));
        };
    }

private slots:
    void readsAPageOfHistory() {
        TestServer server;
        server.reply("GET", path(), 200,
                     TestServer::fixture("rocketchat-messages-history-200.json"));
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call());
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, path());
        // only the token: every optional parameter is omitted
        QCOMPARE(got.query.queryItems(QUrl::FullyDecoded),
                 (QList<std::pair<QString, QString>>{{"token", QString::fromLatin1(kToken)}}));
        QVERIFY(got.body.isEmpty());
        QVERIFY(!got.headers.contains("x-auth-token")); // visitor-token endpoint: no agent secret
        QVERIFY(!got.headers.contains("x-user-id"));

        const RoomHistory& history = result.value();
        QCOMPARE(history.unreadNotLoaded, std::optional<qint64>(0));
        QCOMPARE(history.messages.size(), 4);
        const Message& newest = history.messages.first();
        QCOMPARE(newest.id, QStringLiteral("Wq9sB3kYtCxh7nLpA"));
        QCOMPARE(newest.rid, QString::fromLatin1(kRid));
        QCOMPARE(newest.msg, QStringLiteral("Thanks, that fixed it!"));
        QCOMPARE(newest.token, QString::fromLatin1(kToken)); // the visitor wrote it
        QCOMPARE(newest.u.username, QStringLiteral("guest-35"));
        QVERIFY(newest.type.isEmpty());
        const Message& agent = history.messages.at(1);
        QVERIFY(agent.token.isEmpty()); // the agent wrote it
        QCOMPARE(agent.u.username, QStringLiteral("kim.jane"));
        QCOMPARE(agent.ts.toMSecsSinceEpoch(),
                 QDateTime::fromString("2023-10-31T13:16:02.118Z", Qt::ISODateWithMs)
                     .toMSecsSinceEpoch());
        const Message& started = history.messages.last();
        QCOMPARE(started.type, QStringLiteral("livechat-started"));
        QVERIFY(started.msg.isEmpty());
        for (const Message& m : history.messages)
            QVERIFY(m.raw.contains("_id"));
    }

    void sendsEveryParameterWhenSet() {
        RoomHistoryRequest request = minimal();
        request.ls = QDateTime::fromMSecsSinceEpoch(1698758069804, QTimeZone::utc());
        request.end = QDateTime::fromString("2023-10-31T15:00:00+02:00", Qt::ISODate);
        request.limit = 50;
        request.offset = 0;
        TestServer server;
        server.reply("GET", path(), 200, R"({"messages":[],"success":true})");
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call(request));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(result->messages.isEmpty());
        QVERIFY(!result->unreadNotLoaded); // older servers leave it out
        const QUrlQuery query = server.requests().first().query;
        QCOMPARE(query.queryItems(QUrl::FullyDecoded), (QList<std::pair<QString, QString>>{
                                                           {"token", QString::fromLatin1(kToken)},
                                                           {"ls", "2023-10-31T13:14:29.804Z"},
                                                           {"end", "2023-10-31T13:00:00.000Z"},
                                                           {"limit", "50"},
                                                           {"offset", "0"},
                                                       }));
    }

    void idsCannotChangeThePath() {
        RoomHistoryRequest request = minimal();
        request.rid = QStringLiteral("../x?y#z");
        const HttpRequest http = roomHistoryRequest(QUrl("https://chat.example.com/rc"), request);
        QCOMPARE(http.url.path(QUrl::FullyEncoded),
                 QStringLiteral("/rc/api/v1/livechat/messages.history/..%2Fx%3Fy%23z"));
        QCOMPARE(http.url.fragment(), QString());
        QVERIFY(http.credentials.isEmpty());
    }

    void aTokenWithReservedCharactersSurvives() {
        RoomHistoryRequest request = minimal();
        request.token = QStringLiteral("a+b&c=d %41/é");
        const HttpRequest http = roomHistoryRequest(QUrl("https://chat.example.com"), request);
        // '+' would be read as a space by the server: it must go out as %2B
        QCOMPARE(http.url.query(QUrl::FullyEncoded),
                 QStringLiteral("token=a%2Bb%26c%3Dd%20%2541%2F%C3%A9"));
        TestServer server;
        server.reply("GET", path(), 200, R"({"messages":[]})");
        Transport transport;
        QVERIFY(rctest::run(transport, server.url(), call(request)).ok());
        QCOMPARE(server.requests().first().query.queryItemValue("token", QUrl::FullyDecoded),
                 QStringLiteral("a+b&c=d %41/é"));
    }

    void refusesBeforeSending() {
        RoomHistoryRequest request = minimal();
        request.rid.clear();
        rctest::checkRefused(call(request), ApiError::Kind::InvalidRequest, "room id");
        request = minimal();
        request.token.clear();
        rctest::checkRefused(call(request), ApiError::Kind::InvalidRequest, "visitor token");
    }

    void errors_data() {
        rctest::addErrorColumns();
        QTest::newRow("400 invalid-token")
            << 400 << QByteArray(R"({"success":false,"error":"invalid-token"})")
            << ApiError::Kind::InvalidRequest << "invalid-token"
            << "";
        QTest::newRow("400 with errorType")
            << 400
            << QByteArray(R"({"success":false,"error":"Invalid Room [invalid-room]",)"
                          R"("errorType":"invalid-room"})")
            << ApiError::Kind::InvalidRequest << "Invalid Room [invalid-room]"
            << "invalid-room";
        rctest::addCommonErrorRows();
        QTest::newRow("200 messages missing")
            << 200 << QByteArray(R"({"success":true})") << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 message without _id")
            << 200
            << QByteArray(R"({"messages":[{"rid":"r","msg":"m","ts":"2023-10-31T13:14:29.804Z"}]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 second message broken")
            << 200
            << QByteArray(R"({"messages":[{"_id":"a","rid":"r","msg":"m","ts":"2023-10-31T13:)"
                          R"(14:29.804Z"},{"_id":"b","rid":"r","msg":7,"ts":"2023-10-31T13:)"
                          R"(14:29.804Z"}]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 u not an object")
            << 200
            << QByteArray(R"({"messages":[{"_id":"a","rid":"r","msg":"m","u":"guest",)"
                          R"("ts":"2023-10-31T13:14:29.804Z"}]})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 unreadNotLoaded a string")
            << 200 << QByteArray(R"({"messages":[],"unreadNotLoaded":"3"})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 unreadNotLoaded a fraction")
            << 200 << QByteArray(R"({"messages":[],"unreadNotLoaded":1.5})")
            << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow("GET", path(), call()); }

    void rateLimits() { rctest::checkRateLimits("GET", path(), call()); }
    void transportFailures() { rctest::checkTransportFailures("GET", path(), call()); }
};

QTEST_GUILESS_MAIN(TestRocketChatRoomHistory)
#include "tst_rocketchat_roomhistory.moc"
