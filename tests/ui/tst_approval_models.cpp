// The approvals page's view-models over a real replica: the inbox lists, the form's fields with inline
// errors, computed values and the previewed chain, the timeline, and my offline intents applied on top of the
// server's copy and rolled back when refused. Every model runs under QAbstractItemModelTester from before any
// data arrives.

#include "ApprovalCenter.h"
#include "ApprovalDesigner.h"
#include "ApprovalDetail.h"
#include "ApprovalFormModel.h"
#include "ApprovalListModel.h"
#include "ApprovalTimelineModel.h"
#include "StoreReader.h"
#include "StoreTestSupport.h"
#include "domain/approvals/ApprovalActions.h"
#include "domain/approvals/BuiltinTemplates.h"
#include "domain/approvals/FormValidator.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace storetest;
using namespace tack::approvals;
using tack::ui::ApprovalCenter;
using tack::ui::ApprovalDesigner;
using tack::ui::ApprovalDetail;
using tack::ui::ApprovalFormModel;
using tack::ui::ApprovalListModel;
using tack::ui::ApprovalTimelineModel;
using tack::ui::StoreReader;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
constexpr qint64 kMe = 3;

QVariant roleOf(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

QCborMap person(qint64 id, const QString &login, const QString &name, qint64 manager, const QString &role)
{
    QCborMap u = userObj(id, login, name, 10);
    u.insert(QStringLiteral("departments"), QCborArray{10});
    u.insert(QStringLiteral("manager"), manager);
    u.insert(QStringLiteral("role"), role);
    return u;
}

QCborMap leaveValues(const QString &from, const QString &to)
{
    QCborMap period{{QStringLiteral("from"), from},
                    {QStringLiteral("from_half"), QStringLiteral("am")},
                    {QStringLiteral("to"), to},
                    {QStringLiteral("to_half"), QStringLiteral("pm")}};
    return QCborMap{{QStringLiteral("type"), QStringLiteral("annual")},
                    {QStringLiteral("period"), period},
                    {QStringLiteral("reason"), QStringLiteral("family visit")}};
}

// A leave request as the server would start it: the route comes from the same router, with a fixture
// directory (1 赵敏 the owner, 2 王芳 reports to 1, 3 me to 2, 4 何军 to me).
class Org : public OrgDirectory
{
public:
    bool isActivePerson(qint64 user) const override { return user >= 1 && user <= 4; }
    bool departmentExists(qint64 d) const override { return d == 10; }
    qint64 managerOf(qint64 user) const override { return user >= 2 ? user - 1 : 0; }
    QList<qint64> departmentsOf(qint64) const override { return {10}; }
    qint64 parentDepartment(qint64) const override { return 0; }
    qint64 departmentHead(qint64) const override { return 1; }
    QList<qint64> roleMembers(const QString &) const override { return {}; }
    QList<qint64> admins() const override { return {1}; }
    QString displayName(qint64 user) const override { return QStringLiteral("user %1").arg(user); }
};

ApprovalInstance leave(const QString &id, qint64 submitter, qint64 at)
{
    const FormTemplate form = leaveTemplate();
    const QCborMap values =
        withComputedValues(form, leaveValues(QStringLiteral("2026-11-23"), QStringLiteral("2026-11-24")));
    Org org;
    return startInstance(id, form.key, submitter, values, resolveRoute(form.route, submitter, values, org),
                         at);
}

void act(ApprovalInstance &a, ApprovalAction action, qint64 actor, qint64 at, const QString &comment = {})
{
    Org org;
    ApprovalIntent intent;
    intent.action = action;
    intent.actor = actor;
    intent.seenVersion = a.version;
    intent.comment = comment;
    intent.at = at;
    QVERIFY(applyIntent(a, intent, org).ok());
}

} // namespace

class TestApprovalModels : public QObject
{
    Q_OBJECT

private:
    TempReplica *m_r = nullptr;
    StoreReader *m_store = nullptr;
    StreamWriter *m_org = nullptr;
    StreamWriter *m_mine = nullptr;
    ApprovalCenter *m_center = nullptr;

