// Fractional order keys (core/domain/OrderKey): a key between any two keys sorts strictly between them
// bytewise, for random pairs, at the 'Z'/'a' boundary, for very long keys and for many inserts at one spot;
// equal or reversed bounds are refused with a typed error.
#include "domain/OrderKey.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>

using namespace tack;

namespace {

QByteArray randomKey(QRandomGenerator &rng, int maxLength)
{
    const int length = 1 + int(rng.bounded(maxLength));
    QByteArray key;
    for (int i = 0; i < length; ++i)
        key.append(order::kAlphabet[rng.bounded(order::kBase)]);
    if (key.endsWith('0'))
        key.back() = '1' + char(rng.bounded(9));
    return key;
}

// The property every generated key must have.
void checkBetween(const QByteArray &lower, const QByteArray &upper)
{
    const order::KeyResult r = order::between(lower, upper);
    QVERIFY2(r.ok(), qPrintable(QStringLiteral("between(%1, %2) failed")
                                    .arg(QString::fromLatin1(lower), QString::fromLatin1(upper))));
    QVERIFY2(order::isValidKey(r.key), r.key.constData());
    if (!lower.isEmpty())
        QVERIFY2(lower < r.key, qPrintable(QString::fromLatin1(lower + " !< " + r.key)));
    if (!upper.isEmpty())
        QVERIFY2(r.key < upper, qPrintable(QString::fromLatin1(r.key + " !< " + upper)));
    QVERIFY(r.key.size() <= qMax(lower.size(), upper.size()) + 1);
}

} // namespace

class TestOrderKey : public QObject
{
    Q_OBJECT

private slots:
    void alphabetIsAscendingBytewise()
    {
        for (int i = 1; i < order::kBase; ++i)
            QVERIFY(order::kAlphabet[i - 1] < order::kAlphabet[i]);
    }

    void openEnds()
    {
        checkBetween({}, {});
        const QByteArray first = order::between({}, {}).key;
        checkBetween(first, {});
        checkBetween({}, first);
        checkBetween({}, "1");
        checkBetween({}, "01");
        checkBetween("z", {});
        checkBetween("zzzz", {});
    }

    void zToLowerABoundary()
    {
        // 'Z' (0x5A) and 'a' (0x61) are neighbours in the alphabet although bytes lie between them.
        checkBetween("Z", "a");
        checkBetween("ZzzZ", "a");
        checkBetween("Z", "a1");
        checkBetween("Yz", "Z");
        const QByteArray k = order::between("Z", "a").key;
        QVERIFY(k.startsWith('Z'));
        for (char c : k)
            QVERIFY(QByteArray(order::kAlphabet).contains(c));
    }

    void randomPairs()
    {
        QRandomGenerator rng(20261121);
        for (int i = 0; i < 20000; ++i) {
            QByteArray a = randomKey(rng, 12);
            QByteArray b = randomKey(rng, 12);
            if (a == b)
                continue;
            if (b < a)
                std::swap(a, b);
            checkBetween(a, b);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void adjacentKeysStillHaveRoom()
    {
        // Keys one digit apart at the end, and a key with its own extension.
        checkBetween("a1", "a2");
        checkBetween("a", "a1");
        checkBetween("a", "a01");
        checkBetween("azzzz", "b");
        checkBetween("1", "2");
    }

    void veryLongKeys()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 200; ++i) {
            QByteArray a = randomKey(rng, order::kMaxKeyLength - 1);
            QByteArray b = a;
            b.chop(qMin<qsizetype>(b.size() - 1, rng.bounded(5)));
            b.append('z');
            if (!(a < b))
                std::swap(a, b);
            if (a == b || !order::isValidKey(a) || !order::isValidKey(b))
                continue;
            const order::KeyResult r = order::between(a, b);
            if (r.error == order::KeyError::TooLong)
                continue; // documented: the server re-keys instead
            QVERIFY(r.ok());
            QVERIFY(a < r.key && r.key < b);
        }
        const QByteArray longest(order::kMaxKeyLength, 'V');
        QVERIFY(order::isValidKey(longest));
        QCOMPARE(order::between(longest, longest + "V").error, order::KeyError::InvalidBound);
        // Neighbours of maximal length one digit apart: the key between needs one digit more.
        const QByteArray stem(order::kMaxKeyLength - 1, 'V');
        QVERIFY(order::between(stem, longest).ok());
        const order::KeyResult r = order::between(stem + "1", stem + "2");
        QVERIFY(!r.ok());
        QCOMPARE(r.error, order::KeyError::TooLong);
    }

