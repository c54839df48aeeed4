// The org administration actions (OrgAdministration) and the admin pages' models against a real
// tack-server: an owner adds people and departments, moves, deactivates and reactivates, changes roles;
// refusals (local and the server's typed errors) come back as sentences; offline changes wait in the outbox
// and arrive after reconnecting. Models run under QAbstractItemModelTester.
#include "DepartmentTreeModel.h"
#include "OrgAdministration.h"
#include "OrgRolesModel.h"
#include "PeopleListModel.h"
#include "ServerProcess.h"
#include "StoreReader.h"
#include "SyncTestClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using tack::ui::DepartmentTreeModel;
using tack::ui::OrgAdministration;
using tack::ui::OrgRolesModel;
using tack::ui::PeopleListModel;
using tack::ui::StoreReader;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
constexpr int kWaitMs = 30000;

// One signed-in client with the UI's read side (a StoreReader on its replica) and the admin actions.
struct AdminSide
{
    SyncTestClient client;
    StoreReader store;
    OrgAdministration admin{&store};
    QSignalSpy finished{&admin, &OrgAdministration::finished}; // every answer, even one that came early

    bool signIn(const QUrl &url, const QString &login, QString *error)
    {
        if (!client.login(url, login, synctest::kPassword, error))
            return false;
        store.attach(&client.reader());
        QObject::connect(&client.session(), &tack::client::ClientSession::directoryChanged, &store,
                         &StoreReader::notifyDirectory);
        admin.setClient(&client.session());
        return store.isOpen();
    }
    // Waits for finished(ref); returns {ok, message}.
    QPair<bool, QString> outcome(const QString &ref)
    {
        for (;;) {
            for (const auto &args : std::as_const(finished)) {
                if (args.at(0).toString() == ref)
                    return {args.at(1).toBool(), args.at(2).toString()};
            }
            if (!finished.wait(kWaitMs))
                return {false, QStringLiteral("timed out")};
        }
    }
    std::optional<tack::store::UserRecord> byLogin(const QString &login)
    {
        return client.reader().userByLogin(login);
    }
};

} // namespace

class TestUiOrgAdmin : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QHash<QString, qint64> m_ids;

