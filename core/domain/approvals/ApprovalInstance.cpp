#include "domain/approvals/ApprovalInstance.h"

#include <QCborArray>

namespace tack::approvals {
namespace {

const char *const kStates[] = {"pending", "approved", "rejected", "returned", "withdrawn"};
const char *const kActions[] = {"submit",   "approve",  "reject",  "return", "resubmit",
                                "withdraw", "transfer", "comment", "urge"};

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const char *const (&names)[N], const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString instanceStateName(InstanceState state)
{
    return QLatin1String(kStates[int(state)]);
}

std::optional<InstanceState> instanceStateFromName(const QString &name)
{
    return fromName<InstanceState>(kStates, name);
}

QString approvalActionName(ApprovalAction action)
{
    return QLatin1String(kActions[int(action)]);
}

std::optional<ApprovalAction> approvalActionFromName(const QString &name)
{
    return fromName<ApprovalAction>(kActions, name);
}

bool changesState(ApprovalAction action)
{
    return action != ApprovalAction::Comment && action != ApprovalAction::Urge;
}

bool ApprovalInstance::isFinal() const
{
    return state == InstanceState::Approved || state == InstanceState::Rejected ||
           state == InstanceState::Withdrawn;
}

QList<qint64> ApprovalInstance::currentApprovers() const
{
    if (state != InstanceState::Pending || node < 0 || node >= route.nodes.size())
        return {};
    const ResolvedNode &n = route.nodes[node];
    switch (n.mode) {
    case NodeMode::Sequential:
        return approvedAtNode.size() < n.approvers.size() ? QList<qint64>{n.approvers[approvedAtNode.size()]}
                                                          : QList<qint64>{};
    case NodeMode::All: {
        QList<qint64> waiting;
        for (qint64 id : n.approvers) {
            if (!approvedAtNode.contains(id))
                waiting.append(id);
        }
        return waiting;
    }
    case NodeMode::Any:
        return n.approvers;
    }
    return {};
}

QList<qint64> ApprovalInstance::participants() const
{
    QList<qint64> out{submitter};
    auto add = [&](qint64 id) {
        if (id > 0 && !out.contains(id))
            out.append(id);
    };
    for (const ResolvedNode &n : route.nodes) {
        for (qint64 id : n.approvers)
            add(id);
    }
    for (qint64 id : route.ccOnSubmit)
        add(id);
    for (qint64 id : route.ccOnComplete)
        add(id);
    for (const HistoryEntry &e : history) {
        add(e.actor);
        add(e.target);
    }
    return out;
}

bool ApprovalInstance::canSee(qint64 user) const
{
    return user > 0 && participants().contains(user);
}

const HistoryEntry *ApprovalInstance::lastDecision() const
{
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        if (changesState(history[i].action))
            return &history[i];
    }
    return nullptr;
}

QCborMap toCbor(const HistoryEntry &e)
{
    QCborMap m;
    m.insert(key("at"), e.at);
    m.insert(key("actor"), e.actor);
    m.insert(key("action"), approvalActionName(e.action));
    if (!e.comment.isEmpty())
        m.insert(key("comment"), e.comment);
    if (e.target)
        m.insert(key("target"), e.target);
    m.insert(key("node"), e.node);
    m.insert(key("version"), e.version);
    if (!e.values.isEmpty())
        m.insert(key("values"), e.values);
    return m;
}

HistoryEntry historyEntryFromCbor(const QCborMap &m)
{
    HistoryEntry e;
    e.at = m.value(key("at")).toInteger();
    e.actor = m.value(key("actor")).toInteger();
    e.action = approvalActionFromName(m.value(key("action")).toString()).value_or(ApprovalAction::Comment);
    e.comment = m.value(key("comment")).toString();
    e.target = m.value(key("target")).toInteger();
    e.node = int(m.value(key("node")).toInteger(-1));
    e.version = m.value(key("version")).toInteger();
    e.values = m.value(key("values")).toMap();
    return e;
}

QCborMap toCbor(const ApprovalInstance &instance)
{
    QCborArray approved;
    for (qint64 id : instance.approvedAtNode)
        approved.append(id);
    QCborArray history;
    for (const HistoryEntry &e : instance.history)
        history.append(toCbor(e));
    QCborMap m;
    m.insert(key("id"), instance.id);
    m.insert(key("template"), instance.templateKey);
    m.insert(key("submitter"), instance.submitter);
    m.insert(key("values"), instance.values);
    m.insert(key("route"), toCbor(instance.route));
    m.insert(key("state"), instanceStateName(instance.state));
    m.insert(key("node"), instance.node);
    m.insert(key("approved_at_node"), approved);
    m.insert(key("version"), instance.version);
    m.insert(key("history"), history);
    return m;
}

ApprovalInstance approvalInstanceFromCbor(const QCborMap &m)
{
    ApprovalInstance instance;
    instance.id = m.value(key("id")).toString();
    instance.templateKey = m.value(key("template")).toString();
    instance.submitter = m.value(key("submitter")).toInteger();
    instance.values = m.value(key("values")).toMap();
    instance.route = resolvedRouteFromCbor(m.value(key("route")).toMap());
    instance.state = instanceStateFromName(m.value(key("state")).toString()).value_or(InstanceState::Pending);
    instance.node = int(m.value(key("node")).toInteger(-1));
    for (const QCborValue id : m.value(key("approved_at_node")).toArray())
        instance.approvedAtNode.append(id.toInteger());
    instance.version = m.value(key("version")).toInteger();
    for (const QCborValue e : m.value(key("history")).toArray())
        instance.history.append(historyEntryFromCbor(e.toMap()));
    return instance;
}

} // namespace tack::approvals
