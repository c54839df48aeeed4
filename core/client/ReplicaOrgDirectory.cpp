#include "client/ReplicaOrgDirectory.h"

#include "store/Replica.h"

#include <algorithm>

namespace tack::client {

ReplicaOrgDirectory::ReplicaOrgDirectory(store::Replica &replica)
{
    for (const store::UserRecord &u : replica.users())
        m_users.insert(u.id, u);
    for (const store::DepartmentRecord &d : replica.departments())
        m_departments.insert(d.id, d);
    // In the server's order (owners first, then by id), so a route to "an admin" previews the same person.
    QList<store::UserRecord> admins = replica.orgAdministrators();
    std::sort(admins.begin(), admins.end(), [](const store::UserRecord &a, const store::UserRecord &b) {
        const bool aOwner = a.role == QLatin1String("owner");
        const bool bOwner = b.role == QLatin1String("owner");
        return aOwner != bOwner ? aOwner : a.id < b.id;
    });
    for (const store::UserRecord &u : std::as_const(admins))
        m_admins.append(u.id);
    for (const QString &role : replica.approvalRoles())
        m_roles.insert(role, replica.approvalRoleMembers(role));
}

bool ReplicaOrgDirectory::isActivePerson(qint64 user) const
{
    const auto it = m_users.constFind(user);
    return it != m_users.cend() && it->active;
}

bool ReplicaOrgDirectory::departmentExists(qint64 department) const
{
    return m_departments.contains(department);
}

qint64 ReplicaOrgDirectory::managerOf(qint64 user) const
{
    return m_users.value(user).manager;
}

QList<qint64> ReplicaOrgDirectory::departmentsOf(qint64 user) const
{
    const store::UserRecord u = m_users.value(user);
    if (!u.departments.isEmpty())
        return u.departments;
    return u.department > 0 ? QList<qint64>{u.department} : QList<qint64>();
}

qint64 ReplicaOrgDirectory::parentDepartment(qint64 department) const
{
    return m_departments.value(department).parent;
}

qint64 ReplicaOrgDirectory::departmentHead(qint64 department) const
{
    return m_departments.value(department).manager;
}

QList<qint64> ReplicaOrgDirectory::roleMembers(const QString &role) const
{
    return m_roles.value(role);
}

QList<qint64> ReplicaOrgDirectory::admins() const
{
    return m_admins;
}

QString ReplicaOrgDirectory::displayName(qint64 user) const
{
    const auto it = m_users.constFind(user);
    if (it == m_users.cend())
        return QStringLiteral("#%1").arg(user);
    return it->name.isEmpty() ? it->login : it->name;
}

} // namespace tack::client
