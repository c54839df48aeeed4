#include "OrgAdmin.h"

#include "Accounts.h"
#include "AdminSupport.h"
#include "AuditLog.h"
#include "DepartmentAdmin.h"
#include "GroupDeparture.h"
#include "PasswordHasher.h"
#include "TokenStore.h"
#include "domain/ChatRules.h"
#include "domain/OrgRules.h"
#include "protocol/ArgReader.h"

#include <QCborArray>
#include <QSet>
#include <limits>

namespace tack::server {
namespace {

using namespace admin;
using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

// Fields of a person and who besides owners and admins may change them.
const QStringList kPersonFields{
    QStringLiteral("name"),    QStringLiteral("title"),    QStringLiteral("employee_id"),
    QStringLiteral("phone"),   QStringLiteral("email"),    QStringLiteral("departments"),
    QStringLiteral("manager"), QStringLiteral("password"), QStringLiteral("on_leave")};
const QSet<QString> kSelfFields{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("on_leave")};
const QSet<QString> kManagerFields{QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("email")};

} // namespace

OrgAdmin::OrgAdmin(ServerStore &store, const MutationContext &ctx, Recorder record)
    : m_store(store), m_ctx(ctx), m_record(std::move(record)), m_dir(store.sql()), m_chat(store.sql())
{}

QStringList OrgAdmin::names()
{
    return {QStringLiteral("user.create"),     QStringLiteral("user.update"),
            QStringLiteral("user.deactivate"), QStringLiteral("user.reactivate"),
            QStringLiteral("user.role"),       QStringLiteral("dept.create"),
            QStringLiteral("dept.update"),     QStringLiteral("dept.remove")};
}

bool OrgAdmin::handles(const QString &name)
{
    static const QSet<QString> all = [] {
        const QStringList list = names();
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return all.contains(name);
}

MutationOutcome OrgAdmin::apply(const QString &name, const QCborMap &args)
{
    using Handler = MutationOutcome (OrgAdmin::*)(const QCborMap &);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("user.create"), &OrgAdmin::userCreate},
        {QStringLiteral("user.update"), &OrgAdmin::userUpdate},
        {QStringLiteral("user.deactivate"), &OrgAdmin::userDeactivate},
        {QStringLiteral("user.reactivate"), &OrgAdmin::userReactivate},
        {QStringLiteral("user.role"), &OrgAdmin::userRole},
    };
    if (name.startsWith(QLatin1String("dept.")))
        return DepartmentAdmin(m_store, m_ctx, m_record, actorAdministers()).apply(name, args);
    const Handler handler = handlers.value(name, nullptr);
    if (!handler)
        return failure(ErrorCode::UnknownMutation, QStringLiteral("unknown mutation '%1'").arg(name));
    return (this->*handler)(args);
}

QString OrgAdmin::actorRole()
{
    if (m_ctx.actor == 0)
        return orgrole::kOwner;
    if (!m_actor)
        m_actor = m_dir.user(m_ctx.actor);
    return m_actor && m_actor->active ? m_actor->role : QString();
}

void OrgAdmin::audit(const char *action, qint64 user, const QJsonObject &details)
{
    AuditLog(m_store).append(m_ctx.actor, QLatin1String(action), QStringLiteral("user:%1").arg(user), details,
                             m_ctx.address);
}

void OrgAdmin::putUser(const UserRow &row)
{
    m_dir.updateUser(row);
    m_record(streams::org(), "user.put", single("user", toCbor(*m_dir.user(row.id))));
}

