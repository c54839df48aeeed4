#pragma once

#include "ApprovalStore.h"
#include "DirectoryStore.h"
#include "domain/approvals/OrgDirectory.h"

#include <QHash>

namespace tack::server {

// The server's answer to what approvals ask of the org: people, managers and departments from the
// directory tables, approval roles from approval_roles. Rows are read once per mutation and cached.
class ServerOrgDirectory : public approvals::OrgDirectory
{
public:
    explicit ServerOrgDirectory(db::StatementCache &sql) : m_sql(sql), m_dir(sql), m_approvals(sql) {}

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
    const UserRow *user(qint64 id) const;
    const DepartmentRow *department(qint64 id) const;

    db::StatementCache &m_sql;
    mutable DirectoryStore m_dir;
    mutable ApprovalStore m_approvals;
    mutable QHash<qint64, std::optional<UserRow>> m_users;
    mutable QHash<qint64, std::optional<DepartmentRow>> m_departments;
};

} // namespace tack::server
