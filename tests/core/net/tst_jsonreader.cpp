#include "backends/JsonReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace agentdesk;

class TestJsonReader : public QObject {
    Q_OBJECT
    static QJsonObject object(const char* json) {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    }

private slots:
    void readsDocumentedTypes() {
        JsonReader reader(object(
            R"({"s":"x","n":3,"b":true,"bs":"false","o":{"t":"2023-10-31T13:14:29.804Z"}})"));
        QCOMPARE(reader.string("s"), QStringLiteral("x"));
        QCOMPARE(reader.integer("n"), 3);
        QCOMPARE(reader.boolean("b"), true);
        QCOMPARE(reader.boolean("bs"), false);
        QCOMPARE(reader.child("o").dateTime("t").toMSecsSinceEpoch(), 1698758069804);
        QVERIFY(reader.ok());
    }
    void firstErrorNamesThePath() {
        JsonReader reader(object(R"({"o":{"u":{"username":5}}})"));
        reader.child("o").child("u").string("username");
        reader.string("missing");
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error(), QStringLiteral("o.u.username: expected a string"));
    }
    void rejectsWrongShapes() {
        JsonReader reader(object(R"({"b":"yes","n":1.5,"t":"yesterday","a":{}})"));
        reader.boolean("b");
        QVERIFY(!reader.ok());
        JsonReader numbers(object(R"({"n":1.5})"));
        numbers.integer("n");
        QVERIFY(!numbers.ok());
        JsonReader times(object(R"({"t":"yesterday"})"));
        times.dateTime("t");
        QVERIFY(!times.ok());
        JsonReader arrays(object(R"({"a":{}})"));
        arrays.array("a");
        QVERIFY(!arrays.ok());
    }
    void fractionalSecondsOfAnyLength() {
        QCOMPARE(parseIsoDateTime("2023-10-19T10:00:58.84+00:00").toMSecsSinceEpoch(),
                 1697709658840);
        QCOMPARE(parseIsoDateTime("2023-08-22T14:50:07.21+02:00").toMSecsSinceEpoch(),
                 1692708607210);
        QVERIFY(parseIsoDateTime("2023-10-31T13:14:29Z").isValid());
        QVERIFY(!parseIsoDateTime("not a time").isValid());
    }
    void nonJsonBodyIsBadResponse() {
        HttpResponse response;
        response.body = "<html>oops</html>";
        const auto parsed = parseJsonObject(response);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind(), ApiError::Kind::BadResponse);
        response.body = "[1]";
        QCOMPARE(parseJsonObject(response).error().kind(), ApiError::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
