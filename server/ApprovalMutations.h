#pragma once

#include "ApprovalStore.h"
#include "MutationTypes.h"
#include "ServerOrgDirectory.h"
#include "ServerStore.h"

#include <QCborMap>
#include <QStringList>
#include <functional>

namespace tack::server {

// approval.submit, approval.act and approval.template.put (docs/protocol.md section 6, "Approvals"). The
// routing and the state machine are core's (core/domain/approvals), with the directory read from the
// database; this class checks arguments, maps refusals to typed errors, stores and records events.
class ApprovalMutations
{
public:
    using Recorder = std::function<void(const QString &stream, const char *kind, const QCborMap &data)>;

    ApprovalMutations(ServerStore &store, const MutationContext &ctx, Recorder record);

    static bool handles(const QString &name);
    static QStringList names();
    MutationOutcome apply(const QString &name, const QCborMap &args);

private:
    MutationOutcome submit(const QCborMap &args);
    MutationOutcome act(const QCborMap &args);
    MutationOutcome templatePut(const QCborMap &args);

    // Validates `values` against the template: nothing when fine, else the invalid_args error listing
    // the problems field by field.
    std::optional<proto::Error> checkValues(const approvals::FormTemplate &form, const QCborMap &values);
    // approval.put to every participant's stream, and approval.notice to each person to tell.
    void publish(const approvals::ApprovalInstance &instance, const QList<qint64> &notify,
                 approvals::ApprovalAction action);

    ServerStore &m_store;
    MutationContext m_ctx;
    Recorder m_record;
    ApprovalStore m_approvals;
    ServerOrgDirectory m_directory;
};

} // namespace tack::server
