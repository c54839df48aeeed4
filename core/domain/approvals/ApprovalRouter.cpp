#include "domain/approvals/ApprovalRouter.h"

#include "domain/approvals/Money.h"
#include "domain/approvals/OrgDirectory.h"
#include "protocol/CborIds.h"

#include <QCborArray>
#include <QSet>

namespace tack::approvals {
namespace {

constexpr int kMaxWalk = 64; // manager chains and department trees deeper than this are treated as cycles

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

void appendUnique(QList<qint64> *out, qint64 id)
{
    if (id > 0 && !out->contains(id))
        out->append(id);
}

qint64 managerUp(qint64 user, int levels, const OrgDirectory &dir)
{
    QSet<qint64> seen{user};
    qint64 at = user;
    for (int i = 0; i < levels; ++i) {
        at = dir.managerOf(at);
        if (at == 0 || seen.contains(at))
            return 0;
        seen.insert(at);
    }
    return at;
}

// The head of `department`, or for 0 of the submitter's primary department; when that head is the
// submitter, the head of the nearest parent department with another head.
qint64 headFor(qint64 department, qint64 submitter, const OrgDirectory &dir)
{
    if (department != 0)
        return dir.departmentHead(department); // a named department's head is who it is
    const QList<qint64> own = dir.departmentsOf(submitter);
    qint64 at = own.isEmpty() ? 0 : own.first();
    for (int i = 0; at != 0 && i < kMaxWalk; ++i) {
        const qint64 head = dir.departmentHead(at);
        if (head != 0 && head != submitter)
            return head;
        at = dir.parentDepartment(at);
    }
    return 0;
}

QList<qint64> resolveSources(const QList<ApproverSource> &sources, qint64 submitter, const OrgDirectory &dir)
{
    QList<qint64> out;
    for (const ApproverSource &s : sources) {
        switch (s.kind) {
        case ApproverSource::Kind::People:
            for (qint64 id : s.people)
                appendUnique(&out, id);
            break;
        case ApproverSource::Kind::Manager:
            appendUnique(&out, managerUp(submitter, s.levels, dir));
            break;
        case ApproverSource::Kind::DepartmentHead:
            appendUnique(&out, headFor(s.department, submitter, dir));
            break;
        case ApproverSource::Kind::Role:
            for (qint64 id : dir.roleMembers(s.role))
                appendUnique(&out, id);
            break;
        }
    }
    QList<qint64> active;
    for (qint64 id : out) {
        if (dir.isActivePerson(id))
            active.append(id);
    }
    return active;
}

ResolvedNode resolveNode(const RouteNode &n, qint64 submitter, const OrgDirectory &dir)
{
    ResolvedNode r{n.id, n.name, n.mode, resolveSources(n.approvers, submitter, dir), false, false};
    r.approvers.removeAll(submitter);
    if (!r.approvers.isEmpty())
        return r;
    if (n.whenEmpty == EmptyRule::ToAdmin) {
        for (qint64 id : dir.admins()) {
            if (id != submitter && dir.isActivePerson(id))
                appendUnique(&r.approvers, id);
        }
        r.toAdmins = true;
        r.mode = NodeMode::Any; // any one admin stands in for the missing approver
    }
    r.skipped = r.approvers.isEmpty();
    return r;
}

bool inDepartments(qint64 submitter, const QCborArray &wanted, const OrgDirectory &dir)
{
    for (qint64 department : dir.departmentsOf(submitter)) {
        qint64 at = department;
        for (int i = 0; at != 0 && i < kMaxWalk; ++i) {
            if (wanted.contains(QCborValue(at)))
                return true;
            at = dir.parentDepartment(at);
        }
    }
    return false;
}

template <typename T> bool compare(RouteCondition::Op op, const T &a, const T &b)
{
    switch (op) {
    case RouteCondition::Op::Gt:
        return a > b;
    case RouteCondition::Op::Ge:
        return a >= b;
    case RouteCondition::Op::Lt:
        return a < b;
    case RouteCondition::Op::Le:
        return a <= b;
    case RouteCondition::Op::Eq:
        return a == b;
    case RouteCondition::Op::Ne:
        return a != b;
    default:
        return false;
    }
}

QList<qint64> idsFromCbor(const QCborValue &v)
{
    QList<qint64> out;
    for (const QCborValue id : v.toArray())
        out.append(id.toInteger());
    return out;
}

} // namespace

int ResolvedRoute::nextActiveNode(int from) const
{
    for (int i = qMax(0, from); i < nodes.size(); ++i) {
        if (!nodes[i].skipped)
            return i;
    }
    return -1;
}

bool conditionHolds(const RouteCondition &c, qint64 submitter, const QCborMap &values,
                    const OrgDirectory &dir)
{
    if (c.subject == RouteCondition::Subject::SubmitterDepartment)
        return inDepartments(submitter, c.value.toArray(), dir);
    const QCborValue v = values.value(c.field);
    if (v.isUndefined() || v.isNull())
        return false;
    switch (c.op) {
    case RouteCondition::Op::In:
        return c.value.toArray().contains(v);
    case RouteCondition::Op::Contains:
        return v.isArray() && v.toArray().contains(c.value);
    default:
        break;
    }
    if (const auto money = moneyFromCbor(v)) {
        const auto limit = moneyFromCbor(c.value);
        return limit && limit->currency == money->currency && compare(c.op, money->minor, limit->minor);
    }
    if (v.isInteger() && c.value.isInteger())
        return compare(c.op, v.toInteger(), c.value.toInteger());
    if (v.isString() && c.value.isString())
        return compare(c.op, v.toString(), c.value.toString());
    return false;
}

ResolvedRoute resolveRoute(const RouteChain &chain, qint64 submitter, const QCborMap &values,
                           const OrgDirectory &dir)
{
    ResolvedRoute route;
    for (const RouteStep &step : chain.steps) {
        if (step.node) {
            route.nodes.append(resolveNode(*step.node, submitter, dir));
            continue;
        }
        const QList<RouteNode> *taken = &step.otherwise;
        QString takenName;
        for (const RouteBranchArm &arm : step.arms) {
            const bool holds =
                std::all_of(arm.conditions.cbegin(), arm.conditions.cend(), [&](const RouteCondition &c) {
                    return conditionHolds(c, submitter, values, dir);
                });
            if (holds) {
                taken = &arm.nodes;
                takenName = arm.name;
                break;
            }
        }
        route.branches.append(takenName);
        for (const RouteNode &n : *taken)
            route.nodes.append(resolveNode(n, submitter, dir));
    }
    route.ccOnSubmit = resolveSources(chain.ccOnSubmit, submitter, dir);
    route.ccOnComplete = resolveSources(chain.ccOnComplete, submitter, dir);
    return route;
}

QCborMap toCbor(const ResolvedRoute &route)
{
    QCborArray nodes;
    for (const ResolvedNode &n : route.nodes) {
        QCborMap m;
        m.insert(key("id"), n.id);
        m.insert(key("name"), n.name);
        m.insert(key("mode"), nodeModeName(n.mode));
        m.insert(key("approvers"), proto::idsToCbor(n.approvers));
        m.insert(key("skipped"), n.skipped);
        m.insert(key("to_admins"), n.toAdmins);
        nodes.append(m);
    }
    QCborMap m;
    m.insert(key("nodes"), nodes);
    m.insert(key("cc_on_submit"), proto::idsToCbor(route.ccOnSubmit));
    m.insert(key("cc_on_complete"), proto::idsToCbor(route.ccOnComplete));
    m.insert(key("branches"), QCborArray::fromStringList(route.branches));
    return m;
}

ResolvedRoute resolvedRouteFromCbor(const QCborMap &map)
{
    ResolvedRoute route;
    for (const QCborValue v : map.value(key("nodes")).toArray()) {
        const QCborMap m = v.toMap();
        route.nodes.append(
            ResolvedNode{m.value(key("id")).toString(), m.value(key("name")).toString(),
                         nodeModeFromName(m.value(key("mode")).toString()).value_or(NodeMode::Sequential),
                         idsFromCbor(m.value(key("approvers"))), m.value(key("skipped")).toBool(),
                         m.value(key("to_admins")).toBool()});
    }
    route.ccOnSubmit = idsFromCbor(map.value(key("cc_on_submit")));
    route.ccOnComplete = idsFromCbor(map.value(key("cc_on_complete")));
    for (const QCborValue b : map.value(key("branches")).toArray())
        route.branches.append(b.toString());
    return route;
}

} // namespace tack::approvals