    void seedOrg()
    {
        m_org->add(QStringLiteral("dept.put"), one("department", deptObj(10, QStringLiteral("研发中心"))));
        m_org->add(QStringLiteral("user.put"),
                   one("user", person(1, QStringLiteral("zhaomin"), QStringLiteral("赵敏"), 0,
                                      QStringLiteral("owner"))));
        m_org->add(QStringLiteral("user.put"),
                   one("user", person(2, QStringLiteral("wangfang"), QStringLiteral("王芳"), 1,
                                      QStringLiteral("member"))));
        m_org->add(QStringLiteral("user.put"),
                   one("user", person(kMe, QStringLiteral("sunli"), QStringLiteral("孙丽"), 2,
                                      QStringLiteral("member"))));
        m_org->add(QStringLiteral("user.put"),
                   one("user", person(4, QStringLiteral("hejun"), QStringLiteral("何军"), kMe,
                                      QStringLiteral("member"))));
        m_r->replica.applyEvents(m_org->stream(), m_org->take());
        m_store->notifyDirectory();
    }
    void put(const ApprovalInstance &a)
    {
        m_mine->add(QStringLiteral("approval.put"), one("approval", toCbor(a)));
        m_r->replica.applyEvents(m_mine->stream(), m_mine->take());
        m_center->refresh();
    }

private slots:
    void init()
    {
        m_r = new TempReplica(kMe);
        m_store = new StoreReader;
        QVERIFY(m_store->open(m_r->path));
        m_org = new StreamWriter(QStringLiteral("org"));
        m_mine = new StreamWriter(QStringLiteral("u/3"));
        m_center = new ApprovalCenter(m_store);
    }
    void cleanup()
    {
        delete m_center;
        delete m_mine;
        delete m_org;
        delete m_store;
        delete m_r;
    }

