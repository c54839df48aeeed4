#include "domain/approvals/RouteChain.h"

namespace tack::approvals {
namespace {

const char *const kSourceKinds[] = {"people", "manager", "department_head", "role"};
const char *const kOps[] = {"gt", "ge", "lt", "le", "eq", "ne", "in", "contains"};
constexpr int kMaxNodes = 50;
constexpr int kMaxManagerLevels = 20;

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const char *const (&names)[N], const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

// Parsing collects the first problem; later calls see it set and do nothing useful.
struct Reader
{
    QString error;

    bool fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
        return false;
    }

    std::optional<ApproverSource> source(const QCborValue &v)
    {
        const QCborMap m = v.toMap();
        const auto kind = enumFromName<ApproverSource::Kind>(kSourceKinds, m.value(key("kind")).toString());
        if (!v.isMap() || !kind) {
            fail(QStringLiteral("an approver source needs a kind: people, manager, department_head or role"));
            return std::nullopt;
        }
        ApproverSource s;
        s.kind = *kind;
        switch (s.kind) {
        case ApproverSource::Kind::People:
            for (const QCborValue id : m.value(key("people")).toArray()) {
                if (!id.isInteger() || id.toInteger() <= 0) {
                    fail(QStringLiteral("people lists user ids"));
                    return std::nullopt;
                }
                s.people.append(id.toInteger());
            }
            if (s.people.isEmpty()) {
                fail(QStringLiteral("a people source names at least one person"));
                return std::nullopt;
            }
            break;
        case ApproverSource::Kind::Manager:
            s.levels = int(m.value(key("levels")).toInteger(1));
            if (s.levels < 1 || s.levels > kMaxManagerLevels) {
                fail(QStringLiteral("manager levels go from 1 to %1").arg(kMaxManagerLevels));
                return std::nullopt;
            }
            break;
        case ApproverSource::Kind::DepartmentHead:
            s.department = m.value(key("department")).toInteger(0);
            if (s.department < 0) {
                fail(QStringLiteral("a department id is positive (0 for the submitter's own)"));
                return std::nullopt;
            }
            break;
        case ApproverSource::Kind::Role:
            s.role = m.value(key("role")).toString();
            if (s.role.trimmed().isEmpty()) {
                fail(QStringLiteral("a role source names its role"));
                return std::nullopt;
            }
            break;
        }
        return s;
    }

    QList<ApproverSource> sources(const QCborValue &v)
    {
        QList<ApproverSource> out;
        for (const QCborValue s : v.toArray()) {
            if (auto parsed = source(s))
                out.append(*parsed);
        }
        return out;
    }

    std::optional<RouteNode> routeNode(const QCborValue &v)
    {
        const QCborMap m = v.toMap();
        RouteNode n;
        n.id = m.value(key("id")).toString();
        n.name = m.value(key("name")).toString();
        const auto mode = nodeModeFromName(m.value(key("mode")).toString(QStringLiteral("sequential")));
        const QString empty = m.value(key("when_empty")).toString(QStringLiteral("skip"));
        if (n.id.isEmpty() || !mode) {
            fail(QStringLiteral("a node needs an id and a mode (sequential, all or any)"));
            return std::nullopt;
        }
        if (empty != QLatin1String("skip") && empty != QLatin1String("admin")) {
            fail(QStringLiteral("when_empty is skip or admin"));
            return std::nullopt;
        }
        n.mode = *mode;
        n.whenEmpty = empty == QLatin1String("admin") ? EmptyRule::ToAdmin : EmptyRule::Skip;
        n.approvers = sources(m.value(key("approvers")));
        if (n.approvers.isEmpty()) {
            fail(QStringLiteral("node %1 has no approver sources").arg(n.id));
            return std::nullopt;
        }
        return n;
    }

    QList<RouteNode> nodes(const QCborValue &v)
    {
        QList<RouteNode> out;
        for (const QCborValue n : v.toArray()) {
            if (auto parsed = routeNode(n))
                out.append(*parsed);
        }
        return out;
    }

