// The approval state machine: node modes in action, compare-and-set on versions (two 或签 approvers at
// once, an offline approve after a withdrawal), return and resubmit, withdraw, transfer, comment, urge.
#include "DemoDirectory.h"
#include "domain/approvals/ApprovalActions.h"

#include <QDateTime>
#include <QTest>

using namespace tack::approvals;

namespace {

// 10:42 UTC on 21 November 2026; messages are checked in UTC.
const qint64 kAt = QDateTime(QDate(2026, 11, 21), QTime(10, 42), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60 * 1000;

ResolvedRoute routeOf(QList<ResolvedNode> nodes)
{
    ResolvedRoute r;
    r.nodes = std::move(nodes);
    return r;
}

ResolvedNode nodeOf(const char *id, NodeMode mode, QList<qint64> approvers)
{
    return ResolvedNode{QLatin1String(id), QLatin1String(id), mode, std::move(approvers), false, false};
}

ApprovalIntent intent(ApprovalAction action, qint64 actor, qint64 seen, qint64 at = kAt,
                      const QString &comment = {})
{
    ApprovalIntent i;
    i.action = action;
    i.actor = actor;
    i.seenVersion = seen;
    i.at = at;
    i.comment = comment;
    return i;
}

QStringList actions(const ApprovalInstance &instance)
{
    QStringList out;
    for (const HistoryEntry &e : instance.history)
        out.append(approvalActionName(e.action));
    return out;
}

QCborMap valuesWith(const char *reason)
{
    QCborMap v;
    v.insert(QLatin1String("reason"), QLatin1String(reason));
    return v;
}

} // namespace

class TstApprovalActions : public QObject
{
    Q_OBJECT

private:
    DemoDirectory dir;
    const QTimeZone utc = QTimeZone::utc();

    ActOutcome act(ApprovalInstance &instance, const ApprovalIntent &i)
    {
        return applyIntent(instance, i, dir, utc);
    }

private slots:
    void submissionWaitsAtTheFirstNode()
    {
        ResolvedRoute route = routeOf({nodeOf("skipped", NodeMode::Sequential, {}),
                                       nodeOf("m", NodeMode::Sequential, {dir.id("wangfang")})});
        route.nodes[0].skipped = true;
        route.ccOnSubmit = {dir.id("gaofei")};
        ActOutcome outcome;
        const ApprovalInstance instance =
            startInstance(QStringLiteral("a1"), QStringLiteral("leave"), dir.id("sunli"), valuesWith("x"),
                          route, kAt, &outcome);
        QCOMPARE(instance.state, InstanceState::Pending);
        QCOMPARE(instance.node, 1);
        QCOMPARE(instance.version, 1);
        QCOMPARE(instance.currentApprovers(), QList<qint64>{dir.id("wangfang")});
        QCOMPARE(outcome.notify, (QList<qint64>{dir.id("gaofei"), dir.id("wangfang")}));
        QCOMPARE(actions(instance), QStringList{QStringLiteral("submit")});
        QCOMPARE(instance.history[0].values, valuesWith("x"));
    }

    void nobodyOnTheRouteApprovesAtOnce()
    {
        ResolvedRoute route = routeOf({nodeOf("m", NodeMode::Sequential, {})});
        route.nodes[0].skipped = true;
        const ApprovalInstance instance =
            startInstance(QStringLiteral("a1"), QStringLiteral("general"), dir.id("zhaomin"), {}, route, kAt);
        QCOMPARE(instance.state, InstanceState::Approved);
        QCOMPARE(actions(instance), (QStringList{QStringLiteral("submit"), QStringLiteral("approve")}));
        QCOMPARE(instance.history.last().actor, 0);
        QCOMPARE(describeDecision(instance.history.last(), dir, kAt, utc),
                 QStringLiteral("approved by Tack at 10:42"));
    }

