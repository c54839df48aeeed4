// The directory in the replica (schema v5): new person fields, the people search index and how it follows
// user.put / dept.put events, org snapshots, deactivation and the v4 -> v5 migration.
#include "StoreTestSupport.h"

#include <QTest>

using namespace storetest;
using tack::store::PersonMatch;
using tack::store::UserRecord;

namespace {

QCborMap person(qint64 id, const QString &login, const QString &name, QList<qint64> depts,
                const QString &phone = {}, const QString &email = {}, bool active = true)
{
    QCborMap u = userObj(id, login, name, depts.value(0));
    QCborArray ids;
    for (qint64 d : depts)
        ids.append(d);
    u.insert(QStringLiteral("departments"), ids);
    u.insert(QStringLiteral("phone"), phone);
    u.insert(QStringLiteral("email"), email);
    u.insert(QStringLiteral("employee_id"), QStringLiteral("E%1").arg(id, 5, 10, QLatin1Char('0')));
    u.insert(QStringLiteral("role"), QStringLiteral("member"));
    u.insert(QStringLiteral("active"), active);
    return u;
}

QList<qint64> ids(const QList<PersonMatch> &matches)
{
    QList<qint64> out;
    for (const PersonMatch &m : matches)
        out.append(m.user.id);
    return out;
}

} // namespace

class TstStoreDirectory : public QObject
{
    Q_OBJECT

    // 1 王芳 (研发部, 市场部), 2 Alice Smith (研发部), 3 单伟 (市场部), 4 曾小贤 (inactive)
    void seed(Replica &r, StreamWriter &org)
    {
        org.add(QStringLiteral("dept.put"), one("department", deptObj(10, QStringLiteral("研发部"))));
        org.add(QStringLiteral("dept.put"), one("department", deptObj(11, QStringLiteral("市场部"))));
        org.add(QStringLiteral("dept.put"),
                one("department", deptObj(12, QStringLiteral("Platform Team"), 10)));
        org.add(QStringLiteral("user.put"),
                one("user",
                    person(1, QStringLiteral("wangfang"), QStringLiteral("王芳"), {10, 11},
                           QStringLiteral("+86 138-0013-8000"), QStringLiteral("Wang.Fang@corp.example"))));
        org.add(QStringLiteral("user.put"),
                one("user", person(2, QStringLiteral("asmith"), QStringLiteral("Alice Smith"), {10},
                                   QStringLiteral("555 0101"), QStringLiteral("alice@corp.example"))));
        org.add(QStringLiteral("user.put"),
                one("user", person(3, QStringLiteral("shanwei"), QStringLiteral("单伟"), {11})));
        org.add(
            QStringLiteral("user.put"),
            one("user", person(4, QStringLiteral("zengxx"), QStringLiteral("曾小贤"), {11}, {}, {}, false)));
        r.applyEvents(org.stream(), org.take());
    }

private slots:
    void newFieldsAreStored()
    {
        TempReplica r;
        StreamWriter org(QStringLiteral("org"));
        seed(r.replica, org);
        const auto u = r->user(1);
        QVERIFY(u);
        QCOMPARE(u->phone, QStringLiteral("+86 138-0013-8000"));
        QCOMPARE(u->email, QStringLiteral("Wang.Fang@corp.example"));
        QCOMPARE(u->employeeId, QStringLiteral("E00001"));
        QCOMPARE(u->role, QStringLiteral("member"));
        QCOMPARE(u->departments, (QList<qint64>{10, 11}));
        QCOMPARE(u->department, 10);
        QVERIFY(!u->onLeave);
    }

