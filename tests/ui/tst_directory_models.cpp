// The directory page's view-models (department tree, people list, profile card, org chart) over a real
// replica, each under QAbstractItemModelTester from before any data arrives.

#include "DepartmentTreeModel.h"
#include "OrgChartModel.h"
#include "OrgRolesModel.h"
#include "PeopleListModel.h"
#include "PersonCard.h"
#include "StoreReader.h"
#include "StoreTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace storetest;
using tack::ui::DepartmentTreeModel;
using tack::ui::OrgChartModel;
using tack::ui::OrgRolesModel;
using tack::ui::PeopleListModel;
using tack::ui::PersonCard;
using tack::ui::StoreReader;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QVariant roleOf(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

QCborMap person(qint64 id, const QString &login, const QString &name, QList<qint64> depts, qint64 manager = 0,
                bool active = true)
{
    QCborMap u = userObj(id, login, name, depts.value(0));
    QCborArray ids;
    for (qint64 d : depts)
        ids.append(d);
    u.insert(QStringLiteral("departments"), ids);
    u.insert(QStringLiteral("manager"), manager);
    u.insert(QStringLiteral("phone"), QStringLiteral("1380013%1").arg(id, 4, 10, QLatin1Char('0')));
    u.insert(QStringLiteral("email"), login + QStringLiteral("@corp.example"));
    u.insert(QStringLiteral("active"), active);
    return u;
}

} // namespace

class TestDirectoryModels : public QObject
{
    Q_OBJECT

private:
    TempReplica *m_r = nullptr;
    StoreReader *m_store = nullptr;
    StreamWriter *m_org = nullptr;

    void apply()
    {
        m_r->replica.applyEvents(m_org->stream(), m_org->take());
        m_store->notifyDirectory();
    }
    void putDept(qint64 id, const QString &name, qint64 parent = 0)
    {
        m_org->add(QStringLiteral("dept.put"), one("department", deptObj(id, name, parent)));
    }
    void putPerson(const QCborMap &p) { m_org->add(QStringLiteral("user.put"), one("user", p)); }

    // 10 研发中心 > 11 平台组 > 13 数据库小组; 12 市场部. 1 me (CEO), 2 王芳 reports to 1, 3 Alice and 4 单伟
    // report to 2.
    void seedOrg()
    {
        putDept(10, QStringLiteral("研发中心"));
        putDept(11, QStringLiteral("平台组"), 10);
        putDept(13, QStringLiteral("数据库小组"), 11);
        putDept(12, QStringLiteral("市场部"));
        putPerson(person(1, QStringLiteral("me"), QStringLiteral("Me Myself"), {10}));
        putPerson(person(2, QStringLiteral("wangfang"), QStringLiteral("王芳"), {11, 12}, 1));
        putPerson(person(3, QStringLiteral("alice"), QStringLiteral("Alice Smith"), {11}, 2));
        putPerson(person(4, QStringLiteral("shanwei"), QStringLiteral("单伟"), {13}, 2));
        apply();
    }

private slots:
    void init()
    {
        m_r = new TempReplica(1);
        m_store = new StoreReader;
        QVERIFY(m_store->open(m_r->path));
        m_org = new StreamWriter(QStringLiteral("org"));
    }
    void cleanup()
    {
        delete m_org;
        delete m_store;
        delete m_r;
    }

