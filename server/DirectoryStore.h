#pragma once

#include "Objects.h"
#include "db/StatementCache.h"

#include <QList>
#include <optional>

namespace tack::server {

// Rows of the org directory: people and departments.
class DirectoryStore
{
public:
    explicit DirectoryStore(db::StatementCache &sql) : m_sql(sql) {}

    std::optional<UserRow> user(qint64 id);
    std::optional<UserRow> userByLogin(const QString &login);
    // Inserts a user (id 0 picks the next id) and returns its id.
    qint64 insertUser(const UserRow &u);
    QList<UserRow> users(qint64 afterId, int limit);
    qint64 userCount();

    std::optional<DepartmentRow> department(qint64 id);
    qint64 insertDepartment(const DepartmentRow &d);
    void setDepartmentManager(qint64 department, qint64 manager);
    QList<DepartmentRow> departments(qint64 afterId, int limit);

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
