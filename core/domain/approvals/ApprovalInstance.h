#pragma once

#include "domain/approvals/ApprovalRouter.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <optional>

// One submitted form on its way through its route: the server's state machine (ApprovalActions applies
// intents to it) and the shape the client keeps in its replica.
namespace tack::approvals {

enum class InstanceState
{
    Pending,   // waiting at node `node`
    Approved,  // final
    Rejected,  // final
    Returned,  // back with the submitter for changes; resubmit starts the route again
    Withdrawn, // final: the submitter took it back
};

enum class ApprovalAction
{
    Submit,
    Approve,
    Reject,
    Return,
    Resubmit,
    Withdraw,
    Transfer,
    Comment,
    Urge,
};

QString instanceStateName(InstanceState state); // "pending", "approved", "rejected", "returned", "withdrawn"
std::optional<InstanceState> instanceStateFromName(const QString &name);
QString approvalActionName(ApprovalAction action); // "submit", "approve", ... as on the wire
std::optional<ApprovalAction> approvalActionFromName(const QString &name);
// Comments and urges leave the state and the version alone; everything else changes them.
bool changesState(ApprovalAction action);

// One line of the immutable history.
struct HistoryEntry
{
    qint64 at = 0;    // ms since the epoch, UTC
    qint64 actor = 0; // 0 for Tack itself (an approval with nobody on the route)
    ApprovalAction action = ApprovalAction::Comment;
    QString comment;    // the reason of a reject, the text of a comment...
    qint64 target = 0;  // Transfer: who takes over
    int node = -1;      // the node acted on, -1 when none
    qint64 version = 0; // the instance's version after this entry
    QCborMap values;    // Submit/Resubmit: the values as submitted (computed values included)

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

struct ApprovalInstance
{
    QString id;
    QString templateKey;
    qint64 submitter = 0;
    QCborMap values; // the current values, computed ones included
    ResolvedRoute route;
    InstanceState state = InstanceState::Pending;
    int node = -1;                // Pending: the node waiting for approval
    QList<qint64> approvedAtNode; // who has approved at `node` so far
    qint64 version = 0;           // bumped by every state change; intents compare-and-set against it
    QList<HistoryEntry> history;

    bool isFinal() const;
    // Who may approve, reject, return or transfer now (Sequential: only the next in line).
    QList<qint64> currentApprovers() const;
    // Everyone who may see the instance: the submitter, every approver on the route, everyone CC'd and
    // everyone who ever acted on it (a transferred-away approver keeps seeing what they handled).
    QList<qint64> participants() const;
    bool canSee(qint64 user) const;
    // The newest entry that changed the state, if any (what a refusal names).
    const HistoryEntry *lastDecision() const;

    friend bool operator==(const ApprovalInstance &, const ApprovalInstance &) = default;
};

QCborMap toCbor(const HistoryEntry &entry);
HistoryEntry historyEntryFromCbor(const QCborMap &map);
QCborMap toCbor(const ApprovalInstance &instance);
ApprovalInstance approvalInstanceFromCbor(const QCborMap &map);

} // namespace tack::approvals
