// Approval routing against a directory shaped like the demo org: every node mode and approver source,
// branches on form values and on the submitter's department, CC, and the empty-approver rule both ways.
#include "DemoDirectory.h"
#include "domain/approvals/ApprovalRouter.h"
#include "domain/approvals/BuiltinTemplates.h"
#include "domain/approvals/FormValidator.h"
#include "domain/approvals/Money.h"

#include <QCborArray>
#include <QTest>

using namespace tack::approvals;

namespace {

RouteChain chainOf(QList<RouteNode> nodes)
{
    RouteChain chain;
    for (const RouteNode &n : nodes)
        chain.steps.append(RouteStep{n, {}, {}});
    return chain;
}

QCborMap expenseOf(qint64 fen, const char *currency = "CNY")
{
    QCborMap row;
    row.insert(QLatin1String("category"), QStringLiteral("travel"));
    row.insert(QLatin1String("description"), QStringLiteral("flights"));
    row.insert(QLatin1String("date"), QStringLiteral("2026-11-20"));
    row.insert(QLatin1String("amount"), toCbor(Money{fen, QLatin1String(currency)}));
    QCborMap v;
    v.insert(QLatin1String("items"), QCborArray{row});
    return withComputedValues(expenseTemplate(), v);
}

QCborMap leaveOf(const char *from, const char *to)
{
    QCborMap period;
    period.insert(QLatin1String("from"), QLatin1String(from));
    period.insert(QLatin1String("from_half"), QStringLiteral("am"));
    period.insert(QLatin1String("to"), QLatin1String(to));
    period.insert(QLatin1String("to_half"), QStringLiteral("pm"));
    QCborMap v;
    v.insert(QLatin1String("type"), QStringLiteral("annual"));
    v.insert(QLatin1String("period"), period);
    v.insert(QLatin1String("reason"), QStringLiteral("trip"));
    return withComputedValues(leaveTemplate(), v);
}

QStringList nodeIds(const ResolvedRoute &route)
{
    QStringList out;
    for (const ResolvedNode &n : route.nodes)
        out.append(n.skipped ? n.id + QStringLiteral("(skipped)") : n.id);
    return out;
}

} // namespace

class TstApprovalRouting : public QObject
{
    Q_OBJECT

private slots:
    void managerLevelsFollowTheDirectory()
    {
        const DemoDirectory dir;
        const RouteChain chain = chainOf({node(QStringLiteral("up"), QStringLiteral("Up"),
                                               NodeMode::Sequential, {manager(1), manager(2), manager(3)})});
        // 孙丽 → 王芳 → 张伟 → 赵敏, in that order.
        const ResolvedRoute route = resolveRoute(chain, dir.id("sunli"), {}, dir);
        QCOMPARE(route.nodes.size(), 1);
        QCOMPARE(route.nodes[0].approvers,
                 (QList<qint64>{dir.id("wangfang"), dir.id("zhangwei"), dir.id("zhaomin")}));
        QCOMPARE(route.nodes[0].mode, NodeMode::Sequential);
        // 吴昊 (Sales East) → 刘洋 → 陈静.
        QCOMPARE(
            resolveRoute(chainOf({node(QStringLiteral("m"), QString(), NodeMode::Sequential, {manager(2)})}),
                         dir.id("wuhao"), {}, dir)
                .nodes[0]
                .approvers,
            QList<qint64>{dir.id("chenjing")});
    }

    void departmentHeadsAndRoles()
    {
        const DemoDirectory dir;
        const RouteChain chain = chainOf(
            {node(QStringLiteral("own"), QString(), NodeMode::Sequential, {departmentHead(0)}),
             node(QStringLiteral("fin"), QString(), NodeMode::Sequential,
                  {departmentHead(dir.department("finance"))}),
             node(QStringLiteral("role"), QString(), NodeMode::Any, {role(QStringLiteral("finance"))})});
        const ResolvedRoute route = resolveRoute(chain, dir.id("hejun"), {}, dir);
        QCOMPARE(route.nodes[0].approvers, QList<qint64>{dir.id("wangfang")}); // head of the Client Team
        QCOMPARE(route.nodes[1].approvers, QList<qint64>{dir.id("huangli")});
        QCOMPARE(route.nodes[2].approvers, (QList<qint64>{dir.id("songtao"), dir.id("fengxia")}));
        QCOMPARE(route.nodes[2].mode, NodeMode::Any);
        // 王芳 heads her own department: her request goes to the head of the department above (张伟).
        QCOMPARE(resolveRoute(chain, dir.id("wangfang"), {}, dir).nodes[0].approvers,
                 QList<qint64>{dir.id("zhangwei")});
    }

