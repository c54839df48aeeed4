// The outbox: ordering, settle/fail/retry, optimistic effects and the overlay over remote data.

#include "StoreTestSupport.h"

#include <QTest>

using namespace storetest;
using tack::store::ApplyOutcome;
using tack::store::MessageRecord;

namespace {

QCborMap sendArgs(const QString &id, const QString &text, const QString &conv = QStringLiteral("g"))
{
    return QCborMap{
        {QStringLiteral("conversation"), conv}, {QStringLiteral("id"), id}, {QStringLiteral("text"), text}};
}

QCborMap editArgs(const QString &id, const QString &text)
{
    return QCborMap{{QStringLiteral("message"), id}, {QStringLiteral("text"), text}};
}

// A group with one remote message "r1" (sender 1 = me) at the next seq.
StreamWriter seedWithMessage(Replica &r)
{
    seedGroup(r, QStringLiteral("g"));
    StreamWriter c(QStringLiteral("c/g"), r.cursor(QStringLiteral("c/g")));
    c.newMessage(QStringLiteral("r1"), 1, QStringLiteral("server text"));
    r.applyEvents(c.stream(), c.take());
    return c;
}

} // namespace

class TestStoreOutbox : public QObject
{
    Q_OBJECT

private slots:
    void orderingSettleFailRetry()
    {
        TempReplica r;
        seedGroup(r.replica, QStringLiteral("g"));
        const qint64 a =
            r->enqueue(QStringLiteral("msg.send"), sendArgs(QStringLiteral("a"), QStringLiteral("one")));
        const qint64 b =
            r->enqueue(QStringLiteral("msg.send"), sendArgs(QStringLiteral("b"), QStringLiteral("two")));
        const qint64 c = r->enqueue(QStringLiteral("conv.rename"),
                                    QCborMap{{QStringLiteral("conversation"), QStringLiteral("g")},
                                             {QStringLiteral("title"), QStringLiteral("New")}});
        QVERIFY(a < b && b < c);
        QCOMPARE(r->pendingCount(), 3);

        r->noteAttempt(a, QStringLiteral("busy"));
        auto pending = r->pendingMutations();
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending[0].mutation, a);
        QCOMPARE(pending[0].attempts, 1);
        QCOMPARE(pending[0].args.value(QLatin1String("text")).toString(), QStringLiteral("one"));
        QCOMPARE(pending[2].name, QStringLiteral("conv.rename"));
        QCOMPARE(r->pendingMutations(1).size(), 1);

