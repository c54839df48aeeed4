#include "sync/StreamSync.h"

#include <QTest>

using tack::sync::StreamSync;

namespace {

QCborMap makeEvent(qint64 seq, const QString &stream = QStringLiteral("c/x"))
{
    QCborMap e;
    e.insert(QStringLiteral("stream"), stream);
    e.insert(QStringLiteral("seq"), seq);
    e.insert(QStringLiteral("kind"), QStringLiteral("msg.new"));
    return e;
}

QList<QCborMap> events(std::initializer_list<qint64> seqs)
{
    QList<QCborMap> out;
    for (qint64 s : seqs)
        out.append(makeEvent(s));
    return out;
}

QList<qint64> seqs(const QList<QCborMap> &list)
{
    QList<qint64> out;
    for (const QCborMap &e : list)
        out.append(StreamSync::seqOf(e));
    return out;
}

} // namespace

class TestStreamSync : public QObject
{
    Q_OBJECT

private slots:
    void contiguousEventsApplyInOrder()
    {
        StreamSync s(QStringLiteral("c/x"), 5);
        QCOMPARE(s.hold(events({6, 7, 8})), 3);
        QCOMPARE(seqs(s.takeContiguous()), (QList<qint64>{6, 7, 8}));
        s.setCursor(8);
        QCOMPARE(s.heldCount(), 0);
        QVERIFY(!s.behind());
        QVERIFY(s.settled());
    }

    void duplicatesAreDropped()
    {
        StreamSync s(QStringLiteral("c/x"), 5);
        QCOMPARE(s.hold(events({3, 4, 5})), 0); // at or below the cursor
        QCOMPARE(s.hold(events({6, 6, 7})), 2); // repeated within the batch
        QCOMPARE(s.hold(events({7})), 0);       // repeated across batches
        QCOMPARE(seqs(s.takeContiguous()), (QList<qint64>{6, 7}));
    }

    void unorderedInputComesOutSorted()
    {
        StreamSync s(QStringLiteral("c/x"), 0);
        s.hold(events({3, 1, 2}));
        QCOMPARE(seqs(s.takeContiguous()), (QList<qint64>{1, 2, 3}));
    }

    void gapHoldsEventsBack()
    {
        StreamSync s(QStringLiteral("c/x"), 5);
        s.hold(events({6, 9, 10}));
        QCOMPARE(seqs(s.takeContiguous()), (QList<qint64>{6}));
        s.setCursor(6);
        QVERIFY(s.hasGap());
        QVERIFY(s.takeContiguous().isEmpty()); // never skips 7 and 8
        QCOMPARE(s.heldCount(), 2);
        QCOMPARE(s.target(), 10);
        QVERIFY(s.behind());
        QVERIFY(s.needsFetch());
        QVERIFY(!s.settled());
    }

    void fetchFillsTheGapThenHeldEventsFollow()
    {
        StreamSync s(QStringLiteral("c/x"), 6);
        s.hold(events({9, 10}));
        s.fetchSent();
        QVERIFY(!s.needsFetch()); // one fetch at a time for a gap
        // The fetch answer overlaps what is held: 7..10.
        s.fetchAnswered();
        s.hold(events({7, 8, 9, 10}));
        QCOMPARE(seqs(s.takeContiguous()), (QList<qint64>{7, 8, 9, 10}));
        s.setCursor(10);
        QVERIFY(!s.hasGap());
        QVERIFY(s.settled());
    }

    void headAboveCursorNeedsFetch()
    {
        StreamSync s(QStringLiteral("org"), 10);
        s.noteHead(8); // never lowers
        QCOMPARE(s.knownHead(), 10);
        QVERIFY(!s.needsFetch());
        s.noteHead(2500);
        QVERIFY(s.needsFetch());
        s.fetchSent();
        s.fetchSent(); // pipelined page
        QCOMPARE(s.fetchesInFlight(), 2);
        s.fetchAnswered();
        s.fetchAnswered();
        s.fetchAnswered(); // never below zero
        QCOMPARE(s.fetchesInFlight(), 0);
    }

    void settingTheCursorDropsOlderHeldEvents()
    {
        StreamSync s(QStringLiteral("c/x"), 0);
        s.hold(events({3, 4, 8}));
        s.setCursor(5); // e.g. another path applied up to 5
        QCOMPARE(s.heldCount(), 1);
        QVERIFY(s.hasGap());
    }

    void streamWithoutCursorHoldsUntilSnapshot()
    {
        StreamSync s(QStringLiteral("c/new"), std::nullopt);
        QVERIFY(!s.hasCursor());
        QCOMPARE(s.hold(events({1, 2, 3, 4})), 4);
        QVERIFY(s.takeContiguous().isEmpty());
        QVERIFY(!s.needsFetch());
        s.beginSnapshot();
        const quint64 generation = s.generation();
        s.noteSnapshotHead(2);
        s.noteSnapshotHead(4); // a later page's head does not replace the first
        QCOMPARE(s.snapshotHead().value(), 2);
        QVERIFY(s.takeContiguous().isEmpty()); // nothing applies while the snapshot is being built
        s.finishSnapshot();
        QVERIFY(s.hasCursor());
        QCOMPARE(s.cursor(), 2);
        QCOMPARE(s.generation(), generation);
        QCOMPARE(seqs(s.takeContiguous()), (QList<qint64>{3, 4}));
    }

    void snapshotInvalidatesFetchesInFlight()
    {
        StreamSync s(QStringLiteral("c/x"), 10);
        s.noteHead(20);
        s.fetchSent();
        const quint64 before = s.generation();
        s.beginSnapshot();
        QVERIFY(s.generation() != before);
        QCOMPARE(s.fetchesInFlight(), 0);
        QVERIFY(!s.needsFetch());
        QVERIFY(!s.settled());
    }

    void snapshotBehindTheHeadStillNeedsAFetch()
    {
        StreamSync s(QStringLiteral("c/x"), std::nullopt);
        s.beginSnapshot();
        s.noteSnapshotHead(5);
        s.noteHead(9); // live events moved the stream on while we snapshotted; they were lost
        s.finishSnapshot();
        QVERIFY(s.needsFetch());
    }

    void malformedEventsAreIgnored()
    {
        StreamSync s(QStringLiteral("c/x"), 0);
        QCborMap noSeq;
        noSeq.insert(QStringLiteral("kind"), QStringLiteral("msg.new"));
        QCOMPARE(s.hold({noSeq, makeEvent(-3), makeEvent(0)}), 0);
        QCOMPARE(s.heldCount(), 0);
    }
};

QTEST_APPLESS_MAIN(TestStreamSync)
#include "tst_streamsync.moc"