    void sequentialGoesOneAfterAnother()
    {
        const qint64 wang = dir.id("wangfang"), zhang = dir.id("zhangwei"), zhao = dir.id("zhaomin");
        ResolvedRoute route = routeOf({nodeOf("chain", NodeMode::Sequential, {wang, zhang}),
                                       nodeOf("ceo", NodeMode::Sequential, {zhao})});
        route.ccOnComplete = {dir.id("zhoujie")};
        ApprovalInstance a =
            startInstance(QStringLiteral("a"), QStringLiteral("leave"), dir.id("sunli"), {}, route, kAt);
        // 张伟 is second in line: not his turn yet.
        ActOutcome early = act(a, intent(ApprovalAction::Approve, zhang, 1));
        QCOMPARE(early.refusal->code, RefusalCode::NotAllowed);
        QCOMPARE(a.version, 1);
        ActOutcome first = act(a, intent(ApprovalAction::Approve, wang, 1));
        QVERIFY(first.ok());
        QCOMPARE(first.notify, QList<qint64>{zhang});
        QCOMPARE(a.node, 0);
        QCOMPARE(a.currentApprovers(), QList<qint64>{zhang});
        QVERIFY(act(a, intent(ApprovalAction::Approve, zhang, 2)).ok());
        QCOMPARE(a.node, 1);
        QCOMPARE(a.currentApprovers(), QList<qint64>{zhao});
        const ActOutcome last = act(a, intent(ApprovalAction::Approve, zhao, 3));
        QVERIFY(last.ok());
        QCOMPARE(a.state, InstanceState::Approved);
        QCOMPARE(a.version, 4);
        QCOMPARE(last.notify, (QList<qint64>{dir.id("sunli"), dir.id("zhoujie")})); // submitter, then CC
    }

    void allMustApprove()
    {
        const qint64 li = dir.id("lihua"), huang = dir.id("huangli"), zhou = dir.id("zhoujie");
        ApprovalInstance a = startInstance(QStringLiteral("a"), QStringLiteral("x"), dir.id("guoqiang"), {},
                                           routeOf({nodeOf("sign", NodeMode::All, {li, huang, zhou})}), kAt);
        QCOMPARE(a.currentApprovers(), (QList<qint64>{li, huang, zhou}));
        QVERIFY(act(a, intent(ApprovalAction::Approve, zhou, 1)).ok());
        QCOMPARE(a.state, InstanceState::Pending);
        QCOMPARE(a.currentApprovers(), (QList<qint64>{li, huang}));
        // Having approved, 周杰 cannot approve twice.
        QCOMPARE(act(a, intent(ApprovalAction::Approve, zhou, 2)).refusal->code, RefusalCode::NotAllowed);
        QVERIFY(act(a, intent(ApprovalAction::Approve, li, 2)).ok());
        QCOMPARE(a.state, InstanceState::Pending);
        QVERIFY(act(a, intent(ApprovalAction::Approve, huang, 3)).ok());
        QCOMPARE(a.state, InstanceState::Approved);
        // One reject ends a 会签 node.
        ApprovalInstance b = startInstance(QStringLiteral("b"), QStringLiteral("x"), dir.id("guoqiang"), {},
                                           routeOf({nodeOf("sign", NodeMode::All, {li, huang})}), kAt);
        QVERIFY(act(b, intent(ApprovalAction::Approve, li, 1)).ok());
        QVERIFY(act(b, intent(ApprovalAction::Reject, huang, 2, kAt, QStringLiteral("over budget"))).ok());
        QCOMPARE(b.state, InstanceState::Rejected);
    }