std::optional<Error> OrgAdmin::readPersonFields(const QCborMap &args, UserRow &row, QStringList *changed)
{
    ArgReader a(args);
    auto note = [&](const char *key) {
        if (changed)
            changed->append(QLatin1String(key));
    };
    auto textField = [&](const char *key, int maxLen, QString &target,
                         std::optional<QString> (*problem)(const QString &)) -> std::optional<Error> {
        if (!has(args, key))
            return std::nullopt;
        const QString value = a.text(key, 0, maxLen).trimmed();
        if (auto e = a.error())
            return e;
        if (auto p = problem(value))
            return invalid(key, *p);
        if (value != target) {
            target = value;
            note(key);
        }
        return std::nullopt;
    };
    if (auto e = textField("name", org::kMaxNameChars, row.name, &org::nameProblem))
        return e;
    if (auto e = textField("title", org::kMaxTitleChars, row.title, &org::titleProblem))
        return e;
    if (auto e = textField("employee_id", org::kMaxEmployeeIdChars, row.employeeId, &org::employeeIdProblem))
        return e;
    if (auto e = textField("phone", org::kMaxPhoneChars, row.phone, &org::phoneProblem))
        return e;
    if (auto e = textField("email", org::kMaxEmailChars, row.email, &org::emailProblem))
        return e;
    if (!row.employeeId.isEmpty()) {
        const auto holder = m_dir.userByEmployeeId(row.employeeId);
        if (holder && holder->id != row.id)
            return Error{
                ErrorCode::Conflict,
                QStringLiteral("employee_id: '%1' already belongs to %2").arg(row.employeeId, holder->login)};
    }
    if (has(args, "departments")) {
        const QList<qint64> requested =
            a.integerList("departments", org::kMaxDepartmentsPerPerson, 1, kMaxId);
        if (auto e = a.error())
            return e;
        QList<qint64> departments;
        for (qint64 d : requested) {
            if (departments.contains(d))
                continue;
            if (!m_dir.department(d))
                return Error{ErrorCode::NotFound,
                             QStringLiteral("departments: no department with id %1").arg(d)};
            departments.append(d);
        }
        if (departments != row.departments) {
            row.departments = departments;
            row.department = departments.value(0, 0);
            note("departments");
        }
    }
    if (has(args, "manager")) {
        const qint64 manager = a.integer("manager", 0, kMaxId);
        if (auto e = a.error())
            return e;
        if (auto e = checkManager(row.id, manager))
            return e;
        if (manager != row.manager) {
            row.manager = manager;
            note("manager");
        }
    }
    if (has(args, "on_leave")) {
        const bool onLeave = a.boolean("on_leave", row.onLeave);
        if (auto e = a.error())
            return e;
        if (onLeave != row.onLeave) {
            row.onLeave = onLeave;
            note("on_leave");
        }
    }
    if (has(args, "password")) {
        const QString password = a.text("password", 0, 1024);
        if (auto e = a.error())
            return e;
        if (auto p = Accounts::passwordProblem(password))
            return invalid("password", *p);
        row.passwordHash = PasswordHasher::hash(password);
        if (row.passwordHash.isEmpty())
            return Error{ErrorCode::Internal,
                         QStringLiteral("the server ran out of memory hashing the password")};
        note("password");
    }
    return std::nullopt;
}

std::optional<Error> OrgAdmin::checkManager(qint64 user, qint64 manager)
{
    if (manager == 0)
        return std::nullopt;
    if (manager == user)
        return invalid("manager", QStringLiteral("a person cannot be their own manager"));
    qint64 at = manager;
    for (int depth = 0; at != 0 && depth < kMaxDepth; ++depth) {
        const auto row = m_dir.user(at);
        if (!row)
            return Error{ErrorCode::NotFound, QStringLiteral("manager: no user with id %1").arg(at)};
        if (row->manager == user && user != 0)
            return invalid("manager", QStringLiteral("%1 already reports to this person").arg(row->login));
        at = row->manager;
    }
    return std::nullopt;
}

MutationOutcome OrgAdmin::userCreate(const QCborMap &args)
{
    if (!actorAdministers())
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins may add people"));
    ArgReader a(args);
    UserRow row;
    row.login = a.text("login", 1, 64);
    if (auto e = a.error())
        return failure(*e);
    if (auto p = Accounts::loginProblem(row.login))
        return failure(invalid("login", *p));
    if (!has(args, "name"))
        return failure(invalid("name", QStringLiteral("missing")));
    if (m_dir.userByLogin(row.login))
        return failure(ErrorCode::Conflict, QStringLiteral("login: '%1' is already taken").arg(row.login));
    if (auto e = readPersonFields(args, row, nullptr))
        return failure(*e);
    row.role = orgrole::kMember;
    row.id = m_dir.insertUser(row);
    m_record(streams::org(), "user.put", single("user", toCbor(*m_dir.user(row.id))));
    MutationOutcome out;
    out.result = single("user", row.id);
    return out;
}

