// DINGs in the replica: ding.sent / ding.confirmed events, snapshot rows, re-DING rounds, the optimistic
// confirmation and its undo, and cleanup when the conversation goes.

#include "StoreTestSupport.h"

#include <QTest>

using namespace storetest;
using tack::store::ApplyOutcome;
using tack::store::DingRecord;

namespace {

QCborMap dingSent(const QString &message, QList<qint64> users, qint64 round)
{
    QCborArray a;
    for (qint64 u : users)
        a.append(u);
    return QCborMap{
        {QStringLiteral("message"), message}, {QStringLiteral("users"), a}, {QStringLiteral("round"), round}};
}

QCborMap dingConfirmed(const QString &message, qint64 user)
{
    return QCborMap{{QStringLiteral("message"), message}, {QStringLiteral("user"), user}};
}

// The group g1 (members 1 = me, 2, 3) with message m1 from Wang Fang (2) and m2 from me.
StreamWriter seedMessages(Replica &r)
{
    seedGroup(r, QStringLiteral("g1"));
    StreamWriter c(QStringLiteral("c/g1"), r.cursor(QStringLiteral("c/g1")));
    c.newMessage(QStringLiteral("m1"), 2, QStringLiteral("服务器今晚 22:00 停机维护"));
    c.newMessage(QStringLiteral("m2"), 1, QStringLiteral("Please review the contract"));
    r.applyEvents(c.stream(), c.take());
    return c;
}

DingRecord forUser(const QList<DingRecord> &list, qint64 user)
{
    for (const DingRecord &d : list) {
        if (d.user == user)
            return d;
    }
    return {};
}

QStringList dingLines(Replica &r)
{
    QStringList out;
    for (const QString &line : r.dumpSyncedState().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("ding\t")))
            out.append(line);
    }
    return out;
}

} // namespace