    void twoAnyApproversAtOnceOnlyOneCounts()
    {
        const qint64 song = dir.id("songtao"), feng = dir.id("fengxia");
        ApprovalInstance a =
            startInstance(QStringLiteral("a"), QStringLiteral("expense"), dir.id("sunli"), {},
                          routeOf({nodeOf("finance", NodeMode::Any, {song, feng})}), kAt - kMinute);
        // Both saw version 1 (offline, or at the same moment); the server takes 宋涛's first.
        const ActOutcome first = act(a, intent(ApprovalAction::Approve, song, 1, kAt));
        const ActOutcome second = act(a, intent(ApprovalAction::Approve, feng, 1, kAt + 5000));
        QVERIFY(first.ok());
        QVERIFY(!second.ok());
        QCOMPARE(second.refusal->code, RefusalCode::Stale);
        QCOMPARE(second.refusal->message, QStringLiteral("already approved by 宋涛 at 10:42"));
        QCOMPARE(second.refusal->decision->actor, song);
        QCOMPARE(second.refusal->decision->action, ApprovalAction::Approve);
        QCOMPARE(second.refusal->decision->at, kAt);
        QCOMPARE(a.state, InstanceState::Approved);
        QCOMPARE(a.version, 2);
        QCOMPARE(actions(a), (QStringList{QStringLiteral("submit"), QStringLiteral("approve")}));
        // Had 冯霞 seen version 2, she would be told it is finished, by whom.
        const ActOutcome late =
            act(a, intent(ApprovalAction::Reject, feng, 2, kAt + 86400000, QStringLiteral("no")));
        QCOMPARE(late.refusal->code, RefusalCode::Finished);
        QCOMPARE(late.refusal->message, QStringLiteral("already approved by 宋涛 at 2026-11-21 10:42"));
    }

    void anyOneRejectionDecidesToo()
    {
        const qint64 song = dir.id("songtao"), feng = dir.id("fengxia");
        ApprovalInstance a =
            startInstance(QStringLiteral("a"), QStringLiteral("expense"), dir.id("sunli"), {},
                          routeOf({nodeOf("finance", NodeMode::Any, {song, feng})}), kAt);
        QCOMPARE(act(a, intent(ApprovalAction::Reject, feng, 1, kAt)).refusal->code,
                 RefusalCode::ReasonRequired);
        QCOMPARE(act(a, intent(ApprovalAction::Reject, feng, 1, kAt, QStringLiteral("  "))).refusal->code,
                 RefusalCode::ReasonRequired);
        QCOMPARE(a.version, 1);
        QVERIFY(act(a, intent(ApprovalAction::Reject, feng, 1, kAt, QStringLiteral("receipt missing"))).ok());
        const ActOutcome other = act(a, intent(ApprovalAction::Approve, song, 1, kAt + kMinute));
        QCOMPARE(other.refusal->message, QStringLiteral("already rejected by 冯霞 at 10:42"));
        QCOMPARE(a.history.last().comment, QStringLiteral("receipt missing"));
    }

    void offlineApproveAfterWithdrawIsRefused()
    {
        const qint64 sun = dir.id("sunli"), wang = dir.id("wangfang");
        ApprovalInstance a =
            startInstance(QStringLiteral("a"), QStringLiteral("leave"), sun, {},
                          routeOf({nodeOf("m", NodeMode::Sequential, {wang})}), kAt - kMinute);
        // 王芳 approves offline having seen version 1; meanwhile 孙丽 withdraws.
        const ActOutcome withdrawn = act(a, intent(ApprovalAction::Withdraw, sun, 1, kAt));
        QVERIFY(withdrawn.ok());
        QCOMPARE(withdrawn.notify, QList<qint64>{wang});
        const ActOutcome late = act(a, intent(ApprovalAction::Approve, wang, 1, kAt + 30 * kMinute));
        QCOMPARE(late.refusal->code, RefusalCode::Stale);
        QCOMPARE(late.refusal->message, QStringLiteral("already withdrawn by 孙丽 at 10:42"));
        QCOMPARE(a.state, InstanceState::Withdrawn);
    }

    void withdrawAfterTheFinalDecisionIsRefused()
    {
        const qint64 sun = dir.id("sunli"), wang = dir.id("wangfang");
        ApprovalInstance a =
            startInstance(QStringLiteral("a"), QStringLiteral("leave"), sun, {},
                          routeOf({nodeOf("m", NodeMode::Sequential, {wang})}), kAt - kMinute);
        QCOMPARE(act(a, intent(ApprovalAction::Withdraw, wang, 1)).refusal->code, RefusalCode::NotAllowed);
        QVERIFY(act(a, intent(ApprovalAction::Approve, wang, 1, kAt)).ok());
        const ActOutcome refused = act(a, intent(ApprovalAction::Withdraw, sun, 2, kAt + kMinute));
        QCOMPARE(refused.refusal->code, RefusalCode::Finished);
        QCOMPARE(refused.refusal->message,
                 QStringLiteral("cannot withdraw: already approved by 王芳 at 10:42"));
        QCOMPARE(a.state, InstanceState::Approved);
        QCOMPARE(a.version, 2);
    }

