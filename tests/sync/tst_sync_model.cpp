// Convergence against a real tack-server: a replica that caught up from events equals a fresh bootstrap,
// lost live events are fetched, and nothing a user may not read ever reaches their replica.
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QSet>
#include <QTest>

using tack::store::MessageRecord;

namespace {

// The first lines where two dumps differ, for a readable failure.
QByteArray firstDifference(const QString &a, const QString &b)
{
    const QStringList left = a.split('\n');
    const QStringList right = b.split('\n');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i))
            return QStringLiteral("line %1:\n  caught up: %2\n  bootstrap: %3")
                .arg(i + 1)
                .arg(left.value(i), right.value(i))
                .toUtf8();
    }
    return "identical";
}

QCborMap args(std::initializer_list<std::pair<const char *, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(QLatin1String(k), v);
    return m;
}

} // namespace

class TestSyncModel : public QObject
{
    Q_OBJECT

private slots:
    void caughtUpEqualsFreshBootstrap()
    {
        ServerProcess server;
        const auto ids = synctest::startWithUsers(server, {"ann", "bob", "cat"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        SyncTestClient ann, bob, cat;
        QVERIFY(ann.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(bob.login(server.url(), "bob", synctest::kPassword));
        QVERIFY(cat.login(server.url(), "cat", synctest::kPassword));

        const QString g1 = bob.session().createGroup("Before", {ids.value("ann")});
        for (int i = 0; i < 5; ++i)
            bob.session().sendMessage(g1, QStringLiteral("early %1").arg(i));
        QVERIFY(bob.waitSettled());
        QVERIFY(ann.waitFor([&] { return ann.sentMessages(g1).size() == 5; }));
        ann.session().markRead(g1);
        QVERIFY(ann.waitSettled());

        // ann goes offline; the world moves on.
        ann.session().stop();
        QVERIFY(ann.waitFor([&] { return !ann.online(); }));
        QStringList later;
        for (int i = 0; i < 30; ++i)
            later.append(bob.session().sendMessage(g1, QStringLiteral("while ann was away %1").arg(i)));
        bob.session().editMessage(later.at(3), "edited while ann was away");
        bob.session().recallMessage(later.at(4));
        bob.session().markRead(g1);
        const QString g2 = bob.session().createGroup("Joined offline", {ids.value("ann"), ids.value("cat")});
        bob.session().sendMessage(g2, "welcome, ann");
        const QString g3 = bob.session().createGroup("Joined and left", {ids.value("ann")});
        bob.session().sendMessage(g3, "you will not see this");
        QVERIFY(bob.waitSettled());
        bob.session().submit("member.remove", args({{"conversation", g3}, {"user", ids.value("ann")}}));
        bob.session().submit("conv.rename", args({{"conversation", g1}, {"title", "Before, renamed"}}));
        const QString dm = bob.session().openDirect(ids.value("ann"));
        bob.session().sendMessage(dm, "a direct hello");
        QVERIFY(bob.waitSettled());
        QVERIFY(bob.failures.isEmpty());
        QVERIFY(cat.waitFor([&] { return cat.sentMessages(g2).size() == 1; }));
        cat.session().markRead(g2);
        cat.session().sendMessage(g2, "hi from cat");
        QVERIFY(cat.waitSettled());
        QVERIFY(server.addUser("dee", "dee", synctest::kPassword) > 0);

        ann.session().start();
        QVERIFY(ann.waitSettled());
        QVERIFY(ann.waitFor([&] { return ann.reader().userByLogin("dee").has_value(); }));
        QVERIFY(ann.waitFor(
            [&] { return ann.sentMessages(g2).size() == 2 && ann.sentMessages(dm).size() == 1; }));
        QVERIFY(!ann.reader().conversation(g3).has_value());
        QCOMPARE(ann.sentMessages(g1).size(), 35);
        QCOMPARE(ann.reader().conversation(g1)->title, QStringLiteral("Before, renamed"));

        SyncTestClient fresh;
        QVERIFY(fresh.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(fresh.waitSettled());
        const QString caughtUp = ann.dump();
        const QString bootstrap = fresh.dump();
        QVERIFY(!caughtUp.isEmpty());
        QVERIFY2(caughtUp == bootstrap, firstDifference(caughtUp, bootstrap).constData());
    }

    void lostLiveEventsAreFetched()
    {
        ServerProcess server;
        const auto ids = synctest::startWithUsers(server, {"ann", "bob", "cat"},
                                                  {"--fault-drop-live", "0.3", "--fault-seed", "20261121"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        SyncTestClient ann, bob, cat;
        QVERIFY(ann.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(bob.login(server.url(), "bob", synctest::kPassword));
        QVERIFY(cat.login(server.url(), "cat", synctest::kPassword));
        const QString group = ann.session().createGroup("Lossy", {ids.value("bob"), ids.value("cat")});
        // Ten rounds, so the events travel in many frames (the server group-commits a burst into few).
        QStringList burst;
        for (int round = 0; round < 10; ++round) {
            for (int i = 0; i < 10; ++i)
                burst.append(
                    ann.session().sendMessage(group, QStringLiteral("burst %1.%2").arg(round).arg(i)));
            QVERIFY(ann.waitSettled());
        }
        // ann learns every seq from her acks even when her own live events were dropped.
        QVERIFY(ann.waitFor([&] { return ann.sentMessages(group).size() == 100; }));

        // A client notices a lost frame when a later event of the stream arrives, so keep the stream
        // moving until bob and cat hold the whole burst.
        const auto complete = [&](SyncTestClient &c) {
            QSet<QString> have;
            for (const MessageRecord &m : c.sentMessages(group))
                have.insert(m.id);
            for (const QString &id : std::as_const(burst)) {
                if (!have.contains(id))
                    return false;
            }
            return true;
        };
        int ticks = 0;
        while (!(complete(bob) && complete(cat)) && ticks < 200) {
            ann.session().sendMessage(group, QStringLiteral("tick %1").arg(ticks++));
            ann.waitFor([&] { return complete(bob) && complete(cat); }, 500);
        }
        QVERIFY2(complete(bob) && complete(cat), qPrintable(QString::number(ticks)));
        qInfo("stream kept moving with %d extra message(s)", ticks);
        QVERIFY(ann.waitSettled());
        for (SyncTestClient *c : {&ann, &bob, &cat}) {
            const QStringList got = synctest::ids(c->sentMessages(group));
            QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), got.size()); // no duplicates
            QCOMPARE(got.mid(0, 100), burst);                                     // in order
        }

        // The last tick's frame may itself be lost; nothing reveals that before the next event or hello.
        // A reconnect (the contract's recovery path) brings every quiet stream up to its head.
        for (SyncTestClient *c : {&bob, &cat}) {
            c->session().stop();
            QVERIFY(c->waitFor([&] { return !c->online(); }));
            c->session().start();
            QVERIFY(c->waitSettled());
            // ann's own last event may still be on its way (her ack's seq made her fetch it).
            QVERIFY(c->waitFor([&] {
                return synctest::ids(c->sentMessages(group)) == synctest::ids(ann.sentMessages(group));
            }));
            QCOMPARE(c->sentMessages(group).size(), 100 + ticks);
        }
        SyncTestClient fresh;
        QVERIFY(fresh.login(server.url(), "bob", synctest::kPassword));
        const QString caughtUp = bob.dump();
        const QString bootstrap = fresh.dump();
        QVERIFY2(caughtUp == bootstrap, firstDifference(caughtUp, bootstrap).constData());
    }

    void nothingUnreadableReachesAReplica()
    {
        ServerProcess server;
        const auto ids = synctest::startWithUsers(server, {"ann", "bob", "dan"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        SyncTestClient ann, bob, dan;
        QVERIFY(ann.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(bob.login(server.url(), "bob", synctest::kPassword));
        QVERIFY(dan.login(server.url(), "dan", synctest::kPassword));

        const QString group = ann.session().createGroup("Members only", {ids.value("bob")});
        const QString secret = ann.session().sendMessage(group, "quarterly numbers zebra");
        QVERIFY(ann.waitSettled());
        QVERIFY(bob.waitFor([&] { return bob.reader().message(secret).has_value(); }));

        // dan forges writes into a chat he is not in: refused and reported, and nothing of it shows up.
        const QString forged = dan.session().sendMessage(group, "let me in");
        const QString join = dan.session().submit(
            "member.add", args({{"conversation", group}, {"users", QCborArray{ids.value("dan")}}}));
        QVERIFY(dan.waitSettled());
        QVERIFY(dan.waitFor([&] { return dan.failures.size() == 2; }));
        for (const auto &f : std::as_const(dan.failures))
            QVERIFY2(f.code == "forbidden" || f.code == "not_found", qPrintable(f.code));
        // No optimistic row for a chat the replica does not know; the outbox keeps both as failed.
        const auto forgedRow = dan.reader().message(forged);
        QVERIFY(!forgedRow || forgedRow->state == MessageRecord::State::Failed);
        QCOMPARE(dan.reader().failedMutations().size(), 2);
        QCOMPARE(dan.waitQueued(join) > 0, true);

        // bob forges an edit of ann's message: refused, and his copy falls back to the server's text.
        QVERIFY(bob.session().editMessage(secret, "tampered"));
        QVERIFY(bob.waitFor([&] { return bob.failures.size() == 1; }));
        QCOMPARE(bob.failures.begin()->code, QStringLiteral("forbidden"));
        QVERIFY(bob.waitFor([&] { return bob.reader().message(secret)->text == "quarterly numbers zebra"; }));
        QVERIFY(ann.waitSettled());
        QCOMPARE(ann.reader().message(secret)->text, QStringLiteral("quarterly numbers zebra"));

        ann.session().sendMessage(group, "still members only");
        QVERIFY(ann.waitSettled());
        QVERIFY(bob.waitFor([&] { return bob.sentMessages(group).size() == 2; }));
        QVERIFY(!dan.reader().conversation(group).has_value());
        QVERIFY(dan.sentMessages(group).isEmpty());
        QVERIFY(dan.reader().searchMessages("zebra").isEmpty());
        QVERIFY(!dan.reader().cursors().contains(QStringLiteral("c/") + group));

        // Removed members lose the chat and everything in it.
        ann.session().submit("member.remove", args({{"conversation", group}, {"user", ids.value("bob")}}));
        QVERIFY(ann.waitSettled());
        QVERIFY(bob.waitFor([&] { return !bob.reader().conversation(group).has_value(); }));
        QVERIFY(bob.sentMessages(group).isEmpty());
        QVERIFY(bob.reader().searchMessages("zebra").isEmpty());
        ann.session().sendMessage(group, "after bob left");
        QVERIFY(ann.waitSettled());
        bob.session().stop();
        QVERIFY(bob.waitFor([&] { return !bob.online(); }));
        bob.session().start();
        QVERIFY(bob.waitSettled());
        QVERIFY(!bob.reader().conversation(group).has_value());
        QVERIFY(!bob.reader().cursors().contains(QStringLiteral("c/") + group));
    }
};

QTEST_GUILESS_MAIN(TestSyncModel)
#include "tst_sync_model.moc"
