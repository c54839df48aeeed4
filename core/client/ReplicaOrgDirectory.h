#pragma once

#include "domain/approvals/OrgDirectory.h"
#include "store/ReplicaTypes.h"

#include <QHash>

namespace tack::store {
class Replica;
}

namespace tack::client {

// The approvals' view of the organisation from the client's replica: what the client needs to validate a
// form and preview its approver chain the way the server will resolve it. Reads the directory and the
// approval roles once when built (a snapshot; build a new one after the directory changed).
class ReplicaOrgDirectory : public approvals::OrgDirectory
{
public:
    explicit ReplicaOrgDirectory(store::Replica &replica); // callers catch db::SqlError

    bool isActivePerson(qint64 user) const override;
    bool departmentExists(qint64 department) const override;
    qint64 managerOf(qint64 user) const override;
    QList<qint64> departmentsOf(qint64 user) const override;
    qint64 parentDepartment(qint64 department) const override;
    qint64 departmentHead(qint64 department) const override;
    QList<qint64> roleMembers(const QString &role) const override;
    QList<qint64> admins() const override;
    QString displayName(qint64 user) const override;

private:
    QHash<qint64, store::UserRecord> m_users;
    QHash<qint64, store::DepartmentRecord> m_departments;
    QList<qint64> m_admins;
    QHash<QString, QList<qint64>> m_roles;
};

} // namespace tack::client
