#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The approver chain of a form template, as an admin describes it: nodes in order, some inside
// conditional branches. ApprovalRouter turns it into people for one submission.
namespace tack::approvals {

// Who approves at a node (several sources add up; duplicates count once).
struct ApproverSource
{
    enum class Kind
    {
        People,         // named people: `people`
        Manager,        // the submitter's manager `levels` up (1 = direct manager)
        DepartmentHead, // the head of `department`, or of the submitter's own department when it is 0
        Role,           // every member of `role`, e.g. "finance"
    };
    Kind kind = Kind::People;
    QList<qint64> people;
    int levels = 1;
    qint64 department = 0;
    QString role;

    friend bool operator==(const ApproverSource &, const ApproverSource &) = default;
};

enum class NodeMode
{
    Sequential, // the approvers one after another, in order
    All,        // 会签: every approver must approve (in any order)
    Any,        // 或签: the first approver to decide decides for the node
};

// What happens when a node resolves to nobody (no manager that high, a role with no members...).
enum class EmptyRule
{
    Skip,    // the node is left out
    ToAdmin, // the org's admins approve instead (或签)
};

struct RouteNode
{
    QString id; // stable within the template, e.g. "manager"
    QString name;
    NodeMode mode = NodeMode::Sequential;
    QList<ApproverSource> approvers;
    EmptyRule whenEmpty = EmptyRule::Skip;

    friend bool operator==(const RouteNode &, const RouteNode &) = default;
};

// A test on the form or the submitter that picks a branch.
struct RouteCondition
{
    enum class Subject
    {
        Field,               // a field's (or computed value's) value: `field`
        SubmitterDepartment, // the submitter is in one of `value`'s departments (or below one)
    };
    enum class Op
    {
        Gt,
        Ge,
        Lt,
        Le,
        Eq,
        Ne,
        In,       // the value is one of `value`'s elements
        Contains, // a multiple choice holds `value`
    };
    Subject subject = Subject::Field;
    QString field;
    Op op = Op::Eq;
    // Compared with the field: an integer for numbers (scaled), durations (half days), person and
    // department ids; {"amount","currency"} for money (other currencies never match); a string for
    // choices; an array for In and for SubmitterDepartment.
    QCborValue value;

    friend bool operator==(const RouteCondition &, const RouteCondition &) = default;
};

struct RouteBranchArm
{
    QString name;
    QList<RouteCondition> conditions; // all must hold
    QList<RouteNode> nodes;

    friend bool operator==(const RouteBranchArm &, const RouteBranchArm &) = default;
};

// One step of the chain: a node, or a branch whose first matching arm (else `otherwise`) adds its nodes.
struct RouteStep
{
    std::optional<RouteNode> node;
    QList<RouteBranchArm> arms;
    QList<RouteNode> otherwise; // the default branch

    friend bool operator==(const RouteStep &, const RouteStep &) = default;
};

struct RouteChain
{
    QList<RouteStep> steps;
    QList<ApproverSource> ccOnSubmit;
    QList<ApproverSource> ccOnComplete;

    friend bool operator==(const RouteChain &, const RouteChain &) = default;
};

QString nodeModeName(NodeMode mode); // "sequential", "all", "any"
std::optional<NodeMode> nodeModeFromName(const QString &name);

// Wire form, documented in docs/protocol.md (approval templates). fromCbor reports the first problem.
QCborMap toCbor(const RouteChain &chain);
std::optional<RouteChain> routeChainFromCbor(const QCborValue &value, QString *error);

// Helpers for building chains in code (built-in templates, tests).
ApproverSource people(QList<qint64> ids);
ApproverSource manager(int levels);
ApproverSource departmentHead(qint64 department);
ApproverSource role(const QString &name);
RouteNode node(const QString &id, const QString &name, NodeMode mode, QList<ApproverSource> approvers,
               EmptyRule whenEmpty = EmptyRule::Skip);

} // namespace tack::approvals
