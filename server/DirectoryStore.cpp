#include "DirectoryStore.h"

namespace tack::server {
namespace {

// The department list comes ordered by position (primary first) as "3,7,12".
constexpr const char *kUserColumns =
    "id, login, name, title, department, manager, active, password_hash, employee_id, phone, email, role, "
    "deactivated_at, (SELECT group_concat(department) FROM (SELECT department FROM user_departments "
    "WHERE user = users.id ORDER BY position)), on_leave";

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
    u.employeeId = s.text(8);
    u.phone = s.text(9);
    u.email = s.text(10);
    u.role = s.text(11);
    u.deactivatedAt = s.integer(12);
    const QString list = s.text(13);
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        u.departments.append(part.toLongLong());
    u.onLeave = s.integer(14) != 0;
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

std::optional<UserRow> oneUser(db::Statement &s)
{
    if (!s.step())
        return std::nullopt;
    return readUser(s);
}

// The primary department leads the list; an empty list with a primary department is that department.
QList<qint64> normalisedDepartments(const UserRow &u)
{
    QList<qint64> out;
    if (u.department != 0)
        out.append(u.department);
    for (qint64 d : u.departments) {
        if (d != 0 && !out.contains(d))
            out.append(d);
    }
    return out;
}

} // namespace

std::optional<UserRow> DirectoryStore::user(qint64 id)
{
    auto s = m_sql.get(userQuery("WHERE id = ?").constData());
    s->bind(1, id);
    return oneUser(*s);
}

std::optional<UserRow> DirectoryStore::userByLogin(const QString &login)
{
    auto s = m_sql.get(userQuery("WHERE login = ?").constData());
    s->bind(1, login);
    return oneUser(*s);
}

std::optional<UserRow> DirectoryStore::userByEmployeeId(const QString &employeeId)
{
    if (employeeId.isEmpty())
        return std::nullopt;
    auto s = m_sql.get(userQuery("WHERE employee_id = ?").constData());
    s->bind(1, employeeId);
    return oneUser(*s);
}

qint64 DirectoryStore::insertUser(const UserRow &u)
{
    const QList<qint64> departments = normalisedDepartments(u);
    auto s =
        m_sql.get("INSERT INTO users(id, login, name, title, department, manager, active, password_hash, "
                  "employee_id, phone, email, role, deactivated_at, on_leave) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (u.id > 0)
        s->bind(1, u.id);
    else
        s->bindNull(1);
    s->bind(2, u.login).bind(3, u.name).bind(4, u.title).bind(5, departments.value(0, 0)).bind(6, u.manager);
    s->bind(7, u.active).bind(8, u.passwordHash).bind(9, u.employeeId).bind(10, u.phone).bind(11, u.email);
    s->bind(12, u.role).bind(13, u.deactivatedAt).bind(14, u.onLeave);
    s->run();
    const qint64 id = m_sql.db().lastInsertRowId();
    writeDepartments(id, departments);
    return id;
}

void DirectoryStore::updateUser(const UserRow &u)
{
    const QList<qint64> departments = normalisedDepartments(u);
    auto s =
        m_sql.get("UPDATE users SET login = ?, name = ?, title = ?, department = ?, manager = ?, active = ?, "
                  "password_hash = ?, employee_id = ?, phone = ?, email = ?, role = ?, deactivated_at = ?, "
                  "on_leave = ? WHERE id = ?");
    s->bind(1, u.login).bind(2, u.name).bind(3, u.title).bind(4, departments.value(0, 0)).bind(5, u.manager);
    s->bind(6, u.active).bind(7, u.passwordHash).bind(8, u.employeeId).bind(9, u.phone).bind(10, u.email);
    s->bind(11, u.role).bind(12, u.deactivatedAt).bind(13, u.onLeave).bind(14, u.id);
    s->run();
    writeDepartments(u.id, departments);
}

void DirectoryStore::writeDepartments(qint64 user, const QList<qint64> &departments)
{
    m_sql.get("DELETE FROM user_departments WHERE user = ?")->bind(1, user).run();
    for (qsizetype i = 0; i < departments.size(); ++i) {
        m_sql.get("INSERT INTO user_departments(user, department, position) VALUES(?, ?, ?)")
            ->bind(1, user)
            .bind(2, departments[i])
            .bind(3, qint64(i))
            .run();
    }
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

qint64 DirectoryStore::countActiveWithRole(const QString &role)
{
    auto s = m_sql.get("SELECT count(*) FROM users WHERE role = ? AND active <> 0");
    s->bind(1, role);
    s->step();
    return s->integer(0);
}

QList<qint64> DirectoryStore::usersInDepartment(qint64 department)
{
    auto s = m_sql.get("SELECT user FROM user_departments WHERE department = ? ORDER BY user");
    s->bind(1, department);
    QList<qint64> out;
    while (s->step())
        out.append(s->integer(0));
    return out;
}

qint64 DirectoryStore::firstAdministrator(qint64 except)
{
    auto s = m_sql.get("SELECT id FROM users WHERE active <> 0 AND id <> ? AND role IN ('owner', 'admin') "
                       "ORDER BY role = 'owner' DESC, id LIMIT 1");
    s->bind(1, except);
    return s->step() ? s->integer(0) : 0;
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

void DirectoryStore::updateDepartment(const DepartmentRow &d)
{
    m_sql.get("UPDATE departments SET name = ?, parent = ?, manager = ? WHERE id = ?")
        ->bind(1, d.name)
        .bind(2, d.parent)
        .bind(3, d.manager)
        .bind(4, d.id)
        .run();
}

void DirectoryStore::removeDepartment(qint64 id)
{
    m_sql.get("DELETE FROM departments WHERE id = ?")->bind(1, id).run();
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

QList<qint64> DirectoryStore::childDepartments(qint64 parent)
{
    auto s = m_sql.get("SELECT id FROM departments WHERE parent = ? ORDER BY id");
    s->bind(1, parent);
    QList<qint64> out;
    while (s->step())
        out.append(s->integer(0));
    return out;
}

QList<qint64> DirectoryStore::managedDepartments(qint64 user)
{
    auto s = m_sql.get("SELECT id FROM departments WHERE manager = ? ORDER BY id");
    s->bind(1, user);
    QList<qint64> out;
    while (s->step())
        out.append(s->integer(0));
    return out;
}

} // namespace tack::server