    void departmentTreeExpandsLazilyAndFollowsChanges()
    {
        DepartmentTreeModel tree;
        QAbstractItemModelTester tester(&tree, kFatal);
        tree.setStore(m_store);
        QCOMPARE(tree.rowCount(), 0);
        seedOrg();
        // Top level only, by name: 市场部, 研发中心.
        QCOMPARE(tree.rowCount(), 2);
        const int rnd =
            roleOf(tree, 0, DepartmentTreeModel::NameRole).toString() == QStringLiteral("研发中心") ? 0 : 1;
        QVERIFY(roleOf(tree, rnd, DepartmentTreeModel::HasChildrenRole).toBool());
        QVERIFY(!roleOf(tree, 1 - rnd, DepartmentTreeModel::HasChildrenRole).toBool());
        tree.expand(rnd);
        QCOMPARE(tree.rowCount(), 3);
        QVERIFY(roleOf(tree, rnd, DepartmentTreeModel::ExpandedRole).toBool());
        QCOMPARE(roleOf(tree, rnd + 1, DepartmentTreeModel::NameRole).toString(), QStringLiteral("平台组"));
        QCOMPARE(roleOf(tree, rnd + 1, DepartmentTreeModel::DepthRole).toInt(), 1);
        QCOMPARE(tree.parentRow(rnd + 1), rnd);
        QCOMPARE(tree.parentRow(rnd), -1);
        // reveal() expands the ancestors of a deep department.
        const int deep = tree.reveal(13);
        QVERIFY(deep >= 0);
        QVERIFY(roleOf(tree, deep - 1, DepartmentTreeModel::ExpandedRole).toBool()); // revealed parent
        QCOMPARE(roleOf(tree, deep, DepartmentTreeModel::DepthRole).toInt(), 2);
        QCOMPARE(tree.rowCount(), 4);
        // A rename arrives by sync: the row changes in place.
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        putDept(11, QStringLiteral("基础平台组"), 10);
        apply();
        QVERIFY(!changed.isEmpty());
        QCOMPARE(roleOf(tree, rnd + 1, DepartmentTreeModel::NameRole).toString(),
                 QStringLiteral("基础平台组"));
        tree.collapse(rnd);
        QCOMPARE(tree.rowCount(), 2);
        tree.toggle(rnd);
        QCOMPARE(tree.rowCount(), 4); // the sub-department stays expanded underneath
    }

    void peopleListShowsADepartmentOrSearchResults()
    {
        PeopleListModel people;
        QAbstractItemModelTester tester(&people, kFatal);
        people.setStore(m_store);
        QCOMPARE(people.rowCount(), 0);
        seedOrg();
        people.setDepartmentIdForQml(11);
        QCOMPARE(people.rowCount(), 2); // Alice and 王芳 (a second department counts)
        QStringList names;
        for (int i = 0; i < people.rowCount(); ++i)
            names.append(roleOf(people, i, PeopleListModel::NameRole).toString());
        QVERIFY(names.contains(QStringLiteral("王芳")));
        QVERIFY(names.contains(QStringLiteral("Alice Smith")));
        QCOMPARE(
            roleOf(people, names.indexOf(QStringLiteral("王芳")), PeopleListModel::DepartmentRole).toString(),
            QStringLiteral("平台组"));
        QCOMPARE(roleOf(people, 0, PeopleListModel::PresenceRole).toString(), QStringLiteral("offline"));

        people.setQuery(QStringLiteral("wf"));
        QVERIFY(people.searching());
        QCOMPARE(people.rowCount(), 1);
        QCOMPARE(people.userAt(0), 2.0);
        people.setQuery(QStringLiteral("00130003"));
        QCOMPARE(people.rowCount(), 1);
        QCOMPARE(roleOf(people, 0, PeopleListModel::DetailRole).toString(), QStringLiteral("13800130003"));
        people.setQuery(QString());
        QCOMPARE(people.rowCount(), 2);

        // Moving Alice to another department removes her from this list; deactivating 王芳 too.
        putPerson(person(3, QStringLiteral("alice"), QStringLiteral("Alice Smith"), {12}, 2));
        putPerson(person(2, QStringLiteral("wangfang"), QStringLiteral("王芳"), {11, 12}, 1, false));
        apply();
        QCOMPARE(people.rowCount(), 0);

        // Presence pushed by the server shows at once.
        people.setDepartmentIdForQml(13);
        QCOMPARE(people.rowCount(), 1);
        m_store->setPresence({{4, QStringLiteral("away")}}, false);
        QCOMPARE(roleOf(people, 0, PeopleListModel::PresenceRole).toString(), QStringLiteral("away"));
        m_store->setPresence({}, true);
        QCOMPARE(roleOf(people, 0, PeopleListModel::PresenceRole).toString(), QStringLiteral("offline"));
    }