    void allModeKeepsEveryApproverOnce()
    {
        const DemoDirectory dir;
        const RouteChain chain =
            chainOf({node(QStringLiteral("sign"), QString(), NodeMode::All,
                          {people({dir.id("lihua"), dir.id("huangli")}),
                           departmentHead(dir.department("finance")), role(QStringLiteral("hr"))})});
        const ResolvedRoute route = resolveRoute(chain, dir.id("guoqiang"), {}, dir);
        QCOMPARE(route.nodes[0].mode, NodeMode::All);
        QCOMPARE(route.nodes[0].approvers,
                 (QList<qint64>{dir.id("lihua"), dir.id("huangli"), dir.id("zhoujie")}));
    }

    void expenseBranchesOnTheComputedTotal_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QString>("branch");
        const QStringList small{QStringLiteral("manager"), QStringLiteral("finance")};
        const QStringList big{QStringLiteral("manager"), QStringLiteral("finance_director"),
                              QStringLiteral("finance")};
        QTest::newRow("4000.00") << qint64(400000) << "CNY" << small << "";
        QTest::newRow("exactly 5000.00 (default branch)") << qint64(500000) << "CNY" << small << "";
        QTest::newRow("5000.01") << qint64(500001) << "CNY" << big << "Total above 5,000.00 CNY";
        QTest::newRow("8000 in another currency is not compared") << qint64(800000) << "USD" << small << "";
    }
    void expenseBranchesOnTheComputedTotal()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, currency);
        QFETCH(QStringList, nodes);
        QFETCH(QString, branch);
        const DemoDirectory dir;
        const ResolvedRoute route =
            resolveRoute(expenseTemplate().route, dir.id("sunli"), expenseOf(fen, qPrintable(currency)), dir);
        QCOMPARE(nodeIds(route), nodes);
        QCOMPARE(route.branches, QStringList{branch});
        QCOMPARE(route.nodes.first().approvers, QList<qint64>{dir.id("wangfang")});
        if (nodes.size() == 3)
            QCOMPARE(route.nodes[1].approvers, QList<qint64>{dir.id("huangli")});
    }

    void longLeaveAddsTheSecondManager()
    {
        const DemoDirectory dir;
        const ResolvedRoute shortLeave = resolveRoute(leaveTemplate().route, dir.id("sunli"),
                                                      leaveOf("2026-11-23", "2026-11-25"), dir); // 3 days
        QCOMPARE(nodeIds(shortLeave), QStringList{QStringLiteral("manager")});
        const ResolvedRoute longLeave = resolveRoute(leaveTemplate().route, dir.id("sunli"),
                                                     leaveOf("2026-11-23", "2026-11-26"), dir); // 4 days
        QCOMPARE(nodeIds(longLeave), (QStringList{QStringLiteral("manager"), QStringLiteral("manager2")}));
        QCOMPARE(longLeave.nodes[1].approvers, QList<qint64>{dir.id("zhangwei")});
        QCOMPARE(longLeave.ccOnComplete, QList<qint64>{dir.id("zhoujie")}); // HR hears of every decided leave
    }

    void branchesOnTheSubmittersDepartment_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("approver");
        QTest::newRow("Sales itself") << "xieyun"
                                      << "chenjing";
        QTest::newRow("Sales East is under Sales") << "sofia"
                                                   << "chenjing";
        QTest::newRow("second department in Sales West") << "hujie"
                                                         << "chenjing";
        QTest::newRow("Server Team takes the default") << "guoqiang"
                                                       << "zhangwei";
        QTest::newRow("the CEO takes the default") << "zhaomin"
                                                   << "zhangwei";
    }
    void branchesOnTheSubmittersDepartment()
    {
        QFETCH(QString, login);
        QFETCH(QString, approver);
        const DemoDirectory dir;
        RouteCondition inSales;
        inSales.subject = RouteCondition::Subject::SubmitterDepartment;
        inSales.op = RouteCondition::Op::In;
        inSales.value = QCborArray{dir.department("sales")};
        RouteStep branch;
        branch.arms = {{QStringLiteral("sales"),
                        {inSales},
                        {node(QStringLiteral("sales"), QString(), NodeMode::Sequential,
                              {people({dir.id("chenjing")})})}}};
        branch.otherwise = {
            node(QStringLiteral("eng"), QString(), NodeMode::Sequential, {people({dir.id("zhangwei")})})};
        RouteChain chain;
        chain.steps = {branch};
        const ResolvedRoute route = resolveRoute(chain, dir.id(qPrintable(login)), {}, dir);
        QCOMPARE(route.nodes.size(), 1);
        QCOMPARE(route.nodes[0].approvers, QList<qint64>{dir.id(qPrintable(approver))});
    }

    void conditionOperators()
    {
        const DemoDirectory dir;
        QCborMap v;
        v.insert(QLatin1String("type"), QStringLiteral("sick"));
        v.insert(QLatin1String("tags"), QCborArray{QStringLiteral("urgent"), QStringLiteral("remote")});
        v.insert(QLatin1String("hours"), 25);
        auto holds = [&](const char *field, RouteCondition::Op op, const QCborValue &value) {
            RouteCondition c;
            c.field = QLatin1String(field);
            c.op = op;
            c.value = value;
            return conditionHolds(c, dir.id("sunli"), v, dir);
        };
        using Op = RouteCondition::Op;
        QVERIFY(holds("type", Op::Eq, QStringLiteral("sick")));
        QVERIFY(!holds("type", Op::Ne, QStringLiteral("sick")));
        QVERIFY(holds("type", Op::In, QCborArray{QStringLiteral("annual"), QStringLiteral("sick")}));
        QVERIFY(!holds("type", Op::In, QCborArray{QStringLiteral("annual")}));
        QVERIFY(holds("tags", Op::Contains, QStringLiteral("urgent")));
        QVERIFY(!holds("tags", Op::Contains, QStringLiteral("travel")));
        QVERIFY(holds("hours", Op::Ge, 25));
        QVERIFY(!holds("hours", Op::Gt, 25));
        QVERIFY(holds("hours", Op::Le, 25));
        QVERIFY(holds("hours", Op::Lt, 26));
        QVERIFY(!holds("missing", Op::Ne, 1));                  // an empty field satisfies no condition
        QVERIFY(!holds("hours", Op::Gt, QStringLiteral("10"))); // no comparing numbers with text
    }

    void emptyNodeIsSkipped()
    {
        const DemoDirectory dir;
        // 赵敏 is the CEO: no manager. Her general request's manager node would be empty.
        const RouteChain chain = chainOf(
            {node(QStringLiteral("m"), QString(), NodeMode::Sequential, {manager(1)}),
             node(QStringLiteral("hr"), QString(), NodeMode::Sequential, {role(QStringLiteral("hr"))})});
        const ResolvedRoute route = resolveRoute(chain, dir.id("zhaomin"), {}, dir);
        QCOMPARE(nodeIds(route), (QStringList{QStringLiteral("m(skipped)"), QStringLiteral("hr")}));
        QCOMPARE(route.nextActiveNode(0), 1);
        // A role nobody holds is empty too.
        DemoDirectory noHr;
        noHr.setRole(QStringLiteral("hr"), {});
        QCOMPARE(nodeIds(resolveRoute(chain, noHr.id("zhaomin"), {}, noHr)),
                 (QStringList{QStringLiteral("m(skipped)"), QStringLiteral("hr(skipped)")}));
        QCOMPARE(resolveRoute(chain, noHr.id("zhaomin"), {}, noHr).nextActiveNode(0), -1);
    }

    void emptyNodeGoesToTheAdmins()
    {
        DemoDirectory dir;
        const RouteChain chain = chainOf(
            {node(QStringLiteral("m"), QString(), NodeMode::Sequential, {manager(1)}, EmptyRule::ToAdmin)});
        const ResolvedRoute route = resolveRoute(chain, dir.id("zhaomin"), {}, dir);
        QVERIFY(!route.nodes[0].skipped);
        QVERIFY(route.nodes[0].toAdmins);
        QCOMPARE(route.nodes[0].mode, NodeMode::Any);
        QCOMPARE(route.nodes[0].approvers, (QList<qint64>{dir.id("wangfang"), dir.id("zhoujie")}));
        // The submitter never approves their own request, even as an admin: 黄丽's big expense reaches the
        // finance director node, which is herself.
        const ResolvedRoute own =
            resolveRoute(expenseTemplate().route, dir.id("huangli"), expenseOf(900000), dir);
        QCOMPARE(own.nodes[0].approvers, QList<qint64>{dir.id("zhaomin")}); // her manager
        QVERIFY(own.nodes[1].toAdmins);
        QCOMPARE(own.nodes[1].approvers, (QList<qint64>{dir.id("wangfang"), dir.id("zhoujie")}));
        // A disabled manager counts as nobody.
        dir.disable("wangfang");
        const ResolvedRoute disabled = resolveRoute(chain, dir.id("sunli"), {}, dir);
        QCOMPARE(disabled.nodes[0].approvers, QList<qint64>{dir.id("zhoujie")});
        // No admins left to take it: skipped after all.
        dir.setAdmins({});
        QVERIFY(resolveRoute(chain, dir.id("sunli"), {}, dir).nodes[0].skipped);
    }

    void ccAtSubmissionAndCompletion()
    {
        const DemoDirectory dir;
        RouteChain chain =
            chainOf({node(QStringLiteral("m"), QString(), NodeMode::Sequential, {manager(1)})});
        chain.ccOnSubmit = {departmentHead(0), people({dir.id("gaofei"), dir.id("sunli")})};
        chain.ccOnComplete = {role(QStringLiteral("hr")), role(QStringLiteral("finance"))};
        const ResolvedRoute route = resolveRoute(chain, dir.id("sunli"), {}, dir);
        QCOMPARE(route.ccOnSubmit, (QList<qint64>{dir.id("wangfang"), dir.id("gaofei"), dir.id("sunli")}));
        QCOMPARE(route.ccOnComplete,
                 (QList<qint64>{dir.id("zhoujie"), dir.id("songtao"), dir.id("fengxia")}));
    }

    void managerCyclesEndTheWalk()
    {
        DemoDirectory dir;
        dir.setManager("zhaomin", dir.id("sunli")); // a broken import: 赵敏 reports to 孙丽
        const RouteChain chain =
            chainOf({node(QStringLiteral("m"), QString(), NodeMode::Sequential, {manager(5)})});
        QVERIFY(resolveRoute(chain, dir.id("sunli"), {}, dir).nodes[0].skipped);
    }

    void routesRoundTripOnTheWire()
    {
        const DemoDirectory dir;
        const ResolvedRoute route =
            resolveRoute(expenseTemplate().route, dir.id("sunli"), expenseOf(600000), dir);
        QCOMPARE(resolvedRouteFromCbor(QCborValue::fromCbor(toCbor(route).toCborValue().toCbor()).toMap()),
                 route);
        QString error;
        const auto chain = routeChainFromCbor(toCbor(expenseTemplate().route), &error);
        QVERIFY2(chain, qPrintable(error));
        QCOMPARE(*chain, expenseTemplate().route);
        QCborMap bad =
            toCbor(chainOf({node(QStringLiteral("m"), QString(), NodeMode::Sequential, {manager(1)})}));
        QCborMap step = bad.value(QLatin1String("steps")).toArray().at(0).toMap();
        QCborMap n = step.value(QLatin1String("node")).toMap();
        n.insert(QLatin1String("mode"), QStringLiteral("whoever"));
        step.insert(QLatin1String("node"), n);
        bad.insert(QLatin1String("steps"), QCborArray{step});
        QVERIFY(!routeChainFromCbor(bad, &error));
        QVERIFY2(error.contains(QLatin1String("mode")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstApprovalRouting)
#include "tst_approval_routing.moc"
