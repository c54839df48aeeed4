// Org administration over the wire against a real tack-server with the demo org: who may add, change,
// deactivate and reactivate people, set org roles and manage departments; typed errors for the rest;
// and deactivation ending a live session at once.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QHash>
#include <QtTest>

using namespace testwire;

namespace {

const QString kPassword = QStringLiteral("tack-demo");

struct Org
{
    QHash<QString, qint64> users;       // login -> id
    QHash<QString, qint64> departments; // name -> id
    QHash<qint64, QCborMap> userObjects;
};

Org readOrg(WireClient &c)
{
    Org org;
    const QCborMap reply = c.request(QStringLiteral("snapshot"), map({{"stream", QStringLiteral("org")}}));
    const QCborMap rows = result(reply).value(QLatin1String("rows")).toMap();
    for (const QCborValue &v : rows.value(QLatin1String("users")).toArray()) {
        const QCborMap u = v.toMap();
        const qint64 id = u.value(QLatin1String("id")).toInteger();
        org.users.insert(u.value(QLatin1String("login")).toString(), id);
        org.userObjects.insert(id, u);
    }
    for (const QCborValue &v : rows.value(QLatin1String("departments")).toArray()) {
        const QCborMap d = v.toMap();
        org.departments.insert(d.value(QLatin1String("name")).toString(),
                               d.value(QLatin1String("id")).toInteger());
    }
    return org;
}

// Waits for an org event of this kind about the object with this id (events of earlier steps may still be
// on their way).
QCborMap waitForObject(WireClient &c, const QString &kind, const char *key, qint64 id)
{
    for (;;) {
        const QCborMap e = c.waitForEvent(QStringLiteral("org"), kind);
        if (e.isEmpty() || e.value(QLatin1String("data"))
                                   .toMap()
                                   .value(QLatin1String(key))
                                   .toMap()
                                   .value(QLatin1String("id"))
                                   .toInteger() == id)
            return e;
    }
}

// Reads live events until one of each kind has arrived on the stream; the last of each kind is kept.
QHash<QString, QCborMap> collectEvents(WireClient &c, const QString &stream, const QStringList &kinds)
{
    QHash<QString, QCborMap> seen;
    while (seen.size() < kinds.size()) {
        const QCborArray events = c.nextEvents();
        if (events.isEmpty())
            break;
        for (const QCborValue &v : events) {
            const QCborMap e = v.toMap();
            const QString kind = e.value(QLatin1String("kind")).toString();
            if (e.value(QLatin1String("stream")).toString() == stream && kinds.contains(kind))
                seen.insert(kind, e);
        }
    }
    return seen;
}

// Collects frames until an error frame with id 0 arrives; returns it (empty on timeout or close).
QCborMap waitForPushedError(WireClient &c)
{
    for (;;) {
        const QCborMap f = c.nextFrame();
        if (f.isEmpty())
            return {};
        if (type(f) == QLatin1String("error") && f.value(QLatin1String("id")).toInteger() == 0)
            return f;
    }
}

} // namespace

class TestServerOrgAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
        QVERIFY(m_owner.connectTo(m_server.url()));
        QVERIFY(!m_owner.loginAndHello(QStringLiteral("wangfang"), kPassword).isEmpty());
        QVERIFY(m_admin.connectTo(m_server.url()));
        QVERIFY(!m_admin.loginAndHello(QStringLiteral("zhoujie"), kPassword).isEmpty());
        QVERIFY(m_member.connectTo(m_server.url()));
        QVERIFY(!m_member.loginAndHello(QStringLiteral("sunli"), kPassword).isEmpty());
        m_org = readOrg(m_owner);
        QCOMPARE(m_org.userObjects.value(m_owner.userId()).value(QLatin1String("role")).toString(),
                 QStringLiteral("owner"));
    }

    void membersMayNotAdminister()
    {
        const qint64 hejun = m_org.users.value(QStringLiteral("hejun"));
        struct Case
        {
            const char *name;
            QCborMap args;
        };
        const QList<Case> cases{
            {"user.create",
             map({{"login", QStringLiteral("someone")}, {"name", QStringLiteral("Some One")}})},
            {"user.update", map({{"user", hejun}, {"title", QStringLiteral("Boss")}})},
            {"user.deactivate", map({{"user", hejun}})},
            {"user.reactivate", map({{"user", hejun}})},
            {"user.role", map({{"user", hejun}, {"role", QStringLiteral("admin")}})},
            {"dept.create", map({{"name", QStringLiteral("Skunkworks")}})},
            {"dept.update", map({{"department", m_org.departments.value(QStringLiteral("HR"))},
                                 {"name", QStringLiteral("People")}})},
            {"dept.remove", map({{"department", m_org.departments.value(QStringLiteral("HR"))}})},
        };
        for (const Case &c : cases) {
            const QCborMap reply = m_member.mutate(QLatin1String(c.name), c.args);
            QVERIFY2(code(reply) == QLatin1String("forbidden"), c.name);
            QVERIFY2(!reply.value(QLatin1String("message")).toString().isEmpty(), c.name);
        }
    }

    void adminAddsAndChangesPeople()
    {
        const qint64 client = m_org.departments.value(QStringLiteral("Client Team"));
        const qint64 hr = m_org.departments.value(QStringLiteral("HR"));
        m_owner.clearEvents();
        QCborMap reply = m_admin.mutate(QStringLiteral("user.create"),
                                        map({{"login", QStringLiteral("newhire")},
                                             {"name", QStringLiteral("林新")},
                                             {"title", QStringLiteral("Intern")},
                                             {"employee_id", QStringLiteral("XH9001")},
                                             {"phone", QStringLiteral("+86 138 0000 1111")},
                                             {"email", QStringLiteral("newhire@xinghe-tech.example")},
                                             {"departments", QCborArray{client, hr}},
                                             {"manager", m_org.users.value(QStringLiteral("wangfang"))},
                                             {"password", QStringLiteral("a long password")}}));
        QVERIFY2(isAck(reply), describe(reply));
        const qint64 id = result(reply).value(QLatin1String("user")).toInteger();
        QVERIFY(id > 0);

        // Everybody's org stream learns of the new person with every field.
        const QCborMap event = waitForObject(m_owner, QStringLiteral("user.put"), "user", id);
        const QCborMap user = event.value(QLatin1String("data")).toMap().value(QLatin1String("user")).toMap();
        QCOMPARE(user.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(user.value(QLatin1String("employee_id")).toString(), QStringLiteral("XH9001"));
        QCOMPARE(user.value(QLatin1String("department")).toInteger(), client);
        QCOMPARE(user.value(QLatin1String("departments")).toArray(), (QCborArray{client, hr}));
        QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("member"));
        QVERIFY(!user.contains(QLatin1String("password")));
        QVERIFY(!user.contains(QLatin1String("password_hash")));

        WireClient newcomer;
        QVERIFY(newcomer.connectTo(m_server.url()));
        QVERIFY(
            !newcomer.loginAndHello(QStringLiteral("newhire"), QStringLiteral("a long password")).isEmpty());

        reply =
            m_admin.mutate(QStringLiteral("user.update"), map({{"user", id},
                                                               {"title", QStringLiteral("Junior Engineer")},
                                                               {"departments", QCborArray{hr}}}));
        QVERIFY2(isAck(reply), describe(reply));

        // Typed refusals.
        reply = m_admin.mutate(QStringLiteral("user.update"),
                               map({{"user", id}, {"employee_id", QStringLiteral("XH1007")}}));
        QCOMPARE(code(reply), QStringLiteral("conflict"));
        reply = m_admin.mutate(QStringLiteral("user.update"),
                               map({{"user", id}, {"email", QStringLiteral("nope")}}));
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));
        QVERIFY(reply.value(QLatin1String("message")).toString().startsWith(QLatin1String("email:")));
        reply = m_admin.mutate(QStringLiteral("user.update"),
                               map({{"user", id}, {"departments", QCborArray{99999}}}));
        QCOMPARE(code(reply), QStringLiteral("not_found"));
        reply = m_admin.mutate(QStringLiteral("user.update"),
                               map({{"user", 99999}, {"title", QStringLiteral("x")}}));
        QCOMPARE(code(reply), QStringLiteral("not_found"));
        reply =
            m_admin.mutate(QStringLiteral("user.create"),
                           map({{"login", QStringLiteral("newhire")}, {"name", QStringLiteral("Again")}}));
        QCOMPARE(code(reply), QStringLiteral("conflict"));
        reply = m_admin.mutate(QStringLiteral("user.update"), map({{"user", id}, {"manager", id}}));
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));

        // An admin does not touch an owner's record, nor org roles.
        reply = m_admin.mutate(QStringLiteral("user.update"),
                               map({{"user", m_owner.userId()}, {"title", QStringLiteral("Nobody")}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden"));
        reply = m_admin.mutate(QStringLiteral("user.role"),
                               map({{"user", id}, {"role", QStringLiteral("admin")}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden"));
    }

    void peopleAndManagersChangeWhatIsTheirs()
    {
        // Anyone: their own phone and email, nothing else.
        QCborMap reply = m_member.mutate(
            QStringLiteral("user.update"),
            map({{"user", m_member.userId()}, {"phone", QStringLiteral("+86 139 1234 5678")}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = m_member.mutate(QStringLiteral("user.update"),
                                map({{"user", m_member.userId()}, {"title", QStringLiteral("CTO")}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden"));

        // A department's manager: the title and contact details of its people.
        WireClient lihua;
        QVERIFY(lihua.connectTo(m_server.url()));
        QVERIFY(!lihua.loginAndHello(QStringLiteral("lihua"), kPassword).isEmpty());
        const qint64 guoqiang = m_org.users.value(QStringLiteral("guoqiang"));
        reply = lihua.mutate(QStringLiteral("user.update"),
                             map({{"user", guoqiang}, {"title", QStringLiteral("Senior Backend Engineer")}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = lihua.mutate(
            QStringLiteral("user.update"),
            map({{"user", guoqiang}, {"departments", QCborArray{m_org.departments.value("HR")}}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden"));
        reply = lihua.mutate(QStringLiteral("user.update"),
                             map({{"user", m_member.userId()}, {"title", QStringLiteral("x")}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden"));
    }

    void onlyOwnersSetRolesAndTheLastOwnerStays()
    {
        const qint64 owner = m_owner.userId();
        const qint64 sunli = m_member.userId();
        QCborMap reply = m_owner.mutate(QStringLiteral("user.role"),
                                        map({{"user", owner}, {"role", QStringLiteral("admin")}}));
        QCOMPARE(code(reply), QStringLiteral("conflict"));
        reply = m_owner.mutate(QStringLiteral("user.role"),
                               map({{"user", sunli}, {"role", QStringLiteral("boss")}}));
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));
        reply = m_owner.mutate(QStringLiteral("user.role"),
                               map({{"user", sunli}, {"role", QStringLiteral("admin")}}));
        QVERIFY2(isAck(reply), describe(reply));
        // Now an admin, sunli may add a department.
        reply = m_member.mutate(QStringLiteral("dept.create"), map({{"name", QStringLiteral("Design")}}));
        QVERIFY2(isAck(reply), describe(reply));
        // Admins leave each other's records alone; an admin's own record is theirs to change.
        reply = m_admin.mutate(QStringLiteral("user.update"),
                               map({{"user", sunli}, {"title", QStringLiteral("x")}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden"));
        reply = m_member.mutate(QStringLiteral("user.update"),
                                map({{"user", sunli}, {"title", QStringLiteral("Qt Lead")}}));
        QVERIFY2(isAck(reply), describe(reply));

        // With a second owner, the first may step down; the second is then the last and cannot.
        reply = m_owner.mutate(QStringLiteral("user.role"),
                               map({{"user", sunli}, {"role", QStringLiteral("owner")}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = m_owner.mutate(QStringLiteral("user.role"),
                               map({{"user", owner}, {"role", QStringLiteral("admin")}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = m_member.mutate(QStringLiteral("user.role"),
                                map({{"user", sunli}, {"role", QStringLiteral("member")}}));
        QCOMPARE(code(reply), QStringLiteral("conflict"));
        reply = m_owner.mutate(QStringLiteral("user.role"),
                               map({{"user", owner}, {"role", QStringLiteral("owner")}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden")); // an admin now
        reply = m_member.mutate(QStringLiteral("user.role"),
                                map({{"user", owner}, {"role", QStringLiteral("owner")}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = m_owner.mutate(QStringLiteral("user.role"),
                               map({{"user", sunli}, {"role", QStringLiteral("member")}}));
        QVERIFY2(isAck(reply), describe(reply));
    }

    void departments()
    {
        const qint64 eng = m_org.departments.value(QStringLiteral("Engineering"));
        QCborMap reply = m_admin.mutate(QStringLiteral("dept.create"),
                                        map({{"name", QStringLiteral("Platform")}, {"parent", eng}}));
        QVERIFY2(isAck(reply), describe(reply));
        const qint64 platform = result(reply).value(QLatin1String("department")).toInteger();
        reply = m_admin.mutate(QStringLiteral("dept.create"),
                               map({{"name", QStringLiteral("platform")}, {"parent", eng}}));
        QCOMPARE(code(reply), QStringLiteral("conflict"));
        reply = m_admin.mutate(QStringLiteral("dept.create"), map({{"name", QStringLiteral("A/B")}}));
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));
        reply =
            m_admin.mutate(QStringLiteral("dept.update"), map({{"department", eng}, {"parent", platform}}));
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));

        m_owner.clearEvents();
        const qint64 james = m_org.users.value(QStringLiteral("james"));
        reply = m_admin.mutate(QStringLiteral("dept.update"),
                               map({{"department", platform}, {"manager", james}}));
        QVERIFY2(isAck(reply), describe(reply));
        // The dept.put of the creation may still be on its way: wait for the one with the manager.
        auto managerOf = [](const QCborMap &e) {
            return e.value(QLatin1String("data"))
                .toMap()
                .value(QLatin1String("department"))
                .toMap()
                .value(QLatin1String("manager"))
                .toInteger();
        };
        QCborMap event;
        do
            event = waitForObject(m_owner, QStringLiteral("dept.put"), "department", platform);
        while (!event.isEmpty() && managerOf(event) != james);
        QCOMPARE(event.value(QLatin1String("data"))
                     .toMap()
                     .value(QLatin1String("department"))
                     .toMap()
                     .value(QLatin1String("manager"))
                     .toInteger(),
                 james);

        // Not while someone is in it.
        reply = m_admin.mutate(
            QStringLiteral("user.update"),
            map({{"user", james},
                 {"departments", QCborArray{m_org.departments.value("Server Team"), platform}}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = m_admin.mutate(QStringLiteral("dept.remove"), map({{"department", platform}}));
        QCOMPARE(code(reply), QStringLiteral("conflict"));
        reply = m_admin.mutate(QStringLiteral("dept.remove"), map({{"department", eng}}));
        QCOMPARE(code(reply), QStringLiteral("conflict"));
        reply = m_admin.mutate(
            QStringLiteral("user.update"),
            map({{"user", james}, {"departments", QCborArray{m_org.departments.value("Server Team")}}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = m_admin.mutate(QStringLiteral("dept.remove"), map({{"department", platform}}));
        QVERIFY2(isAck(reply), describe(reply));
        event = m_owner.waitForEvent(QStringLiteral("org"), QStringLiteral("dept.removed"));
        QCOMPARE(event.value(QLatin1String("data")).toMap().value(QLatin1String("department")).toInteger(),
                 platform);
        reply = m_admin.mutate(QStringLiteral("dept.remove"), map({{"department", platform}}));
        QCOMPARE(code(reply), QStringLiteral("not_found"));
    }

    void deactivationEndsTheLiveSessionAtOnce()
    {
        // liuyang owns the sales-east group and is connected.
        WireClient victim;
        QVERIFY(victim.connectTo(m_server.url()));
        const QString token = victim.login(QStringLiteral("liuyang"), kPassword);
        QVERIFY(!token.isEmpty());
        QVERIFY(isAck(victim.hello(token)));
        const qint64 liuyang = m_org.users.value(QStringLiteral("liuyang"));

        // An admin may not deactivate an admin; nobody deactivates themselves.
        QCborMap reply = m_admin.mutate(QStringLiteral("user.deactivate"), map({{"user", m_owner.userId()}}));
        QCOMPARE(code(reply), QStringLiteral("forbidden"));
        reply = m_owner.mutate(QStringLiteral("user.deactivate"), map({{"user", m_owner.userId()}}));
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));

        WireClient watcher; // a member of sales-east
        QVERIFY(watcher.connectTo(m_server.url()));
        QVERIFY(!watcher.loginAndHello(QStringLiteral("wuhao"), kPassword).isEmpty());

        reply = m_admin.mutate(QStringLiteral("user.deactivate"), map({{"user", liuyang}}));
        QVERIFY2(isAck(reply), describe(reply));

        // By the time the admin has the ack, the victim's connection carries the typed error and closes.
        const QCborMap pushed = waitForPushedError(victim);
        QCOMPARE(code(pushed), QStringLiteral("account_disabled"));
        QVERIFY(victim.waitClosed() != -1);

        // The group lost them and passed to another member.
        const QHash<QString, QCborMap> seen = collectEvents(
            watcher, QStringLiteral("c/sales-east"),
            {QStringLiteral("member.removed"), QStringLiteral("conv.put"), QStringLiteral("member.put")});
        const QCborMap removed = seen.value(QStringLiteral("member.removed"));
        QCOMPARE(removed.value(QLatin1String("data")).toMap().value(QLatin1String("user")).toInteger(),
                 liuyang);
        const QCborMap conv = seen.value(QStringLiteral("conv.put"));
        const QCborMap heirMember = seen.value(QStringLiteral("member.put"))
                                        .value(QLatin1String("data"))
                                        .toMap()
                                        .value("member")
                                        .toMap();
        QCOMPARE(heirMember.value(QLatin1String("role")).toString(), QStringLiteral("owner"));
        const qint64 heir = conv.value(QLatin1String("data"))
                                .toMap()
                                .value(QLatin1String("conversation"))
                                .toMap()
                                .value("owner")
                                .toInteger();
        QVERIFY(heir != 0 && heir != liuyang);
        QCOMPARE(heirMember.value(QLatin1String("user")).toInteger(), heir);

        // Their tokens are gone and they cannot log in again.
        WireClient again;
        QVERIFY(again.connectTo(m_server.url()));
        QCOMPARE(code(again.hello(token)), QStringLiteral("unauthenticated"));
        const QCborMap login = again.request(
            QStringLiteral("login"), map({{"login", QStringLiteral("liuyang")}, {"password", kPassword}}));
        QCOMPARE(code(login), QStringLiteral("account_disabled"));

        // Their messages and direct chats stay; the snapshot of the group still has their lines.
        const QCborMap snap =
            watcher.request(QStringLiteral("snapshot"), map({{"stream", QStringLiteral("c/sales-east")}}));
        bool hasTheirMessage = false;
        for (const QCborValue &m :
             result(snap).value(QLatin1String("rows")).toMap().value(QLatin1String("messages")).toArray())
            hasTheirMessage =
                hasTheirMessage || m.toMap().value(QLatin1String("sender")).toInteger() == liuyang;
        QVERIFY(hasTheirMessage);

        // Deactivating again changes nothing; reactivating lets them log in.
        reply = m_admin.mutate(QStringLiteral("user.deactivate"), map({{"user", liuyang}}));
        QVERIFY2(isAck(reply), describe(reply));
        reply = m_admin.mutate(QStringLiteral("user.reactivate"), map({{"user", liuyang}}));
        QVERIFY2(isAck(reply), describe(reply));
        QVERIFY(!again.loginAndHello(QStringLiteral("liuyang"), kPassword).isEmpty());

        // Role changes and deactivations are in the audit log, with who did them.
        const QCborMap audit = m_owner.request(QStringLiteral("audit.list"),
                                               map({{"action", QStringLiteral("user.deactivate")}}));
        QVERIFY2(isAck(audit), describe(audit));
        const QCborArray entries = result(audit).value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toMap().value(QLatin1String("target")).toString(),
                 QStringLiteral("user:%1").arg(liuyang));
        QCOMPARE(entries.first().toMap().value(QLatin1String("actor")).toInteger(), m_admin.userId());
        const QCborMap roles =
            m_owner.request(QStringLiteral("audit.list"), map({{"action", QStringLiteral("user.role")}}));
        QCOMPARE(result(roles).value(QLatin1String("entries")).toArray().size(), 5);
    }

private:
    ServerProcess m_server;
    WireClient m_owner;
    WireClient m_admin;
    WireClient m_member;
    Org m_org;
};

QTEST_GUILESS_MAIN(TestServerOrgAdmin)
#include "tst_server_org_admin.moc"
