#include "DirectoryStore.h"

namespace tack::server {
namespace {

constexpr const char *kUserColumns = "id, login, name, title, department, manager, active, password_hash";

UserRow readUser(const db::Statement &s)
{
    UserRow u;
    u.id = s.integer(0);
    u.login = s.text(1);
    u.name = s.text(2);
    u.title = s.text(3);
    u.department = s.integer(4);
    u.manager = s.integer(5);
    u.active = s.integer(6) != 0;
    u.passwordHash = s.text(7);
    return u;
}

DepartmentRow readDepartment(const db::Statement &s)
{
    return DepartmentRow{s.integer(0), s.text(1), s.integer(2), s.integer(3)};
}

QByteArray userQuery(const char *where)
{
    return QByteArray("SELECT ") + kUserColumns + " FROM users " + where;
}

} // namespace

std::optional<UserRow> DirectoryStore::user(qint64 id)
{
    auto s = m_sql.get(userQuery("WHERE id = ?").constData());
    s->bind(1, id);
    if (!s->step())
        return std::nullopt;
    return readUser(*s);
}

std::optional<UserRow> DirectoryStore::userByLogin(const QString &login)
{
    auto s = m_sql.get(userQuery("WHERE login = ?").constData());
    s->bind(1, login);
    if (!s->step())
        return std::nullopt;
    return readUser(*s);
}

qint64 DirectoryStore::insertUser(const UserRow &u)
{
    auto s = m_sql.get("INSERT INTO users(id, login, name, title, department, manager, active, "
                       "password_hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (u.id > 0)
        s->bind(1, u.id);
    else
        s->bindNull(1);
    s->bind(2, u.login).bind(3, u.name).bind(4, u.title).bind(5, u.department).bind(6, u.manager);
    s->bind(7, u.active).bind(8, u.passwordHash);
    s->run();
    return m_sql.db().lastInsertRowId();
}

QList<UserRow> DirectoryStore::users(qint64 afterId, int limit)
{
    auto s = m_sql.get(userQuery("WHERE id > ? ORDER BY id LIMIT ?").constData());
    s->bind(1, afterId).bind(2, limit);
    QList<UserRow> out;
    while (s->step())
        out.append(readUser(*s));
    return out;
}

qint64 DirectoryStore::userCount()
{
    auto s = m_sql.get("SELECT count(*) FROM users");
    s->step();
    return s->integer(0);
}

std::optional<DepartmentRow> DirectoryStore::department(qint64 id)
{
    auto s = m_sql.get("SELECT id, name, parent, manager FROM departments WHERE id = ?");
    s->bind(1, id);
    if (!s->step())
        return std::nullopt;
    return readDepartment(*s);
}

qint64 DirectoryStore::insertDepartment(const DepartmentRow &d)
{
    auto s = m_sql.get("INSERT INTO departments(name, parent, manager) VALUES(?, ?, ?)");
    s->bind(1, d.name).bind(2, d.parent).bind(3, d.manager);
    s->run();
    return m_sql.db().lastInsertRowId();
}

void DirectoryStore::setDepartmentManager(qint64 department, qint64 manager)
{
    m_sql.get("UPDATE departments SET manager = ? WHERE id = ?")->bind(1, manager).bind(2, department).run();
}

QList<DepartmentRow> DirectoryStore::departments(qint64 afterId, int limit)
{
    auto s = m_sql.get("SELECT id, name, parent, manager FROM departments WHERE id > ? ORDER BY id LIMIT ?");
    s->bind(1, afterId).bind(2, limit);
    QList<DepartmentRow> out;
    while (s->step())
        out.append(readDepartment(*s));
    return out;
}

} // namespace tack::server
