#pragma once

#include "ApprovalStore.h"
#include "MutationTypes.h"
#include "ServerOrgDirectory.h"
#include "ServerStore.h"

#include <QCborMap>
#include <QStringList>
#include <functional>

namespace tack::server {

// approval.submit, approval.act, approval.template.put and approval.role.put (docs/protocol.md section 6,
// "Approvals"). The routing and the state machine are core's (core/domain/approvals), with the directory read
// from the database; this class checks arguments, maps refusals to typed errors, stores and records events.
class ApprovalMutations
{
public:
    using Recorder = std::function<void(const QString &stream, const char *kind, const QCborMap &data)>;

    ApprovalMutations(ServerStore &store, const MutationContext &ctx, Recorder record);

    static bool handles(const QString &name);
    static QStringList names();
    MutationOutcome apply(const QString &name, const QCborMap &args);

    // After an accepted `urge`: the DING the caller sends to the current approvers, each in the direct chat
    // with the submitter (docs/protocol.md 6.1, "Urge").
    struct UrgeDing
    {
        QList<qint64> approvers;
        QString text;
    };
    const std::optional<UrgeDing> &urgeDing() const { return m_urge; }

private:
    MutationOutcome submit(const QCborMap &args);
    MutationOutcome act(const QCborMap &args);
    MutationOutcome templatePut(const QCborMap &args);
    MutationOutcome rolePut(const QCborMap &args);
    // An active owner or admin of the org, or the command line (actor 0).
    bool actorAdministers() const;

    // Validates `values` against the template: nothing when fine, else the invalid_args error listing
    // the problems field by field.
    std::optional<proto::Error> checkValues(const approvals::FormTemplate &form, const QCborMap &values);
    // An approved leave or overtime request becomes an attendance record.
    void keepAttendance(const approvals::ApprovalInstance &instance, const approvals::FormTemplate &form);
    // approval.put to every participant's stream, and approval.notice to each person to tell.
    void publish(const approvals::ApprovalInstance &instance, const QList<qint64> &notify,
                 approvals::ApprovalAction action);

    ServerStore &m_store;
    MutationContext m_ctx;
    Recorder m_record;
    ApprovalStore m_approvals;
    ServerOrgDirectory m_directory;
    std::optional<UrgeDing> m_urge;
};

} // namespace tack::server
