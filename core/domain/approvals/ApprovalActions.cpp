#include "domain/approvals/ApprovalActions.h"

#include "domain/approvals/ApprovalText.h"
#include "domain/approvals/OrgDirectory.h"

#include <QDateTime>

namespace tack::approvals {
namespace {

void addUnique(QList<qint64> *list, const QList<qint64> &ids, qint64 except = 0)
{
    for (qint64 id : ids) {
        if (id > 0 && id != except && !list->contains(id))
            list->append(id);
    }
}

ActOutcome refuse(RefusalCode code, const QString &message, const HistoryEntry *decision = nullptr)
{
    ActOutcome out;
    out.refusal = Refusal{code, message, decision ? std::optional<HistoryEntry>(*decision) : std::nullopt};
    return out;
}

// Moves a pending instance to its next node at or after `from`, or approves it when none is left.
void advance(ApprovalInstance &instance, int from, ActOutcome *outcome)
{
    instance.approvedAtNode.clear();
    const int next = instance.route.nextActiveNode(from);
    if (next < 0) {
        instance.state = InstanceState::Approved;
        instance.node = -1;
        if (outcome) {
            addUnique(&outcome->notify, {instance.submitter});
            addUnique(&outcome->notify, instance.route.ccOnComplete);
        }
        return;
    }
    instance.state = InstanceState::Pending;
    instance.node = next;
    if (outcome)
        addUnique(&outcome->notify, instance.currentApprovers());
}

bool nodeComplete(const ApprovalInstance &instance)
{
    const ResolvedNode &n = instance.route.nodes[instance.node];
    if (n.mode == NodeMode::Any)
        return !instance.approvedAtNode.isEmpty();
    for (qint64 id : n.approvers) {
        if (!instance.approvedAtNode.contains(id))
            return false;
    }
    return true;
}

QString actionVerb(ApprovalAction action)
{
    switch (action) {
    case ApprovalAction::Submit:
        return approvalText("submitted by %1 at %2");
    case ApprovalAction::Approve:
        return approvalText("approved by %1 at %2");
    case ApprovalAction::Reject:
        return approvalText("rejected by %1 at %2");
    case ApprovalAction::Return:
        return approvalText("returned for changes by %1 at %2");
    case ApprovalAction::Resubmit:
        return approvalText("resubmitted by %1 at %2");
    case ApprovalAction::Withdraw:
        return approvalText("withdrawn by %1 at %2");
    case ApprovalAction::Transfer:
        return approvalText("transferred by %1 at %2");
    case ApprovalAction::Comment:
        return approvalText("commented on by %1 at %2");
    case ApprovalAction::Urge:
        return approvalText("urged by %1 at %2");
    }
    return QString();
}

} // namespace

QString refusalCodeName(RefusalCode code)
{
    static const char *const names[] = {"not_visible", "stale",           "finished",
                                        "not_allowed", "reason_required", "bad_target"};
    return QLatin1String(names[int(code)]);
}

QString describeDecision(const HistoryEntry &entry, const OrgDirectory &directory, qint64 now,
                         const QTimeZone &zone)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(entry.at, zone);
    const bool sameDay = when.date() == QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const QString time =
        when.toString(sameDay ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString who = entry.actor == 0 ? approvalText("Tack") : directory.displayName(entry.actor);
    return actionVerb(entry.action).arg(who, time);
}

ApprovalInstance startInstance(const QString &id, const QString &templateKey, qint64 submitter,
                               const QCborMap &values, const ResolvedRoute &route, qint64 at,
                               ActOutcome *outcome)
{
    ApprovalInstance instance;
    instance.id = id;
    instance.templateKey = templateKey;
    instance.submitter = submitter;
    instance.values = values;
    instance.route = route;
    instance.version = 1;
    instance.history.append(HistoryEntry{at, submitter, ApprovalAction::Submit, QString(), 0, -1, 1, values});
    if (outcome)
        addUnique(&outcome->notify, route.ccOnSubmit, submitter);
    advance(instance, 0, outcome);
    if (instance.state == InstanceState::Approved) {
        // Nobody on the route: Tack approves it, and the history says so.
        instance.version = 2;
        instance.history.append(HistoryEntry{at, 0, ApprovalAction::Approve, QString(), 0, -1, 2, {}});
    }
    return instance;
}

ActOutcome applyIntent(ApprovalInstance &instance, const ApprovalIntent &intent,
                       const OrgDirectory &directory, const QTimeZone &zone)
{
    if (!instance.canSee(intent.actor))
        return refuse(RefusalCode::NotVisible, approvalText("you are not part of this approval"));
    const HistoryEntry *last = instance.lastDecision();
    auto described = [&](const char *pattern) {
        return approvalText(pattern).arg(describeDecision(*last, directory, intent.at, zone));
    };
    const bool bySubmitter = intent.actor == instance.submitter;
    const bool pending = instance.state == InstanceState::Pending;
    HistoryEntry entry{intent.at, intent.actor,  intent.action,    intent.comment.trimmed(),
                       0,         instance.node, instance.version, {}};
    ActOutcome out;

    if (!changesState(intent.action)) {
        if (intent.action == ApprovalAction::Comment) {
            if (entry.comment.isEmpty())
                return refuse(RefusalCode::ReasonRequired, approvalText("write something to comment"));
            addUnique(&out.notify, {instance.submitter}, intent.actor);
            addUnique(&out.notify, instance.currentApprovers(), intent.actor);
        } else {
            if (!bySubmitter)
                return refuse(RefusalCode::NotAllowed,
                              approvalText("only the submitter can urge the approvers"));
            if (!pending)
                return refuse(RefusalCode::Finished, approvalText("nobody is waiting to approve this"));
            addUnique(&out.notify, instance.currentApprovers());
        }
        instance.history.append(entry);
        return out;
    }

    if (intent.seenVersion != instance.version) {
        if (!last || intent.seenVersion > instance.version)
            return refuse(RefusalCode::Stale, approvalText("this approval changed meanwhile; look again"));
        return refuse(RefusalCode::Stale, described("already %1"), last);
    }

    switch (intent.action) {
    case ApprovalAction::Approve:
    case ApprovalAction::Reject:
    case ApprovalAction::Return:
    case ApprovalAction::Transfer: {
        if (instance.isFinal() || instance.state == InstanceState::Returned)
            return refuse(RefusalCode::Finished, described("already %1"), last);
        if (!instance.currentApprovers().contains(intent.actor))
            return refuse(RefusalCode::NotAllowed, approvalText("it is not your turn to decide this"));
        if (intent.action == ApprovalAction::Approve) {
            instance.approvedAtNode.append(intent.actor);
            if (nodeComplete(instance))
                advance(instance, instance.node + 1, &out);
            else
                addUnique(&out.notify, instance.currentApprovers());
        } else if (intent.action == ApprovalAction::Reject) {
            if (entry.comment.isEmpty())
                return refuse(RefusalCode::ReasonRequired, approvalText("give a reason for rejecting"));
            instance.state = InstanceState::Rejected;
            instance.node = -1;
            instance.approvedAtNode.clear();
            addUnique(&out.notify, {instance.submitter});
            addUnique(&out.notify, instance.route.ccOnComplete);
        } else if (intent.action == ApprovalAction::Return) {
            instance.state = InstanceState::Returned;
            instance.node = -1;
            instance.approvedAtNode.clear();
            addUnique(&out.notify, {instance.submitter});
        } else {
            QList<qint64> &approvers = instance.route.nodes[instance.node].approvers;
            const qint64 to = intent.transferTo;
            if (to <= 0 || to == instance.submitter || approvers.contains(to) ||
                !directory.isActivePerson(to))
                return refuse(RefusalCode::BadTarget,
                              approvalText("transfer to an active person who is neither the submitter nor "
                                           "already an approver here"));
            approvers[approvers.indexOf(intent.actor)] = to;
            entry.target = to;
            addUnique(&out.notify, {to});
        }
        break;
    }
    case ApprovalAction::Resubmit:
        if (!bySubmitter)
            return refuse(RefusalCode::NotAllowed, approvalText("only the submitter can resubmit"));
        if (instance.state != InstanceState::Returned)
            return refuse(instance.isFinal() ? RefusalCode::Finished : RefusalCode::NotAllowed,
                          approvalText("only an approval returned for changes can be resubmitted"), last);
        instance.values = intent.values;
        instance.route = intent.route;
        entry.values = intent.values;
        advance(instance, 0, &out);
        break;
    case ApprovalAction::Withdraw:
        if (!bySubmitter)
            return refuse(RefusalCode::NotAllowed, approvalText("only the submitter can withdraw"));
        if (instance.isFinal())
            return refuse(RefusalCode::Finished, described("cannot withdraw: already %1"), last);
        addUnique(&out.notify, instance.currentApprovers()); // they need not look at it any more
        instance.state = InstanceState::Withdrawn;
        instance.node = -1;
        instance.approvedAtNode.clear();
        break;
    case ApprovalAction::Submit:
    case ApprovalAction::Comment:
    case ApprovalAction::Urge:
        return refuse(RefusalCode::NotAllowed, approvalText("that is not an action on an approval"));
    }

    instance.version += 1;
    entry.version = instance.version;
    instance.history.append(entry);
    return out;
}

} // namespace tack::approvals
