// The sync engine against a scripted protocol peer: paging, must_refetch, dropped streams, held gaps,
// retryable mutation errors with out_of_order, and token errors, each driven deliberately.
#include "ScriptedServer.h"
#include "SyncTestClient.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using tack::client::ClientSession;

namespace {

QCborMap map(std::initializer_list<std::pair<const char *, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(QLatin1String(k), v);
    return m;
}

// What the scripted server serves: org events (user.put), optionally one conversation "x".
struct World
{
    qint64 orgHead = 1;
    bool withConversation = false;
    QSet<QString> mustRefetch;
    QString helloError;
    std::function<bool(QWebSocket &, const QCborMap &)> onMutate;

    QCborArray heads() const
    {
        QCborArray out{scripted::streamHead("org", orgHead),
                       scripted::streamHead("u/1", withConversation ? 1 : 0)};
        if (withConversation)
            out.append(scripted::streamHead("c/x", 2));
        return out;
    }

    QCborMap conversation() const
    {
        return map({{"id", "x"},
                    {"kind", "group"},
                    {"title", "Scripted"},
                    {"owner", 1},
                    {"created_at", qint64(1700000000000)},
                    {"member_count", 1}});
    }

    bool handle(QWebSocket &peer, const QCborMap &r)
    {
        const QString type = r.value("type").toString();
        if (type == "login") {
            ScriptedServer::ack(
                peer, r, map({{"token", QString(64, 'a')}, {"user", scripted::user(1)}, {"expires_at", 0}}));
        } else if (type == "hello") {
            if (!helloError.isEmpty()) {
                ScriptedServer::error(peer, r, helloError, false);
                return true;
            }
            ScriptedServer::ack(peer, r,
                                map({{"user", scripted::user(1)},
                                     {"server_time", qint64(1700000000000)},
                                     {"streams", heads()},
                                     {"catchup_limit", 250000},
                                     {"max_frame", 1048576}}));
        } else if (type == "fetch") {
            const QString stream = r.value("stream").toString();
            if (mustRefetch.contains(stream)) {
                ScriptedServer::error(peer, r, "must_refetch", false);
                return true;
            }
            QCborArray events;
            const qint64 after = r.value("after").toInteger();
            const qint64 limit = r.value("limit").toInteger(1000);
            if (stream == "org") {
                for (qint64 seq = after + 1; seq <= orgHead && events.size() < limit; ++seq)
                    events.append(scripted::userPut(seq));
            }
            ScriptedServer::ack(peer, r, map({{"stream", stream}, {"head", orgHead}, {"events", events}}));
        } else if (type == "snapshot") {
            const QString stream = r.value("stream").toString();
            QCborMap rows;
            qint64 head = 0;
            if (stream == "org") {
                QCborArray users;
                for (qint64 id = 1; id <= orgHead; ++id)
                    users.append(scripted::user(id));
                rows = map({{"departments", QCborArray()}, {"users", users}});
                head = orgHead;
            } else if (stream == "u/1") {
                rows = map({{"conversations", withConversation ? QCborArray{conversation()} : QCborArray()}});
                head = withConversation ? 1 : 0;
            } else if (stream == "c/x") {
                rows = map({{"conversation", conversation()},
                            {"members", QCborArray{map({{"user", 1}, {"role", "owner"}, {"read", 0}})}},
                            {"messages", QCborArray()}});
                head = 2;
            }
            ScriptedServer::ack(peer, r, map({{"stream", stream}, {"head", head}, {"rows", rows}}));
        } else if (type == "ping") {
            ScriptedServer::ack(peer, r, map({{"server_time", qint64(1700000000000)}}));
        } else if (type == "mutate" && onMutate) {
            return onMutate(peer, r);
        } else {
            return false;
        }
        return true;
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        World world;
        ScriptedServer server;
        SyncTestClient client;
    };

    bool start(Setup &s)
    {
        s.server.setHandler([&s](QWebSocket &peer, const QCborMap &r) { return s.world.handle(peer, r); });
        return s.server.listen() && s.client.login(s.server.url(), "user1", "pw");
    }

    QList<qint64> fetchAfters(const ScriptedServer &server, const QString &stream)
    {
        QList<qint64> out;
        for (const QCborMap &r : server.requestsOfType("fetch")) {
            if (r.value("stream").toString() == stream)
                out.append(r.value("after").toInteger());
        }
        return out;
    }

private slots:
    void catchUpFetchesPagesInOrder()
    {
        Setup s;
        QVERIFY(start(s));
        QCOMPARE(s.client.engineCursor("org"), 1);
        s.world.orgHead = 2501;
        s.server.dropConnections();
        QVERIFY(s.client.waitFor([&] { return s.client.engineCursor("org") == 2501; }));
        QCOMPARE(fetchAfters(s.server, "org"), (QList<qint64>{1, 1001, 2001}));
        for (const QCborMap &r : s.server.requestsOfType("fetch"))
            QCOMPARE(r.value("limit").toInteger(), 1000);
        QCOMPARE(s.client.reader().users().size(), 2501);
        QVERIFY(s.client.waitSettled());
    }

    void mustRefetchTakesASnapshot()
    {
        Setup s;
        QVERIFY(start(s));
        s.world.orgHead = 40;
        s.world.mustRefetch.insert("org");
        const int snapshotsBefore = int(s.server.requestsOfType("snapshot").size());
        s.server.dropConnections();
        QVERIFY(s.client.waitFor([&] { return s.client.engineCursor("org") == 40; }));
        QCOMPARE(fetchAfters(s.server, "org"), QList<qint64>{1});
        QVERIFY(s.server.requestsOfType("snapshot").size() > snapshotsBefore);
        QCOMPARE(s.client.reader().users().size(), 40);
    }