    void inboxListsSortApprovalsIntoTheirTabs()
    {
        ApprovalListModel todo, mine, cc, done;
        QAbstractItemModelTester t1(&todo, kFatal), t2(&mine, kFatal), t3(&cc, kFatal), t4(&done, kFatal);
        todo.setBox(QStringLiteral("todo"));
        mine.setBox(QStringLiteral("mine"));
        cc.setBox(QStringLiteral("cc"));
        done.setBox(QStringLiteral("done"));
        for (ApprovalListModel *m : {&todo, &mine, &cc, &done}) {
            m->setCenter(m_center);
            QCOMPARE(m->rowCount(), 0);
        }
        seedOrg();

        // Mine: pending at my manager 王芳. Theirs: 何军's leave, waiting for me. Decided: 何军's earlier one
        // that I approved (now with 王芳, the second level, since it is long).
        put(leave(QStringLiteral("mine1"), kMe, 1000));
        put(leave(QStringLiteral("theirs1"), 4, 2000));
        ApprovalInstance decided = leave(QStringLiteral("theirs0"), 4, 500);
        act(decided, ApprovalAction::Approve, kMe, 600);
        put(decided);

        QCOMPARE(m_center->waitingCount(), 1);
        QCOMPARE(todo.rowCount(), 1);
        QCOMPARE(todo.idAt(0), QStringLiteral("theirs1"));
        QCOMPARE(roleOf(todo, 0, ApprovalListModel::SubmitterNameRole).toString(), QStringLiteral("何军"));
        QCOMPARE(roleOf(todo, 0, ApprovalListModel::TemplateNameRole).toString(), QStringLiteral("Leave"));
        QCOMPARE(roleOf(todo, 0, ApprovalListModel::WaitingRole).toString(),
                 QStringLiteral("Waiting for 孙丽"));
        QVERIFY(roleOf(todo, 0, ApprovalListModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("Annual leave")));
        QCOMPARE(mine.rowCount(), 1);
        QCOMPARE(mine.idAt(0), QStringLiteral("mine1"));
        QCOMPARE(roleOf(mine, 0, ApprovalListModel::StateRole).toString(), QStringLiteral("pending"));
        QCOMPARE(roleOf(mine, 0, ApprovalListModel::WaitingRole).toString(),
                 QStringLiteral("Waiting for 王芳"));
        QCOMPARE(done.rowCount(), 1);
        QCOMPARE(done.idAt(0), QStringLiteral("theirs0"));
        QCOMPARE(cc.rowCount(), 0);

        // I approve 何军's request offline: it leaves my to-do list at once, shown as waiting to be sent.
        QSignalSpy removed(&todo, &QAbstractItemModel::rowsRemoved);
        QCborMap args{{QStringLiteral("approval"), QStringLiteral("theirs1")},
                      {QStringLiteral("action"), QStringLiteral("approve")},
                      {QStringLiteral("version"), 1}};
        const qint64 mutation = m_r->replica.enqueue(QStringLiteral("approval.act"), args);
        m_center->refresh();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(todo.rowCount(), 0);
        QCOMPARE(m_center->waitingCount(), 0);
        QCOMPARE(done.rowCount(), 2);
        QCOMPARE(done.rowOf(QStringLiteral("theirs1")), 0); // newest activity first
        QVERIFY(roleOf(done, 0, ApprovalListModel::LocalRole).toBool());

        // Meanwhile 何军 withdrew it; the server refuses my approval: it is rolled back and the reason named.
        ApprovalInstance withdrawn = leave(QStringLiteral("theirs1"), 4, 2000);
        const qint64 withdrawnAt = QDateTime::currentMSecsSinceEpoch();
        act(withdrawn, ApprovalAction::Withdraw, 4, withdrawnAt);
        put(withdrawn);
        QSignalSpy refused(m_center, &ApprovalCenter::refused);
        m_r->replica.failMutation(mutation, QStringLiteral("conflict"), QStringLiteral("already withdrawn"));
        m_center->refresh();
        QCOMPARE(refused.size(), 1);
        const QString reason = refused.first().at(1).toString();
        QCOMPARE(reason,
                 QStringLiteral("Already withdrawn by 何军 at %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(withdrawnAt).toString(QStringLiteral("HH:mm"))));
        QCOMPARE(m_center->refusalFor(QStringLiteral("theirs1")), reason);
        const int row = done.rowOf(QStringLiteral("theirs1"));
        QCOMPARE(row, -1); // I never decided it after all: not under Done
        QCOMPARE(todo.rowCount(), 0);
        ApprovalDetail detail;
        detail.setCenter(m_center);
        detail.setApprovalId(QStringLiteral("theirs1"));
        QCOMPARE(detail.state(), QStringLiteral("withdrawn"));
        QCOMPARE(detail.refusal(), reason);
        QVERIFY(!detail.canDecide());
        m_center->refresh(); // told once
        QCOMPARE(refused.size(), 1);
    }

    void noticesTellMyTurnAndDecisionsOnMine()
    {
        seedOrg();
        put(leave(QStringLiteral("mine1"), kMe, 1000)); // the first read is the baseline: no notice
        QSignalSpy notices(m_center, &ApprovalCenter::notice);
        put(leave(QStringLiteral("theirs1"), 4, 2000));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.last().at(1).toString(), QStringLiteral("Your turn to approve"));
        ApprovalInstance mine = leave(QStringLiteral("mine1"), kMe, 1000);
        act(mine, ApprovalAction::Reject, 2, 3000, QStringLiteral("team offsite that week"));
        put(mine);
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.last().at(2).toString(), QStringLiteral("王芳 rejected your Leave."));
    }

