#include "ServerOrgDirectory.h"

namespace tack::server {

const UserRow *ServerOrgDirectory::user(qint64 id) const
{
    auto it = m_users.find(id);
    if (it == m_users.end())
        it = m_users.insert(id, id > 0 ? m_dir.user(id) : std::nullopt);
    return it->has_value() ? &**it : nullptr;
}

const DepartmentRow *ServerOrgDirectory::department(qint64 id) const
{
    auto it = m_departments.find(id);
    if (it == m_departments.end())
        it = m_departments.insert(id, id > 0 ? m_dir.department(id) : std::nullopt);
    return it->has_value() ? &**it : nullptr;
}

bool ServerOrgDirectory::isActivePerson(qint64 id) const
{
    const UserRow *u = user(id);
    return u && u->active;
}

bool ServerOrgDirectory::departmentExists(qint64 id) const
{
    return department(id) != nullptr;
}

qint64 ServerOrgDirectory::managerOf(qint64 id) const
{
    const UserRow *u = user(id);
    return u ? u->manager : 0;
}

QList<qint64> ServerOrgDirectory::departmentsOf(qint64 id) const
{
    const UserRow *u = user(id);
    return u ? u->departments : QList<qint64>{};
}

qint64 ServerOrgDirectory::parentDepartment(qint64 id) const
{
    const DepartmentRow *d = department(id);
    return d ? d->parent : 0;
}

qint64 ServerOrgDirectory::departmentHead(qint64 id) const
{
    const DepartmentRow *d = department(id);
    return d ? d->manager : 0;
}

QList<qint64> ServerOrgDirectory::roleMembers(const QString &role) const
{
    return m_approvals.roleMembers(role);
}

QList<qint64> ServerOrgDirectory::admins() const
{
    QList<qint64> out;
    auto s = m_sql.get("SELECT id FROM users WHERE active <> 0 AND role IN ('owner', 'admin') "
                       "ORDER BY role = 'owner' DESC, id");
    while (s->step())
        out.append(s->integer(0));
    return out;
}

QString ServerOrgDirectory::displayName(qint64 id) const
{
    const UserRow *u = user(id);
    return u ? u->name : QStringLiteral("user %1").arg(id);
}

} // namespace tack::server
