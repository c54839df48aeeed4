// Presence over the wire: online while connected, away when every connection says so, offline when the last
// one closes; pushed as `presence` frames to connections that listed presence, never into the op log.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QtTest>

using namespace testwire;

namespace {

const QString kPassword = QStringLiteral("presence test password");

// user id -> state from a presence.list result or a presence frame.
QHash<qint64, QString> states(const QCborValue &users)
{
    QHash<qint64, QString> out;
    for (const QCborValue &v : users.toArray())
        out.insert(v.toMap().value(QLatin1String("user")).toInteger(),
                   v.toMap().value(QLatin1String("state")).toString());
    return out;
}

// The next presence frame this client receives (empty on timeout).
QHash<qint64, QString> nextPresence(WireClient &c)
{
    for (;;) {
        const QCborMap f = c.nextFrame();
        if (f.isEmpty())
            return {};
        if (type(f) == QLatin1String("presence"))
            return states(f.value(QLatin1String("users")));
    }
}

} // namespace

class TestServerPresence : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    qint64 m_ana = 0;
    qint64 m_bo = 0;
    qint64 m_cy = 0;

    bool connectAs(WireClient &c, const QString &login)
    {
        return c.connectTo(m_server.url()) && !c.loginAndHello(login, kPassword).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_ana = m_server.addUser(QStringLiteral("ana"), QStringLiteral("Ana"), kPassword);
        m_bo = m_server.addUser(QStringLiteral("bo"), QStringLiteral("Bo"), kPassword);
        m_cy = m_server.addUser(QStringLiteral("cy"), QStringLiteral("Cy"), kPassword);
        QVERIFY(m_ana > 0 && m_bo > 0 && m_cy > 0); // ana, the first account, owns the org
    }

    void presenceFollowsConnectionsAndReports()
    {
        WireClient watcher;
        QVERIFY(connectAs(watcher, QStringLiteral("bo")));
        QCborMap list = watcher.request(QStringLiteral("presence.list"));
        QVERIFY2(isAck(list), describe(list));
        QCOMPARE(states(result(list).value(QLatin1String("users"))),
                 (QHash<qint64, QString>{{m_bo, QStringLiteral("online")}}));

        // Ana connects: online is pushed.
        auto ana = std::make_unique<WireClient>();
        QVERIFY(connectAs(*ana, QStringLiteral("ana")));
        QCOMPARE(nextPresence(watcher), (QHash<qint64, QString>{{m_ana, QStringLiteral("online")}}));

        // Ana reports away: pushed; a second connection of hers says online, so she is online again.
        QVERIFY(
            isAck(ana->request(QStringLiteral("presence.set"), map({{"state", QStringLiteral("away")}}))));
        QCOMPARE(nextPresence(watcher), (QHash<qint64, QString>{{m_ana, QStringLiteral("away")}}));
        auto second = std::make_unique<WireClient>();
        QVERIFY(connectAs(*second, QStringLiteral("ana")));
        QCOMPARE(nextPresence(watcher), (QHash<qint64, QString>{{m_ana, QStringLiteral("online")}}));
        // Reporting the same state again pushes nothing; the list shows both people.
        QVERIFY(
            isAck(ana->request(QStringLiteral("presence.set"), map({{"state", QStringLiteral("away")}}))));
        list = watcher.request(QStringLiteral("presence.list"));
        QCOMPARE(
            states(result(list).value(QLatin1String("users"))),
            (QHash<qint64, QString>{{m_ana, QStringLiteral("online")}, {m_bo, QStringLiteral("online")}}));

        // The online connection closes: away (the other one said away); the last one closes: offline.
        second.reset();
        QCOMPARE(nextPresence(watcher), (QHash<qint64, QString>{{m_ana, QStringLiteral("away")}}));
        QVERIFY(isAck(ana->request(QStringLiteral("logout"))));
        QCOMPARE(nextPresence(watcher), (QHash<qint64, QString>{{m_ana, QStringLiteral("offline")}}));
        list = watcher.request(QStringLiteral("presence.list"));
        QCOMPARE(states(result(list).value(QLatin1String("users"))),
                 (QHash<qint64, QString>{{m_bo, QStringLiteral("online")}}));
    }

    void badRequestsAreRefused()
    {
        WireClient anonymous;
        QVERIFY(anonymous.connectTo(m_server.url()));
        QCOMPARE(code(anonymous.request(QStringLiteral("presence.list"))), QStringLiteral("unauthenticated"));
        QCOMPARE(
            code(anonymous.request(QStringLiteral("presence.set"), map({{"state", QStringLiteral("away")}}))),
            QStringLiteral("unauthenticated"));

        WireClient c;
        QVERIFY(connectAs(c, QStringLiteral("ana")));
        QCOMPARE(code(c.request(QStringLiteral("presence.set"), map({{"state", QStringLiteral("offline")}}))),
                 QStringLiteral("invalid_args"));
        QCOMPARE(
            code(c.request(QStringLiteral("presence.set"), map({{"state", QStringLiteral("on_leave")}}))),
            QStringLiteral("invalid_args"));
        QCOMPARE(code(c.request(QStringLiteral("presence.set"))), QStringLiteral("invalid_args"));
        QCOMPARE(code(c.request(QStringLiteral("presence.set"), map({{"state", 3}}))),
                 QStringLiteral("invalid_args"));
        // Still connected and working.
        QVERIFY(isAck(c.request(QStringLiteral("ping"))));
    }

    // "On leave" is a stored person field: the person or an owner/admin sets it with user.update; it reaches
    // everyone as user.put on the org stream.
    void onLeaveIsAPersonField()
    {
        WireClient bo, ana, cy;
        QVERIFY(connectAs(bo, QStringLiteral("bo")));
        QVERIFY(connectAs(ana, QStringLiteral("ana")));
        QVERIFY(connectAs(cy, QStringLiteral("cy")));
        QCborMap r = bo.mutate(QStringLiteral("user.update"), map({{"user", m_bo}, {"on_leave", true}}));
        QVERIFY2(isAck(r), describe(r));
        // The accounts added by initTestCase reach the org stream whenever the server next polls for
        // changes made by other processes, so skip any user.put of another person that arrives first.
        const auto nextPutOfBo = [this](WireClient &c) {
            QCborMap user;
            for (int i = 0; i < 4 && user.value(QLatin1String("id")).toInteger() != m_bo; ++i) {
                const QCborMap e = c.waitForEvent(QStringLiteral("org"), QStringLiteral("user.put"));
                user = e.value(QLatin1String("data")).toMap().value(QLatin1String("user")).toMap();
            }
            return user;
        };
        QCborMap user = nextPutOfBo(ana);
        QCOMPARE(user.value(QLatin1String("id")).toInteger(), m_bo);
        QVERIFY(user.value(QLatin1String("on_leave")).toBool());

        // Someone else who is no admin may not; a non-bool is refused; an owner may.
        r = cy.mutate(QStringLiteral("user.update"), map({{"user", m_bo}, {"on_leave", false}}));
        QCOMPARE(code(r), QStringLiteral("forbidden"));
        r = bo.mutate(QStringLiteral("user.update"),
                      map({{"user", m_bo}, {"on_leave", QStringLiteral("yes")}}));
        QCOMPARE(code(r), QStringLiteral("invalid_args"));
        r = ana.mutate(QStringLiteral("user.update"), map({{"user", m_bo}, {"on_leave", false}}));
        QVERIFY2(isAck(r), describe(r));
        // cy saw both changes, in order: the first set it, the second cleared it.
        for (bool expected : {true, false}) {
            user = nextPutOfBo(cy);
            QCOMPARE(user.value(QLatin1String("id")).toInteger(), m_bo);
            QCOMPARE(user.value(QLatin1String("on_leave")).toBool(!expected), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerPresence)
#include "tst_server_presence.moc"