        const ApplyOutcome out =
            r->failMutation(b, QStringLiteral("forbidden"), QStringLiteral("not a member"));
        QVERIFY(out.conversations.contains(QStringLiteral("g")));
        pending = r->pendingMutations();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].mutation, a);
        QCOMPARE(pending[1].mutation, c);
        const auto failed = r->failedMutations();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0].mutation, b);
        QVERIFY(failed[0].failed);
        QVERIFY(failed[0].error.contains(QStringLiteral("forbidden")));
        const auto msg = r->message(QStringLiteral("b"));
        QCOMPARE(msg->state, MessageRecord::State::Failed);
        QCOMPARE(msg->error, QStringLiteral("not a member"));

        r->settleMutation(a);
        QCOMPARE(r->pendingCount(), 1);

        // Retrying takes a new, higher mutation id and the failed row goes.
        const qint64 again = r->retryMessage(QStringLiteral("b"));
        QVERIFY(again > c);
        QCOMPARE(r->message(QStringLiteral("b"))->state, MessageRecord::State::Pending);
        QVERIFY(r->failedMutations().isEmpty());
        pending = r->pendingMutations();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[1].mutation, again);
        QCOMPARE(pending[1].args.value(QLatin1String("id")).toString(), QStringLiteral("b"));
        QCOMPARE(r->retryMessage(QStringLiteral("b")), 0); // not failed any more
        QCOMPARE(r->retryMessage(QStringLiteral("nope")), 0);

        // Mutation ids keep growing even after the newest row was settled.
        r->settleMutation(again);
        const qint64 next =
            r->enqueue(QStringLiteral("read"), QCborMap{{QStringLiteral("conversation"), QStringLiteral("g")},
                                                        {QStringLiteral("upto"), 1}});
        QVERIFY(next > again);
    }

    void sendGetsAnIdWhenMissing()
    {
        TempReplica r;
        seedGroup(r.replica, QStringLiteral("g"));
        ApplyOutcome out;
        r->enqueue(QStringLiteral("msg.send"),
                   QCborMap{{QStringLiteral("conversation"), QStringLiteral("g")},
                            {QStringLiteral("text"), QStringLiteral("x")}},
                   &out);
        QVERIFY(out.conversations.contains(QStringLiteral("g")));
        const QString id = r->pendingMutations()[0].args.value(QLatin1String("id")).toString();
        QCOMPARE(id.size(), 32);
        QVERIFY(r->message(id));
        QCOMPARE(r->conversation(QStringLiteral("g"))->lastText, QStringLiteral("x"));
    }

    void refusedRowKeepsNoPassword()
    {
        TempReplica r;
        const qint64 create =
            r->enqueue(QStringLiteral("user.create"),
                       QCborMap{{QStringLiteral("login"), QStringLiteral("lilei")},
                                {QStringLiteral("name"), QStringLiteral("Li Lei")},
                                {QStringLiteral("password"), QStringLiteral("s3cret-pass")}});
        r->failMutation(create, QStringLiteral("conflict"), QStringLiteral("login taken"));
        const auto failed = r->failedMutations();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().args.value(QLatin1String("login")).toString(), QStringLiteral("lilei"));
        QVERIFY(!failed.first().args.contains(QLatin1String("password")));
    }

    void pendingEditSurvivesRemoteBatch()
    {
        TempReplica r;
        StreamWriter c = seedWithMessage(r.replica);
        const qint64 edit = r->enqueue(QStringLiteral("msg.edit"),
                                       editArgs(QStringLiteral("r1"), QStringLiteral("local edit")));
        QCOMPARE(r->message(QStringLiteral("r1"))->text, QStringLiteral("local edit"));

        // A remote batch touching the same message (someone else's older edit) and others.
        c.add(QStringLiteral("msg.edit"), QCborMap{{QStringLiteral("message"), QStringLiteral("r1")},
                                                   {QStringLiteral("text"), QStringLiteral("remote edit")},
                                                   {QStringLiteral("edited_at"), 5}});
        c.newMessage(QStringLiteral("r2"), 2, QStringLiteral("unrelated"));
        r->applyEvents(c.stream(), c.take());
        QCOMPARE(r->message(QStringLiteral("r1"))->text, QStringLiteral("local edit"));
        QCOMPARE(r->searchMessages(QStringLiteral("local edit")).size(), 1);

        // The edit fails: the server's text comes back.
        r->failMutation(edit, QStringLiteral("conflict"), QString());
        QCOMPARE(r->message(QStringLiteral("r1"))->text, QStringLiteral("remote edit"));
        QCOMPARE(r->message(QStringLiteral("r1"))->editedAt, 5);
        QVERIFY(r->searchMessages(QStringLiteral("local edit")).isEmpty());
    }

    void remoteRecallBeatsPendingEdit()
    {
        TempReplica r;
        StreamWriter c = seedWithMessage(r.replica);
        r->enqueue(QStringLiteral("msg.edit"), editArgs(QStringLiteral("r1"), QStringLiteral("too late")));
        c.add(QStringLiteral("msg.recall"), QCborMap{{QStringLiteral("message"), QStringLiteral("r1")},
                                                     {QStringLiteral("recalled_by"), 2}});
        r->applyEvents(c.stream(), c.take());
        const auto m = r->message(QStringLiteral("r1"));
        QVERIFY(m->recalled);
        QVERIFY(m->text.isEmpty());
        QCOMPARE(m->recalledBy, 2);
        QVERIFY(r->searchMessages(QStringLiteral("too late")).isEmpty());
    }

    void pendingRecallUndoneOnFailure()
    {
        TempReplica r;
        seedWithMessage(r.replica);
        const qint64 recall = r->enqueue(QStringLiteral("msg.recall"),
                                         QCborMap{{QStringLiteral("message"), QStringLiteral("r1")}});
        QVERIFY(r->message(QStringLiteral("r1"))->recalled);
        r->failMutation(recall, QStringLiteral("recall_window"), QStringLiteral("too old"));
        const auto m = r->message(QStringLiteral("r1"));
        QVERIFY(!m->recalled);
        QCOMPARE(m->text, QStringLiteral("server text"));
    }

    void pendingReadMovesMarker()
    {
        TempReplica r;
        StreamWriter c = seedWithMessage(r.replica);
        c.newMessage(QStringLiteral("x1"), 2, QStringLiteral("a"));
        c.newMessage(QStringLiteral("x2"), 3, QStringLiteral("b"));
        r->applyEvents(c.stream(), c.take());
        QCOMPARE(r->conversation(QStringLiteral("g"))->unread, 2);
        r->enqueue(QStringLiteral("read"), QCborMap{{QStringLiteral("conversation"), QStringLiteral("g")},
                                                    {QStringLiteral("upto"), c.seq() - 1}});
        QCOMPARE(r->conversation(QStringLiteral("g"))->unread, 1);
        QCOMPARE(r->conversation(QStringLiteral("g"))->myRead, c.seq() - 1);
        // A remote member.put with an older marker does not undo the pending read.
        c.add(QStringLiteral("member.put"), one("member", memberObj(1, QStringLiteral("owner"), 0)));
        r->applyEvents(c.stream(), c.take());
        QCOMPARE(r->conversation(QStringLiteral("g"))->unread, 1);
    }

    void pendingConversationCreate()
    {
        TempReplica r;
        seedGroup(r.replica, QStringLiteral("g"));
        const qint64 create = r->enqueue(QStringLiteral("conv.create"),
                                         QCborMap{{QStringLiteral("id"), QStringLiteral("new1")},
                                                  {QStringLiteral("title"), QStringLiteral("Launch")},
                                                  {QStringLiteral("members"), QCborArray{2, 3}}});
        auto conv = r->conversation(QStringLiteral("new1"));
        QVERIFY(conv);
        QVERIFY(conv->pending);
        QCOMPARE(conv->memberCount, 3);
        QCOMPARE(r->members(QStringLiteral("new1")).size(), 3);
        QCOMPARE(r->member(QStringLiteral("new1"), 1)->role, QStringLiteral("owner"));
        QVERIFY(!r->dumpSyncedState().contains(QStringLiteral("Launch")));

        // A message into the pending chat, then the create fails: the chat goes.
        r->enqueue(QStringLiteral("msg.send"),
                   sendArgs(QStringLiteral("p1"), QStringLiteral("hi"), QStringLiteral("new1")));
        r->failMutation(create, QStringLiteral("invalid_args"), QStringLiteral("bad"));
        QVERIFY(!r->conversation(QStringLiteral("new1")));
        QVERIFY(!r->message(QStringLiteral("p1")));
        QVERIFY(r->members(QStringLiteral("new1")).isEmpty());
    }

    void pendingCreateConfirmedByServer()
    {
        TempReplica r;
        seedGroup(r.replica, QStringLiteral("g"));
        const qint64 create = r->enqueue(QStringLiteral("conv.create"),
                                         QCborMap{{QStringLiteral("id"), QStringLiteral("new2")},
                                                  {QStringLiteral("title"), QStringLiteral("Launch")},
                                                  {QStringLiteral("members"), QCborArray{2}}});
        StreamWriter c(QStringLiteral("c/new2"));
        c.add(QStringLiteral("conv.put"),
              one("conversation",
                  convObj(QStringLiteral("new2"), QStringLiteral("group"), QStringLiteral("Launch"), 1, 2)));
        r->applyEvents(c.stream(), c.take());
        r->settleMutation(create);
        QVERIFY(!r->conversation(QStringLiteral("new2"))->pending);
        QVERIFY(r->dumpSyncedState().contains(QStringLiteral("Launch")));
    }

    void directChatOpenedOffline()
    {
        TempReplica r;
        seedGroup(r.replica, QStringLiteral("g"));
        ApplyOutcome out;
        r->enqueue(QStringLiteral("dm.open"), QCborMap{{QStringLiteral("user"), 3}}, &out);
        const QString id = tack::chat::directConversationId(1, 3);
        QVERIFY(out.conversations.contains(id));
        const auto conv = r->conversation(id);
        QVERIFY(conv);
        QVERIFY(conv->pending);
        QCOMPARE(conv->kind, QStringLiteral("direct"));
        QCOMPARE(conv->displayTitle, QStringLiteral("Li Lei"));
        // Opening it again does nothing new.
        r->enqueue(QStringLiteral("dm.open"), QCborMap{{QStringLiteral("user"), 3}});
        QCOMPARE(r->members(id).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_store_outbox.moc"
