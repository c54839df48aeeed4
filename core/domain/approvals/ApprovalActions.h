#pragma once

#include "domain/approvals/ApprovalInstance.h"

#include <QTimeZone>
#include <optional>

// The approval state machine: intents in, a new instance state (or a refusal saying why) out. The server
// applies intents for real; a client may apply them to its copy for an optimistic view and rolls back
// when the server refuses.
namespace tack::approvals {

class OrgDirectory;

struct ApprovalIntent
{
    ApprovalAction action = ApprovalAction::Approve;
    qint64 actor = 0;
    qint64 seenVersion = 0; // the instance version the actor saw; checked for every state change
    QString comment;        // required for Reject and Comment
    qint64 transferTo = 0;  // Transfer
    QCborMap values;        // Resubmit: the new values (validated, computed values included)
    ResolvedRoute route;    // Resubmit: the route for the new values (resolveRoute)
    qint64 at = 0;          // ms since the epoch, UTC
};

enum class RefusalCode
{
    NotVisible,     // the actor is not part of the instance (the server answers not_found)
    Stale,          // the instance changed since seenVersion
    Finished,       // the instance is already approved, rejected or withdrawn
    NotAllowed,     // not this person's turn or right (only the submitter withdraws, resubmits, urges)
    ReasonRequired, // a reject without a reason, a comment without text
    BadTarget,      // a transfer to nobody, to the submitter, or to someone already at the node
};

QString refusalCodeName(RefusalCode code); // "not_visible", "stale", "finished", ... as on the wire

struct Refusal
{
    RefusalCode code = RefusalCode::NotAllowed;
    QString message;                      // translated: "already approved by 王芳 at 10:42"
    std::optional<HistoryEntry> decision; // Stale/Finished: the decision that got there first
};

struct ActOutcome
{
    std::optional<Refusal> refusal;
    QList<qint64> notify; // whom to tell: approvers whose turn it now is, the submitter on decisions, CC
    bool ok() const { return !refusal; }
};

// A new instance at version 1, pending at its first node that is not skipped (approved at once when every
// node is skipped). `values` are validated and include the computed values.
ApprovalInstance startInstance(const QString &id, const QString &templateKey, qint64 submitter,
                               const QCborMap &values, const ResolvedRoute &route, qint64 at,
                               ActOutcome *outcome = nullptr);

// Applies the intent to `instance` when allowed; leaves it untouched and returns a refusal otherwise.
// Times in messages are shown in `zone`.
ActOutcome applyIntent(ApprovalInstance &instance, const ApprovalIntent &intent,
                       const OrgDirectory &directory, const QTimeZone &zone = QTimeZone::systemTimeZone());

// "approved by 王芳 at 10:42" (the date too when it was not on the day of `now`).
QString describeDecision(const HistoryEntry &entry, const OrgDirectory &directory, qint64 now,
                         const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace tack::approvals
