#pragma once

#include "AdminArgs.h"
#include "DirectoryStore.h"
#include "OrgCommands.h"
#include "ServerStore.h"

#include <optional>

namespace tack::server {

// `admin people|departments|roles ...`: each command runs its mutations as the system in one transaction.
class DirectoryCommands
{
public:
    DirectoryCommands(ServerStore &store, const AdminRequest &request, qint64 now)
        : m_store(store), m_dir(store.sql()), m_request(request), m_now(now)
    {}

    AdminReply people(const admincmd::Args &a, const QString &verb);
    AdminReply departments(const admincmd::Args &a, const QString &verb);
    AdminReply roles(const admincmd::Args &a, const QString &verb);

private:
    // A login, an employee id or #id.
    std::optional<UserRow> person(const QString &key);
    // Fills the person fields given as options into mutation args; the error message otherwise.
    std::optional<QString> personArgs(const admincmd::Args &a, QCborMap &args);
    QString login(qint64 id);

    ServerStore &m_store;
    DirectoryStore m_dir;
    const AdminRequest &m_request;
    qint64 m_now;
};

} // namespace tack::server