    void returnAndResubmitKeepTheHistory()
    {
        const qint64 sun = dir.id("sunli"), wang = dir.id("wangfang"), zhang = dir.id("zhangwei");
        ApprovalInstance a =
            startInstance(QStringLiteral("a"), QStringLiteral("leave"), sun, valuesWith("first"),
                          routeOf({nodeOf("m", NodeMode::Sequential, {wang, zhang})}), kAt);
        QVERIFY(act(a, intent(ApprovalAction::Approve, wang, 1, kAt + 1)).ok());
        const ActOutcome returned = act(a, intent(ApprovalAction::Return, zhang, 2, kAt + 2,
                                                  QStringLiteral("add the dates you are reachable")));
        QVERIFY(returned.ok());
        QCOMPARE(returned.notify, QList<qint64>{sun});
        QCOMPARE(a.state, InstanceState::Returned);
        QVERIFY(a.currentApprovers().isEmpty());
        // Approvers cannot act on a returned instance; only the submitter resubmits.
        QCOMPARE(act(a, intent(ApprovalAction::Approve, zhang, 3)).refusal->code, RefusalCode::Finished);
        QCOMPARE(act(a, intent(ApprovalAction::Resubmit, wang, 3)).refusal->code, RefusalCode::NotAllowed);

        ApprovalIntent resubmit = intent(ApprovalAction::Resubmit, sun, 3, kAt + 3);
        resubmit.values = valuesWith("second");
        resubmit.route = routeOf({nodeOf("m", NodeMode::Sequential, {wang, zhang})});
        const ActOutcome again = act(a, resubmit);
        QVERIFY(again.ok());
        QCOMPARE(again.notify, QList<qint64>{wang}); // starts over at the first approver
        QCOMPARE(a.state, InstanceState::Pending);
        QCOMPARE(a.values, valuesWith("second"));
        QCOMPARE(actions(a), (QStringList{QStringLiteral("submit"), QStringLiteral("approve"),
                                          QStringLiteral("return"), QStringLiteral("resubmit")}));
        QCOMPARE(a.history[0].values, valuesWith("first"));
        QCOMPARE(a.history[2].comment, QStringLiteral("add the dates you are reachable"));
        QCOMPARE(a.history[3].values, valuesWith("second"));
        for (qsizetype i = 0; i < a.history.size(); ++i)
            QCOMPARE(a.history[i].version, i + 1);
        QVERIFY(act(a, intent(ApprovalAction::Approve, wang, 4)).ok());
        QVERIFY(act(a, intent(ApprovalAction::Approve, zhang, 5)).ok());
        QCOMPARE(a.state, InstanceState::Approved);
    }

    void transferHandsTheTurnOver()
    {
        const qint64 sun = dir.id("sunli"), wang = dir.id("wangfang"), gao = dir.id("gaofei");
        ApprovalInstance a = startInstance(QStringLiteral("a"), QStringLiteral("leave"), sun, {},
                                           routeOf({nodeOf("m", NodeMode::Sequential, {wang})}), kAt);
        for (qint64 bad : {qint64(0), sun, wang, qint64(999)})
            QCOMPARE(act(a,
                         [&] {
                             ApprovalIntent i = intent(ApprovalAction::Transfer, wang, 1);
                             i.transferTo = bad;
                             return i;
                         }())
                         .refusal->code,
                     RefusalCode::BadTarget);
        ApprovalIntent transfer =
            intent(ApprovalAction::Transfer, wang, 1, kAt, QStringLiteral("I am on leave"));
        transfer.transferTo = gao;
        const ActOutcome moved = act(a, transfer);
        QVERIFY(moved.ok());
        QCOMPARE(moved.notify, QList<qint64>{gao});
        QCOMPARE(a.currentApprovers(), QList<qint64>{gao});
        QCOMPARE(a.history.last().target, gao);
        QCOMPARE(act(a, intent(ApprovalAction::Approve, wang, 2)).refusal->code, RefusalCode::NotAllowed);
        QVERIFY(a.canSee(wang)); // she still sees what she handled
        QVERIFY(act(a, intent(ApprovalAction::Approve, gao, 2)).ok());
        QCOMPARE(a.state, InstanceState::Approved);
    }