    std::optional<RouteCondition> condition(const QCborValue &v)
    {
        const QCborMap m = v.toMap();
        RouteCondition c;
        const QString subject = m.value(key("subject")).toString(QStringLiteral("field"));
        const auto op = enumFromName<RouteCondition::Op>(kOps, m.value(key("op")).toString());
        if (!op) {
            fail(QStringLiteral("a condition's op is one of gt, ge, lt, le, eq, ne, in, contains"));
            return std::nullopt;
        }
        c.op = *op;
        c.value = m.value(key("value"));
        if (subject == QLatin1String("submitter_department")) {
            c.subject = RouteCondition::Subject::SubmitterDepartment;
            if (c.op != RouteCondition::Op::In || !c.value.isArray()) {
                fail(QStringLiteral(
                    "a submitter_department condition uses op in with a list of department ids"));
                return std::nullopt;
            }
        } else if (subject == QLatin1String("field")) {
            c.field = m.value(key("field")).toString();
            if (c.field.isEmpty()) {
                fail(QStringLiteral("a field condition names its field"));
                return std::nullopt;
            }
        } else {
            fail(QStringLiteral("a condition's subject is field or submitter_department"));
            return std::nullopt;
        }
        return c;
    }
};

QCborArray toCbor(const QList<ApproverSource> &sources)
{
    QCborArray out;
    for (const ApproverSource &s : sources) {
        QCborMap m;
        m.insert(key("kind"), QLatin1String(kSourceKinds[int(s.kind)]));
        switch (s.kind) {
        case ApproverSource::Kind::People: {
            QCborArray ids;
            for (qint64 id : s.people)
                ids.append(id);
            m.insert(key("people"), ids);
            break;
        }
        case ApproverSource::Kind::Manager:
            m.insert(key("levels"), s.levels);
            break;
        case ApproverSource::Kind::DepartmentHead:
            m.insert(key("department"), s.department);
            break;
        case ApproverSource::Kind::Role:
            m.insert(key("role"), s.role);
            break;
        }
        out.append(m);
    }
    return out;
}

QCborArray toCbor(const QList<RouteNode> &nodes)
{
    QCborArray out;
    for (const RouteNode &n : nodes) {
        QCborMap m;
        m.insert(key("id"), n.id);
        m.insert(key("name"), n.name);
        m.insert(key("mode"), nodeModeName(n.mode));
        m.insert(key("approvers"), toCbor(n.approvers));
        m.insert(key("when_empty"),
                 n.whenEmpty == EmptyRule::ToAdmin ? QStringLiteral("admin") : QStringLiteral("skip"));
        out.append(m);
    }
    return out;
}

QCborMap toCbor(const RouteCondition &c)
{
    QCborMap m;
    if (c.subject == RouteCondition::Subject::SubmitterDepartment) {
        m.insert(key("subject"), QStringLiteral("submitter_department"));
    } else {
        m.insert(key("subject"), QStringLiteral("field"));
        m.insert(key("field"), c.field);
    }
    m.insert(key("op"), QLatin1String(kOps[int(c.op)]));
    m.insert(key("value"), c.value);
    return m;
}

} // namespace

QString nodeModeName(NodeMode mode)
{
    switch (mode) {
    case NodeMode::Sequential:
        return QStringLiteral("sequential");
    case NodeMode::All:
        return QStringLiteral("all");
    case NodeMode::Any:
        return QStringLiteral("any");
    }
    return QString();
}

