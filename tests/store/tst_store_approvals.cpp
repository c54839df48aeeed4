// Approvals in the replica: approval.put events keep the newest version whatever order copies arrive in,
// user-stream snapshots merge (they carry only the recent ones), stored templates override built-ins, and
// a file from before approvals forgets the cursors that skipped them.

#include "StoreTestSupport.h"
#include "client/ReplicaOrgDirectory.h"
#include "domain/approvals/ApprovalActions.h"
#include "domain/approvals/BuiltinTemplates.h"
#include "domain/approvals/OrgDirectory.h"

#include <QTest>

using namespace storetest;
using namespace tack::approvals;
using tack::store::ApplyOutcome;

namespace {

// An approval by me (1) waiting for Wang Fang (2), after `approvals` approvals by her (Sequential, 2 steps).
ApprovalInstance approvalAt(const QString &id, int approved)
{
    ResolvedRoute route;
    route.nodes = {ResolvedNode{
        QStringLiteral("m"), QStringLiteral("Manager"), NodeMode::Sequential, {2, 3}, false, false}};
    ApprovalInstance a = startInstance(id, QStringLiteral("leave"), 1, {}, route, 1000);
    struct NoDirectory : OrgDirectory
    {
        bool isActivePerson(qint64) const override { return true; }
        bool departmentExists(qint64) const override { return true; }
        qint64 managerOf(qint64) const override { return 0; }
        QList<qint64> departmentsOf(qint64) const override { return {}; }
        qint64 parentDepartment(qint64) const override { return 0; }
        qint64 departmentHead(qint64) const override { return 0; }
        QList<qint64> roleMembers(const QString &) const override { return {}; }
        QList<qint64> admins() const override { return {}; }
        QString displayName(qint64 user) const override { return QString::number(user); }
    } directory;
    for (int i = 0; i < approved; ++i) {
        ApprovalIntent intent;
        intent.actor = i == 0 ? 2 : 3;
        intent.seenVersion = a.version;
        intent.at = 2000 + i;
        if (!applyIntent(a, intent, directory).ok())
            qFatal("approving failed");
    }
    return a;
}

QCborMap put(const ApprovalInstance &a)
{
    return one("approval", toCbor(a));
}

} // namespace

class TestStoreApprovals : public QObject
{
    Q_OBJECT

private slots:
    void eventsKeepTheNewestVersion()
    {
        TempReplica t;
        QVERIFY(t->approvals().isEmpty());
        StreamWriter u(QStringLiteral("u/1"));
        u.add(QStringLiteral("approval.put"), put(approvalAt(QStringLiteral("a1"), 1)));
        u.add(QStringLiteral("approval.notice"),
              QCborMap{{QStringLiteral("approval"), QStringLiteral("a1")}});
        const ApplyOutcome out = t->applyEvents(u.stream(), u.take());
        QVERIFY(out.approvals);
        QCOMPARE(t->approval(QStringLiteral("a1"))->version, 2);
        QCOMPARE(t->approval(QStringLiteral("a1"))->currentApprovers(), QList<qint64>{3});

        u.add(QStringLiteral("approval.put"), put(approvalAt(QStringLiteral("a1"), 2)));
        t->applyEvents(u.stream(), u.take());
        QCOMPARE(t->approval(QStringLiteral("a1"))->state, InstanceState::Approved);
        // An older copy (from a snapshot page read before the last event) does not go back in time.
        t->beginSnapshot(QStringLiteral("u/1"));
        t->addSnapshotPage(
            QStringLiteral("u/1"),
            QCborMap{{QStringLiteral("conversations"), QCborArray()},
                     {QStringLiteral("approvals"), QCborArray{toCbor(approvalAt(QStringLiteral("a1"), 0)),
                                                              toCbor(approvalAt(QStringLiteral("a2"), 0))}}});
        t->finishSnapshot(QStringLiteral("u/1"), u.seq());
        QCOMPARE(t->approval(QStringLiteral("a1"))->version, 3);
        QCOMPARE(t->approval(QStringLiteral("a2"))->version, 1);
        QCOMPARE(t->approvals().size(), 2);
        QCOMPARE(t->approvals().first().id, QStringLiteral("a1")); // newest activity first
    }

    void storedTemplatesOverrideBuiltIns()
    {
        TempReplica t;
        QCOMPARE(t->approvalTemplate(QStringLiteral("expense"))->name, expenseTemplate().name);
        QVERIFY(!t->approvalTemplate(QStringLiteral("equipment")));
        FormTemplate custom = generalTemplate();
        custom.key = QStringLiteral("equipment");
        custom.name = QStringLiteral("Equipment");
        FormTemplate cheaper = expenseTemplate();
        cheaper.name = QStringLiteral("Expense (ours)");
        StreamWriter org(QStringLiteral("org"));
        org.add(QStringLiteral("approval.template"), one("template", toCbor(custom)));
        t->applyEvents(org.stream(), org.take());
        QCOMPARE(t->approvalTemplate(QStringLiteral("equipment"))->name, QStringLiteral("Equipment"));
        t->beginSnapshot(QStringLiteral("org"));
        t->addSnapshotPage(QStringLiteral("org"),
                           QCborMap{{QStringLiteral("approval_templates"), QCborArray{toCbor(cheaper)}}});
        t->finishSnapshot(QStringLiteral("org"), org.seq());
        QCOMPARE(t->approvalTemplate(QStringLiteral("expense"))->name, QStringLiteral("Expense (ours)"));
    }

