// Todos and boards against a real tack-server with real clients: concurrent offline moves of one card end
// in the same board everywhere, a column deleted while a card was added to it offline loses no card, and a
// convergence fuzz (five clients on one board, random creates, edits, moves, deletes and disconnects) ends
// identical on every client and in a fresh bootstrap of the server's state.
//
// TACK_TODO_FUZZ_SEEDS=N runs N fuzz seeds instead of the default 3; TACK_TODO_FUZZ_SEED=S runs only seed S.
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QRandomGenerator>
#include <QTest>
#include <memory>

using tack::store::ColumnRecord;
using tack::store::TodoRecord;

namespace {

QByteArray firstDifference(const QString &a, const QString &b)
{
    const QStringList left = a.split('\n');
    const QStringList right = b.split('\n');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i))
            return QStringLiteral("line %1:\n  one:   %2\n  other: %3")
                .arg(i + 1)
                .arg(left.value(i), right.value(i))
                .toUtf8();
    }
    return "identical";
}

QString todoDump(SyncTestClient &c)
{
    QString text;
    c.session().withEngineReplica([&text](tack::store::Replica &r) { text = r.dumpTodoState(); });
    return text;
}

// Every live card of the board sits in a live column of that board.
bool noCardLost(SyncTestClient &c, const QString &board, QString *why)
{
    QSet<QString> live;
    for (const ColumnRecord &col : c.reader().columns(board))
        live.insert(col.id);
    const QString dump = todoDump(c);
    for (const QString &line : dump.split('\n')) {
        const QStringList f = line.split('|');
        if (f.value(0) == QLatin1String("todo") && f.value(12) == board && !live.contains(f.value(13))) {
            *why = QStringLiteral("card %1 is in column %2, which is not a live column")
                       .arg(f.value(1), f.value(13));
            return false;
        }
    }
    return true;
}

QStringList columnIds(SyncTestClient &c, const QString &board)
{
    QStringList out;
    for (const ColumnRecord &col : c.reader().columns(board))
        out.append(col.id);
    return out;
}

} // namespace