    void personCardReadsEveryField()
    {
        PersonCard card;
        card.setStore(m_store);
        card.setUserIdForQml(2);
        QVERIFY(!card.valid());
        QSignalSpy changed(&card, &PersonCard::changed);
        seedOrg();
        QVERIFY(!changed.isEmpty());
        QVERIFY(card.valid());
        QCOMPARE(card.name(), QStringLiteral("王芳"));
        QCOMPARE(card.initials(), QStringLiteral("王芳"));
        QCOMPARE(card.departments(), (QStringList{QStringLiteral("平台组"), QStringLiteral("市场部")}));
        QCOMPARE(card.managerId(), 1.0);
        QCOMPARE(card.managerName(), QStringLiteral("Me Myself"));
        QCOMPARE(card.phone(), QStringLiteral("13800130002"));
        QCOMPARE(card.email(), QStringLiteral("wangfang@corp.example"));
        QCOMPARE(card.presence(), QStringLiteral("offline"));
        QVERIFY(!card.isMe());
        m_store->setPresence({{2, QStringLiteral("online")}}, true);
        QCOMPARE(card.presence(), QStringLiteral("online"));
        QCborMap leave = person(2, QStringLiteral("wangfang"), QStringLiteral("王芳"), {11, 12}, 1);
        leave.insert(QStringLiteral("on_leave"), true);
        putPerson(leave);
        apply();
        QCOMPARE(card.presence(), QStringLiteral("on_leave")); // on leave wins over a live session
        card.setUserIdForQml(1);
        QVERIFY(card.isMe());
        card.setUserIdForQml(99);
        QVERIFY(!card.valid());
    }

    void orgChartShowsTheChainAndReports()
    {
        OrgChartModel chart;
        QAbstractItemModelTester tester(&chart, kFatal);
        chart.setStore(m_store);
        chart.setUserIdForQml(2);
        QCOMPARE(chart.rowCount(), 0);
        seedOrg();
        // me (manager), 王芳 (self), then her reports by name: Alice Smith, 单伟.
        QCOMPARE(chart.rowCount(), 4);
        QCOMPARE(roleOf(chart, 0, OrgChartModel::KindRole).toString(), QStringLiteral("manager"));
        QCOMPARE(roleOf(chart, 0, OrgChartModel::UserIdRole).toDouble(), 1.0);
        QCOMPARE(roleOf(chart, 1, OrgChartModel::KindRole).toString(), QStringLiteral("self"));
        QCOMPARE(roleOf(chart, 1, OrgChartModel::LevelRole).toInt(), 1);
        QCOMPARE(roleOf(chart, 2, OrgChartModel::KindRole).toString(), QStringLiteral("report"));
        QCOMPARE(chart.reportCount(), 2);
        // Walking down: Alice has a chain of two and no reports.
        chart.setUserIdForQml(3);
        QCOMPARE(chart.rowCount(), 3);
        QCOMPARE(chart.reportCount(), 0);
        // A manager loop in bad data ends the chain instead of hanging.
        putPerson(person(1, QStringLiteral("me"), QStringLiteral("Me Myself"), {10}, 3));
        apply();
        QCOMPARE(chart.rowCount(), 3);
    }

    // The Roles page: owners, then admins, then department managers with the department they manage; a role
    // change arriving by sync moves the person between sections.
    void orgRolesListsOwnersAdminsAndManagers()
    {
        OrgRolesModel roles;
        QAbstractItemModelTester tester(&roles, kFatal);
        roles.setStore(m_store);
        QCOMPARE(roles.rowCount(), 0);
        seedOrg();
        QCOMPARE(roles.rowCount(), 0); // nobody has a role yet
        QCborMap me = person(1, QStringLiteral("me"), QStringLiteral("Me Myself"), {10});
        me.insert(QStringLiteral("role"), QStringLiteral("owner"));
        putPerson(me);
        QCborMap wang = person(2, QStringLiteral("wangfang"), QStringLiteral("王芳"), {11, 12}, 1);
        wang.insert(QStringLiteral("role"), QStringLiteral("admin"));
        putPerson(wang);
        QCborMap platform = deptObj(11, QStringLiteral("平台组"), 10);
        platform.insert(QStringLiteral("manager"), 3);
        m_org->add(QStringLiteral("dept.put"), one("department", platform));
        apply();
        QCOMPARE(roles.rowCount(), 3);
        QCOMPARE(roles.ownerCount(), 1);
        QCOMPARE(roleOf(roles, 0, OrgRolesModel::KindRole).toString(), QStringLiteral("owner"));
        QCOMPARE(roleOf(roles, 0, OrgRolesModel::SectionRole).toString(), QStringLiteral("Owners"));
        QCOMPARE(roleOf(roles, 1, OrgRolesModel::NameRole).toString(), QStringLiteral("王芳"));
        QCOMPARE(roleOf(roles, 1, OrgRolesModel::KindRole).toString(), QStringLiteral("admin"));
        QCOMPARE(roleOf(roles, 2, OrgRolesModel::KindRole).toString(), QStringLiteral("manager"));
        QCOMPARE(roleOf(roles, 2, OrgRolesModel::UserIdRole).toDouble(), 3.0);
        QCOMPARE(roleOf(roles, 2, OrgRolesModel::DetailRole).toString(), QStringLiteral("平台组"));
        QCOMPARE(roleOf(roles, 2, OrgRolesModel::DepartmentIdRole).toDouble(), 11.0);

        // 王芳 becomes a second owner: same row count, one more owner, and countChanged says so.
        QSignalSpy count(&roles, &OrgRolesModel::countChanged);
        wang.insert(QStringLiteral("role"), QStringLiteral("owner"));
        putPerson(wang);
        apply();
        QCOMPARE(roles.rowCount(), 3);
        QCOMPARE(roles.ownerCount(), 2);
        QVERIFY(!count.isEmpty());
        // A deactivated owner no longer counts.
        wang.insert(QStringLiteral("active"), false);
        putPerson(wang);
        apply();
        QCOMPARE(roles.ownerCount(), 1);
        QCOMPARE(roles.rowCount(), 2);
    }

