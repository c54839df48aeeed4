#pragma once

#include "domain/approvals/ApprovalInstance.h"

#include <QList>
#include <QString>
#include <optional>

namespace tack::store {
class Replica;
}
namespace tack::approvals {
class OrgDirectory;
}

// Approvals as the person sees them: the server's copies with the person's own intents that wait in the
// outbox applied on top by the same state machine the server runs (protocol.md 6.1). Nothing here is
// stored: when the server refuses an intent its outbox row is marked failed, it drops out of the overlay,
// and the approval shows the server's state again (the roll-back). The refusal stays readable.
namespace tack::client {

struct ApprovalView
{
    approvals::ApprovalInstance instance; // server copy + pending local intents
    bool localOnly = false;               // a submission the server has not taken yet
    QStringList pendingActions;           // "approve", "withdraw", ... waiting for the server, in order
    qsizetype confirmedHistory = 0; // history entries the server has confirmed (the rest are mine, pending)
};

// A refused approval intent (a failed outbox row), with what is needed to explain it.
struct ApprovalRefusal
{
    qint64 mutation = 0;
    QString approval;       // the approval's id
    QString action;         // "submit", "approve", ...
    QString code;           // the protocol error code, e.g. "conflict"
    QString message;        // the server's own (English) message
    qint64 at = 0;          // when the person acted (ms since the epoch)
    qint64 seenVersion = 0; // the version the person acted on (0 for a submission)
};

class ApprovalOverlay
{
public:
    // Every approval the account takes part in, newest activity first. Callers catch db::SqlError.
    static QList<ApprovalView> read(store::Replica &replica, qint64 me,
                                    const approvals::OrgDirectory &directory);
    // Refused approval intents, oldest first.
    static QList<ApprovalRefusal> refusals(store::Replica &replica);
    // The decision that got in first: the first state change after `refusal.seenVersion` in the approval's
    // history (what a `conflict` refusal is about), if the replica has it.
    static std::optional<approvals::HistoryEntry> decisionBefore(const approvals::ApprovalInstance &instance,
                                                                 const ApprovalRefusal &refusal);
};

} // namespace tack::client
