#include "sync/Backoff.h"

#include <QTest>

using tack::sync::Backoff;
using tack::sync::BackoffPolicy;
using tack::sync::Jitter;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void fullJitterStaysUnderTheGrowingCeiling()
    {
        BackoffPolicy policy;
        policy.jitter = Jitter::Full;
        for (quint32 seed = 1; seed <= 50; ++seed) {
            Backoff backoff(policy, seed);
            double ceiling = policy.baseMs;
            for (int attempt = 0; attempt < 20; ++attempt) {
                const int delay = backoff.next();
                QVERIFY(delay >= 0);
                QVERIFY2(delay <= qMin(ceiling, double(policy.capMs)), qPrintable(QString::number(delay)));
                ceiling *= policy.factor;
            }
            QCOMPARE(backoff.attempt(), 20);
        }
    }

    void fullJitterReachesTheCapRegion()
    {
        BackoffPolicy policy;
        policy.jitter = Jitter::Full;
        Backoff backoff(policy, 7);
        int largest = 0;
        for (int i = 0; i < 60; ++i)
            largest = qMax(largest, backoff.next());
        QVERIFY(largest > policy.capMs / 2); // it does grow towards the cap
        QVERIFY(largest <= policy.capMs);
    }

    void decorrelatedStaysBetweenBaseAndCap()
    {
        BackoffPolicy policy; // decorrelated by default
        QCOMPARE(policy.jitter, Jitter::Decorrelated);
        for (quint32 seed = 1; seed <= 50; ++seed) {
            Backoff backoff(policy, seed);
            int previous = policy.baseMs;
            for (int i = 0; i < 40; ++i) {
                const int delay = backoff.next();
                QVERIFY(delay >= policy.baseMs);
                QVERIFY(delay <= policy.capMs);
                QVERIFY(delay <= qMax(policy.baseMs, int(previous * (policy.factor + 1))));
                previous = delay;
            }
        }
    }

    void decorrelatedGrowsOnAverage()
    {
        BackoffPolicy policy;
        qint64 early = 0;
        qint64 late = 0;
        for (quint32 seed = 1; seed <= 200; ++seed) {
            Backoff backoff(policy, seed);
            early += backoff.next();
            for (int i = 0; i < 8; ++i)
                backoff.next();
            late += backoff.next();
        }
        QVERIFY(late > early * 4);
    }

    void resetStartsOver()
    {
        BackoffPolicy policy;
        policy.jitter = Jitter::Full;
        Backoff backoff(policy, 3);
        for (int i = 0; i < 12; ++i)
            backoff.next();
        backoff.reset();
        QCOMPARE(backoff.attempt(), 0);
        QVERIFY(backoff.next() <= policy.baseMs);
        QCOMPARE(backoff.attempt(), 1);

        BackoffPolicy decorrelated;
        Backoff other(decorrelated, 3);
        for (int i = 0; i < 12; ++i)
            other.next();
        other.reset();
        QVERIFY(other.next() <= int(decorrelated.baseMs * (decorrelated.factor + 1)));
    }

    void sameSeedSameDelays()
    {
        Backoff a(BackoffPolicy{}, 42);
        Backoff b(BackoffPolicy{}, 42);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(a.next(), b.next());
    }

    void nonsensePoliciesAreClamped()
    {
        BackoffPolicy policy;
        policy.baseMs = 0;
        policy.capMs = -5;
        policy.factor = 0.1;
        Backoff backoff(policy, 1);
        for (int i = 0; i < 10; ++i) {
            const int delay = backoff.next();
            QVERIFY(delay >= 0);
            QVERIFY(delay <= 1);
        }
    }
};

QTEST_APPLESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
