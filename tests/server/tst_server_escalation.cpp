// The overdue escalation automation (docs/protocol.md 14.7) on a real tack-server: a todo overdue by the
// configured delay is escalated once, to each assignee's manager from the org directory, with the todo in
// the notice, while no client is connected; todos not overdue long enough, or done, are left alone.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QTest>
#include <QUuid>

using namespace testwire;

namespace {

constexpr char kPassword[] = "tack-demo";
constexpr qint64 kHourMs = 60 * 60 * 1000;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(24);
}

// The todo.escalated events on a user's own stream, read from the start.
QList<QCborMap> escalations(const QUrl &url, const QString &login)
{
    WireClient c;
    if (!c.connectTo(url) || c.loginAndHello(login, kPassword).isEmpty())
        return {};
    const QCborMap r =
        c.request("fetch", map({{"stream", QStringLiteral("u/%1").arg(c.userId())}, {"after", 0}}));
    QList<QCborMap> out;
    for (const QCborValue &v : result(r).value("events").toArray()) {
        if (v.toMap().value("kind").toString() == QLatin1String("todo.escalated"))
            out.append(v.toMap());
    }
    return out;
}

// The todo ids of the `escalations` on the first page of a user's own stream snapshot, in order; each row
// carries the notice's data and when it was sent.
QStringList snapshotEscalations(const QUrl &url, const QString &login)
{
    WireClient c;
    if (!c.connectTo(url) || c.loginAndHello(login, kPassword).isEmpty())
        return {QStringLiteral("(no login)")};
    const QCborMap r = c.request("snapshot", map({{"stream", QStringLiteral("u/%1").arg(c.userId())}}));
    QStringList out;
    for (const QCborValue &v : result(r).value("rows").toMap().value("escalations").toArray()) {
        const QCborMap e = v.toMap();
        if (e.value("at").toInteger() <= 0 || e.value("assignees").toArray().isEmpty())
            return {QStringLiteral("(incomplete row)")};
        out.append(e.value("todo").toMap().value("id").toString());
    }
    return out;
}

} // namespace

class TestServerEscalation : public QObject
{
    Q_OBJECT

private slots:
    void overdueTodoIsEscalatedOnceToTheManager()
    {
        ServerProcess server;
        // One hour overdue escalates; the server checks every 50 ms and runs two hours ahead of the wall
        // clock.
        QVERIFY2(server.startDemo({"--escalate-overdue-after-minutes", "60", "--fault-escalation-check-ms",
                                   "50", "--fault-clock-offset-ms", QString::number(2 * kHourMs)}),
                 qPrintable(server.errorString()));
        QHash<QString, qint64> ids;
        QString late, early, done, second;
        {
            WireClient sunli;
            QVERIFY(sunli.connectTo(server.url()));
            const QCborMap hello = sunli.loginAndHello("sunli", kPassword);
            QVERIFY(!hello.isEmpty());
            const qint64 now = hello.value("server_time").toInteger();
            for (const char *login : {"guoqiang", "james", "amina", "xuming"}) {
                WireClient c;
                QVERIFY(c.connectTo(server.url()));
                QVERIFY(!c.loginAndHello(login, kPassword).isEmpty());
                ids.insert(login, c.userId());
            }
            late = newId();
            QCborMap r =
                sunli.mutate("todo.create", map({{"id", late},
                                                 {"title", "Ship the release notes"},
                                                 {"assignees", QCborArray{ids["guoqiang"], ids["james"]}},
                                                 {"due", now - 2 * kHourMs}}));
            QVERIFY2(isAck(r), describe(r));
            early = newId();
            r = sunli.mutate("todo.create", map({{"id", early},
                                                 {"title", "Not late enough"},
                                                 {"assignees", QCborArray{ids["amina"]}},
                                                 {"due", now - 10 * 60 * 1000}}));
            QVERIFY2(isAck(r), describe(r));
            done = newId();
            r = sunli.mutate("todo.create", map({{"id", done},
                                                 {"title", "Already done"},
                                                 {"assignees", QCborArray{ids["xuming"]}},
                                                 {"due", now - 5 * kHourMs}}));
            QVERIFY(isAck(r));
            QVERIFY(isAck(sunli.mutate("todo.done", map({{"todo", done}}))));
        } // every client disconnects here

        QTRY_VERIFY_WITH_TIMEOUT(server.serverStderr().count("overdue escalation: 1 todos") == 1, 20000);
        // A second escalation proves the checks kept running (and rescanned the first todo) meanwhile.
        {
            WireClient sunli;
            QVERIFY(sunli.connectTo(server.url()));
            const qint64 now = sunli.loginAndHello("sunli", kPassword).value("server_time").toInteger();
            second = newId();
            QVERIFY(isAck(sunli.mutate("todo.create", map({{"id", second},
                                                           {"title", "Rotate the keys"},
                                                           {"assignees", QCborArray{ids["james"]}},
                                                           {"due", now - 3 * kHourMs}}))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(server.serverStderr().count("overdue escalation: 1 todos") == 2, 20000);

        const QList<QCborMap> toLihua = escalations(server.url(), "lihua");
        QCOMPARE(toLihua.size(), 2);
        const QCborMap first = toLihua.first().value("data").toMap();
        QCOMPARE(first.value("todo").toMap().value("id").toString(), late);
        QCOMPARE(first.value("todo").toMap().value("title").toString(), QString("Ship the release notes"));
        QCOMPARE(first.value("assignees").toArray(), (QCborArray{ids["guoqiang"], ids["james"]}));
        QVERIFY(first.value("overdue_ms").toInteger() >= 2 * kHourMs);
        QCOMPARE(toLihua.first().value("by").toInteger(), 0);
        QCOMPARE(toLihua.last().value("data").toMap().value("todo").toMap().value("id").toString(), second);
        // amina's and xuming's manager heard nothing: one todo is not late enough, the other is done.
        QVERIFY(escalations(server.url(), "wangfang").isEmpty());

        // A manager who bootstraps the stream gets the open escalations from the snapshot, newest first.
        QCOMPARE(snapshotEscalations(server.url(), "lihua"), (QStringList{second, late}));
        QVERIFY(snapshotEscalations(server.url(), "wangfang").isEmpty());
        {
            WireClient sunli;
            QVERIFY(sunli.connectTo(server.url()));
            QVERIFY(!sunli.loginAndHello("sunli", kPassword).isEmpty());
            QVERIFY(isAck(sunli.mutate("todo.done", map({{"todo", late}}))));
        }
        QCOMPARE(snapshotEscalations(server.url(), "lihua"),
                 QStringList{second}); // a done todo is not listed
    }
};

QTEST_GUILESS_MAIN(TestServerEscalation)
#include "tst_server_escalation.moc"