std::optional<NodeMode> nodeModeFromName(const QString &name)
{
    for (NodeMode mode : {NodeMode::Sequential, NodeMode::All, NodeMode::Any}) {
        if (nodeModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QCborMap toCbor(const RouteChain &chain)
{
    QCborArray steps;
    for (const RouteStep &step : chain.steps) {
        QCborMap s;
        if (step.node) {
            s.insert(key("node"), toCbor(QList<RouteNode>{*step.node}).at(0));
        } else {
            QCborArray arms;
            for (const RouteBranchArm &arm : step.arms) {
                QCborArray when;
                for (const RouteCondition &c : arm.conditions)
                    when.append(toCbor(c));
                QCborMap a;
                a.insert(key("name"), arm.name);
                a.insert(key("when"), when);
                a.insert(key("nodes"), toCbor(arm.nodes));
                arms.append(a);
            }
            QCborMap branch;
            branch.insert(key("arms"), arms);
            branch.insert(key("otherwise"), toCbor(step.otherwise));
            s.insert(key("branch"), branch);
        }
        steps.append(s);
    }
    QCborMap m;
    m.insert(key("steps"), steps);
    m.insert(key("cc_on_submit"), toCbor(chain.ccOnSubmit));
    m.insert(key("cc_on_complete"), toCbor(chain.ccOnComplete));
    return m;
}

std::optional<RouteChain> routeChainFromCbor(const QCborValue &value, QString *error)
{
    Reader r;
    RouteChain chain;
    int nodeCount = 0;
    if (!value.isMap())
        r.fail(QStringLiteral("a route is a map with steps"));
    const QCborMap m = value.toMap();
    for (const QCborValue s : m.value(key("steps")).toArray()) {
        const QCborMap sm = s.toMap();
        RouteStep step;
        if (sm.contains(key("node"))) {
            step.node = r.routeNode(sm.value(key("node")));
            ++nodeCount;
        } else if (sm.contains(key("branch"))) {
            const QCborMap b = sm.value(key("branch")).toMap();
            for (const QCborValue a : b.value(key("arms")).toArray()) {
                RouteBranchArm arm;
                arm.name = a.toMap().value(key("name")).toString();
                for (const QCborValue c : a.toMap().value(key("when")).toArray()) {
                    if (auto cond = r.condition(c))
                        arm.conditions.append(*cond);
                }
                if (arm.conditions.isEmpty())
                    r.fail(QStringLiteral(
                        "a branch arm needs at least one condition (use otherwise for the default)"));
                arm.nodes = r.nodes(a.toMap().value(key("nodes")));
                nodeCount += int(arm.nodes.size());
                step.arms.append(arm);
            }
            step.otherwise = r.nodes(b.value(key("otherwise")));
            nodeCount += int(step.otherwise.size());
            if (step.arms.isEmpty())
                r.fail(QStringLiteral("a branch has at least one arm"));
        } else {
            r.fail(QStringLiteral("a route step is a node or a branch"));
        }
        chain.steps.append(step);
    }
    chain.ccOnSubmit = r.sources(m.value(key("cc_on_submit")));
    chain.ccOnComplete = r.sources(m.value(key("cc_on_complete")));
    if (nodeCount > kMaxNodes)
        r.fail(QStringLiteral("a route has at most %1 nodes").arg(kMaxNodes));
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return chain;
}

ApproverSource people(QList<qint64> ids)
{
    ApproverSource s;
    s.kind = ApproverSource::Kind::People;
    s.people = std::move(ids);
    return s;
}

ApproverSource manager(int levels)
{
    ApproverSource s;
    s.kind = ApproverSource::Kind::Manager;
    s.levels = levels;
    return s;
}

ApproverSource departmentHead(qint64 department)
{
    ApproverSource s;
    s.kind = ApproverSource::Kind::DepartmentHead;
    s.department = department;
    return s;
}

ApproverSource role(const QString &name)
{
    ApproverSource s;
    s.kind = ApproverSource::Kind::Role;
    s.role = name;
    return s;
}

RouteNode node(const QString &id, const QString &name, NodeMode mode, QList<ApproverSource> approvers,
               EmptyRule whenEmpty)
{
    return RouteNode{id, name, mode, std::move(approvers), whenEmpty};
}

} // namespace tack::approvals