private slots:
    void initTestCase()
    {
        // The first account of a new org is its owner.
        m_ids = synctest::startWithUsers(
            m_server, {QStringLiteral("boss"), QStringLiteral("ann"), QStringLiteral("bob")});
        QVERIFY2(!m_ids.isEmpty(), qPrintable(m_server.errorString()));
    }

    void ownerBuildsTheOrg()
    {
        AdminSide owner;
        QString error;
        QVERIFY2(owner.signIn(m_server.url(), QStringLiteral("boss"), &error), qPrintable(error));
        QCOMPARE(owner.admin.myRole(), QStringLiteral("owner"));

        DepartmentTreeModel tree;
        QAbstractItemModelTester treeTester(&tree, kFatal);
        PeopleListModel people;
        QAbstractItemModelTester peopleTester(&people, kFatal);
        OrgRolesModel roles;
        QAbstractItemModelTester rolesTester(&roles, kFatal);
        tree.setStore(&owner.store);
        people.setStore(&owner.store);
        roles.setStore(&owner.store);
        QCOMPARE(roles.ownerCount(), 1);

        // Departments: 研发中心 > 平台组, and 市场部.
        QString ref = owner.admin.createDepartment(QStringLiteral("研发中心"), 0, 0);
        QVERIFY(!ref.isEmpty());
        QVERIFY(owner.admin.busy());
        QVERIFY(owner.admin.status().startsWith(QStringLiteral("Saving")));
        QCOMPARE(owner.outcome(ref).first, true);
        QVERIFY(!owner.admin.busy());
        QTRY_COMPARE_WITH_TIMEOUT(tree.rowCount(), 1, kWaitMs);
        const double rnd = tree.departmentAt(0);
        QCOMPARE(owner.outcome(owner.admin.createDepartment(QStringLiteral("平台组"), rnd, 0)).first, true);
        QCOMPARE(owner.outcome(owner.admin.createDepartment(QStringLiteral("市场部"), 0, 0)).first, true);
        QTRY_COMPARE_WITH_TIMEOUT(owner.admin.departmentChoices().size(), 3, kWaitMs);
        const QVariantList choices = owner.admin.departmentChoices();
        QCOMPARE(choices.at(2).toMap().value(QStringLiteral("path")).toString(),
                 QStringLiteral("研发中心 / 平台组"));
        const double platform = choices.at(2).toMap().value(QStringLiteral("id")).toDouble();
        const double market = choices.at(0).toMap().value(QStringLiteral("id")).toDouble();

        // A local refusal: nothing is sent.
        QSignalSpy refused(&owner.admin, &OrgAdministration::refused);
        QVERIFY(owner.admin
                    .createPerson({{QStringLiteral("login"), QStringLiteral("lilei")},
                                   {QStringLiteral("name"), QStringLiteral("李雷")},
                                   {QStringLiteral("email"), QStringLiteral("not an address")}})
                    .isEmpty());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(owner.admin.error(), QStringLiteral("An e-mail address looks like name@example.com."));
        QVERIFY(!owner.admin.busy());

        // Adding a person with every field.
        ref = owner.admin.createPerson({{QStringLiteral("login"), QStringLiteral("lilei")},
                                        {QStringLiteral("name"), QStringLiteral("李雷")},
                                        {QStringLiteral("title"), QStringLiteral("DBA")},
                                        {QStringLiteral("employee_id"), QStringLiteral("E-100")},
                                        {QStringLiteral("phone"), QStringLiteral("+86 138 0000 1111")},
                                        {QStringLiteral("email"), QStringLiteral("lilei@corp.example")},
                                        {QStringLiteral("departments"), QVariantList{platform, market}},
                                        {QStringLiteral("manager"), double(m_ids.value("ann"))},
                                        {QStringLiteral("password"), QStringLiteral("initial-pass-1")}});
        QVERIFY(owner.admin.error().isEmpty());
        QCOMPARE(owner.outcome(ref), qMakePair(true, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(owner.byLogin(QStringLiteral("lilei")).has_value(), kWaitMs);
        const auto lilei = *owner.byLogin(QStringLiteral("lilei"));
        QCOMPARE(lilei.departments, (QList<qint64>{qint64(platform), qint64(market)}));
        QCOMPARE(lilei.manager, m_ids.value("ann"));
        QCOMPARE(lilei.employeeId, QStringLiteral("E-100"));
        // The search finds the new person by pinyin initials.
        people.setQuery(QStringLiteral("ll"));
        QTRY_VERIFY(people.rowCount() > 0);
        QCOMPARE(people.data(people.index(0, 0), PeopleListModel::LoginRole).toString(),
                 QStringLiteral("lilei"));
        QVERIFY(people.data(people.index(0, 0), PeopleListModel::ActiveRole).toBool());

        // The new person signs in with the initial password.
        SyncTestClient lileiClient;
        QVERIFY2(lileiClient.login(m_server.url(), QStringLiteral("lilei"), QStringLiteral("initial-pass-1"),
                                   &error),
                 qPrintable(error));

        // The server's refusal of a taken login, as a sentence.
        ref = owner.admin.createPerson({{QStringLiteral("login"), QStringLiteral("lilei")},
                                        {QStringLiteral("name"), QStringLiteral("Another")}});
        QVERIFY(!ref.isEmpty());
        QCOMPARE(owner.outcome(ref), qMakePair(false, QStringLiteral("That login is already taken.")));
        QCOMPARE(owner.admin.error(), QStringLiteral("That login is already taken."));

        // Edit and move: only changed fields go; moving keeps the other departments.
        QCOMPARE(owner
                     .outcome(owner.admin.updatePerson(
                         lilei.id, {{QStringLiteral("title"), QStringLiteral("Senior DBA")},
                                    {QStringLiteral("name"), QStringLiteral("李雷")}}))
                     .first,
                 true);
        QCOMPARE(owner.outcome(owner.admin.movePerson(lilei.id, rnd)).first, true);
        QTRY_COMPARE_WITH_TIMEOUT(owner.byLogin(QStringLiteral("lilei"))->departments,
                                  (QList<qint64>{qint64(rnd), qint64(market)}), kWaitMs);
        QCOMPARE(owner.byLogin(QStringLiteral("lilei"))->title, QStringLiteral("Senior DBA"));

        // A department with people is not removed; the refusal says why before anything is sent.
        QVERIFY(owner.admin.removeDepartment(market).isEmpty());
        QVERIFY2(owner.admin.error().startsWith(QStringLiteral("The department is not empty (1 person")),
                 qPrintable(owner.admin.error()));
        // Rename, move and set the manager of a department; remove an empty one.
        QCOMPARE(owner.outcome(owner.admin.renameDepartment(platform, QStringLiteral("数据平台组"))).first,
                 true);
        QCOMPARE(owner.outcome(owner.admin.moveDepartment(platform, market)).first, true);
        QCOMPARE(owner.outcome(owner.admin.setDepartmentManager(platform, lilei.id)).first, true);
        QTRY_COMPARE_WITH_TIMEOUT(owner.admin.departmentPath(platform), QStringLiteral("市场部 / 数据平台组"),
                                  kWaitMs);
        QVERIFY(owner.admin.moveDepartment(market, platform).isEmpty()); // inside its own child
        QTRY_VERIFY_WITH_TIMEOUT(roles.rowCount() == 2, kWaitMs);        // boss (owner), lilei (manager)
        QCOMPARE(roles.data(roles.index(1, 0), OrgRolesModel::KindRole).toString(),
                 QStringLiteral("manager"));
        QCOMPARE(roles.data(roles.index(1, 0), OrgRolesModel::DetailRole).toString(),
                 QStringLiteral("数据平台组"));
        ref = owner.admin.createDepartment(QStringLiteral("Temp"), 0, 0);
        QCOMPARE(owner.outcome(ref).first, true);
        QTRY_COMPARE_WITH_TIMEOUT(owner.admin.departmentChoices().size(), 4, kWaitMs);
        double temp = 0;
        for (const QVariant &c : owner.admin.departmentChoices())
            if (c.toMap().value(QStringLiteral("path")).toString() == QStringLiteral("Temp"))
                temp = c.toMap().value(QStringLiteral("id")).toDouble();
        QCOMPARE(owner.outcome(owner.admin.removeDepartment(temp)).first, true);
        QTRY_COMPARE_WITH_TIMEOUT(owner.admin.departmentChoices().size(), 3, kWaitMs);

        // Roles: ann becomes an admin; the last owner cannot step down.
        QCOMPARE(owner.outcome(owner.admin.setRole(m_ids.value("ann"), QStringLiteral("admin"))).first, true);
        QTRY_COMPARE_WITH_TIMEOUT(roles.rowCount(), 3, kWaitMs);
        QCOMPARE(roles.data(roles.index(1, 0), OrgRolesModel::KindRole).toString(), QStringLiteral("admin"));
        QVERIFY(owner.admin.setRole(m_ids.value("boss"), QStringLiteral("admin")).isEmpty());
        QCOMPARE(owner.admin.error(),
                 QStringLiteral("boss is the organisation's last owner. Make someone else an owner first."));

        // Deactivating lilei signs them out at once; they show among the deactivated and come back.
        QCOMPARE(owner.admin.deactivateProblem(lilei.id), QString());
        QCOMPARE(owner.outcome(owner.admin.deactivate(lilei.id)).first, true);
        QVERIFY(lileiClient.waitFor([&] { return !lileiClient.signedOutReasons.isEmpty(); }, kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(!owner.byLogin(QStringLiteral("lilei"))->active, kWaitMs);
        people.setDeactivated(true);
        people.setQuery(QString());
        QTRY_COMPARE(people.rowCount(), 1);
        QVERIFY(!people.data(people.index(0, 0), PeopleListModel::ActiveRole).toBool());
        people.setQuery(QStringLiteral("LILE"));
        QCOMPARE(people.rowCount(), 1);
        people.setQuery(QStringLiteral("nobody"));
        QCOMPARE(people.rowCount(), 0);
        QCOMPARE(owner.outcome(owner.admin.reactivate(lilei.id)).first, true);
        QTRY_VERIFY_WITH_TIMEOUT(owner.byLogin(QStringLiteral("lilei"))->active, kWaitMs);
        QVERIFY(owner.admin.deactivate(m_ids.value("boss")).isEmpty());
        QCOMPARE(owner.admin.error(), QStringLiteral("You cannot deactivate yourself."));
    }

    // An admin may not change an owner: the server's forbidden comes back as the owner-only sentence. Members
    // mark themselves on leave.
    void adminRefusedOnOwnersAndOnLeaveForEveryone()
    {
        AdminSide ann;
        QString error;
        QVERIFY2(ann.signIn(m_server.url(), QStringLiteral("ann"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(ann.admin.myRole(), QStringLiteral("admin"), kWaitMs);
        QVERIFY(!ann.admin.canManagePerson(m_ids.value("boss")));
        QVERIFY(ann.admin.canManagePerson(m_ids.value("bob")));
        QVERIFY(ann.admin.canManagePerson(m_ids.value("ann")));
        const QString ref =
            ann.admin.updatePerson(m_ids.value("boss"), {{QStringLiteral("title"), QStringLiteral("CEO")}});
        QVERIFY(!ref.isEmpty());
        QCOMPARE(ann.outcome(ref),
                 qMakePair(false,
                           QStringLiteral(
                               "Only an owner can change, deactivate or reactivate an owner or an admin.")));
        QVERIFY(ann.admin.setRole(m_ids.value("bob"), QStringLiteral("admin")).isEmpty());
        QCOMPARE(ann.admin.error(), QStringLiteral("Only an owner can change who is an owner or admin."));

        AdminSide bob;
        QVERIFY2(bob.signIn(m_server.url(), QStringLiteral("bob"), &error), qPrintable(error));
        PeopleListModel people;
        QAbstractItemModelTester tester(&people, kFatal);
        people.setStore(&ann.store);
        people.setQuery(QStringLiteral("bob"));
        QTRY_COMPARE(people.rowCount(), 1);
        QCOMPARE(bob.outcome(bob.admin.setOnLeave(true)).first, true);
        QTRY_COMPARE_WITH_TIMEOUT(people.data(people.index(0, 0), PeopleListModel::PresenceRole).toString(),
                                  QStringLiteral("on_leave"), kWaitMs);
        QCOMPARE(people.data(people.index(0, 0), PeopleListModel::PresenceTextRole).toString(),
                 QStringLiteral("On leave"));
        QCOMPARE(bob.outcome(bob.admin.setOnLeave(false)).first, true);
        QTRY_VERIFY_WITH_TIMEOUT(people.data(people.index(0, 0), PeopleListModel::PresenceRole).toString() !=
                                     QStringLiteral("on_leave"),
                                 kWaitMs);
    }

    // Offline, a change waits in the outbox (the status says so) and is sent after reconnecting; a password
    // is refused rather than left on disk.
    void offlineChangesWaitAndArrive()
    {
        AdminSide owner;
        QString error;
        QVERIFY2(owner.signIn(m_server.url(), QStringLiteral("boss"), &error), qPrintable(error));
        QCOMPARE(m_server.terminate(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!owner.client.online(), kWaitMs);

        QVERIFY(owner.admin
                    .createPerson({{QStringLiteral("login"), QStringLiteral("hanmeimei")},
                                   {QStringLiteral("name"), QStringLiteral("韩梅梅")},
                                   {QStringLiteral("password"), QStringLiteral("secret-pass-9")}})
                    .isEmpty());
        QCOMPARE(
            owner.admin.error(),
            QStringLiteral("Setting a password needs a connection to the server. Try again when online."));

        const QString ref = owner.admin.createPerson({{QStringLiteral("login"), QStringLiteral("hanmeimei")},
                                                      {QStringLiteral("name"), QStringLiteral("韩梅梅")}});
        QVERIFY(!ref.isEmpty());
        QVERIFY(owner.admin.waitingForConnection());
        QVERIFY2(owner.admin.status().startsWith(QStringLiteral("Offline: 1 change")),
                 qPrintable(owner.admin.status()));
        QVERIFY(owner.client.waitQueued(ref) > 0);

        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        QCOMPARE(owner.outcome(ref).first, true);
        QVERIFY(!owner.admin.busy());
        QTRY_VERIFY_WITH_TIMEOUT(owner.byLogin(QStringLiteral("hanmeimei")).has_value(), kWaitMs);
    }

    void refusalSentences()
    {
        StoreReader store;
        OrgAdministration admin(&store);
        QCOMPARE(
            admin.refusalText(QStringLiteral("dept.remove"), QStringLiteral("conflict"), QString(), 0),
            QStringLiteral("The department is not empty: move its people and sub-departments out first."));
        QCOMPARE(admin.refusalText(QStringLiteral("user.update"), QStringLiteral("invalid_args"),
                                   QStringLiteral("phone: too few digits"), 0),
                 QStringLiteral("A phone number uses digits, spaces and + - ( ) . with at least 3 digits."));
        QCOMPARE(admin.refusalText(QStringLiteral("user.create"), QStringLiteral("conflict"),
                                   QStringLiteral("employee_id: 'E-1' already belongs to ann"), 0),
                 QStringLiteral("That employee ID already belongs to someone else."));
        QCOMPARE(admin.refusalText(QStringLiteral("dept.update"), QStringLiteral("invalid_args"),
                                   QStringLiteral("parent: a department cannot sit inside itself"), 0),
                 QStringLiteral("A department cannot move inside itself or one of its sub-departments."));
        QCOMPARE(admin.refusalText(QStringLiteral("user.create"), QStringLiteral("forbidden"), QString(), 0),
                 QStringLiteral("Only the organisation's owners and admins can do this."));
    }
};

QTEST_MAIN(TestUiOrgAdmin)
#include "tst_ui_org_admin.moc"
