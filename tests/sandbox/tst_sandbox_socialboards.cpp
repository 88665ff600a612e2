#include "SandboxHarness.h"

#include <QTest>

using namespace seeded;

class TestSandboxSocialBoards : public QObject {
    Q_OBJECT

    static QString path(qint64 id) {
        return QStringLiteral("/chat/conversations/%1/messages").arg(id);
    }

    static QJsonObject john() { return {{"name", "John"}, {"email", "john@dow.com"}}; }

    static void verifyEnvelopeError(const Answer& answer, int status, int errorCode,
                                    const QString& errorText) {
        QCOMPARE(answer.status, status);
        const QJsonObject body = answer.json();
        QCOMPARE(body.value("data"), QJsonValue(QJsonValue::Null));
        QCOMPARE(body.value("errorCode").toInt(), errorCode);
        QCOMPARE(body.value("errorText").toString(), errorText);
    }

    static QByteArray form(const QString& refresh, const QString& clientId,
                           const QString& grant = QStringLiteral("refresh_token")) {
        QUrlQuery query;
        query.addQueryItem("grant_type", grant);
        query.addQueryItem("refresh_token", refresh);
        query.addQueryItem("client_id", clientId);
        return query.toString(QUrl::FullyEncoded).toUtf8();
    }

private slots:
    void tokenTradesTheRefreshToken() {
        SandboxHarness sandbox;
        const Answer answer =
            sandbox.post("/token", form("demo-socialboards-refresh-token", "agentdesk-demo"), {},
                         "application/x-www-form-urlencoded");
        QCOMPARE(answer.status, 200);
        const QJsonObject body = answer.json();
        QCOMPARE(body.value("token_type").toString(), QStringLiteral("bearer"));
        QCOMPARE(body.value("expires_in").toInt(), 3599);
        QCOMPARE(body.value("refresh_token").toString(),
                 QStringLiteral("demo-socialboards-refresh-token"));
        const QByteArray access = body.value("access_token").toString().toUtf8();
        QVERIFY(!access.isEmpty());
        QCOMPARE(sandbox.get(path(254626), {}, bearer(access)).json().value("errorCode").toInt(),
                 -1);
    }