    void equalAndReversedKeysAreRefused()
    {
        QCOMPARE(order::between("V", "V").error, order::KeyError::NotOrdered);
        QCOMPARE(order::between("b", "a").error, order::KeyError::NotOrdered);
        QCOMPARE(order::between("a0", "b").error, order::KeyError::InvalidBound);
        QCOMPARE(order::between("a!", {}).error, order::KeyError::InvalidBound);
        QVERIFY(order::between("V", "V").key.isEmpty());
    }

    void equalNeighboursFromConcurrentInserts()
    {
        // Two offline clients picked the same key: a third insert between them goes after the run.
        const QList<QByteArray> sorted{"M", "V", "V", "k"};
        const order::KeyResult r = order::keyForIndex(sorted, 2);
        QVERIFY(r.ok());
        QVERIFY(QByteArray("V") < r.key && r.key < QByteArray("k"));
        QVERIFY(order::keyForIndex(sorted, 0).key < QByteArray("M"));
        QVERIFY(order::keyForIndex(sorted, 4).key > QByteArray("k"));
        QVERIFY(order::keyForIndex({}, 0).ok());
    }

    void manyInsertsAtOneSpotStayShort()
    {
        // Always inserting right after the first card: keys grow about one digit per 6 inserts.
        QByteArray low = order::between({}, {}).key;
        QByteArray high = order::between(low, {}).key;
        for (int i = 0; i < 300; ++i) {
            const order::KeyResult r = order::between(low, high);
            QVERIFY(r.ok());
            QVERIFY(low < r.key && r.key < high);
            high = r.key;
        }
        QVERIFY2(high.size() <= 60, high.constData());

        // Appending at the end and prepending at the start grow far slower.
        QByteArray last = order::between({}, {}).key;
        QByteArray first = last;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray next = order::between(last, {}).key;
            QVERIFY(last < next);
            last = next;
            const QByteArray prev = order::between({}, first).key;
            QVERIFY(prev < first);
            first = prev;
        }
        QVERIFY2(last.size() <= 40, last.constData());
        QVERIFY2(first.size() <= 40, first.constData());
    }

    void randomInsertsKeepATotalOrder()
    {
        QRandomGenerator rng(99);
        QList<QByteArray> keys;
        for (int i = 0; i < 3000; ++i) {
            const qsizetype at = rng.bounded(int(keys.size() + 1));
            const order::KeyResult r = order::keyForIndex(keys, at);
            QVERIFY(r.ok());
            keys.insert(at, r.key);
        }
        QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
        QCOMPARE(QSet<QByteArray>(keys.cbegin(), keys.cend()).size(), keys.size());
        int longest = 0;
        for (const QByteArray &k : keys)
            longest = qMax(longest, int(k.size()));
        QVERIFY2(longest <= 20, QByteArray::number(longest).constData());
    }

    void spreadIsAscendingAndValid()
    {
        for (int count : {1, 2, 5, 61, 62, 500, 5000}) {
            const QList<QByteArray> keys = order::spread(count);
            QCOMPARE(keys.size(), count);
            for (qsizetype i = 0; i < keys.size(); ++i) {
                QVERIFY(order::isValidKey(keys[i]));
                if (i > 0)
                    QVERIFY(keys[i - 1] < keys[i]);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderKey)
#include "tst_order_key.moc"