    void commentsAndUrgesLeaveTheVersionAlone()
    {
        const qint64 sun = dir.id("sunli"), wang = dir.id("wangfang"), cc = dir.id("zhoujie");
        ResolvedRoute route = routeOf({nodeOf("m", NodeMode::Sequential, {wang})});
        route.ccOnSubmit = {cc};
        ApprovalInstance a = startInstance(QStringLiteral("a"), QStringLiteral("leave"), sun, {}, route, kAt);
        const ActOutcome comment =
            act(a, intent(ApprovalAction::Comment, cc, 0, kAt, QStringLiteral("HR noted")));
        QVERIFY(comment.ok()); // no version needed: a comment never conflicts
        QCOMPARE(comment.notify, (QList<qint64>{sun, wang}));
        QCOMPARE(act(a, intent(ApprovalAction::Comment, cc, 1)).refusal->code, RefusalCode::ReasonRequired);
        QCOMPARE(act(a, intent(ApprovalAction::Urge, wang, 1)).refusal->code, RefusalCode::NotAllowed);
        const ActOutcome urge = act(a, intent(ApprovalAction::Urge, sun, 1));
        QVERIFY(urge.ok());
        QCOMPARE(urge.notify, QList<qint64>{wang});
        QCOMPARE(a.version, 1);
        QCOMPARE(actions(a),
                 (QStringList{QStringLiteral("submit"), QStringLiteral("comment"), QStringLiteral("urge")}));
        // A comment does not make an approver's intent stale.
        QVERIFY(act(a, intent(ApprovalAction::Approve, wang, 1)).ok());
        QCOMPARE(act(a, intent(ApprovalAction::Urge, sun, 2)).refusal->code, RefusalCode::Finished);
    }

    void outsidersCanNeitherSeeNorAct()
    {
        const qint64 sun = dir.id("sunli"), wang = dir.id("wangfang"), outsider = dir.id("james");
        ApprovalInstance a = startInstance(QStringLiteral("a"), QStringLiteral("leave"), sun, {},
                                           routeOf({nodeOf("m", NodeMode::Sequential, {wang})}), kAt);
        QVERIFY(!a.canSee(outsider));
        QVERIFY(!a.canSee(0));
        for (ApprovalAction action :
             {ApprovalAction::Approve, ApprovalAction::Reject, ApprovalAction::Comment,
              ApprovalAction::Withdraw, ApprovalAction::Urge})
            QCOMPARE(act(a, intent(action, outsider, 1, kAt, QStringLiteral("x"))).refusal->code,
                     RefusalCode::NotVisible);
        QCOMPARE(a.history.size(), 1);
    }

    void instancesRoundTripOnTheWire()
    {
        const qint64 sun = dir.id("sunli"), wang = dir.id("wangfang"), zhang = dir.id("zhangwei");
        ApprovalInstance a = startInstance(QStringLiteral("a"), QStringLiteral("leave"), sun, valuesWith("r"),
                                           routeOf({nodeOf("m", NodeMode::All, {wang, zhang})}), kAt);
        QVERIFY(act(a, intent(ApprovalAction::Approve, wang, 1)).ok());
        QVERIFY(act(a, intent(ApprovalAction::Comment, zhang, 0, kAt, QStringLiteral("looking"))).ok());
        const ApprovalInstance back =
            approvalInstanceFromCbor(QCborValue::fromCbor(toCbor(a).toCborValue().toCbor()).toMap());
        QCOMPARE(back, a);
        QCOMPARE(back.currentApprovers(), QList<qint64>{zhang});
    }
};

QTEST_GUILESS_MAIN(TstApprovalActions)
#include "tst_approval_actions.moc"
