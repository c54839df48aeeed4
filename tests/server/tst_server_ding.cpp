// DING over the wire: who may ding whom, confirmations, re-DING of the unconfirmed only, idempotent
// mutations and the `dings` rows of a conversation snapshot.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QtTest>

using namespace testwire;

class TestServerDing : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QHash<QString, qint64> m_ids; // login -> user id

    bool connectAs(WireClient &c, const char *login)
    {
        return c.connectTo(m_server.url()) &&
               !c.loginAndHello(QString::fromLatin1(login), "tack-demo").isEmpty();
    }

    qint64 id(const char *login) const { return m_ids.value(QString::fromLatin1(login)); }

    static QCborArray ids(std::initializer_list<qint64> list)
    {
        QCborArray a;
        for (qint64 v : list)
            a.append(v);
        return a;
    }

    static QList<qint64> sortedUsers(const QCborValue &v)
    {
        QList<qint64> out;
        for (const QCborValue &u : v.toArray())
            out.append(u.toInteger());
        std::sort(out.begin(), out.end());
        return out;
    }

    QCborMap ding(WireClient &c, const QString &message, const QCborArray &users, qint64 mutation = -1)
    {
        return c.mutate("ding.send", map({{"message", message}, {"users", users}}), mutation);
    }

    // A new group owned by wangfang with sunli and hejun, and one message from wangfang in it.
    void makeChat(WireClient &wang, const QString &conversation, const QString &message)
    {
        QCborMap r = wang.mutate("conv.create", map({{"id", conversation},
                                                     {"title", "DING " + conversation},
                                                     {"members", ids({id("sunli"), id("hejun")})}}));
        QVERIFY2(isAck(r), describe(r));
        r = wang.mutate(
            "msg.send",
            map({{"conversation", conversation}, {"id", message}, {"text", "请确认 please confirm"}}));
        QVERIFY2(isAck(r), describe(r));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang"));
        const QCborMap r = wang.request("snapshot", map({{"stream", "org"}}));
        QVERIFY2(isAck(r), describe(r));
        for (const QCborValue &u : result(r).value("rows").toMap().value("users").toArray())
            m_ids.insert(u.toMap().value("login").toString(), u.toMap().value("id").toInteger());
        QVERIFY(id("sunli") > 0 && id("hejun") > 0 && id("chenjing") > 0);
    }

    void senderDingsMembers()
    {
        WireClient wang, sun;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(sun, "sunli"));
        makeChat(wang, "ding-a", "ding-a-1");
        const QCborMap r = ding(wang, "ding-a-1", ids({id("sunli"), id("hejun"), id("sunli")}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(sortedUsers(result(r).value("users")), (QList<qint64>{id("sunli"), id("hejun")}));

        const QCborMap event = sun.waitForEvent("c/ding-a", "ding.sent");
        QVERIFY(!event.isEmpty());
        const QCborMap data = event.value("data").toMap();
        QCOMPARE(data.value("message").toString(), QStringLiteral("ding-a-1"));
        QCOMPARE(data.value("round").toInteger(), 1);
        QCOMPARE(sortedUsers(data.value("users")), (QList<qint64>{id("sunli"), id("hejun")}));
        QCOMPARE(event.value("by").toInteger(), wang.userId());
    }

    void onlyTheSenderMayDing()
    {
        WireClient wang, sun;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(sun, "sunli"));
        makeChat(wang, "ding-b", "ding-b-1");
        QCOMPARE(code(ding(sun, "ding-b-1", ids({id("hejun")}))), QStringLiteral("forbidden"));
        // Someone outside the conversation learns nothing about it.
        WireClient chen;
        QVERIFY(connectAs(chen, "chenjing"));
        QCOMPARE(code(ding(chen, "ding-b-1", ids({id("hejun")}))), QStringLiteral("forbidden"));
        QCOMPARE(code(ding(wang, "no-such-message", ids({id("hejun")}))), QStringLiteral("not_found"));
        // A recalled message cannot be dinged.
        QVERIFY(isAck(wang.mutate("msg.send",
                                  map({{"conversation", "ding-b"}, {"id", "ding-b-2"}, {"text", "oops"}}))));
        QVERIFY(isAck(wang.mutate("msg.recall", map({{"message", "ding-b-2"}}))));
        QCOMPARE(code(ding(wang, "ding-b-2", ids({id("hejun")}))), QStringLiteral("conflict"));
    }

    void targetsMustBeOtherMembers()
    {
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang"));
        makeChat(wang, "ding-c", "ding-c-1");
        QCOMPARE(code(ding(wang, "ding-c-1", ids({id("sunli"), id("chenjing")}))),
                 QStringLiteral("invalid_args"));
        QCOMPARE(code(ding(wang, "ding-c-1", ids({wang.userId()}))), QStringLiteral("invalid_args"));
        QCOMPARE(code(ding(wang, "ding-c-1", QCborArray())), QStringLiteral("invalid_args"));
        QCOMPARE(code(ding(wang, "ding-c-1", ids({0}))), QStringLiteral("invalid_args"));
        // Nothing was recorded by the refused attempts.
        const QCborMap snap = wang.request("snapshot", map({{"stream", "c/ding-c"}}));
        QVERIFY2(isAck(snap), describe(snap));
        QCOMPARE(result(snap).value("rows").toMap().value("dings").toArray().size(), 0);
    }

    void confirmAndReDingOnlyUnconfirmed()
    {
        WireClient wang, sun, he;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(sun, "sunli"));
        QVERIFY(connectAs(he, "hejun"));
        makeChat(wang, "ding-d", "ding-d-1");
        QVERIFY(isAck(ding(wang, "ding-d-1", ids({id("sunli"), id("hejun")}))));

        // The sender was not dinged, so has nothing to confirm.
        QCOMPARE(code(wang.mutate("ding.confirm", map({{"message", "ding-d-1"}}))),
                 QStringLiteral("forbidden"));

        QCborMap r = sun.mutate("ding.confirm", map({{"message", "ding-d-1"}}));
        QVERIFY2(isAck(r), describe(r));
        const qint64 confirmedAt = result(r).value("confirmed_at").toInteger();
        QVERIFY(confirmedAt > 0);
        const QCborMap confirmed = wang.waitForEvent("c/ding-d", "ding.confirmed");
        QCOMPARE(confirmed.value("data").toMap().value("user").toInteger(), id("sunli"));
        QCOMPARE(confirmed.value("data").toMap().value("message").toString(), QStringLiteral("ding-d-1"));

        // A second confirmation (a new mutation) changes nothing and records no event.
        wang.clearEvents();
        r = sun.mutate("ding.confirm", map({{"message", "ding-d-1"}}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(result(r).value("confirmed_at").toInteger(), confirmedAt);

        // Re-DING everyone: the confirmed recipient is left out, the round moves on.
        r = ding(wang, "ding-d-1", ids({id("sunli"), id("hejun")}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(sortedUsers(result(r).value("users")), (QList<qint64>{id("hejun")}));
        const QCborMap again = wang.waitForEvent("c/ding-d", "ding.sent");
        QCOMPARE(again.value("data").toMap().value("round").toInteger(), 2);
        QCOMPARE(sortedUsers(again.value("data").toMap().value("users")), (QList<qint64>{id("hejun")}));

        // Only confirmed recipients left: an ack with no users and no event.
        r = ding(wang, "ding-d-1", ids({id("sunli")}));
        QVERIFY2(isAck(r), describe(r));
        QVERIFY(result(r).value("users").toArray().isEmpty());
        const QCborMap fetched = wang.request("fetch", map({{"stream", "c/ding-d"}, {"after", 0}}));
        int sent = 0, confirms = 0;
        for (const QCborValue &e : result(fetched).value("events").toArray()) {
            const QString kind = e.toMap().value("kind").toString();
            sent += kind == QLatin1String("ding.sent");
            confirms += kind == QLatin1String("ding.confirmed");
        }
        QCOMPARE(sent, 2);
        QCOMPARE(confirms, 1);
    }

    void mutationsAreIdempotent()
    {
        WireClient wang, sun;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(sun, "sunli"));
        makeChat(wang, "ding-e", "ding-e-1");
        const qint64 m = wang.nextMutationId();
        const QCborMap first = ding(wang, "ding-e-1", ids({id("sunli")}), m);
        QVERIFY2(isAck(first), describe(first));
        const QCborMap replay = ding(wang, "ding-e-1", ids({id("sunli")}), m);
        QCOMPARE(result(replay), result(first));

        const qint64 cm = sun.nextMutationId();
        const QCborMap c1 = sun.mutate("ding.confirm", map({{"message", "ding-e-1"}}), cm);
        QVERIFY2(isAck(c1), describe(c1));
        QCOMPARE(result(sun.mutate("ding.confirm", map({{"message", "ding-e-1"}}), cm)), result(c1));

        const QCborMap fetched = wang.request("fetch", map({{"stream", "c/ding-e"}, {"after", 0}}));
        QStringList kinds;
        for (const QCborValue &e : result(fetched).value("events").toArray()) {
            const QString kind = e.toMap().value("kind").toString();
            if (kind.startsWith(QLatin1String("ding.")))
                kinds.append(kind);
        }
        QCOMPARE(kinds, (QStringList{"ding.sent", "ding.confirmed"}));
    }

    void snapshotCarriesDings()
    {
        WireClient wang, sun;
        QVERIFY(connectAs(wang, "wangfang"));
        QVERIFY(connectAs(sun, "sunli"));
        makeChat(wang, "ding-f", "ding-f-1");
        QVERIFY(isAck(ding(wang, "ding-f-1", ids({id("sunli"), id("hejun")}))));
        QVERIFY(isAck(sun.mutate("ding.confirm", map({{"message", "ding-f-1"}}))));

        const QCborMap snap = sun.request("snapshot", map({{"stream", "c/ding-f"}}));
        QVERIFY2(isAck(snap), describe(snap));
        const QCborArray rows = result(snap).value("rows").toMap().value("dings").toArray();
        QCOMPARE(rows.size(), 2);
        QHash<qint64, QCborMap> byUser;
        for (const QCborValue &v : rows)
            byUser.insert(v.toMap().value("user").toInteger(), v.toMap());
        const QCborMap sunRow = byUser.value(id("sunli"));
        const QCborMap heRow = byUser.value(id("hejun"));
        QCOMPARE(sunRow.value("message").toString(), QStringLiteral("ding-f-1"));
        QVERIFY(sunRow.value("dinged_at").toInteger() > 0);
        QVERIFY(sunRow.value("confirmed_at").toInteger() >= sunRow.value("dinged_at").toInteger());
        QCOMPARE(heRow.value("confirmed_at").toInteger(), 0);
        QCOMPARE(heRow.value("round").toInteger(), 1);
        QCOMPARE(heRow.value("by").toInteger(), wang.userId());
    }

    void unconfirmedDingsOutliveTheNewestMessages()
    {
        // An unconfirmed DING stays in the snapshot after 200 newer messages push its message out.
        WireClient wang;
        QVERIFY(connectAs(wang, "wangfang"));
        makeChat(wang, "ding-g", "ding-g-1");
        QVERIFY(isAck(ding(wang, "ding-g-1", ids({id("hejun")}))));
        for (int i = 0; i < 205; ++i) {
            const QCborMap r = wang.mutate("msg.send", map({{"conversation", "ding-g"},
                                                            {"id", QStringLiteral("ding-g-n%1").arg(i)},
                                                            {"text", "more"}}));
            QVERIFY2(isAck(r), describe(r));
        }
        const QCborMap snap = wang.request("snapshot", map({{"stream", "c/ding-g"}}));
        const QCborMap rows = result(snap).value("rows").toMap();
        for (const QCborValue &m : rows.value("messages").toArray())
            QVERIFY(m.toMap().value("id").toString() != QLatin1String("ding-g-1"));
        const QCborArray dings = rows.value("dings").toArray();
        QCOMPARE(dings.size(), 1);
        QCOMPARE(dings.first().toMap().value("message").toString(), QStringLiteral("ding-g-1"));
    }
};

QTEST_GUILESS_MAIN(TestServerDing)
#include "tst_server_ding.moc"
