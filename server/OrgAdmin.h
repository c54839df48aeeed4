#pragma once

#include "ChatStore.h"
#include "DirectoryStore.h"
#include "MutationTypes.h"
#include "ServerStore.h"

#include <QCborMap>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace tack::server {

// The org directory's admin mutations (docs/protocol.md section 6): people, departments and org roles,
// with their who-may rules. Runs inside MutationApplier's savepoint and records events through it.
class OrgAdmin
{
public:
    using Recorder = std::function<void(const QString &stream, const char *kind, const QCborMap &data)>;

    OrgAdmin(ServerStore &store, const MutationContext &ctx, Recorder record);

    static bool handles(const QString &name);
    static QStringList names();
    MutationOutcome apply(const QString &name, const QCborMap &args);

private:
    MutationOutcome userCreate(const QCborMap &args);
    MutationOutcome userUpdate(const QCborMap &args);
    MutationOutcome userDeactivate(const QCborMap &args);
    MutationOutcome userReactivate(const QCborMap &args);
    MutationOutcome userRole(const QCborMap &args);

    // The acting person's org role; the system (actor 0) counts as an owner.
    QString actorRole();
    bool actorAdministers() { return orgrole::administers(actorRole()); }
    // Reads the editable person fields present in args into `row`; the first problem is returned.
    std::optional<proto::Error> readPersonFields(const QCborMap &args, UserRow &row, QStringList *changed);
    std::optional<proto::Error> checkManager(qint64 user, qint64 manager);
    void putUser(const UserRow &row);
    void audit(const char *action, qint64 user, const QJsonObject &details);

    ServerStore &m_store;
    MutationContext m_ctx;
    Recorder m_record;
    DirectoryStore m_dir;
    ChatStore m_chat;
    std::optional<UserRow> m_actor;
};

} // namespace tack::server