    void streamsNoLongerListedAreDropped()
    {
        Setup s;
        s.world.withConversation = true;
        QVERIFY(start(s));
        QVERIFY(s.client.reader().conversation("x").has_value());
        QCOMPARE(s.client.engineCursor("c/x"), 2);
        s.world.withConversation = false;
        s.server.dropConnections();
        QVERIFY(s.client.waitFor([&] { return !s.client.reader().conversation("x").has_value(); }));
        QVERIFY(!s.client.reader().cursors().contains("c/x"));
    }

    void liveGapIsHeldThenFetched()
    {
        Setup s;
        QVERIFY(start(s));
        QWebSocket *peer = s.server.lastPeer();
        QVERIFY(peer);
        s.world.orgHead = 7;
        ScriptedServer::push(*peer, {scripted::userPut(2), scripted::userPut(3)});
        QVERIFY(s.client.waitFor([&] { return s.client.engineCursor("org") == 3; }));
        QVERIFY(fetchAfters(s.server, "org").isEmpty()); // contiguous: nothing to fetch
        // 4 and 5 are lost; 6 and 7 arrive, plus a repeat of 3.
        ScriptedServer::push(*peer, {scripted::userPut(3), scripted::userPut(6), scripted::userPut(7)});
        QVERIFY(s.client.waitFor([&] { return s.client.engineCursor("org") == 7; }));
        QCOMPARE(fetchAfters(s.server, "org"), QList<qint64>{3});
        QCOMPARE(s.client.reader().users().size(), 7);
        ScriptedServer::push(*peer, {scripted::userPut(5)}); // a late duplicate changes nothing
        ScriptedServer::push(*peer, {scripted::userPut(8)});
        s.world.orgHead = 8;
        QVERIFY(s.client.waitFor([&] { return s.client.engineCursor("org") == 8; }));
        QCOMPARE(fetchAfters(s.server, "org"), QList<qint64>{3});
    }

    void retryableErrorResendsFromTheFirstUnacked()
    {
        Setup s;
        QHash<qint64, int> attempts;
        QList<qint64> firstAcks;
        qint64 failOnce = -1;
        qint64 blocked = 0; // the server's out_of_order rule, per connection (a test keeps one connection)
        s.world.onMutate = [&](QWebSocket &peer, const QCborMap &r) {
            const qint64 m = r.value("mutation").toInteger();
            ++attempts[m];
            if (m == failOnce && attempts[m] == 1) {
                blocked = m;
                ScriptedServer::error(peer, r, "internal", true);
            } else if (blocked && m != blocked) {
                ScriptedServer::error(peer, r, "out_of_order", true);
            } else if (r.value("args").toMap().value("text").toString() == "refuse me") {
                ScriptedServer::error(peer, r, "forbidden", false);
            } else {
                if (m == blocked)
                    blocked = 0;
                if (!firstAcks.contains(m))
                    firstAcks.append(m);
                ScriptedServer::ack(peer, r, map({{"seq", 0}}));
            }
            return true;
        };
        QVERIFY(start(s));
        s.client.session().stop();
        QVERIFY(s.client.waitFor([&] { return !s.client.online(); }));
        QList<qint64> mutations;
        for (int i = 0; i < 6; ++i)
            mutations.append(
                s.client.waitQueued(s.client.session().sendMessage("nowhere", QString::number(i))));
        failOnce = mutations.at(1);
        const qsizetype writes = s.client.queuedRefs.size();
        s.client.session().start();
        QVERIFY(s.client.waitSettled());
        QCOMPARE(s.client.queuedRefs.size(), writes); // the retry came from the timer, not from a new write
        QCOMPARE(firstAcks, mutations);               // acknowledged strictly in mutation order
        QVERIFY(attempts.value(failOnce) >= 2);
        QVERIFY(s.client.failures.isEmpty());
        QCOMPARE(s.server.connectionCount(), 2); // no reconnect was needed

        // A final error is reported and does not hold up what follows.
        const qint64 refused = s.client.waitQueued(s.client.session().sendMessage("nowhere", "refuse me"));
        const qint64 after = s.client.waitQueued(s.client.session().sendMessage("nowhere", "fine"));
        QVERIFY(s.client.waitSettled());
        // The failed row is visible in the replica before the queued mutationFailed signal reaches us.
        QVERIFY(s.client.waitFor([&] { return s.client.failures.contains(refused); }));
        QCOMPARE(s.client.failures.value(refused).code, QStringLiteral("forbidden"));
        QCOMPARE(s.client.failures.value(refused).name, QStringLiteral("msg.send"));
        QVERIFY(firstAcks.contains(after));
        QCOMPARE(s.client.reader().failedMutations().size(), 1);
    }

    void expiredTokenSignsOut()
    {
        Setup s;
        s.world.helloError = "token_expired";
        s.server.setHandler([&s](QWebSocket &peer, const QCborMap &r) { return s.world.handle(peer, r); });
        QVERIFY(s.server.listen());
        QSignalSpy signedOut(&s.client.session(), &ClientSession::signedOut);
        QSignalSpy retries(&s.client.session(), &ClientSession::retryScheduled);
        s.client.session().login(s.server.url(), "user1", "pw");
        QVERIFY(signedOut.wait(30000));
        QVERIFY(signedOut.first().at(0).toString().startsWith("token_expired"));
        QVERIFY(s.client.loginOk); // the login itself worked; the session ended at hello
        QCOMPARE(retries.size(), 0);
        QCOMPARE(s.server.connectionCount(), 1);
        QVERIFY(!s.client.session().loggedIn());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
