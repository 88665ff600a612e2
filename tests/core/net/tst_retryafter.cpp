#include "net/RetryAfter.h"

#include <QTest>
#include <QTimeZone>

using namespace agentdesk;

class TestRetryAfter : public QObject {
    Q_OBJECT
    const QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), QTimeZone::utc());

    HttpResponse withHeader(const QByteArray& name, const QByteArray& value) {
        HttpResponse response;
        response.status = 429;
        response.headers.append({name, value});
        return response;
    }

private slots:
    void deltaSeconds() {
        QCOMPARE(retryAfter(withHeader("retry-after", "7"), now), now.addSecs(7));
        QCOMPARE(retryAfter(withHeader("retry-after", " 0 "), now), now);
    }
    void httpDateForms_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("IMF-fixdate") << QByteArray("Sat, 21 Nov 2026 12:00:30 GMT");
        QTest::newRow("RFC 850") << QByteArray("Saturday, 21-Nov-26 12:00:30 GMT");
        QTest::newRow("asctime") << QByteArray("Sat Nov 21 12:00:30 2026");
    }
    void httpDateForms() {
        QFETCH(QByteArray, value);
        QCOMPARE(retryAfter(withHeader("retry-after", value), now), now.addSecs(30));
    }
    void garbageAndPastAreUnknown() {
        QVERIFY(!retryAfter(withHeader("retry-after", "soon"), now).isValid());
        QVERIFY(!retryAfter(withHeader("retry-after", "-5"), now).isValid());
        QVERIFY(
            !retryAfter(withHeader("retry-after", "Sat, 21 Nov 2020 12:00:30 GMT"), now).isValid());
        QVERIFY(!retryAfter(HttpResponse{}, now).isValid());
    }
    void hugeValueIsFarAwayNotOverflowed() {
        const QDateTime when =
            retryAfter(withHeader("retry-after", "99999999999999999999999999"), now);
        QVERIFY(when.isValid());
        QVERIFY(when > now.addYears(50));
    }
    void rocketChatResetIsEpochMilliseconds() {
        const qint64 reset = now.addSecs(12).toMSecsSinceEpoch();
        QCOMPARE(retryAfter(withHeader("x-ratelimit-reset", QByteArray::number(reset)), now),
                 now.addSecs(12));
        // Retry-After wins when both are present.
        HttpResponse both = withHeader("x-ratelimit-reset", QByteArray::number(reset));
        both.headers.append({QByteArray("retry-after"), QByteArray("3")});
        QCOMPARE(retryAfter(both, now), now.addSecs(3));
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
