#pragma once

#include "Objects.h"
#include "db/StatementCache.h"

#include <QList>
#include <optional>

namespace tack::server {

// Rows of the org directory: people, their departments and the departments themselves.
class DirectoryStore
{
public:
    explicit DirectoryStore(db::StatementCache &sql) : m_sql(sql) {}

    std::optional<UserRow> user(qint64 id);
    std::optional<UserRow> userByLogin(const QString &login);
    std::optional<UserRow> userByEmployeeId(const QString &employeeId);
    // Inserts a user (id 0 picks the next id) with its departments and returns its id.
    qint64 insertUser(const UserRow &u);
    // Rewrites every column and the department list of an existing user (the password hash too).
    void updateUser(const UserRow &u);
    QList<UserRow> users(qint64 afterId, int limit);
    qint64 userCount();
    // Active people with this org role.
    qint64 countActiveWithRole(const QString &role);
    // Ids of people (active or not) who list the department among theirs.
    QList<qint64> usersInDepartment(qint64 department);
    // An active owner or admin other than `except` (owners first, then the lowest id), or 0.
    qint64 firstAdministrator(qint64 except);

    std::optional<DepartmentRow> department(qint64 id);
    qint64 insertDepartment(const DepartmentRow &d);
    void updateDepartment(const DepartmentRow &d);
    void removeDepartment(qint64 id);
    void setDepartmentManager(qint64 department, qint64 manager);
    QList<DepartmentRow> departments(qint64 afterId, int limit);
    QList<qint64> childDepartments(qint64 parent);
    // Departments the person manages.
    QList<qint64> managedDepartments(qint64 user);

private:
    void writeDepartments(qint64 user, const QList<qint64> &departments);

    db::StatementCache &m_sql;
};

} // namespace tack::server
