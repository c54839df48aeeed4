#include "client/ApprovalOverlay.h"

#include "domain/approvals/ApprovalActions.h"
#include "domain/approvals/FormValidator.h"
#include "store/Replica.h"

#include <QCborValue>
#include <QHash>
#include <algorithm>

namespace tack::client {

using namespace approvals;

namespace {

bool isApprovalIntent(const QString &name)
{
    return name == QLatin1String("approval.submit") || name == QLatin1String("approval.act");
}

qint64 lastActivity(const ApprovalInstance &a)
{
    return a.history.isEmpty() ? 0 : a.history.last().at;
}

} // namespace

QList<ApprovalView> ApprovalOverlay::read(store::Replica &replica, qint64 me, const OrgDirectory &directory)
{
    QList<ApprovalView> views;
    QHash<QString, qsizetype> where;
    for (ApprovalInstance &a : replica.approvals()) {
        where.insert(a.id, views.size());
        const qsizetype confirmed = a.history.size();
        views.append(ApprovalView{std::move(a), false, {}, confirmed});
    }
    for (const store::OutboxEntry &e : replica.pendingMutations(1000)) {
        if (!isApprovalIntent(e.name))
            continue;
        if (e.name == QLatin1String("approval.submit")) {
            const QString id = e.args.value(QLatin1String("id")).toString();
            if (id.isEmpty() || where.contains(id))
                continue; // the server's copy is here already
            const auto form = replica.approvalTemplate(e.args.value(QLatin1String("template")).toString());
            if (!form)
                continue;
            const QCborMap values = withComputedValues(*form, e.args.value(QLatin1String("values")).toMap());
            const ResolvedRoute route = resolveRoute(form->route, me, values, directory);
            ApprovalView view{startInstance(id, form->key, me, values, route, e.createdAt),
                              true,
                              {QStringLiteral("submit")},
                              0};
            where.insert(id, views.size());
            views.append(std::move(view));
            continue;
        }
        const QString id = e.args.value(QLatin1String("approval")).toString();
        const auto it = where.constFind(id);
        const auto action = approvalActionFromName(e.args.value(QLatin1String("action")).toString());
        if (it == where.cend() || !action)
            continue;
        ApprovalView &view = views[*it];
        ApprovalIntent intent;
        intent.action = *action;
        intent.actor = me;
        intent.seenVersion = e.args.value(QLatin1String("version")).toInteger();
        intent.comment = e.args.value(QLatin1String("comment")).toString();
        intent.transferTo = e.args.value(QLatin1String("to")).toInteger();
        intent.at = e.createdAt;
        if (*action == ApprovalAction::Resubmit) {
            const auto form = replica.approvalTemplate(view.instance.templateKey);
            if (!form)
                continue;
            intent.values = withComputedValues(*form, e.args.value(QLatin1String("values")).toMap());
            intent.route = resolveRoute(form->route, view.instance.submitter, intent.values, directory);
        }
        // An intent the state machine refuses here (the approval moved on meanwhile) shows nothing: the
        // server will refuse it too, and its refusal explains why.
        if (applyIntent(view.instance, intent, directory).ok())
            view.pendingActions.append(approvalActionName(*action));
    }
    std::stable_sort(views.begin(), views.end(), [](const ApprovalView &a, const ApprovalView &b) {
        return lastActivity(a.instance) > lastActivity(b.instance);
    });
    return views;
}

QList<ApprovalRefusal> ApprovalOverlay::refusals(store::Replica &replica)
{
    QList<ApprovalRefusal> out;
    for (const store::OutboxEntry &e : replica.failedMutations()) {
        if (!isApprovalIntent(e.name))
            continue;
        ApprovalRefusal r;
        r.mutation = e.mutation;
        const bool submit = e.name == QLatin1String("approval.submit");
        r.approval = e.args.value(QLatin1String(submit ? "id" : "approval")).toString();
        r.action = submit ? QStringLiteral("submit") : e.args.value(QLatin1String("action")).toString();
        // The outbox keeps "code: message" for a refusal.
        const qsizetype colon = e.error.indexOf(QLatin1String(": "));
        r.code = colon > 0 ? e.error.left(colon) : e.error;
        r.message = colon > 0 ? e.error.mid(colon + 2) : QString();
        r.at = e.createdAt;
        r.seenVersion = e.args.value(QLatin1String("version")).toInteger();
        out.append(r);
    }
    return out;
}

std::optional<HistoryEntry> ApprovalOverlay::decisionBefore(const ApprovalInstance &instance,
                                                            const ApprovalRefusal &refusal)
{
    for (const HistoryEntry &h : instance.history) {
        if (changesState(h.action) && h.action != ApprovalAction::Submit && h.version > refusal.seenVersion)
            return h;
    }
    return std::nullopt;
}

} // namespace tack::client
