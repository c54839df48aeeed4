#include "DepartmentAdmin.h"

#include "AdminSupport.h"
#include "domain/ChatRules.h"
#include "domain/OrgRules.h"
#include "protocol/ArgReader.h"

#include <limits>

namespace tack::server {

using namespace admin;
using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

DepartmentAdmin::DepartmentAdmin(ServerStore &store, const MutationContext &ctx, Recorder record,
                                 bool actorAdministers)
    : m_ctx(ctx), m_record(std::move(record)), m_dir(store.sql()), m_actorAdministers(actorAdministers)
{}

MutationOutcome DepartmentAdmin::apply(const QString &name, const QCborMap &args)
{
    if (name == QLatin1String("dept.create"))
        return deptCreate(args);
    if (name == QLatin1String("dept.update"))
        return deptUpdate(args);
    if (name == QLatin1String("dept.remove"))
        return deptRemove(args);
    return failure(ErrorCode::UnknownMutation, QStringLiteral("unknown mutation '%1'").arg(name));
}

void DepartmentAdmin::putDepartment(const DepartmentRow &row)
{
    m_record(streams::org(), "dept.put", single("department", toCbor(row)));
}

std::optional<Error> DepartmentAdmin::checkParent(qint64 department, qint64 parent)
{
    qint64 at = parent;
    for (int depth = 0; at != 0 && depth < kMaxDepth; ++depth) {
        if (at == department)
            return invalid("parent", QStringLiteral("a department cannot sit inside itself"));
        const auto row = m_dir.department(at);
        if (!row)
            return Error{ErrorCode::NotFound, QStringLiteral("parent: no department with id %1").arg(at)};
        at = row->parent;
    }
    return std::nullopt;
}

std::optional<Error> DepartmentAdmin::checkSiblingName(qint64 department, qint64 parent, const QString &name)
{
    // Names are unique among siblings, so a path like Engineering/Platform names one department.
    for (const DepartmentRow &d : m_dir.departments(0, std::numeric_limits<int>::max())) {
        if (d.id != department && d.parent == parent && d.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error{ErrorCode::Conflict,
                         QStringLiteral("name: department %1 already has a sub-department '%2'")
                             .arg(parent)
                             .arg(name)};
    }
    return std::nullopt;
}

MutationOutcome DepartmentAdmin::deptCreate(const QCborMap &args)
{
    if (!m_actorAdministers)
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins may add departments"));
    ArgReader a(args);
    DepartmentRow d;
    d.name = a.text("name", 1, org::kMaxNameChars).trimmed();
    d.parent = a.optionalInteger("parent", 0, kMaxId, 0);
    d.manager = a.optionalInteger("manager", 0, kMaxId, 0);
    if (auto e = a.error())
        return failure(*e);
    if (auto p = org::departmentNameProblem(d.name))
        return failure(invalid("name", *p));
    if (d.parent != 0 && !m_dir.department(d.parent))
        return failure(ErrorCode::NotFound, QStringLiteral("parent: no department with id %1").arg(d.parent));
    if (d.manager != 0 && !m_dir.user(d.manager))
        return failure(ErrorCode::NotFound, QStringLiteral("manager: no user with id %1").arg(d.manager));
    if (auto e = checkSiblingName(0, d.parent, d.name))
        return failure(*e);
    d.id = m_dir.insertDepartment(d);
    putDepartment(d);
    MutationOutcome out;
    out.result = single("department", d.id);
    return out;
}

MutationOutcome DepartmentAdmin::deptUpdate(const QCborMap &args)
{
    if (!m_actorAdministers)
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins may change departments"));
    ArgReader a(args);
    const qint64 id = a.integer("department", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    auto d = m_dir.department(id);
    if (!d)
        return failure(ErrorCode::NotFound, QStringLiteral("no department with id %1").arg(id));
    DepartmentRow updated = *d;
    if (has(args, "name"))
        updated.name = a.text("name", 1, org::kMaxNameChars).trimmed();
    updated.parent = a.optionalInteger("parent", 0, kMaxId, d->parent);
    updated.manager = a.optionalInteger("manager", 0, kMaxId, d->manager);
    if (auto e = a.error())
        return failure(*e);
    if (auto p = org::departmentNameProblem(updated.name))
        return failure(invalid("name", *p));
    if (auto e = checkParent(id, updated.parent))
        return failure(*e);
    if (updated.manager != 0 && !m_dir.user(updated.manager))
        return failure(ErrorCode::NotFound,
                       QStringLiteral("manager: no user with id %1").arg(updated.manager));
    if (auto e = checkSiblingName(id, updated.parent, updated.name))
        return failure(*e);
    if (updated.name == d->name && updated.parent == d->parent && updated.manager == d->manager)
        return {};
    m_dir.updateDepartment(updated);
    putDepartment(updated);
    return {};
}

MutationOutcome DepartmentAdmin::deptRemove(const QCborMap &args)
{
    if (!m_actorAdministers)
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins may remove departments"));
    ArgReader a(args);
    const qint64 id = a.integer("department", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    if (!m_dir.department(id))
        return failure(ErrorCode::NotFound, QStringLiteral("no department with id %1").arg(id));
    if (const QList<qint64> people = m_dir.usersInDepartment(id); !people.isEmpty())
        return failure(
            ErrorCode::Conflict,
            QStringLiteral("department %1 still has %2 people (deactivated ones count); move them first")
                .arg(id)
                .arg(people.size()));
    if (!m_dir.childDepartments(id).isEmpty())
        return failure(
            ErrorCode::Conflict,
            QStringLiteral("department %1 still has sub-departments; remove or move them first").arg(id));
    m_dir.removeDepartment(id);
    m_record(streams::org(), "dept.removed", single("department", id));
    return {};
}

} // namespace tack::server
