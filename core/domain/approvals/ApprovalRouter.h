#pragma once

#include "domain/approvals/RouteChain.h"

#include <QCborMap>
#include <QList>
#include <QStringList>

// Turns a template's approver chain into people for one submission. The one piece of code the client
// runs to preview the chain and the server runs to decide it, each with its own OrgDirectory.
namespace tack::approvals {

class OrgDirectory;

struct ResolvedNode
{
    QString id;
    QString name;
    NodeMode mode = NodeMode::Sequential;
    QList<qint64> approvers; // in order (Sequential acts in this order)
    bool skipped = false;    // nobody to approve and the rule is Skip: the instance passes over it
    bool toAdmins = false;   // nobody to approve and the rule sent it to the org's admins

    friend bool operator==(const ResolvedNode &, const ResolvedNode &) = default;
};

struct ResolvedRoute
{
    QList<ResolvedNode> nodes; // skipped nodes included, so a preview can show them
    QList<qint64> ccOnSubmit;
    QList<qint64> ccOnComplete;
    QStringList branches; // the names of the branch arms taken ("" for a default branch)

    // Index of the first node at or after `from` that is not skipped; -1 when there is none.
    int nextActiveNode(int from) const;

    friend bool operator==(const ResolvedRoute &, const ResolvedRoute &) = default;
};

// `values` are the form's values with the computed ones (withComputedValues). The submitter never
// approves their own request: they are left out of every node (a node left empty follows its rule).
// Disabled people are left out too.
ResolvedRoute resolveRoute(const RouteChain &chain, qint64 submitter, const QCborMap &values,
                           const OrgDirectory &directory);

bool conditionHolds(const RouteCondition &condition, qint64 submitter, const QCborMap &values,
                    const OrgDirectory &directory);

QCborMap toCbor(const ResolvedRoute &route);
ResolvedRoute resolvedRouteFromCbor(const QCborMap &map);

} // namespace tack::approvals
