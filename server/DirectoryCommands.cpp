#include "DirectoryCommands.h"

#include "DepartmentPaths.h"
#include "MutationApplier.h"

#include <QCborArray>
#include <limits>

namespace tack::server {
namespace {

using namespace admincmd;

constexpr int kAll = std::numeric_limits<int>::max();

// Mutations as the system, all in one transaction, with their events kept for live delivery.
class Batch
{
public:
    Batch(ServerStore &store, qint64 now) : m_store(store), m_tx(store.db()), m_now(now) {}

    std::optional<QString> apply(const QString &name, const QCborMap &args, QCborMap *result = nullptr)
    {
        const MutationOutcome out =
            MutationApplier(m_store, MutationContext{0, QString(), -1, m_now, QString()}).apply(name, args);
        if (!out.ok())
            return out.error->message;
        m_events += out.events;
        if (result)
            *result = out.result;
        return std::nullopt;
    }
    AdminReply commit(AdminReply reply)
    {
        m_tx.commit();
        reply.events = m_events;
        return reply;
    }

private:
    ServerStore &m_store;
    db::Transaction m_tx;
    qint64 m_now;
    QList<QCborMap> m_events;
};

} // namespace

std::optional<UserRow> DirectoryCommands::person(const QString &key)
{
    if (key.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = key.mid(1).toLongLong(&ok);
        return ok ? m_dir.user(id) : std::nullopt;
    }
    if (auto u = m_dir.userByEmployeeId(key))
        return u;
    return m_dir.userByLogin(key);
}

QString DirectoryCommands::login(qint64 id)
{
    const auto u = id ? m_dir.user(id) : std::nullopt;
    return u ? u->login : QString();
}

std::optional<QString> DirectoryCommands::personArgs(const admincmd::Args &a, QCborMap &args)
{
    const std::pair<const char *, const char *> plain[] = {{"name", "name"},
                                                           {"title", "title"},
                                                           {"employee-id", "employee_id"},
                                                           {"phone", "phone"},
                                                           {"email", "email"}};
    for (const auto &[option, key] : plain) {
        if (a.has(option))
            args.insert(QLatin1String(key), a.value(option));
    }
    if (a.has("departments")) {
        const DepartmentPaths paths(m_dir);
        QCborArray ids;
        for (const QString &part : a.value("departments").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const auto id = paths.find(part);
            if (!id)
                return QStringLiteral("--departments: no department '%1' (see `admin departments list`)")
                    .arg(part.trimmed());
            ids.append(*id);
        }
        args.insert(QStringLiteral("departments"), ids);
    }
    if (a.has("manager")) {
        qint64 manager = 0;
        if (!a.value("manager").isEmpty()) {
            const auto m = person(a.value("manager"));
            if (!m)
                return QStringLiteral("--manager: nobody is '%1' (give a login, an employee id or #id)")
                    .arg(a.value("manager"));
            manager = m->id;
        }
        args.insert(QStringLiteral("manager"), manager);
    }
    if (m_request.hasPassword)
        args.insert(QStringLiteral("password"), m_request.password);
    return std::nullopt;
}

AdminReply DirectoryCommands::people(const admincmd::Args &a, const QString &verb)
{
    if (verb == QLatin1String("list")) {
        const DepartmentPaths paths(m_dir);
        QString out =
            QStringLiteral("id\tlogin\temployee_id\tname\ttitle\tdepartments\tmanager\trole\tactive\n");
        for (const UserRow &u : m_dir.users(0, kAll)) {
            QStringList departments;
            for (qint64 d : u.departments)
                departments << paths.path(d);
            out +=
                QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                    .arg(u.id)
                    .arg(u.login, u.employeeId, u.name, u.title, departments.join(QLatin1Char(';')),
                         login(u.manager), u.role, u.active ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        return printed(out);
    }
    Batch batch(m_store, m_now);
    if (verb == QLatin1String("add")) {
        if (!a.has("login") || !a.has("name"))
            return failed(QStringLiteral("admin people add needs --login and --name"), 2);
        QCborMap args;
        args.insert(QStringLiteral("login"), a.value("login"));
        if (auto e = personArgs(a, args))
            return failed(*e, 2);
        QCborMap result;
        if (auto e = batch.apply(QStringLiteral("user.create"), args, &result))
            return failed(*e);
        return batch.commit(printed(QString::number(result.value(QLatin1String("user")).toInteger()) + '\n'));
    }
    const QStringList verbs{QStringLiteral("set"), QStringLiteral("deactivate"),
                            QStringLiteral("reactivate")};
    if (!verbs.contains(verb))
        return unknownVerb("people", verb, "list, add, set, deactivate, reactivate");
    const QString key = a.positional.value(2);
    if (key.isEmpty())
        return failed(QStringLiteral("admin people %1 needs a person (login, employee id or #id)").arg(verb),
                      2);
    const auto target = person(key);
    if (!target)
        return failed(QStringLiteral("nobody is '%1' (give a login, an employee id or #id)").arg(key));
    QCborMap args;
    args.insert(QStringLiteral("user"), target->id);
    if (verb == QLatin1String("set")) {
        if (a.has("login"))
            return failed(QStringLiteral("a login cannot change"), 2);
        if (auto e = personArgs(a, args))
            return failed(*e, 2);
        if (args.size() == 1)
            return failed(QStringLiteral("admin people set: nothing to change (give --name, --title, ...)"),
                          2);
        if (auto e = batch.apply(QStringLiteral("user.update"), args))
            return failed(*e);
        return batch.commit(printed(QStringLiteral("updated %1\n").arg(target->login)));
    }
    if (auto e = batch.apply(QStringLiteral("user.") + verb, args))
        return failed(*e);
    return batch.commit(printed(QStringLiteral("%1d %2\n").arg(verb, target->login)));
}

AdminReply DirectoryCommands::departments(const admincmd::Args &a, const QString &verb)
{
    const DepartmentPaths paths(m_dir);
    if (verb == QLatin1String("list")) {
        QString out = QStringLiteral("id\tpath\tmanager\tpeople\n");
        for (const DepartmentRow &d : paths.all())
            out += QStringLiteral("%1\t%2\t%3\t%4\n")
                       .arg(d.id)
                       .arg(paths.path(d.id), login(d.manager))
                       .arg(m_dir.usersInDepartment(d.id).size());
        return printed(out);
    }
    const QStringList verbs{QStringLiteral("add"), QStringLiteral("set"), QStringLiteral("remove")};
    if (!verbs.contains(verb))
        return unknownVerb("departments", verb, "list, add, set, remove");
    const QString path = DepartmentPaths::normalised(a.positional.value(2));
    if (path.isEmpty())
        return failed(
            QStringLiteral("admin departments %1 needs a path, e.g. \"Company/Engineering\"").arg(verb), 2);
    QCborMap args;
    if (a.has("manager")) {
        qint64 manager = 0;
        if (!a.value("manager").isEmpty()) {
            const auto m = person(a.value("manager"));
            if (!m)
                return failed(QStringLiteral("--manager: nobody is '%1'").arg(a.value("manager")), 2);
            manager = m->id;
        }
        args.insert(QStringLiteral("manager"), manager);
    }
    Batch batch(m_store, m_now);
    if (verb == QLatin1String("add")) {
        const auto [parentPath, name] = DepartmentPaths::split(path);
        const auto parent = parentPath.isEmpty() ? std::optional<qint64>(0) : paths.find(parentPath);
        if (!parent)
            return failed(QStringLiteral("no department '%1' to hold '%2'").arg(parentPath, name));
        args.insert(QStringLiteral("name"), name);
        args.insert(QStringLiteral("parent"), *parent);
        QCborMap result;
        if (auto e = batch.apply(QStringLiteral("dept.create"), args, &result))
            return failed(*e);
        return batch.commit(
            printed(QString::number(result.value(QLatin1String("department")).toInteger()) + '\n'));
    }
    const auto id = paths.find(path);
    if (!id)
        return failed(QStringLiteral("no department '%1' (see `admin departments list`)").arg(path));
    args.insert(QStringLiteral("department"), *id);
    if (verb == QLatin1String("remove")) {
        if (auto e = batch.apply(QStringLiteral("dept.remove"), args))
            return failed(*e);
        return batch.commit(printed(QStringLiteral("removed %1\n").arg(path)));
    }
    if (a.has("name"))
        args.insert(QStringLiteral("name"), a.value("name"));
    if (a.has("parent")) {
        const auto parent =
            a.value("parent").trimmed().isEmpty() ? std::optional<qint64>(0) : paths.find(a.value("parent"));
        if (!parent)
            return failed(QStringLiteral("--parent: no department '%1'").arg(a.value("parent")), 2);
        args.insert(QStringLiteral("parent"), *parent);
    }
    if (args.size() == 1)
        return failed(QStringLiteral("admin departments set: nothing to change (give --name, --parent or "
                                     "--manager)"),
                      2);
    if (auto e = batch.apply(QStringLiteral("dept.update"), args))
        return failed(*e);
    return batch.commit(printed(QStringLiteral("updated %1\n").arg(path)));
}

AdminReply DirectoryCommands::roles(const admincmd::Args &a, const QString &verb)
{
    if (verb == QLatin1String("list")) {
        QString out = QStringLiteral("login\trole\tname\n");
        for (const UserRow &u : m_dir.users(0, kAll)) {
            if (u.active && orgrole::administers(u.role))
                out += QStringLiteral("%1\t%2\t%3\n").arg(u.login, u.role, u.name);
        }
        return printed(out);
    }
    if (verb != QLatin1String("set"))
        return unknownVerb("roles", verb, "list, set");
    const QString key = a.positional.value(2);
    const QString role = a.positional.value(3);
    if (key.isEmpty() || role.isEmpty())
        return failed(QStringLiteral("usage: admin roles set PERSON owner|admin|member"), 2);
    const auto target = person(key);
    if (!target)
        return failed(QStringLiteral("nobody is '%1' (give a login, an employee id or #id)").arg(key));
    QCborMap args;
    args.insert(QStringLiteral("user"), target->id);
    args.insert(QStringLiteral("role"), role);
    Batch batch(m_store, m_now);
    if (auto e = batch.apply(QStringLiteral("user.role"), args))
        return failed(*e);
    return batch.commit(printed(QStringLiteral("%1 is now %2\n").arg(target->login, role)));
}

} // namespace tack::server