class TestStoreDing : public QObject
{
    Q_OBJECT

private slots:
    void sentAndConfirmedApply()
    {
        TempReplica t;
        StreamWriter c = seedMessages(t.replica);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1, 3}, 1), 2);
        const ApplyOutcome out = t->applyEvents(c.stream(), c.take());
        QVERIFY(out.dings);
        QVERIFY(out.conversations.contains(QStringLiteral("g1")));

        const auto pending = t->pendingDingsForMe();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].message, QStringLiteral("m1"));
        QCOMPARE(pending[0].conversation, QStringLiteral("g1"));
        QCOMPARE(pending[0].sender, 2);
        QCOMPARE(pending[0].senderName, QStringLiteral("Wang Fang"));
        QCOMPARE(pending[0].text, QStringLiteral("服务器今晚 22:00 停机维护"));
        QCOMPARE(pending[0].round, 1);
        QCOMPARE(pending[0].confirmedAt, 0);
        QVERIFY(pending[0].dingedAt > 0);

        QCOMPARE(t->dingsForMessage(QStringLiteral("m1")).size(), 2);
        c.add(QStringLiteral("ding.confirmed"), dingConfirmed(QStringLiteral("m1"), 3), 3);
        t->applyEvents(c.stream(), c.take());
        const auto status = t->dingsForMessage(QStringLiteral("m1"));
        QCOMPARE(status.size(), 2);
        QCOMPARE(status[0].user, 1); // unconfirmed first
        QCOMPARE(status[1].user, 3);
        QVERIFY(status[1].confirmedAt > 0);
        QCOMPARE(status[1].userName, QStringLiteral("Li Lei"));

        c.add(QStringLiteral("ding.confirmed"), dingConfirmed(QStringLiteral("m1"), 1), 1);
        t->applyEvents(c.stream(), c.take());
        QVERIFY(t->pendingDingsForMe().isEmpty());
    }

    void reDingMovesRoundButKeepsConfirmations()
    {
        TempReplica t;
        StreamWriter c = seedMessages(t.replica);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m2"), {2, 3}, 1), 1);
        c.add(QStringLiteral("ding.confirmed"), dingConfirmed(QStringLiteral("m2"), 2), 2);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m2"), {3}, 2), 1);
        t->applyEvents(c.stream(), c.take());
        const auto status = t->dingsForMessage(QStringLiteral("m2"));
        const DingRecord wang = forUser(status, 2);
        const DingRecord li = forUser(status, 3);
        QCOMPARE(wang.round, 1);
        QVERIFY(wang.confirmedAt > 0);
        QCOMPARE(li.round, 2);
        QCOMPARE(li.confirmedAt, 0);
        QVERIFY(li.dingedAt > wang.dingedAt);
        QVERIFY(t->pendingDingsForMe().isEmpty()); // I sent it; nobody dinged me
    }

    void snapshotThenReplayedEventsConverge()
    {
        // Replica A follows the events; replica B bootstraps from a snapshot whose rows are newer than its
        // head, then replays the events after the head. Both end with the same DINGs.
        TempReplica a;
        StreamWriter c = seedMessages(a.replica);
        const qint64 head = c.seq();
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1, 3}, 1), 2);
        c.add(QStringLiteral("ding.confirmed"), dingConfirmed(QStringLiteral("m1"), 3), 3);
        const QList<QCborMap> tail = c.take();
        a->applyEvents(c.stream(), tail);

        TempReplica b;
        seedGroup(b.replica, QStringLiteral("g1"));
        QCborArray messages{msgObj(QStringLiteral("m1"), QStringLiteral("g1"), head - 1, 2,
                                   QStringLiteral("服务器今晚 22:00 停机维护")),
                            msgObj(QStringLiteral("m2"), QStringLiteral("g1"), head, 1,
                                   QStringLiteral("Please review the contract"))};
        const qint64 dingedAt = tail[0].value(QLatin1String("at")).toInteger();
        const qint64 confirmedAt = tail[1].value(QLatin1String("at")).toInteger();
        auto row = [&](qint64 user, qint64 confirmed) {
            return QCborMap{{QStringLiteral("message"), QStringLiteral("m1")},
                            {QStringLiteral("user"), user},
                            {QStringLiteral("by"), 2},
                            {QStringLiteral("dinged_at"), dingedAt},
                            {QStringLiteral("confirmed_at"), confirmed},
                            {QStringLiteral("round"), 1}};
        };
        QCborMap rows{{QStringLiteral("conversation"),
                       convObj(QStringLiteral("g1"), QStringLiteral("group"), QStringLiteral("Sales"), 1, 3)},
                      {QStringLiteral("members"),
                       QCborArray{memberObj(1, QStringLiteral("owner")), memberObj(2), memberObj(3)}},
                      {QStringLiteral("messages"), messages},
                      {QStringLiteral("dings"), QCborArray{row(1, 0), row(3, confirmedAt)}}};
        b->beginSnapshot(c.stream());
        b->addSnapshotPage(c.stream(), rows);
        const ApplyOutcome swapped = b->finishSnapshot(c.stream(), head);
        QVERIFY(swapped.dings);
        QCOMPARE(b->pendingDingsForMe().size(), 1);
        b->applyEvents(c.stream(), tail); // seqs above the head: replayed over rows that already saw them

        QCOMPARE(dingLines(b.replica), dingLines(a.replica));
        QCOMPARE(dingLines(a.replica).size(), 2);
        QCOMPARE(b->pendingDingsForMe().size(), 1);
    }

    void optimisticConfirmAndItsUndo()
    {
        TempReplica t;
        StreamWriter c = seedMessages(t.replica);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1}, 1), 2);
        t->applyEvents(c.stream(), c.take());

        const QCborMap args{{QStringLiteral("message"), QStringLiteral("m1")}};
        ApplyOutcome out;
        const qint64 first = t->enqueue(QStringLiteral("ding.confirm"), args, &out);
        QVERIFY(out.dings);
        QVERIFY(t->pendingDingsForMe().isEmpty()); // confirmed at once, offline too
        QVERIFY(forUser(t->dingsForMessage(QStringLiteral("m1")), 1).confirmedAt > 0);

        // Remote writes meanwhile keep the local confirmation (the overlay replays it).
        c.newMessage(QStringLiteral("m3"), 3, QStringLiteral("unrelated"));
        t->applyEvents(c.stream(), c.take());
        QVERIFY(t->pendingDingsForMe().isEmpty());

        // A final error brings the alert back.
        const ApplyOutcome failed = t->failMutation(first, QStringLiteral("forbidden"), QStringLiteral("no"));
        QVERIFY(failed.dings);
        QCOMPARE(t->pendingDingsForMe().size(), 1);

        // Confirm again; the server's event settles it with the server's time.
        const qint64 second = t->enqueue(QStringLiteral("ding.confirm"), args);
        QVERIFY(t->pendingDingsForMe().isEmpty());
        c.add(QStringLiteral("ding.confirmed"), dingConfirmed(QStringLiteral("m1"), 1), 1);
        const QList<QCborMap> confirmedEvent = c.take();
        t->applyEvents(c.stream(), confirmedEvent);
        t->settleMutation(second);
        QCOMPARE(forUser(t->dingsForMessage(QStringLiteral("m1")), 1).confirmedAt,
                 confirmedEvent[0].value(QLatin1String("at")).toInteger());
    }

    void recalledMessagesStopAlerting()
    {
        TempReplica t;
        StreamWriter c = seedMessages(t.replica);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1}, 1), 2);
        t->applyEvents(c.stream(), c.take());
        QCOMPARE(t->pendingDingsForMe().size(), 1);
        c.add(QStringLiteral("msg.recall"), QCborMap{{QStringLiteral("message"), QStringLiteral("m1")},
                                                     {QStringLiteral("recalled_by"), 2}});
        t->applyEvents(c.stream(), c.take());
        QVERIFY(t->pendingDingsForMe().isEmpty());
        QCOMPARE(t->dingsForMessage(QStringLiteral("m1")).size(), 1); // still recorded
    }

    void newestFirst()
    {
        TempReplica t;
        StreamWriter c = seedMessages(t.replica);
        c.newMessage(QStringLiteral("m3"), 3, QStringLiteral("later"));
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1}, 1), 2);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m3"), {1}, 1), 3);
        t->applyEvents(c.stream(), c.take());
        const auto pending = t->pendingDingsForMe();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].message, QStringLiteral("m3"));
        QCOMPARE(pending[1].message, QStringLiteral("m1"));
    }

    void droppingTheStreamForgetsDings()
    {
        TempReplica t;
        StreamWriter c = seedMessages(t.replica);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1, 3}, 1), 2);
        t->applyEvents(c.stream(), c.take());
        const ApplyOutcome out = t->dropStream(c.stream());
        QVERIFY(out.dings);
        QVERIFY(t->pendingDingsForMe().isEmpty());
        QVERIFY(t->dingsForMessage(QStringLiteral("m1")).isEmpty());
        QVERIFY(dingLines(t.replica).isEmpty());

        // conv.left on the user stream does the same.
        StreamWriter again = seedMessages(t.replica);
        again.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1}, 1), 2);
        t->applyEvents(again.stream(), again.take());
        QCOMPARE(t->pendingDingsForMe().size(), 1);
        StreamWriter u(QStringLiteral("u/1"), t->cursor(QStringLiteral("u/1")));
        u.add(QStringLiteral("conv.left"), one("conversation", QStringLiteral("g1")));
        t->applyEvents(u.stream(), u.take());
        QVERIFY(t->pendingDingsForMe().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreDing)
#include "tst_store_ding.moc"