    // The People admin page: org roles on the rows, and the deactivated people (whom search never finds).
    void peopleListShowsRolesAndTheDeactivated()
    {
        PeopleListModel people;
        QAbstractItemModelTester tester(&people, kFatal);
        people.setStore(m_store);
        people.setDeactivated(true);
        QCOMPARE(people.rowCount(), 0);
        seedOrg();
        QCOMPARE(people.rowCount(), 0);
        QCborMap alice = person(3, QStringLiteral("alice"), QStringLiteral("Alice Smith"), {11}, 2, false);
        putPerson(alice);
        QCborMap wang = person(2, QStringLiteral("wangfang"), QStringLiteral("王芳"), {11, 12}, 1);
        wang.insert(QStringLiteral("role"), QStringLiteral("admin"));
        putPerson(wang);
        apply();
        QCOMPARE(people.rowCount(), 1);
        QCOMPARE(roleOf(people, 0, PeopleListModel::LoginRole).toString(), QStringLiteral("alice"));
        QVERIFY(!roleOf(people, 0, PeopleListModel::ActiveRole).toBool());
        people.setQuery(QStringLiteral("SMI"));
        QCOMPARE(people.rowCount(), 1);
        people.setQuery(QStringLiteral("wang"));
        QCOMPARE(people.rowCount(), 0);

        people.setDeactivated(false);
        QCOMPARE(people.rowCount(), 1); // the search: 王芳
        QCOMPARE(roleOf(people, 0, PeopleListModel::OrgRoleRole).toString(), QStringLiteral("admin"));
        QCOMPARE(roleOf(people, 0, PeopleListModel::OrgRoleTextRole).toString(), QStringLiteral("Admin"));
        people.setQuery(QStringLiteral("alice"));
        QCOMPARE(people.rowCount(), 0); // search finds active people only
    }

    // The tree shows each department's manager and parent, and follows a manager change.
    void departmentTreeShowsManagers()
    {
        DepartmentTreeModel tree;
        QAbstractItemModelTester tester(&tree, kFatal);
        tree.setStore(m_store);
        seedOrg();
        const int market = tree.reveal(12);
        QCOMPARE(roleOf(tree, market, DepartmentTreeModel::ManagerIdRole).toDouble(), 0.0);
        QCOMPARE(roleOf(tree, market, DepartmentTreeModel::ManagerNameRole).toString(), QString());
        QCborMap d = deptObj(12, QStringLiteral("市场部"));
        d.insert(QStringLiteral("manager"), 2);
        m_org->add(QStringLiteral("dept.put"), one("department", d));
        apply();
        QCOMPARE(roleOf(tree, tree.reveal(12), DepartmentTreeModel::ManagerNameRole).toString(),
                 QStringLiteral("王芳"));
        const int platform = tree.reveal(11);
        QCOMPARE(roleOf(tree, platform, DepartmentTreeModel::ParentIdRole).toDouble(), 10.0);
    }
};

QTEST_MAIN(TestDirectoryModels)
#include "tst_directory_models.moc"