    void rolesFollowTheOrgStream()
    {
        TempReplica t;
        QCborMap me = userObj(1, QStringLiteral("me"), QStringLiteral("Me"), 10);
        me.insert(QStringLiteral("manager"), 2);
        StreamWriter org(QStringLiteral("org"));
        org.add(QStringLiteral("dept.put"), one("department", deptObj(10, QStringLiteral("Sales"))));
        org.add(QStringLiteral("user.put"), one("user", me));
        org.add(QStringLiteral("user.put"),
                one("user", userObj(2, QStringLiteral("wf"), QStringLiteral("王芳"), 10)));
        org.add(QStringLiteral("user.put"),
                one("user", userObj(3, QStringLiteral("zj"), QStringLiteral("周杰"), 10)));
        org.add(QStringLiteral("approval.role"), QCborMap{{QStringLiteral("role"), QStringLiteral("hr")},
                                                          {QStringLiteral("users"), QCborArray{3}}});
        QVERIFY(t->applyEvents(org.stream(), org.take()).approvals);
        QCOMPARE(t->approvalRoleMembers(QStringLiteral("hr")), QList<qint64>{3});
        QCOMPARE(t->approvalRoles(), QStringList{QStringLiteral("hr")});

        // A snapshot lists every role: one it does not list is gone.
        t->beginSnapshot(QStringLiteral("org"));
        t->addSnapshotPage(QStringLiteral("org"),
                           QCborMap{{QStringLiteral("users"), QCborArray{me}},
                                    {QStringLiteral("approval_roles"),
                                     QCborArray{QCborMap{{QStringLiteral("role"), QStringLiteral("finance")},
                                                         {QStringLiteral("users"), QCborArray{2, 3}}}}}});
        t->finishSnapshot(QStringLiteral("org"), org.seq());
        QVERIFY(t->approvalRoleMembers(QStringLiteral("hr")).isEmpty());
        QCOMPARE(t->approvalRoleMembers(QStringLiteral("finance")), (QList<qint64>{2, 3}));
        // An empty member list removes a role.
        org.add(QStringLiteral("approval.role"), QCborMap{{QStringLiteral("role"), QStringLiteral("finance")},
                                                          {QStringLiteral("users"), QCborArray{}}});
        t->applyEvents(org.stream(), org.take());
        QVERIFY(t->approvalRoles().isEmpty());
    }

    // The router's "route to an admin" takes the first admin: the client's directory must list them in the
    // server's order (owners first, then by id), whatever their names.
    void theDirectoryListsAdminsInTheServersOrder()
    {
        TempReplica t;
        StreamWriter org(QStringLiteral("org"));
        const auto withRole = [](qint64 id, const QString &name, const QString &role) {
            QCborMap u = userObj(id, name.toLower(), name);
            u.insert(QStringLiteral("role"), role);
            return one("user", u);
        };
        org.add(QStringLiteral("user.put"), withRole(5, QStringLiteral("Zed"), QStringLiteral("admin")));
        org.add(QStringLiteral("user.put"), withRole(7, QStringLiteral("Amy"), QStringLiteral("admin")));
        org.add(QStringLiteral("user.put"), withRole(9, QStringLiteral("Bob"), QStringLiteral("owner")));
        org.add(QStringLiteral("user.put"), withRole(4, QStringLiteral("Yan"), QStringLiteral("owner")));
        org.add(QStringLiteral("user.put"), withRole(2, QStringLiteral("Ann"), QStringLiteral("member")));
        t->applyEvents(org.stream(), org.take());
        const tack::client::ReplicaOrgDirectory directory(t.replica);
        QCOMPARE(directory.admins(), (QList<qint64>{4, 9, 5, 7}));
    }

    void olderFilesForgetTheCursorsThatSkippedApprovals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.db"));
        {
            Replica r;
            r.open(path, 6);
            r.setAccount({QStringLiteral("ws://localhost"), QStringLiteral("me"), 1, QStringLiteral("tok")});
            StreamWriter u(QStringLiteral("u/1"));
            u.add(QStringLiteral("approval.put"), put(approvalAt(QStringLiteral("a1"), 0)));
            r.applyEvents(u.stream(), u.take()); // skipped: version 6 knows no approvals
            QCOMPARE(r.cursor(QStringLiteral("u/1")), 1);
            QVERIFY(r.approvals().isEmpty());
        }
        Replica r;
        r.open(path);
        QCOMPARE(r.cursor(QStringLiteral("u/1")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreApprovals)
#include "tst_store_approvals.moc"