MutationOutcome OrgAdmin::userUpdate(const QCborMap &args)
{
    ArgReader a(args);
    const qint64 id = a.integer("user", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    auto row = m_dir.user(id);
    if (!row)
        return failure(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(id));
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("user") && !kPersonFields.contains(key))
            return failure(
                invalid(key.toUtf8().constData(), QStringLiteral("not a field that can be changed")));
    }

    // Owners and admins change anything (only owners touch owners and other admins); people change their own
    // contact details; a department's manager changes the title and contact details of its people.
    const QString role = actorRole();
    if (orgrole::administers(role)) {
        if (orgrole::administers(row->role) && role != orgrole::kOwner && id != m_ctx.actor)
            return failure(
                ErrorCode::Forbidden,
                QStringLiteral("only an owner may change the record of an owner or another admin"));
    } else {
        QSet<QString> allowed;
        if (id == m_ctx.actor)
            allowed = kSelfFields;
        const QList<qint64> managed = m_dir.managedDepartments(m_ctx.actor);
        for (qint64 d : row->departments) {
            if (managed.contains(d))
                allowed.unite(kManagerFields);
        }
        for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
            const QString key = it.key().toString();
            if (key != QLatin1String("user") && !allowed.contains(key))
                return failure(
                    ErrorCode::Forbidden,
                    allowed.isEmpty()
                        ? QStringLiteral("only the org's owners and admins may change this person")
                        : QStringLiteral("%1: only the org's owners and admins may change it").arg(key));
        }
    }

    QStringList changed;
    if (auto e = readPersonFields(args, *row, &changed))
        return failure(*e);
    if (changed.isEmpty())
        return {};
    putUser(*row);
    if (changed.contains(QLatin1String("password"))) {
        // A reset password ends the sessions opened with the old one.
        TokenStore(m_store.sql()).revokeAllOf(id);
        audit("user.password", id, {});
    }
    return {};
}

MutationOutcome OrgAdmin::userDeactivate(const QCborMap &args)
{
    ArgReader a(args);
    const qint64 id = a.integer("user", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    const QString role = actorRole();
    if (!orgrole::administers(role))
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins may deactivate people"));
    auto row = m_dir.user(id);
    if (!row)
        return failure(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(id));
    if (id == m_ctx.actor)
        return failure(ErrorCode::InvalidArgs, QStringLiteral("user: you cannot deactivate yourself"));
    if (orgrole::administers(row->role) && role != orgrole::kOwner)
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only an owner may deactivate an owner or admin"));
    if (!row->active)
        return {};
    if (row->role == orgrole::kOwner && m_dir.countActiveWithRole(orgrole::kOwner) <= 1)
        return failure(
            ErrorCode::Conflict,
            QStringLiteral("%1 is the org's last owner; make someone else an owner first").arg(row->login));

    row->active = false;
    row->deactivatedAt = m_ctx.now;
    putUser(*row);
    GroupDeparture(m_chat, m_dir, m_record).leaveAll(id);
    TokenStore(m_store.sql()).revokeAllOf(id);
    audit("user.deactivate", id, {{QStringLiteral("login"), row->login}});
    return {};
}

MutationOutcome OrgAdmin::userReactivate(const QCborMap &args)
{
    ArgReader a(args);
    const qint64 id = a.integer("user", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    const QString role = actorRole();
    if (!orgrole::administers(role))
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins may reactivate people"));
    auto row = m_dir.user(id);
    if (!row)
        return failure(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(id));
    if (orgrole::administers(row->role) && role != orgrole::kOwner)
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only an owner may reactivate an owner or admin"));
    if (row->active)
        return {};
    row->active = true;
    row->deactivatedAt = 0;
    putUser(*row);
    audit("user.reactivate", id, {{QStringLiteral("login"), row->login}});
    return {};
}

MutationOutcome OrgAdmin::userRole(const QCborMap &args)
{
    ArgReader a(args);
    const qint64 id = a.integer("user", 1, kMaxId);
    const QString newRole = a.text("role", 1, 16);
    if (auto e = a.error())
        return failure(*e);
    if (!orgrole::isValid(newRole))
        return failure(invalid("role", QStringLiteral("must be 'owner', 'admin' or 'member'")));
    if (actorRole() != orgrole::kOwner)
        return failure(ErrorCode::Forbidden, QStringLiteral("only an owner may change org roles"));
    auto row = m_dir.user(id);
    if (!row)
        return failure(ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(id));
    if (row->role == newRole)
        return {};
    if (row->role == orgrole::kOwner && row->active && m_dir.countActiveWithRole(orgrole::kOwner) <= 1)
        return failure(
            ErrorCode::Conflict,
            QStringLiteral("%1 is the org's last owner; make someone else an owner first").arg(row->login));
    audit("user.role", id, {{QStringLiteral("role"), newRole}, {QStringLiteral("from"), row->role}});
    row->role = newRole;
    putUser(*row);
    return {};
}

} // namespace tack::server
