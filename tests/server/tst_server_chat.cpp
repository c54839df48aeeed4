// Chat semantics over the wire: live fan-out, idempotent mutations, authorization, membership moving
// subscriptions, recall window, read markers and read lists, must_refetch.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QtTest>

using namespace testwire;

class TestServerChat : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    static constexpr int kCatchupLimit = 20;

    QCborMap send(WireClient &c, const QString &conversation, const QString &id, const QString &text)
    {
        return c.mutate("msg.send", map({{"conversation", conversation}, {"id", id}, {"text", text}}));
    }

    bool connectAs(WireClient &c, const char *login)
    {
        return c.connectTo(m_server.url()) &&
               !c.loginAndHello(QString::fromLatin1(login), "tack-demo").isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo({"--catchup-limit", QString::number(kCatchupLimit)}),
                 qPrintable(m_server.errorString()));
    }

    void sendIsPushedToMembersThenAcked()
    {
        WireClient wang, sun;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(sun, "sunli"));
        const QCborMap r = send(wang, "client-team", "m-live-1", "大家好 hello");
        QVERIFY2(isAck(r), describe(r));
        const qint64 seq = result(r).value("seq").toInteger();
        // The sender's own session got the event before the ack.
        QVERIFY(wang.hasQueuedEvents());
        const QCborMap mine = wang.waitForEvent("c/client-team", "msg.new");
        QCOMPARE(mine.value("seq").toInteger(), seq);
        QCOMPARE(mine.value("client").toString(), wang.clientId());
        const QCborMap theirs = sun.waitForEvent("c/client-team", "msg.new");
        const QCborMap message = theirs.value("data").toMap().value("message").toMap();
        QCOMPARE(message.value("text").toString(), QStringLiteral("大家好 hello"));
        QCOMPARE(message.value("seq").toInteger(), seq);
        QCOMPARE(message.value("sender").toInteger(), wang.userId());
    }

    void mutationsAreIdempotent()
    {
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang"));
        const QCborMap args =
            map({{"conversation", "client-team"}, {"id", "m-idem-1"}, {"text", "once only"}});
        const QCborMap first = wang.mutate("msg.send", args, 100);
        QVERIFY2(isAck(first), describe(first));
        const QCborMap again = wang.mutate("msg.send", args, 100);
        QCOMPARE(result(again), result(first));
        // A non-retryable error is stored too: the same pair answers the same error.
        const QCborMap bad = wang.mutate("msg.edit", map({{"message", "no-such"}, {"text", "x"}}), 101);
        QCOMPARE(code(bad), QStringLiteral("not_found"));
        QCOMPARE(code(wang.mutate("msg.edit", map({{"message", "no-such"}, {"text", "x"}}), 101)),
                 QStringLiteral("not_found"));

        const qint64 seq = result(first).value("seq").toInteger();
        const QCborMap f = wang.request("fetch", map({{"stream", "c/client-team"}, {"after", seq - 1}}));
        QVERIFY2(isAck(f), describe(f));
        int copies = 0;
        for (const QCborValue &e : result(f).value("events").toArray()) {
            if (e.toMap().value("kind").toString() == QLatin1String("msg.new") &&
                e.toMap().value("data").toMap().value("message").toMap().value("id").toString() == "m-idem-1")
                ++copies;
        }
        QCOMPARE(copies, 1);
        // The same message id from another client with the same text is the same message.
        WireClient other;
        QVERIFY(connectAs(other, "wangfang"));
        QCOMPARE(result(send(other, "client-team", "m-idem-1", "once only")).value("seq").toInteger(), seq);
        QCOMPARE(code(send(other, "client-team", "m-idem-1", "different")), QStringLiteral("conflict"));
    }

    void nonMembersAreForbidden()
    {
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang")); // not in sales-east
        const QList<QCborMap> requests{
            map({{"type", "fetch"}, {"stream", "c/sales-east"}, {"after", 0}}),
            map({{"type", "snapshot"}, {"stream", "c/sales-east"}}),
            map({{"type", "history"}, {"conversation", "sales-east"}, {"before", 0}}),
            map({{"type", "read_list"},
                 {"conversation", "sales-east"},
                 {"message", "demo-sales-east-1"},
                 {"state", "read"}}),
            map({{"type", "fetch"}, {"stream", "u/1"}, {"after", 0}}),
        };
        for (const QCborMap &req : requests) {
            const QCborMap r = wang.request(req);
            QVERIFY2(code(r) == QLatin1String("forbidden"), describe(r));
        }
        QCOMPARE(code(send(wang, "sales-east", "m-intruder", "hi")), QStringLiteral("forbidden"));
        QCOMPARE(code(wang.mutate("read", map({{"conversation", "sales-east"}, {"upto", 3}}))),
                 QStringLiteral("forbidden"));
        QCOMPARE(code(wang.mutate("msg.recall", map({{"message", "demo-sales-east-1"}}))),
                 QStringLiteral("forbidden"));
        QCOMPARE(code(send(wang, "no-such-chat", "m-x", "hi")), QStringLiteral("not_found"));
        QCOMPARE(code(wang.mutate("warp.drive", QCborMap())), QStringLiteral("unknown_mutation"));
        QCOMPARE(code(send(wang, "client-team", "m-blank", "   ")), QStringLiteral("invalid_args"));
    }

    void membershipMovesSubscriptions()
    {
        WireClient wang, li;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(li, "lihua"));
        QCborMap r = wang.mutate("conv.create", map({{"id", "proto-review"},
                                                     {"title", "Protocol review"},
                                                     {"members", QCborArray{li.userId()}}}));
        QVERIFY2(isAck(r), describe(r));
        const QCborMap joined = li.waitForEvent(QStringLiteral("u/%1").arg(li.userId()), "conv.joined");
        QCOMPARE(joined.value("data").toMap().value("conversation").toMap().value("member_count").toInteger(),
                 2);
        QVERIFY(isAck(send(wang, "proto-review", "pr-1", "first")));
        QVERIFY(!li.waitForEvent("c/proto-review", "msg.new").isEmpty());

        r = wang.mutate("member.remove", map({{"conversation", "proto-review"}, {"user", li.userId()}}));
        QVERIFY2(isAck(r), describe(r));
        QVERIFY(!li.waitForEvent(QStringLiteral("u/%1").arg(li.userId()), "conv.left").isEmpty());
        li.clearEvents();
        QVERIFY(isAck(send(wang, "proto-review", "pr-2", "after the removal")));
        QVERIFY(isAck(li.request("ping"))); // anything sent to li before this reply has arrived
        QVERIFY(!li.hasQueuedEvents());
        QCOMPARE(code(li.request("fetch", map({{"stream", "c/proto-review"}, {"after", 0}}))),
                 QStringLiteral("forbidden"));
        // The owner cannot be removed; members may leave.
        QCOMPARE(code(wang.mutate("member.remove",
                                  map({{"conversation", "proto-review"}, {"user", wang.userId()}}))),
                 QStringLiteral("forbidden"));
    }

    void snapshotAndHistory()
    {
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang"));
        QCborMap r = wang.request("snapshot", map({{"stream", "c/client-team"}}));
        QVERIFY2(isAck(r), describe(r));
        const QCborMap rows = result(r).value("rows").toMap();
        QCOMPARE(rows.value("conversation").toMap().value("id").toString(), QStringLiteral("client-team"));
        QVERIFY(rows.value("members").toArray().size() >= 5);
        const QCborArray messages = rows.value("messages").toArray();
        QVERIFY(messages.size() > 10);
        const qint64 firstSeq = messages.first().toMap().value("seq").toInteger();
        r = wang.request("history", map({{"conversation", "client-team"},
                                         {"before", messages.last().toMap().value("seq").toInteger()},
                                         {"limit", 3}}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(result(r).value("messages").toArray().size(), 3);
        QVERIFY(result(r).value("more").toBool());
        r = wang.request("history", map({{"conversation", "client-team"}, {"before", firstSeq}}));
        QCOMPARE(result(r).value("messages").toArray().size(), 0);
        QVERIFY(!result(r).value("more").toBool());

        r = wang.request("snapshot", map({{"stream", "org"}}));
        QVERIFY2(isAck(r), describe(r));
        QVERIFY(result(r).value("rows").toMap().value("users").toArray().size() >= 25);
        QVERIFY(result(r).value("rows").toMap().value("departments").toArray().size() >= 5);
        r = wang.request("snapshot", map({{"stream", QStringLiteral("u/%1").arg(wang.userId())}}));
        QVERIFY(result(r).value("rows").toMap().value("conversations").toArray().size() >= 4);
    }

    void mustRefetch()
    {
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang"));
        const QCborMap head =
            wang.request("fetch", map({{"stream", "c/all-hands"}, {"after", 0}, {"limit", 1}}));
        QCOMPARE(code(head), QStringLiteral("must_refetch")); // the demo chat is longer than the limit
        const QCborMap snap = wang.request("snapshot", map({{"stream", "c/all-hands"}}));
        const qint64 h = result(snap).value("head").toInteger();
        QVERIFY(h > kCatchupLimit);
        QCOMPARE(code(wang.request("fetch", map({{"stream", "c/all-hands"}, {"after", h + 1}}))),
                 QStringLiteral("must_refetch"));
        const QCborMap tail = wang.request("fetch", map({{"stream", "c/all-hands"}, {"after", h - 3}}));
        QVERIFY2(isAck(tail), describe(tail));
        QCOMPARE(result(tail).value("events").toArray().size(), 3);
        QCOMPARE(result(tail).value("events").toArray().first().toMap().value("seq").toInteger(), h - 2);
    }

    void readMarkersAndReadList()
    {
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang"));
        QCborArray everyone;
        const QCborArray users = result(wang.request("snapshot", map({{"stream", "org"}})))
                                     .value("rows")
                                     .toMap()
                                     .value("users")
                                     .toArray();
        for (const QCborValue &u : users)
            everyone.append(u.toMap().value("id"));
        QVERIFY(isAck(wang.mutate("conv.create",
                                  map({{"id", "receipts"}, {"title", "Receipts"}, {"members", everyone}}))));
        const qint64 seq = result(send(wang, "receipts", "rc-1", "please read")).value("seq").toInteger();
        QVERIFY(seq > 0);

        QList<qint64> readers;
        for (const char *login : {"sunli", "hejun", "lihua"}) {
            WireClient c;
            QVERIFY(connectAs(c, login));
            QCborMap r = c.mutate("read", map({{"conversation", "receipts"}, {"upto", seq}}));
            QVERIFY2(isAck(r), describe(r));
            QCOMPARE(result(r).value("upto").toInteger(), seq);
            // Markers only move forward.
            r = c.mutate("read", map({{"conversation", "receipts"}, {"upto", 1}}));
            QCOMPARE(result(r).value("upto").toInteger(), seq);
            readers << c.userId();
        }
        std::sort(readers.begin(), readers.end());

        QList<qint64> seen;
        QCborMap req =
            map({{"conversation", "receipts"}, {"message", "rc-1"}, {"state", "read"}, {"limit", 2}});
        for (int page = 0; page < 5; ++page) {
            const QCborMap r = wang.request("read_list", req);
            QVERIFY2(isAck(r), describe(r));
            QCOMPARE(result(r).value("read_count").toInteger(), 3);
            QCOMPARE(result(r).value("unread_count").toInteger(), qint64(everyone.size()) - 1 - 3);
            for (const QCborValue &u : result(r).value("users").toArray())
                seen << u.toInteger();
            if (!result(r).contains(QLatin1String("next")))
                break;
            req.insert(QLatin1String("after"), result(r).value("next"));
        }
        QCOMPARE(seen, readers);

        const QCborMap unread = wang.request(
            "read_list",
            map({{"conversation", "receipts"}, {"message", "rc-1"}, {"state", "unread"}, {"limit", 500}}));
        QCOMPARE(result(unread).value("users").toArray().size(), qint64(everyone.size()) - 1 - 3);
        QCOMPARE(code(wang.request("read_list", map({{"conversation", "receipts"},
                                                     {"message", "demo-sales-east-1"},
                                                     {"state", "read"}}))),
                 QStringLiteral("not_found"));
    }

    void faultDropLiveSkipsOnlyLiveFrames()
    {
        ServerProcess lossy;
        QVERIFY2(lossy.startDemo({"--fault-drop-live", "1", "--fault-seed", "7"}),
                 qPrintable(lossy.errorString()));
        WireClient wang;
        QVERIFY(wang.connectTo(lossy.url()));
        QVERIFY(!wang.loginAndHello("wangfang", "tack-demo").isEmpty());
        const QCborMap r = send(wang, "client-team", "lossy-1", "only fetch sees me");
        QVERIFY2(isAck(r), describe(r));
        QVERIFY(isAck(wang.request("ping")));
        QVERIFY(!wang.hasQueuedEvents());
        const qint64 seq = result(r).value("seq").toInteger();
        const QCborMap f = wang.request("fetch", map({{"stream", "c/client-team"}, {"after", seq - 1}}));
        QCOMPARE(result(f).value("events").toArray().first().toMap().value("seq").toInteger(), seq);
    }

    void acknowledgedMutationSurvivesKill()
    {
        ServerProcess server;
        QVERIFY2(server.startDemo(), qPrintable(server.errorString()));
        qint64 seq = 0;
        {
            WireClient wang;
            QVERIFY(wang.connectTo(server.url()));
            QVERIFY(!wang.loginAndHello("wangfang", "tack-demo").isEmpty());
            const QCborMap r = send(wang, "client-team", "durable-1", "still here after kill -9");
            QVERIFY2(isAck(r), describe(r));
            seq = result(r).value("seq").toInteger();
        }
        QVERIFY(server.kill());
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        WireClient wang;
        QVERIFY(wang.connectTo(server.url()));
        QVERIFY(!wang.loginAndHello("wangfang", "tack-demo").isEmpty());
        const QCborMap f = wang.request("fetch", map({{"stream", "c/client-team"}, {"after", seq - 1}}));
        QVERIFY2(isAck(f), describe(f));
        QCOMPARE(result(f).value("head").toInteger(), seq);
        QCOMPARE(result(f)
                     .value("events")
                     .toArray()
                     .first()
                     .toMap()
                     .value("data")
                     .toMap()
                     .value("message")
                     .toMap()
                     .value("text")
                     .toString(),
                 QStringLiteral("still here after kill -9"));
    }

    // Runs last: it restarts the server with a shifted clock.
    void recallWindowAndTokenExpiry()
    {
        WireClient wang, sun;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(sun, "sunli"));
        QVERIFY(isAck(send(sun, "client-team", "rw-1", "recall me now")));
        QVERIFY(isAck(send(sun, "client-team", "rw-2", "recall me tomorrow")));
        QVERIFY(isAck(send(sun, "client-team", "rw-3", "the owner recalls this")));
        WireClient he;
        QVERIFY(connectAs(he, "hejun")); // neither the sender nor an admin
        QCOMPARE(code(he.mutate("msg.recall", map({{"message", "rw-1"}}))), QStringLiteral("forbidden"));
        QCborMap r = sun.mutate("msg.recall", map({{"message", "rw-1"}}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(code(sun.mutate("msg.edit", map({{"message", "rw-1"}, {"text", "too late"}}))),
                 QStringLiteral("conflict"));
        const QString sunToken = sun.login("sunli", "tack-demo");

        m_server.setServeArgs({"--fault-clock-offset-ms", QString::number(25LL * 3600 * 1000)});
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        WireClient sun2, wang2;
        QVERIFY(connectAs(sun2, "sunli"));
        QVERIFY(connectAs(wang2, "wangfang"));
        QCOMPARE(code(sun2.mutate("msg.recall", map({{"message", "rw-2"}}))),
                 QStringLiteral("recall_window"));
        r = wang2.mutate("msg.recall", map({{"message", "rw-3"}})); // wangfang owns client-team
        QVERIFY2(isAck(r), describe(r));

        m_server.setServeArgs({"--fault-clock-offset-ms", QString::number(31LL * 24 * 3600 * 1000)});
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        WireClient late;
        QVERIFY(late.connectTo(m_server.url()));
        QCOMPARE(code(late.hello(sunToken)), QStringLiteral("token_expired"));
    }
};

QTEST_GUILESS_MAIN(TestServerChat)
#include "tst_server_chat.moc"
