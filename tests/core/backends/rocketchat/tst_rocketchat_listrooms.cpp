#include "EndpointTest.h"
#include "backends/rocketchat/ListRooms.h"

using namespace agentdesk;
using namespace agentdesk::rocketchat;

Q_DECLARE_METATYPE(agentdesk::rocketchat::ListRoomsRequest)

class TestRocketChatListRooms : public QObject {
    Q_OBJECT

    static constexpr auto kPath = "/api/v1/livechat/rooms";
    using Items = QList<std::pair<QString, QString>>;

    static Server serverAt(const QUrl& url) {
        return Server{url, QStringLiteral("CkCPNcvsvCDfmWLqC"),
                      QStringLiteral("9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq")};
    }

    static rctest::Call<RoomsPage> call(ListRoomsRequest request = {},
                                        std::optional<Server> server = {}) {
        return [request, server](Transport& transport, const QUrl& url, QObject* context,
                                 ResultCallback<RoomsPage> done) {
            listRooms(transport, server.value_or(serverAt(url)), request, context, std::move(done));
        };
    }

    static QByteArray pageWith(const QByteArray& room) {
        return R"({"rooms":[)" + room + R"(],"count":1,"offset":0,"total":1,"success":true})";
    }

private slots:
    void listsTheAgentsOpenRooms() {
        TestServer server;
        server.reply("GET", kPath, 200, TestServer::fixture("rocketchat-rooms-200.json"));
        Transport transport;
        ListRoomsRequest request;
        request.offset = 0;
        request.count = 50;
        const auto result = rctest::run(transport, server.url(), call(request));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));

        QCOMPARE(server.requests().size(), 1);
        const RecordedRequest& got = server.requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QString::fromLatin1(kPath));
        QCOMPARE(got.query.queryItems(QUrl::FullyDecoded), (Items{{"agents[]", "CkCPNcvsvCDfmWLqC"},
                                                                  {"open", "true"},
                                                                  {"offset", "0"},
                                                                  {"count", "50"}}));
        QCOMPARE(got.header("x-auth-token"),
                 QByteArray("9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq"));
        QCOMPARE(got.header("x-user-id"), QByteArray("CkCPNcvsvCDfmWLqC"));
        QVERIFY(got.body.isEmpty());

        const RoomsPage& page = result.value();
        QCOMPARE(page.count, 2);
        QCOMPARE(page.offset, 0);
        QCOMPARE(page.total, 2);
        QCOMPARE(page.rooms.size(), 2);

        const Room& first = page.rooms.first();
        QCOMPARE(first.id, QStringLiteral("hGFwSKA28nRKut3pD"));
        QCOMPARE(first.fname, QStringLiteral("Baek"));
        QVERIFY(first.open);
        QCOMPARE(first.v.id, QStringLiteral("6523dc0ba2f73c7460e18d4d"));
        QCOMPARE(first.v.username, QStringLiteral("guest-35"));
        QCOMPARE(
            first.v.token,
            QStringLiteral("54fc5544030bcecda053311cb6b98920bdf953f242c129d7b8065000b1f9b2e9"));
        QCOMPARE(first.v.status, QStringLiteral("online"));
        QCOMPARE(first.ts.toMSecsSinceEpoch(),
                 QDateTime::fromString("2023-10-31T13:14:20.011Z", Qt::ISODateWithMs)
                     .toMSecsSinceEpoch());
        QCOMPARE(first.lastMessageAt.toMSecsSinceEpoch(),
                 QDateTime::fromString("2023-10-31T13:20:11.402Z", Qt::ISODateWithMs)
                     .toMSecsSinceEpoch());
        QCOMPARE(first.departmentId, QStringLiteral("xnmXQmytuvxp2TuSC"));
        QCOMPARE(first.msgs, std::optional<qint64>(3));
        QCOMPARE(first.waitingResponse, std::optional<bool>(true));
        QVERIFY(first.servedBy);
        QCOMPARE(first.servedBy->username, QStringLiteral("kim.jane"));
        QVERIFY(first.lastMessage);
        QCOMPARE(first.lastMessage->msg, QStringLiteral("Thanks, that fixed it!"));
        QCOMPARE(first.tags, QStringList{"billing"});
        QVERIFY(first.raw.contains("metrics"));

        // the second room has none of the optional fields
        const Room& second = page.rooms.last();
        QCOMPARE(second.id, QStringLiteral("9dQMveZhqxiDgCM3B"));
        QCOMPARE(second.v.name, QStringLiteral("Marcos Defendi"));
        QVERIFY(!second.lastMessageAt.isValid());
        QVERIFY(second.departmentId.isEmpty());
        QVERIFY(!second.msgs);
        QVERIFY(!second.waitingResponse);
        QVERIFY(!second.lastMessage);
        QVERIFY(second.tags.isEmpty());
    }

    void queryVariants_data() {
        QTest::addColumn<ListRoomsRequest>("request");
        QTest::addColumn<Items>("query");
        QTest::newRow("defaults: the signed-in agent, open rooms")
            << ListRoomsRequest{} << Items{{"agents[]", "CkCPNcvsvCDfmWLqC"}, {"open", "true"}};
        QTest::newRow("another agent, closed rooms, a page")
            << ListRoomsRequest{"other+agent", false, 20, 10}
            << Items{{"agents[]", "other+agent"},
                     {"open", "false"},
                     {"offset", "20"},
                     {"count", "10"}};
        QTest::newRow("open and closed") << ListRoomsRequest{{}, std::nullopt, {}, {}}
                                         << Items{{"agents[]", "CkCPNcvsvCDfmWLqC"}};
    }
    void queryVariants() {
        QFETCH(ListRoomsRequest, request);
        QFETCH(Items, query);
        TestServer server;
        server.reply("GET", kPath, 200, R"({"rooms":[],"count":0,"offset":0,"total":0})");
        Transport transport;
        const auto result = rctest::run(transport, server.url(), call(request));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(result->rooms.isEmpty());
        QCOMPARE(server.requests().first().query.queryItems(QUrl::FullyDecoded), query);
    }

    void bracketsStayReadableAndPlusIsEncoded() {
        const HttpRequest http = listRoomsRequest(serverAt(QUrl("https://chat.example.com")),
                                                  ListRoomsRequest{"a+b", true, {}, {}});
        QCOMPARE(http.url.toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "https://chat.example.com/api/v1/livechat/rooms?agents[]=a%2Bb&open=true"));
        QVERIFY(http.headers.isEmpty());
        QCOMPARE(http.credentials.size(), 2);
    }

    void aClosedRoomHasNoOpenFlag() {
        HttpResponse response;
        response.status = 200;
        response.body = pageWith(R"({"_id":"r","fname":"F","ts":"2023-10-31T13:14:20.011Z",)"
                                 R"("v":{"_id":"v","username":"guest-1","token":"t"},)"
                                 R"("closedAt":"2023-10-31T14:00:00.000Z"})");
        const auto result = parseListRoomsReply(response);
        QVERIFY2(result.ok(), qPrintable(result.error().detail()));
        QVERIFY(!result->rooms.first().open);
    }

    void refusesWithoutCredentials() {
        rctest::checkRefused(call({}, Server{QUrl("http://127.0.0.1:1"), "", "token"}),
                             ApiError::Kind::Unauthorized, "not signed in");
    }

    void errors_data() {
        rctest::addErrorColumns();
        QTest::newRow("400 with errorType")
            << 400
            << QByteArray(R"({"success":false,"error":"The 'offset' parameter must be a )"
                          R"(number [error-invalid-params]","errorType":"error-invalid-params"})")
            << ApiError::Kind::InvalidRequest
            << "The 'offset' parameter must be a number [error-invalid-params]"
            << "error-invalid-params";
        rctest::addCommonErrorRows();
        const QByteArray v = R"("v":{"_id":"v","username":"guest-1","token":"t"})";
        const QByteArray ts = R"("ts":"2023-10-31T13:14:20.011Z")";
        QTest::newRow("200 rooms missing")
            << 200 << QByteArray(R"({"count":0,"offset":0,"total":0})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 total missing")
            << 200 << QByteArray(R"({"rooms":[],"count":0,"offset":0})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 count a string")
            << 200 << QByteArray(R"({"rooms":[],"count":"0","offset":0,"total":0})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 room without _id")
            << 200 << pageWith(R"({"fname":"F",)" + ts + "," + v + "}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 room without visitor")
            << 200 << pageWith(R"({"_id":"r","fname":"F",)" + ts + "}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 visitor without token")
            << 200
            << pageWith(R"({"_id":"r","fname":"F",)" + ts +
                        R"(,"v":{"_id":"v","username":"guest-1"}})")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 open not a boolean")
            << 200 << pageWith(R"({"_id":"r","fname":"F","open":1,)" + ts + "," + v + "}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 lm not a time")
            << 200 << pageWith(R"({"_id":"r","fname":"F","lm":"soon",)" + ts + "," + v + "}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 msgs a string")
            << 200 << pageWith(R"({"_id":"r","fname":"F","msgs":"3",)" + ts + "," + v + "}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 tags not strings")
            << 200 << pageWith(R"({"_id":"r","fname":"F","tags":[1],)" + ts + "," + v + "}")
            << ApiError::Kind::BadResponse << ""
            << "";
        QTest::newRow("200 room not an object")
            << 200 << pageWith(R"("hGFwSKA28nRKut3pD")") << ApiError::Kind::BadResponse << ""
            << "";
    }
    void errors() { rctest::checkErrorRow("GET", kPath, call()); }

    void rateLimits() { rctest::checkRateLimits("GET", kPath, call()); }
    void transportFailures() { rctest::checkTransportFailures("GET", kPath, call()); }
};

QTEST_GUILESS_MAIN(TestRocketChatListRooms)
#include "tst_rocketchat_listrooms.moc"