    void tokenRefusals_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong refresh token") << form("stolen", "agentdesk-demo") << "invalid_grant";
        QTest::newRow("unknown client")
            << form("demo-socialboards-refresh-token", "someone") << "invalid_client";
        QTest::newRow("password grant")
            << form("demo-socialboards-refresh-token", "agentdesk-demo", "password")
            << "unsupported_grant_type";
    }
    void tokenRefusals() {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        SandboxHarness sandbox;
        const Answer answer = sandbox.post("/token", body, {}, "application/x-www-form-urlencoded");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json().value("error").toString(), error);
        QVERIFY(!answer.json().value("error_description").toString().isEmpty());
    }

    void chatNeedsAValidBearer_data() {
        QTest::addColumn<Headers>("headers");
        QTest::newRow("none") << Headers{};
        QTest::newRow("unknown") << bearer("made-up");
        QTest::newRow("not bearer") << Headers{{"Authorization", "Basic " + kSbToken}};
    }
    void chatNeedsAValidBearer() {
        QFETCH(Headers, headers);
        SandboxHarness sandbox;
        verifyEnvelopeError(sandbox.get(path(254626), {}, headers), 401, 401,
                            "Authorization has been denied for this request.");
    }

    void anExpiredTokenIsRefused() {
        SandboxHarness sandbox;
        sandbox.world.socialBoards().accessTokens.insert(
            "old", QDateTime::currentDateTimeUtc().addSecs(-1));
        QCOMPARE(sandbox.get(path(254626), {}, bearer("old")).status, 401);
    }

    void addMessagesAnswersTheEnvelope() {
        SandboxHarness sandbox;
        const QJsonArray body{
            QJsonObject{{"message", "Example of chat message"}, {"author", john()}},
            QJsonObject{{"message", "Example of previous chat message"},
                        {"author", john()},
                        {"creationTime", "2023-10-19T10:00:58.84+00:00"}}};
        const Answer answer = sandbox.postJson(path(254626), body, bearer(kSbToken));
        QCOMPARE(answer.status, 200);
        const QJsonObject envelope = answer.json();
        QCOMPARE(envelope.value("errorCode").toInt(), -1);
        QCOMPARE(envelope.value("errorText"), QJsonValue(QJsonValue::Null));
        const QJsonArray data = envelope.value("data").toArray();
        QCOMPARE(data.size(), 2);
        const QJsonObject first = data.at(0).toObject();
        QCOMPARE(first.value("message").toString(), QStringLiteral("Example of chat message"));
        QVERIFY(first.value("id").isDouble());
        const QJsonObject author = first.value("author").toObject();
        QCOMPARE(author.value("email").toString(), QStringLiteral("john@dow.com"));
        QCOMPARE(author.value("status").toString(), QStringLiteral("client"));
        QCOMPARE(author.value("isBot"), QJsonValue(false));
        QCOMPARE(author.value("customIdentifier"), QJsonValue(QJsonValue::Null));
        // John is known in this conversation: the same author id is reused.
        const auto& stored = sandbox.world.socialBoards().messages.at(254626);
        QCOMPARE(author.value("id"), stored.first().value("author").toObject().value("id"));
        QCOMPARE(data.at(1).toObject().value("creationTime").toString(),
                 QStringLiteral("2023-10-19T10:00:58.840+00:00"));
    }

    void theThirtySecondRuleRefusesTheWholeBatch() {
        SandboxHarness sandbox;
        const auto before = sandbox.world.socialBoards().messages.at(254626).size();
        const QString soon =
            QDateTime::currentDateTimeUtc().addSecs(10).toString(Qt::ISODateWithMs);
        const QString late =
            QDateTime::currentDateTimeUtc().addSecs(45).toString(Qt::ISODateWithMs);
        const QJsonArray body{
            QJsonObject{{"message", "fine"}, {"author", john()}, {"creationTime", soon}},
            QJsonObject{{"message", "too far ahead"}, {"author", john()}, {"creationTime", late}}};
        verifyEnvelopeError(sandbox.postJson(path(254626), body, bearer(kSbToken)), 400, 400,
                            "Message creation time cannot be more than 30 seconds in the future.");
        QCOMPARE(sandbox.world.socialBoards().messages.at(254626).size(), before);

        const QJsonArray ok{
            QJsonObject{{"message", "fine"}, {"author", john()}, {"creationTime", soon}}};
        QCOMPARE(
            sandbox.postJson(path(254626), ok, bearer(kSbToken)).json().value("errorCode").toInt(),
            -1);
        QCOMPARE(sandbox.world.socialBoards().messages.at(254626).size(), before + 1);
    }

    void addMessagesRefusals_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorText");
        QTest::newRow("object, not array")
            << QByteArray(R"({"message":"x","author":{"email":"a@b.c"}})")
            << "Request body must be a JSON array of messages.";
        QTest::newRow("empty") << QByteArray("[]") << "At least one message is required.";
        QTest::newRow("no text") << QByteArray(R"([{"author":{"email":"a@b.c"}}])")
                                 << "Message text is required.";
        QTest::newRow("anonymous") << QByteArray(R"([{"message":"x","author":{"name":"Ann"}}])")
                                   << "Author must have at least one of id, email or "
                                      "customIdentifier.";
        QTest::newRow("no author")
            << QByteArray(R"([{"message":"x"}])") << "Message author is required.";
        QTest::newRow("bad time")
            << QByteArray(R"([{"message":"x","author":{"email":"a@b.c"},"creationTime":"soon"}])")
            << "creationTime is not a valid date.";
        QTest::newRow("bad isByTeam")
            << QByteArray(R"([{"message":"x","author":{"email":"a@b.c"},"isByTeam":"yes"}])")
            << "isByTeam must be a boolean or null.";
    }
    void addMessagesRefusals() {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorText);
        SandboxHarness sandbox;
        verifyEnvelopeError(sandbox.post(path(254626), body, bearer(kSbToken)), 400, 400,
                            errorText);
    }

    void aBotNeedsNoIdentity() {
        SandboxHarness sandbox;
        const QJsonArray body{
            QJsonObject{{"message", "I am a bot"}, {"author", QJsonObject{{"isBot", true}}}}};
        const QJsonObject data = sandbox.postJson(path(254626), body, bearer(kSbToken))
                                     .json()
                                     .value("data")
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(data.value("author").toObject().value("isBot"), QJsonValue(true));
    }

    void aMissingConversationIsAnErrorInA200() {
        SandboxHarness sandbox;
        const QJsonArray body{QJsonObject{{"message", "x"}, {"author", john()}}};
        verifyEnvelopeError(sandbox.postJson(path(1), body, bearer(kSbToken)), 200, 404,
                            "Conversation 1 was not found.");
        verifyEnvelopeError(sandbox.get(path(1), {}, bearer(kSbToken)), 200, 404,
                            "Conversation 1 was not found.");
    }

    void createConversationAnswersTheConversation() {
        SandboxHarness sandbox;
        const QJsonObject request{
            {"author", QJsonObject{{"name", "John"}, {"customIdentifier", "CUS-12345"}}},
            {"title", "Chat API Client Problems"},
            {"url", "https://thejohndow.com"},
            {"sentiment", "question"},
            {"categoryId", 1505}};
        const Answer answer = sandbox.postJson("/chat/conversations", request, bearer(kSbToken));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value("errorCode").toInt(), -1);
        const QJsonObject data = answer.json().value("data").toObject();
        const qint64 id = data.value("id").toInteger();
        QVERIFY(id >= 254700);
        QCOMPARE(data.value("isClosed"), QJsonValue(false));
        QCOMPARE(data.value("author").toObject().value("customIdentifier").toString(),
                 QStringLiteral("CUS-12345"));
        QCOMPARE(data.value("initialPageUrl").toString(), QStringLiteral("https://thejohndow.com"));
        QCOMPARE(data.value("messages").toArray().size(), 1);
        QCOMPARE(data.value("totalMessagesCount").toInt(), 1);
        QVERIFY(data.value("queuePositionInfo").toObject().value("position").isDouble());

        verifyEnvelopeError(sandbox.postJson("/chat/conversations",
                                             QJsonObject{{"author", QJsonObject{{"name", "Ann"}}}},
                                             bearer(kSbToken)),
                            400, 400,
                            "Author must have at least one of id, email or customIdentifier.");
        QCOMPARE(sandbox
                     .postJson(path(id),
                               QJsonArray{QJsonObject{{"message", "more"},
                                                      {"author", request.value("author")}}},
                               bearer(kSbToken))
                     .json()
                     .value("errorCode")
                     .toInt(),
                 -1);
    }

    void readMessagesOrdersAndPages() {
        SandboxHarness sandbox;
        const auto read = [&](const QUrlQuery& query) {
            return sandbox.get(path(254626), query, bearer(kSbToken));
        };
        const QJsonArray newest = read({}).json().value("data").toArray(); // default: desc
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.first().toObject().value("message").toString(),
                 QStringLiteral("How do I attach a file to a message?"));
        const QJsonArray oldest =
            read(QUrlQuery{{"orderBy", "creation_time_asc"}, {"skip", "1"}, {"take", "1"}})
                .json()
                .value("data")
                .toArray();
        QCOMPARE(oldest.size(), 1);
        QCOMPARE(oldest.first().toObject().value("author").toObject().value("status").toString(),
                 QStringLiteral("agent"));
        verifyEnvelopeError(read(QUrlQuery{{"take", "101"}}), 400, 400,
                            "take must be between 1 and 100.");
        verifyEnvelopeError(read(QUrlQuery{{"take", "0"}}), 400, 400,
                            "take must be between 1 and 100.");
        verifyEnvelopeError(read(QUrlQuery{{"skip", "-1"}}), 400, 400,
                            "skip must be a non-negative integer.");
        verifyEnvelopeError(read(QUrlQuery{{"orderBy", "newest"}}), 400, 400,
                            "orderBy must be creation_time_asc or creation_time_desc.");
    }
};

QTEST_GUILESS_MAIN(TestSandboxSocialBoards)
#include "tst_sandbox_socialboards.moc"
