#pragma once

#include "DirectoryStore.h"
#include "MutationTypes.h"
#include "ServerStore.h"

#include <QCborMap>
#include <functional>

namespace tack::server {

// dept.create / dept.update / dept.remove (docs/protocol.md section 6); OrgAdmin hands them over after it
// has worked out whether the actor administers the org.
class DepartmentAdmin
{
public:
    using Recorder = std::function<void(const QString &stream, const char *kind, const QCborMap &data)>;

    DepartmentAdmin(ServerStore &store, const MutationContext &ctx, Recorder record, bool actorAdministers);

    MutationOutcome apply(const QString &name, const QCborMap &args);

private:
    MutationOutcome deptCreate(const QCborMap &args);
    MutationOutcome deptUpdate(const QCborMap &args);
    MutationOutcome deptRemove(const QCborMap &args);
    std::optional<proto::Error> checkParent(qint64 department, qint64 parent);
    std::optional<proto::Error> checkSiblingName(qint64 department, qint64 parent, const QString &name);
    void putDepartment(const DepartmentRow &row);

    MutationContext m_ctx;
    Recorder m_record;
    DirectoryStore m_dir;
    bool m_actorAdministers = false;
};

} // namespace tack::server
