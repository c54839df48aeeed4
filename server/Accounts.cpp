#include "Accounts.h"

#include "DirectoryStore.h"
#include "OpLog.h"
#include "PasswordHasher.h"
#include "domain/ChatRules.h"
#include "domain/OrgRules.h"

namespace tack::server {

std::optional<QString> Accounts::loginProblem(const QString &login)
{
    return org::loginProblem(login);
}

std::optional<QString> Accounts::passwordProblem(const QString &password)
{
    if (password.isEmpty())
        return QStringLiteral("the password is empty (write it as the first line on standard input)");
    if (password.size() < PasswordHasher::kMinPasswordChars)
        return QStringLiteral("the password must be at least %1 characters long")
            .arg(PasswordHasher::kMinPasswordChars);
    return std::nullopt;
}

qint64 Accounts::addUser(const NewUser &nu, qint64 now)
{
    if (auto problem = loginProblem(nu.login))
        throw StoreError(*problem);
    if (nu.name.trimmed().isEmpty() || nu.name.size() > chat::kMaxTitleChars)
        throw StoreError(QStringLiteral("a name must be 1 to %1 characters long").arg(chat::kMaxTitleChars));
    DirectoryStore dir(m_store.sql());
    if (dir.userByLogin(nu.login))
        throw StoreError(QStringLiteral("the login '%1' is already taken").arg(nu.login));
    for (qint64 department : QList<qint64>{nu.department} + nu.departments) {
        if (department != 0 && !dir.department(department))
            throw StoreError(QStringLiteral("there is no department with id %1").arg(department));
    }
    if (!nu.employeeId.isEmpty() && dir.userByEmployeeId(nu.employeeId))
        throw StoreError(QStringLiteral("the employee id '%1' is already taken").arg(nu.employeeId));
    if (!nu.role.isEmpty() && !orgrole::isValid(nu.role))
        throw StoreError(QStringLiteral("a role is owner, admin or member"));
    if (nu.manager != 0 && !dir.user(nu.manager))
        throw StoreError(QStringLiteral("there is no user with id %1 to be the manager").arg(nu.manager));

    UserRow row;
    row.login = nu.login;
    row.name = nu.name.trimmed();
    row.title = nu.title.trimmed();
    row.department = nu.department;
    row.manager = nu.manager;
    row.departments = nu.departments;
    row.employeeId = nu.employeeId.trimmed();
    row.phone = nu.phone.trimmed();
    row.email = nu.email.trimmed();
    row.role = !nu.role.isEmpty()                              ? nu.role
               : dir.countActiveWithRole(orgrole::kOwner) == 0 ? orgrole::kOwner
                                                               : orgrole::kMember;
    row.passwordHash = nu.passwordHash;
    if (row.passwordHash.isEmpty()) {
        if (auto problem = passwordProblem(nu.password))
            throw StoreError(*problem);
        row.passwordHash = PasswordHasher::hash(nu.password);
        if (row.passwordHash.isEmpty())
            throw StoreError(QStringLiteral("not enough memory to hash the password"));
    }
    row.id = dir.insertUser(row);
    row = *dir.user(row.id); // as stored: the department list normalised

    QCborMap data;
    data.insert(QLatin1String("user"), toCbor(row));
    OpLog(m_store.sql())
        .append(streams::org(), QStringLiteral("user.put"), data, EventOrigin{0, now, {}, -1});
    return row.id;
}

qint64 Accounts::addDepartment(const QString &name, qint64 parent, qint64 manager, qint64 now)
{
    DirectoryStore dir(m_store.sql());
    DepartmentRow d{0, name, parent, manager};
    d.id = dir.insertDepartment(d);
    QCborMap data;
    data.insert(QLatin1String("department"), toCbor(d));
    OpLog(m_store.sql())
        .append(streams::org(), QStringLiteral("dept.put"), data, EventOrigin{0, now, {}, -1});
    return d.id;
}

void Accounts::setDepartmentManager(qint64 department, qint64 manager, qint64 now)
{
    DirectoryStore dir(m_store.sql());
    dir.setDepartmentManager(department, manager);
    const auto d = dir.department(department);
    if (!d)
        return;
    QCborMap data;
    data.insert(QLatin1String("department"), toCbor(*d));
    OpLog(m_store.sql())
        .append(streams::org(), QStringLiteral("dept.put"), data, EventOrigin{0, now, {}, -1});
}

} // namespace tack::server

namespace tack::server {

void Accounts::setRole(qint64 user, const QString &role, qint64 now)
{
    DirectoryStore dir(m_store.sql());
    auto row = dir.user(user);
    if (!row)
        throw StoreError(QStringLiteral("there is no user with id %1").arg(user));
    row->role = role;
    dir.updateUser(*row);
    QCborMap data;
    data.insert(QLatin1String("user"), toCbor(*row));
    OpLog(m_store.sql())
        .append(streams::org(), QStringLiteral("user.put"), data, EventOrigin{0, now, {}, -1});
}

} // namespace tack::server