class TestSyncTodos : public QObject
{
    Q_OBJECT

private:
    // All clients (settled, online) hold the same todo state, and so does a fresh bootstrap of `login`.
    void expectConverged(ServerProcess &server, const QList<SyncTestClient *> &clients, const QString &login)
    {
        for (SyncTestClient *c : clients) {
            QVERIFY2(c->waitSettled(),
                     qPrintable(
                         QStringLiteral("not settled: online %1, %2 pending, %3 unconfirmed; server says: %4")
                             .arg(c->online())
                             .arg(c->pendingCount())
                             .arg(c->session().unconfirmedWrites())
                             .arg(QString::fromUtf8(server.serverStderr().right(600)))));
        }
        // Settled is not the end: the others' last events may still be on their way. Wait until all agree.
        const auto allEqual = [&] {
            const QString first = todoDump(*clients.first());
            for (SyncTestClient *c : clients) {
                if (todoDump(*c) != first)
                    return false;
            }
            return true;
        };
        const bool agreed = clients.first()->waitFor(allEqual, 30000);
        const QString reference = todoDump(*clients.first());
        if (!agreed) {
            for (SyncTestClient *c : clients)
                QVERIFY2(todoDump(*c) == reference, firstDifference(todoDump(*c), reference).constData());
        }
        SyncTestClient fresh;
        QVERIFY(fresh.login(server.url(), login, synctest::kPassword));
        QVERIFY(fresh.waitSettled());
        const QString bootstrap = todoDump(fresh);
        QVERIFY2(bootstrap == reference, firstDifference(bootstrap, reference).constData());
    }

private slots:
    void concurrentOfflineMovesConverge()
    {
        ServerProcess server;
        const auto ids = synctest::startWithUsers(server, {"ann", "bob"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        SyncTestClient ann, bob;
        QVERIFY(ann.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(bob.login(server.url(), "bob", synctest::kPassword));

        const QString board =
            ann.session().createBoard("Train", {"To do", "Doing", "Done"}, {ids.value("bob")});
        QVERIFY(!board.isEmpty());
        // Settled first: the columns are read once the server's copy replaced the local one.
        QVERIFY(ann.waitSettled());
        QVERIFY(ann.waitFor([&] { return ann.reader().columns(board).size() == 3; }));
        const QStringList cols = columnIds(ann, board);
        QCOMPARE(cols.size(), 3);
        QStringList cards;
        for (int i = 0; i < 4; ++i)
            cards.append(ann.session().createCard(board, cols[0], QStringLiteral("Card %1").arg(i)));
        QVERIFY(ann.waitSettled());
        QVERIFY(bob.waitFor([&] { return bob.reader().cards(cols[0]).size() == 4; }));

        ann.session().stop();
        bob.session().stop();
        QVERIFY(ann.waitFor([&] { return !ann.online() && !bob.online(); }));
        // The same card, two different places, plus a reorder each, all while offline.
        QVERIFY(ann.session().moveCard(cards[1], cols[1], 0));
        QVERIFY(bob.session().moveCard(cards[1], cols[2], 0));
        QVERIFY(ann.session().moveCard(cards[3], cols[0], 0));
        QVERIFY(bob.session().moveCard(cards[3], cols[0], 1));
        QVERIFY(ann.waitFor([&] {
            return ann.session().unconfirmedWrites() == 0 && bob.session().unconfirmedWrites() == 0;
        }));
        // Each sees its own move at once (optimistic).
        QCOMPARE(ann.reader().todo(cards[1])->column, cols[1]);
        QCOMPARE(bob.reader().todo(cards[1])->column, cols[2]);

        ann.session().start();
        QVERIFY(ann.waitSettled());
        bob.session().start();
        expectConverged(server, {&ann, &bob}, "ann");
        // bob's move reached the server last: it wins, everywhere.
        QCOMPARE(ann.reader().todo(cards[1])->column, cols[2]);
        QCOMPARE(ann.reader().cards(cols[0]).size(), 3);
    }

    void deletedColumnLosesNoOfflineCard()
    {
        ServerProcess server;
        const auto ids = synctest::startWithUsers(server, {"ann", "bob"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        SyncTestClient ann, bob;
        QVERIFY(ann.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(bob.login(server.url(), "bob", synctest::kPassword));
        const QString board =
            ann.session().createBoard("Release", {"Backlog", "Review", "Shipped"}, {ids.value("bob")});
        QVERIFY(ann.waitSettled());
        QVERIFY(bob.waitFor([&] { return bob.reader().columns(board).size() == 3; }));
        const QStringList cols = columnIds(bob, board);
        const QString existing = ann.session().createCard(board, cols[0], "Already in backlog");
        QVERIFY(ann.waitSettled());
        QVERIFY(bob.waitFor([&] { return bob.reader().todo(existing).has_value(); }));

        bob.session().stop();
        QVERIFY(bob.waitFor([&] { return !bob.online(); }));
        const QString offline = bob.session().createCard(board, cols[1], "Written on the train");
        const QString movedOffline = existing;
        QVERIFY(bob.session().moveCard(movedOffline, cols[1], 0));
        QVERIFY(bob.waitQueued(offline) > 0);
        QVERIFY(ann.session().deleteColumn(cols[1]));
        QVERIFY(ann.waitSettled());
        QVERIFY(ann.waitFor([&] { return ann.reader().columns(board).size() == 2; }));

        bob.session().start();
        expectConverged(server, {&ann, &bob}, "bob");
        for (SyncTestClient *c : {&ann, &bob}) {
            const auto card = c->reader().todo(offline);
            QVERIFY(card.has_value());
            QVERIFY(!card->deleted);
            QCOMPARE(card->column, cols[0]); // the left-most remaining column
            QCOMPARE(card->movedFrom, cols[1]);
            QCOMPARE(card->movedFromTitle, QStringLiteral("Review"));
            QCOMPARE(c->reader().todo(movedOffline)->column, cols[0]);
            QString why;
            QVERIFY2(noCardLost(*c, board, &why), qPrintable(why));
        }
        QCOMPARE(ann.reader().cards(cols[0]).size(), 2);
    }

    void convergenceFuzz_data()
    {
        QTest::addColumn<quint32>("seed");
        const QByteArray only = qgetenv("TACK_TODO_FUZZ_SEED");
        if (!only.isEmpty()) {
            QTest::newRow(("seed " + only).constData()) << quint32(only.toUInt());
            return;
        }
        const int count = qMax(1, qEnvironmentVariableIntValue("TACK_TODO_FUZZ_SEEDS"));
        const int seeds = qEnvironmentVariableIsSet("TACK_TODO_FUZZ_SEEDS") ? count : 3;
        for (int i = 0; i < seeds; ++i)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(1000 + i))) << quint32(1000 + i);
    }

    void convergenceFuzz()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        ServerProcess server;
        const QStringList logins{"ann", "bob", "cat", "dan", "eve"};
        const auto ids = synctest::startWithUsers(server, logins);
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        std::vector<std::unique_ptr<SyncTestClient>> owned;
        QList<SyncTestClient *> clients;
        QList<qint64> others;
        for (const QString &login : logins) {
            owned.push_back(std::make_unique<SyncTestClient>());
            clients.append(owned.back().get());
            QVERIFY(clients.last()->login(server.url(), login, synctest::kPassword));
            if (login != logins.first())
                others.append(ids.value(login));
        }
        const QString board = clients[0]->session().createBoard("Fuzz", {"A", "B", "C", "D"}, others);
        QVERIFY(clients[0]->waitSettled());
        for (SyncTestClient *c : clients)
            QVERIFY(c->waitFor([&] { return c->reader().columns(board).size() == 4; }));

        const QList<qint64> members = ids.values();
        QList<bool> connected(clients.size(), true);
        int kinds[5] = {}; // creates, moves, edits, deletes, column changes
        int ops = 0;
        for (int round = 0; round < 12; ++round) {
            for (qsizetype i = 0; i < clients.size(); ++i) {
                SyncTestClient *c = clients[i];
                // Random disconnects: about one client in four changes state each round. The session reports
                // its state later (queued), so the test remembers what it asked for.
                if (rng.bounded(4) == 0) {
                    if (connected[i])
                        c->session().stop();
                    else
                        c->session().start();
                    connected[i] = !connected[i];
                }
                const QStringList cols = columnIds(*c, board);
                QList<TodoRecord> cards;
                for (const QString &col : cols)
                    cards += c->reader().cards(col);
                for (int k = 0; k < 3; ++k, ++ops) {
                    const int what = int(rng.bounded(100));
                    const QString col = cols.value(int(rng.bounded(qMax(1, int(cols.size())))));
                    const QString card =
                        cards.isEmpty() ? QString() : cards.at(int(rng.bounded(int(cards.size())))).id;
                    ++kinds[card.isEmpty() ? 0
                            : what < 30    ? 0
                            : what < 55    ? 1
                            : what < 88    ? 2
                            : what < 95    ? 3
                                           : 4];
                    if (what < 30 || card.isEmpty()) {
                        QCborMap fields;
                        if (rng.bounded(2))
                            fields.insert(QStringLiteral("assignees"),
                                          QCborArray{members.at(int(rng.bounded(int(members.size()))))});
                        c->session().createCard(board, col, QStringLiteral("r%1 op%2").arg(round).arg(ops),
                                                fields, int(rng.bounded(5)) - 1);
                    } else if (what < 55) {
                        c->session().moveCard(card, col, int(rng.bounded(6)) - 1);
                    } else if (what < 70) {
                        QCborMap fields;
                        fields.insert(QStringLiteral("title"), QStringLiteral("edit %1").arg(ops));
                        if (rng.bounded(2))
                            fields.insert(QStringLiteral("priority"), qint64(rng.bounded(4)));
                        c->session().updateTodo(card, fields);
                    } else if (what < 80) {
                        QCborMap fields;
                        fields.insert(QStringLiteral("notes"), QStringLiteral("notes %1").arg(ops));
                        c->session().updateTodo(card, fields);
                    } else if (what < 88) {
                        c->session().setTodoDone(card, rng.bounded(2) == 0);
                    } else if (what < 95) {
                        c->session().deleteTodo(card);
                    } else if (what < 98 && cols.size() < 6) {
                        c->session().addColumn(board, QStringLiteral("col %1").arg(ops), int(rng.bounded(4)),
                                               int(rng.bounded(4)));
                    } else {
                        c->session().deleteColumn(col);
                    }
                }
            }
            // Each client's writes are on its disk before the next round picks cards from its replica; what
            // the server sends meanwhile arrives whenever it does (the sessions sync on their own threads).
            for (SyncTestClient *c : clients)
                QVERIFY(c->waitFor([c] { return c->session().unconfirmedWrites() == 0; }));
        }
        for (qsizetype i = 0; i < clients.size(); ++i) {
            if (!connected[i])
                clients[i]->session().start();
        }
        expectConverged(server, clients, "cat");
        for (SyncTestClient *c : clients) {
            QString why;
            QVERIFY2(noCardLost(*c, board, &why), qPrintable(why));
            QVERIFY(c->storageErrors.isEmpty());
        }
        const int live = clients[0]->reader().columns(board).size();
        int cards = 0;
        for (const ColumnRecord &col : clients[0]->reader().columns(board))
            cards += col.cardCount;
        qInfo("seed %u: %d creates, %d moves, %d edits, %d deletes, %d column changes; %d live columns, %d "
              "live cards",
              seed, kinds[0], kinds[1], kinds[2], kinds[3], kinds[4], live, cards);
    }
};

QTEST_GUILESS_MAIN(TestSyncTodos)
#include "tst_sync_todos.moc"
