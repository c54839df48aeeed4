#pragma once

#include "ServerStore.h"

#include <QList>
#include <QString>
#include <optional>

namespace tack::server {

// Creates people and departments, always together with their `org` stream event so running clients
// learn about them. Runs inside the caller's transaction.
class Accounts
{
public:
    explicit Accounts(ServerStore &store) : m_store(store) {}

    struct NewUser
    {
        QString login;
        QString name;
        QString title;
        qint64 department = 0;
        qint64 manager = 0;
        QString password;     // checked and hashed unless passwordHash is set
        QString passwordHash; // a precomputed hash (the demo seeder shares one)
        QString employeeId;
        QString phone;
        QString email;
        QList<qint64> departments; // further departments after `department`
        QString role;              // empty: "member", or "owner" when the org has no active owner yet
    };

    // Returns the new user id; throws StoreError with a readable message for bad input or a taken login.
    qint64 addUser(const NewUser &user, qint64 now);
    qint64 addDepartment(const QString &name, qint64 parent, qint64 manager, qint64 now);
    void setDepartmentManager(qint64 department, qint64 manager, qint64 now);
    void setRole(qint64 user, const QString &role, qint64 now);

    // Why a login is unacceptable, or nothing when it is fine.
    static std::optional<QString> loginProblem(const QString &login);
    static std::optional<QString> passwordProblem(const QString &password);

private:
    ServerStore &m_store;
};

} // namespace tack::server
