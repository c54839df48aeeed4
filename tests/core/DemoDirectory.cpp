#include "DemoDirectory.h"

#include "DemoScript.h"

#include <cstdlib>
#include <cstring>
#include <iostream>

namespace demo = tack::server::demo;

DemoDirectory::DemoDirectory()
{
    for (int i = 0; i < demo::kDepartmentCount; ++i)
        m_departmentIds.insert(QString::fromUtf8(demo::kDepartments[i].key), i + 1);
    for (int i = 0; i < demo::kPeopleCount; ++i) {
        m_ids.insert(QString::fromUtf8(demo::kPeople[i].login), i + 1);
        m_names.insert(i + 1, QString::fromUtf8(demo::kPeople[i].name));
    }
    for (int i = 0; i < demo::kPeopleCount; ++i) {
        const demo::Person &p = demo::kPeople[i];
        m_manager.insert(i + 1, p.manager ? id(p.manager) : 0);
        QList<qint64> departments{department(p.department)};
        if (p.secondDepartment)
            departments.append(department(p.secondDepartment));
        m_departments.insert(i + 1, departments);
    }
    for (int i = 0; i < demo::kDepartmentCount; ++i) {
        const demo::Department &d = demo::kDepartments[i];
        m_parent.insert(i + 1, d.parent ? department(d.parent) : 0);
        m_head.insert(i + 1, id(d.manager));
    }
    for (const demo::ApprovalRole &r : demo::kApprovalRoles)
        m_roles[QString::fromUtf8(r.role)].append(id(r.login));
    for (int i = 0; i < demo::kPeopleCount; ++i) {
        if (std::strcmp(demo::orgRole(demo::kPeople[i].login), "member") != 0)
            m_admins.append(i + 1);
    }
}

qint64 DemoDirectory::id(const char *login) const
{
    const qint64 found = m_ids.value(QString::fromUtf8(login));
    if (found == 0) {
        std::cerr << "DemoDirectory: no demo login " << login << std::endl;
        std::abort();
    }
    return found;
}

qint64 DemoDirectory::department(const char *key) const
{
    const qint64 found = m_departmentIds.value(QString::fromUtf8(key));
    if (found == 0) {
        std::cerr << "DemoDirectory: no demo department " << key << std::endl;
        std::abort();
    }
    return found;
}

bool DemoDirectory::isActivePerson(qint64 user) const
{
    return m_names.contains(user) && !m_disabled.contains(user);
}

bool DemoDirectory::departmentExists(qint64 department) const
{
    return m_parent.contains(department);
}

qint64 DemoDirectory::managerOf(qint64 user) const
{
    return m_manager.value(user);
}

QList<qint64> DemoDirectory::departmentsOf(qint64 user) const
{
    return m_departments.value(user);
}

qint64 DemoDirectory::parentDepartment(qint64 department) const
{
    return m_parent.value(department);
}

qint64 DemoDirectory::departmentHead(qint64 department) const
{
    return m_head.value(department);
}

QList<qint64> DemoDirectory::roleMembers(const QString &role) const
{
    return m_roles.value(role);
}

QList<qint64> DemoDirectory::admins() const
{
    return m_admins;
}

QString DemoDirectory::displayName(qint64 user) const
{
    return m_names.value(user, QStringLiteral("user %1").arg(user));
}