    void searchFindsEveryKindOfKey_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("chinese full name") << QStringLiteral("王芳") << QList<qint64>{1};
        QTest::newRow("chinese prefix") << QStringLiteral("王") << QList<qint64>{1};
        QTest::newRow("chinese given name") << QStringLiteral("芳") << QList<qint64>{1};
        QTest::newRow("full pinyin") << QStringLiteral("wangfang") << QList<qint64>{1};
        QTest::newRow("pinyin prefix") << QStringLiteral("wangf") << QList<qint64>{1};
        QTest::newRow("pinyin with a space") << QStringLiteral("wang fang") << QList<qint64>{1};
        QTest::newRow("initials") << QStringLiteral("wf") << QList<qint64>{1};
        QTest::newRow("surname reading shan") << QStringLiteral("shanw") << QList<qint64>{3};
        QTest::newRow("given pinyin") << QStringLiteral("fang") << QList<qint64>{1};
        QTest::newRow("english prefix, any case") << QStringLiteral("ALI") << QList<qint64>{2};
        QTest::newRow("english surname") << QStringLiteral("smi") << QList<qint64>{2};
        QTest::newRow("login") << QStringLiteral("asmi") << QList<qint64>{2};
        QTest::newRow("email") << QStringLiteral("wang.fang@") << QList<qint64>{1};
        QTest::newRow("phone middle digits") << QStringLiteral("0013") << QList<qint64>{1};
        QTest::newRow("phone formatted") << QStringLiteral("138-0013") << QList<qint64>{1};
        QTest::newRow("employee id") << QStringLiteral("e00002") << QList<qint64>{2};
        QTest::newRow("department") << QStringLiteral("市场") << QList<qint64>{1, 3};
        QTest::newRow("inactive people are not found") << QStringLiteral("曾小") << QList<qint64>{};
        QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64>{};
        QTest::newRow("blank") << QStringLiteral("  ") << QList<qint64>{};
    }
    void searchFindsEveryKindOfKey()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        TempReplica r;
        StreamWriter org(QStringLiteral("org"));
        seed(r.replica, org);
        QList<qint64> got = ids(r->searchPeople(query));
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }

    void betterMatchesComeFirstAndTheLimitHolds()
    {
        TempReplica r;
        StreamWriter org(QStringLiteral("org"));
        seed(r.replica, org);
        // 王芳 matches "wangfang" by pinyin before her login, so the reported field is the better one.
        const auto matches = r->searchPeople(QStringLiteral("wangfang"));
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().field, PersonMatch::Field::Pinyin);
        QCOMPARE(r->searchPeople(QStringLiteral("王芳")).first().field, PersonMatch::Field::Name);
        QCOMPARE(r->searchPeople(QStringLiteral("研发"), 1).size(), 1);
    }

    void searchFollowsRenamesMovesAndDeactivation()
    {
        TempReplica r;
        StreamWriter org(QStringLiteral("org"));
        seed(r.replica, org);
        // Rename 王芳 to 李芳: the old name and pinyin stop matching, the new ones match.
        org.add(QStringLiteral("user.put"),
                one("user", person(1, QStringLiteral("wangfang"), QStringLiteral("李芳"), {11})));
        r->applyEvents(org.stream(), org.take());
        QCOMPARE(ids(r->searchPeople(QStringLiteral("王芳"))), QList<qint64>{});
        QCOMPARE(ids(r->searchPeople(QStringLiteral("lif"))), QList<qint64>{1});
        QCOMPARE(ids(r->searchPeople(QStringLiteral("wf"))), QList<qint64>{});
        // Department change: no longer in 研发部.
        QVERIFY(!ids(r->searchPeople(QStringLiteral("研发"))).contains(1));
        QList<qint64> inRnd;
        for (const UserRecord &u : r->peopleInDepartment(10))
            inRnd.append(u.id);
        QCOMPARE(inRnd, QList<qint64>{2});
        // Department rename: found by the new department name at once.
        org.add(QStringLiteral("dept.put"), one("department", deptObj(10, QStringLiteral("工程部"))));
        r->applyEvents(org.stream(), org.take());
        QCOMPARE(ids(r->searchPeople(QStringLiteral("工程"))), QList<qint64>{2});
        // Deactivation removes the person from search and department lists; reactivation brings them back.
        org.add(QStringLiteral("user.put"),
                one("user",
                    person(2, QStringLiteral("asmith"), QStringLiteral("Alice Smith"), {10}, {}, {}, false)));
        r->applyEvents(org.stream(), org.take());
        QVERIFY(r->searchPeople(QStringLiteral("alice")).isEmpty());
        QVERIFY(r->peopleInDepartment(10).isEmpty());
        QCOMPARE(r->peopleInDepartment(10, true).size(), 1);
        org.add(QStringLiteral("user.put"),
                one("user", person(2, QStringLiteral("asmith"), QStringLiteral("Alice Smith"), {10})));
        r->applyEvents(org.stream(), org.take());
        QCOMPARE(ids(r->searchPeople(QStringLiteral("alice"))), QList<qint64>{2});
    }

    void snapshotRebuildsTheIndex()
    {
        TempReplica r;
        StreamWriter org(QStringLiteral("org"));
        seed(r.replica, org);
        r->beginSnapshot(QStringLiteral("org"));
        QCborArray users{person(7, QStringLiteral("zhoujie"), QStringLiteral("周杰"), {11},
                                QStringLiteral("13912345678"))};
        QCborArray depts{deptObj(11, QStringLiteral("市场部"))};
        r->addSnapshotPage(QStringLiteral("org"), QCborMap{{QStringLiteral("users"), users},
                                                           {QStringLiteral("departments"), depts}});
        r->finishSnapshot(QStringLiteral("org"), 40);
        QVERIFY(r->searchPeople(QStringLiteral("wangfang")).isEmpty());
        QCOMPARE(ids(r->searchPeople(QStringLiteral("zj"))), QList<qint64>{7});
        QCOMPARE(ids(r->searchPeople(QStringLiteral("12345"))), QList<qint64>{7});
        QCOMPARE(r->user(7)->departments, QList<qint64>{11});
        r->dropStream(QStringLiteral("org"));
        QVERIFY(r->searchPeople(QStringLiteral("zj")).isEmpty());
    }

    void orgChartQueries()
    {
        TempReplica r;
        StreamWriter org(QStringLiteral("org"));
        seed(r.replica, org);
        QCborMap report = person(5, QStringLiteral("lina"), QStringLiteral("李娜"), {10});
        report.insert(QStringLiteral("manager"), 1);
        org.add(QStringLiteral("user.put"), one("user", report));
        r->applyEvents(org.stream(), org.take());
        QCOMPARE(r->directReports(1).size(), 1);
        QCOMPARE(r->directReports(1).first().id, 5);
        QCOMPARE(r->childDepartments(0).size(), 2);
        QCOMPARE(r->childDepartments(10).size(), 1);
        QCOMPARE(r->department(12)->name, QStringLiteral("Platform Team"));
        QVERIFY(!r->department(99));
    }

    void migrationFromVersion4IndexesStoredPeople()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Replica old;
            old.open(path, 4);
            StreamWriter org(QStringLiteral("org"));
            org.add(QStringLiteral("user.put"),
                    one("user", userObj(1, QStringLiteral("wangfang"), QStringLiteral("王芳"), 3)));
            old.applyEvents(org.stream(), org.take());
            QCOMPARE(old.cursor(QStringLiteral("org")), 1);
        }
        Replica r;
        r.open(path, 5);
        QCOMPARE(r.schemaVersion(), 5);
        QCOMPARE(ids(r.searchPeople(QStringLiteral("wf"))), QList<qint64>{1});
        QCOMPARE(r.user(1)->departments, QList<qint64>{3});
        // The org stream is fetched again so the new fields arrive.
        QCOMPARE(r.cursor(QStringLiteral("org")), 0);
    }
};

QTEST_GUILESS_MAIN(TstStoreDirectory)
#include "tst_store_directory.moc"