    void formFieldsValidateComputeAndPreviewTheChain()
    {
        ApprovalFormModel form;
        QAbstractItemModelTester tester(&form, kFatal);
        form.setCenter(m_center);
        form.setTemplateKey(QStringLiteral("leave"));
        QCOMPARE(form.rowCount(), 3); // type, period, reason
        seedOrg();
        m_center->refresh();
        form.setTemplateKey(QStringLiteral("overtime"));
        form.setTemplateKey(QStringLiteral("leave"));
        const int type = form.rowOf(QStringLiteral("type"));
        const int period = form.rowOf(QStringLiteral("period"));
        const int reason = form.rowOf(QStringLiteral("reason"));
        QCOMPARE(roleOf(form, period, ApprovalFormModel::KindRole).toString(), QStringLiteral("date_range"));
        QCOMPARE(roleOf(form, type, ApprovalFormModel::OptionsRole).toList().size(), 7);
        // Errors exist from the start but show only once a field was edited, or after a submit attempt.
        QCOMPARE(form.errorCount(), 3);
        QCOMPARE(roleOf(form, reason, ApprovalFormModel::ErrorRole).toString(), QString());
        form.setText(period, QStringLiteral("2026-11-25am..2026-11-23pm"));
        QVERIFY(!roleOf(form, period, ApprovalFormModel::ErrorRole).toString().isEmpty());
        QVERIFY(form.submitForm().isEmpty());
        QVERIFY(!roleOf(form, reason, ApprovalFormModel::ErrorRole).toString().isEmpty());

        // A short leave goes to my manager only; the duration is computed as I type.
        form.setText(type, QStringLiteral("annual"));
        form.setText(period, QStringLiteral("2026-11-23pm..2026-11-25am"));
        form.setText(reason, QStringLiteral("family visit"));
        QCOMPARE(form.errorCount(), 0);
        QCOMPARE(roleOf(form, period, ApprovalFormModel::ErrorRole).toString(), QString());
        QCOMPARE(form.computedLines(), QStringList{QStringLiteral("Duration: 2 days")});
        QCOMPARE(form.chain().size(), 1);
        QCOMPARE(form.chain().first().toMap().value(QStringLiteral("approvers")).toString(),
                 QStringLiteral("王芳"));
        // Longer than three days adds the second-level manager, live.
        QSignalSpy changed(&form, &ApprovalFormModel::valuesChanged);
        form.setText(period, QStringLiteral("2026-11-23am..2026-11-27pm"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(form.chain().size(), 2);
        QCOMPARE(form.chain().at(1).toMap().value(QStringLiteral("approvers")).toString(),
                 QStringLiteral("赵敏"));
        QCOMPARE(form.values(), leaveValues(QStringLiteral("2026-11-23"), QStringLiteral("2026-11-27")));
        QCOMPARE(roleOf(form, reason, ApprovalFormModel::TextRole).toString(),
                 QStringLiteral("family visit"));
        // Without a connection to the server nothing can be queued: the form stays as it is.
        QVERIFY(form.submitForm().isEmpty());
        QVERIFY(!m_center->error().isEmpty());
    }

    void expenseLineItemsTotalAndTheDirectorBranch()
    {
        seedOrg();
        ApprovalFormModel form;
        QAbstractItemModelTester tester(&form, kFatal);
        form.setCenter(m_center);
        form.setTemplateKey(QStringLiteral("expense"));
        const int items = form.rowOf(QStringLiteral("items"));
        QCOMPARE(roleOf(form, items, ApprovalFormModel::ColumnsRole).toList().size(), 4);
        QCOMPARE(roleOf(form, items, ApprovalFormModel::ItemsRole).toList().size(), 1);
        auto fill = [&](int item, const QString &amount) {
            form.setItemText(items, item, QStringLiteral("category"), QStringLiteral("travel"));
            form.setItemText(items, item, QStringLiteral("description"), QStringLiteral("train"));
            form.setItemText(items, item, QStringLiteral("date"), QStringLiteral("2026-11-20"));
            form.setItemText(items, item, QStringLiteral("amount"), amount);
        };
        fill(0, QStringLiteral("1200.50"));
        form.addItem(items);
        QCOMPARE(roleOf(form, items, ApprovalFormModel::ItemsRole).toList().size(), 2);
        fill(1, QStringLiteral("12x"));
        QVERIFY(form.errorCount() > 0);
        QVERIFY(!roleOf(form, items, ApprovalFormModel::ItemErrorsRole).toStringList().at(1).isEmpty());
        fill(1, QStringLiteral("300"));
        QCOMPARE(form.errorCount(), 0);
        QCOMPARE(form.computedLines(), QStringList{QStringLiteral("Total: 1,500.50 CNY")});
        QCOMPARE(form.chain().size(), 2); // manager, finance
        fill(1, QStringLiteral("4000"));
        QCOMPARE(form.chain().size(), 3); // above 5,000.00 CNY the finance director joins
        QCOMPARE(form.chain().at(1).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Finance director"));
        form.removeItem(items, 1);
        QCOMPARE(form.chain().size(), 2);
    }

    void timelineListsTheHistoryWithMyPendingEntries()
    {
        ApprovalTimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, kFatal);
        timeline.setCenter(m_center);
        timeline.setApprovalId(QStringLiteral("theirs1"));
        QCOMPARE(timeline.rowCount(), 0);
        seedOrg();
        ApprovalInstance a = leave(QStringLiteral("theirs1"), 4, 2000);
        act(a, ApprovalAction::Comment, 4, 2100, QStringLiteral("urgent, sorry"));
        put(a);
        QCOMPARE(timeline.rowCount(), 2);
        QCOMPARE(roleOf(timeline, 0, ApprovalTimelineModel::SentenceRole).toString(),
                 QStringLiteral("何军 submitted"));
        QCOMPARE(roleOf(timeline, 1, ApprovalTimelineModel::CommentRole).toString(),
                 QStringLiteral("urgent, sorry"));
        QVERIFY(!roleOf(timeline, 1, ApprovalTimelineModel::PendingRole).toBool());
        m_r->replica.enqueue(QStringLiteral("approval.act"),
                             QCborMap{{QStringLiteral("approval"), QStringLiteral("theirs1")},
                                      {QStringLiteral("action"), QStringLiteral("reject")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("comment"), QStringLiteral("not this week")}});
        m_center->refresh();
        QCOMPARE(timeline.rowCount(), 3);
        QCOMPARE(roleOf(timeline, 2, ApprovalTimelineModel::SentenceRole).toString(),
                 QStringLiteral("孙丽 rejected"));
        QCOMPARE(roleOf(timeline, 2, ApprovalTimelineModel::CommentRole).toString(),
                 QStringLiteral("not this week"));
        QVERIFY(roleOf(timeline, 2, ApprovalTimelineModel::PendingRole).toBool());
        ApprovalDetail detail;
        detail.setCenter(m_center);
        detail.setApprovalId(QStringLiteral("theirs1"));
        QCOMPARE(detail.state(), QStringLiteral("rejected"));
        QVERIFY(!detail.pendingText().isEmpty());
    }

    void designerBuildsACustomTemplateOfEveryKind()
    {
        seedOrg();
        ApprovalDesigner designer;
        designer.setCenter(m_center);
        designer.load(QString());
        QVERIFY2(designer.problems().isEmpty(), qPrintable(designer.problems().join(QLatin1Char(';'))));
        const QStringList kinds = {
            QStringLiteral("text"),          QStringLiteral("multiline"),    QStringLiteral("number"),
            QStringLiteral("money"),         QStringLiteral("date"),         QStringLiteral("date_range"),
            QStringLiteral("single_choice"), QStringLiteral("multi_choice"), QStringLiteral("person"),
            QStringLiteral("department"),    QStringLiteral("line_items")};
        for (const QString &kind : kinds)
            designer.addField(kind);
        QCOMPARE(designer.fields().size(), 12);
        QVERIFY2(designer.problems().isEmpty(), qPrintable(designer.problems().join(QLatin1Char(';'))));
        const int money = 4;
        QCOMPARE(designer.fields().at(money).toMap().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("money"));
        designer.setFieldValue(money, QStringLiteral("min"), QStringLiteral("10.50"));
        designer.setFieldValue(money, QStringLiteral("required"), true);
        QCOMPARE(designer.form().fields.at(money).min, std::optional<qint64>(1050));
        designer.setFieldValue(money, QStringLiteral("max"), QStringLiteral("ten"));
        QCOMPARE(designer.problems().size(), 1); // the typed bound does not parse
        designer.setFieldValue(money, QStringLiteral("max"), QStringLiteral("20000"));
        QVERIFY(designer.problems().isEmpty());
        designer.setFieldValue(1, QStringLiteral("pattern"), QStringLiteral("[A-Z]{3}-\\d+"));
        designer.setFieldValue(2, QStringLiteral("key"), QStringLiteral("title")); // a duplicate key
        QVERIFY(!designer.problems().isEmpty());
        designer.setFieldValue(2, QStringLiteral("key"), QStringLiteral("notes"));
        QVERIFY(designer.problems().isEmpty());
        designer.setFieldValue(7, QStringLiteral("options"), QStringLiteral("red=Red\ngreen=Green\nblue"));
        QCOMPARE(designer.form().fields.at(7).options.size(), 3);

        // Approver chain: named people any-one, then only above 5,000.00 the finance role, CC on submission.
        designer.addNode();
        designer.setStepValue(1, QStringLiteral("source"), QStringLiteral("people"));
        designer.setStepValue(1, QStringLiteral("addPerson"), 1.0);
        designer.setStepValue(1, QStringLiteral("addPerson"), 2.0);
        designer.setStepValue(1, QStringLiteral("mode"), QStringLiteral("any"));
        designer.addBranch();
        designer.setStepValue(2, QStringLiteral("field"), designer.form().fields.at(money).key);
        designer.setStepValue(2, QStringLiteral("op"), QStringLiteral("gt"));
        designer.setStepValue(2, QStringLiteral("value"), QStringLiteral("5000"));
        designer.addCcPerson(4);
        designer.setCcRole(QStringLiteral("hr"));
        QVERIFY2(designer.problems().isEmpty(), qPrintable(designer.problems().join(QLatin1Char(';'))));
        const FormTemplate form = designer.form();
        QCOMPARE(form.route.steps.size(), 3);
        QCOMPARE(form.route.steps.at(1).node->mode, NodeMode::Any);
        QCOMPARE(form.route.steps.at(1).node->approvers.first().people, (QList<qint64>{1, 2}));
        const RouteCondition condition = form.route.steps.at(2).arms.first().conditions.first();
        QCOMPARE(condition.value.toMap().value(QStringLiteral("amount")).toInteger(), 500000);
        QCOMPARE(designer.steps().at(2).toMap().value(QStringLiteral("value")).toString(),
                 QStringLiteral("5000.00"));
        QCOMPARE(form.route.ccOnSubmit.first().people, QList<qint64>{4});
        // The template survives the wire form unchanged.
        QString why;
        const auto back = formTemplateFromCbor(toCbor(form), &why);
        QVERIFY2(back.has_value(), qPrintable(why));
        QCOMPARE(*back, form);
        // The route resolves for a submitter: the manager, then 赵敏 or 王芳 (any one).
        const QCborMap values{{QStringLiteral("title"), QStringLiteral("x")}};
        const ResolvedRoute route = resolveRoute(form.route, kMe, values, *m_center->directory());
        QCOMPARE(route.nodes.size(), 2); // the branch does not apply without an amount
        // Not signed in: nothing is sent, and the designer says why.
        QVERIFY(!designer.save());
        QVERIFY(!designer.status().isEmpty());
        // An existing template loads for editing.
        designer.load(QStringLiteral("expense"));
        QCOMPARE(designer.name(), QStringLiteral("Expense"));
        QCOMPARE(designer.steps().size(), 3);
        QCOMPARE(designer.steps().at(1).toMap().value(QStringLiteral("type")).toString(),
                 QStringLiteral("branch"));
    }
};

QTEST_MAIN(TestApprovalModels)
#include "tst_approval_models.moc"
