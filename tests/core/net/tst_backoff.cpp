#include "net/Backoff.h"

#include <QTest>

using namespace agentdesk;
using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT

    static Backoff::Policy policy() {
        Backoff::Policy p;
        p.base = 1000ms;
        p.cap = 60'000ms;
        p.jitter = 0.5;
        return p;
    }

    static ApiError rateLimited(const QDateTime& retryAt) {
        ApiError error(ApiError::Kind::RateLimited, QStringLiteral("429"));
        error.setHttpStatus(429);
        error.setRetryAt(retryAt);
        return error;
    }

private slots:
    void nominalDelayDoublesUpToTheCap() {
        const Backoff backoff(policy(), 1);
        QCOMPARE(backoff.nominalDelay(1), 1000ms);
        QCOMPARE(backoff.nominalDelay(2), 2000ms);
        QCOMPARE(backoff.nominalDelay(3), 4000ms);
        QCOMPARE(backoff.nominalDelay(6), 32'000ms);
        QCOMPARE(backoff.nominalDelay(7), 60'000ms);
        QCOMPARE(backoff.nominalDelay(1000), 60'000ms); // no overflow however long it fails
        QCOMPARE(backoff.nominalDelay(0), 1000ms);
    }

    void jitteredDelayStaysWithinBoundsAndVaries() {
        Backoff backoff(policy(), 42);
        for (int failures = 1; failures <= 10; ++failures) {
            const auto nominal = backoff.nominalDelay(failures);
            QSet<qint64> seen;
            for (int i = 0; i < 200; ++i) {
                const auto wait = backoff.delay(failures);
                QVERIFY2(wait >= nominal / 2 && wait <= nominal,
                         qPrintable(QStringLiteral("%1 ms outside [%2, %3]")
                                        .arg(wait.count())
                                        .arg(nominal.count() / 2)
                                        .arg(nominal.count())));
                seen.insert(wait.count());
            }
            QVERIFY2(seen.size() > 20, "the jitter must actually spread the retries");
        }
    }

    void sameSeedSameWaits() {
        Backoff a(policy(), 7);
        Backoff b(policy(), 7);
        for (int failures = 1; failures < 8; ++failures)
            QCOMPARE(a.delay(failures), b.delay(failures));
    }

    void serverRetryAtIsHonouredExactly() {
        Backoff backoff(policy(), 1);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QCOMPARE(backoff.nextAttempt(rateLimited(now.addSecs(7)), 1, now), now.addSecs(7));
        // Longer than the backoff would be, but within the cap: the server knows best.
        QCOMPARE(backoff.nextAttempt(rateLimited(now.addSecs(50)), 1, now), now.addSecs(50));
    }

    void hugeRetryAtIsCapped() {
        Backoff backoff(policy(), 1);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QCOMPARE(backoff.nextAttempt(rateLimited(now.addYears(30)), 1, now), now.addSecs(60));
    }

    void missingOrPastRetryAtFallsBackToBackoff() {
        Backoff backoff(policy(), 1);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        for (const QDateTime& retryAt : {QDateTime(), now.addSecs(-5), now}) {
            const QDateTime next = backoff.nextAttempt(rateLimited(retryAt), 3, now);
            QVERIFY(next >= now.addMSecs(2000));
            QVERIFY(next <= now.addMSecs(4000));
        }
        const ApiError serverError(ApiError::Kind::ServerError, QStringLiteral("500"));
        const QDateTime next = backoff.nextAttempt(serverError, 1, now);
        QVERIFY(next >= now.addMSecs(500) && next <= now.addMSecs(1000));
    }

    void zeroJitterIsExact() {
        Backoff::Policy p = policy();
        p.jitter = 0;
        Backoff backoff(p, 1);
        QCOMPARE(backoff.delay(4), 8000ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
