#include "OrgCommands.h"

#include "AuditLog.h"
#include "DepartmentPaths.h"
#include "DirectoryStore.h"
#include "MutationApplier.h"
#include "OrgCsv.h"

#include <QCborArray>
#include <QHash>
#include <QSet>
#include <limits>

namespace tack::server {
namespace {

constexpr int kAll = std::numeric_limits<int>::max();

const QStringList kValueOptions{
    QStringLiteral("login"),       QStringLiteral("name"),    QStringLiteral("title"),
    QStringLiteral("employee-id"), QStringLiteral("phone"),   QStringLiteral("email"),
    QStringLiteral("departments"), QStringLiteral("manager"), QStringLiteral("parent")};

struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> switches;
    QString error;

    bool has(const char *name) const { return options.contains(QLatin1String(name)); }
    QString value(const char *name) const { return options.value(QLatin1String(name)); }
};

Args parseArgs(const QStringList &args)
{
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(QLatin1String("--"))) {
            a.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        if (name == QLatin1String("dry-run")) {
            a.switches.insert(name);
            continue;
        }
        QString value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            a.error = QStringLiteral("option '--%1' needs a value").arg(name);
            return a;
        }
        if (!kValueOptions.contains(name)) {
            a.error = QStringLiteral("unknown option '--%1'").arg(name);
            return a;
        }
        a.options.insert(name, value);
    }
    return a;
}

AdminReply failed(const QString &message, int code = 1)
{
    AdminReply r;
    r.exitCode = code;
    r.err = message;
    return r;
}

AdminReply unknownVerb(const char *group, const QString &verb, const char *choices)
{
    if (verb.isEmpty())
        return failed(
            QStringLiteral("admin %1 needs a command: %2").arg(QLatin1String(group), QLatin1String(choices)),
            2);
    return failed(QStringLiteral("unknown command 'admin %1 %2' (try %3)")
                      .arg(QLatin1String(group), verb, QLatin1String(choices)),
                  2);
}

AdminReply printed(const QString &text)
{
    AdminReply r;
    r.out = text.toUtf8();
    return r;
}

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

class Commands
{
public:
    Commands(ServerStore &store, const AdminRequest &request, qint64 now)
        : m_store(store), m_dir(store.sql()), m_request(request), m_now(now)
    {}

    AdminReply run();

private:
    AdminReply people(const Args &a, const QString &verb);
    AdminReply departments(const Args &a, const QString &verb);
    AdminReply roles(const Args &a, const QString &verb);
    AdminReply import(const Args &a);
    AdminReply exportCsv(const Args &a);

    std::optional<UserRow> person(const QString &key);
    // Fills the person fields given as options into mutation args; the error message otherwise.
    std::optional<QString> personArgs(const Args &a, QCborMap &args);
    QString login(qint64 id);

    ServerStore &m_store;
    DirectoryStore m_dir;
    const AdminRequest &m_request;
    qint64 m_now;
};

std::optional<UserRow> Commands::person(const QString &key)
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

QString Commands::login(qint64 id)
{
    const auto u = id ? m_dir.user(id) : std::nullopt;
    return u ? u->login : QString();
}

std::optional<QString> Commands::personArgs(const Args &a, QCborMap &args)
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

AdminReply Commands::run()
{
    const Args a = parseArgs(m_request.args);
    if (!a.error.isEmpty())
        return failed(QStringLiteral("admin %1: %2").arg(m_request.args.value(0), a.error), 2);
    const QString group = a.positional.value(0);
    if (group == QLatin1String("import"))
        return import(a);
    if (group == QLatin1String("export"))
        return exportCsv(a);
    const QString verb = a.positional.value(1);
    if (group == QLatin1String("people"))
        return people(a, verb);
    if (group == QLatin1String("departments"))
        return departments(a, verb);
    if (group == QLatin1String("roles"))
        return roles(a, verb);
    return failed(QStringLiteral("unknown command 'admin %1'").arg(group), 2);
}

AdminReply Commands::people(const Args &a, const QString &verb)
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

AdminReply Commands::departments(const Args &a, const QString &verb)
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

AdminReply Commands::roles(const Args &a, const QString &verb)
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

AdminReply Commands::import(const Args &a)
{
    const QString file = a.positional.value(1);
    if (file.isEmpty())
        return failed(QStringLiteral("usage: admin import FILE.csv [--dry-run]"), 2);
    const bool dryRun = a.switches.contains(QStringLiteral("dry-run"));
    const OrgCsv::Report report = OrgCsv(m_store).import(m_request.input, dryRun, m_now, file);
    AdminReply reply;
    QString out;
    for (const QString &c : report.changes)
        out += c + QLatin1Char('\n');
    for (const QString &p : report.problems)
        out += QStringLiteral("%1: %2\n").arg(file, p);
    reply.events = report.events;
    if (!report.problems.isEmpty()) {
        reply.exitCode = 1;
        reply.err =
            QStringLiteral("%1: %2 bad row(s); nothing was imported").arg(file).arg(report.problems.size());
    } else if (report.changes.isEmpty()) {
        out += QStringLiteral("no changes\n");
    } else if (dryRun) {
        out += QStringLiteral("dry run: %1 change(s), nothing stored\n").arg(report.changes.size());
    } else {
        out += QStringLiteral("imported: %1 change(s)\n").arg(report.changes.size());
    }
    reply.out = out.toUtf8();
    return reply;
}

AdminReply Commands::exportCsv(const Args &a)
{
    const QString what = a.positional.value(1);
    OrgCsv csv(m_store);
    AdminReply reply;
    if (what == QLatin1String("people"))
        reply.out = csv.exportPeople();
    else if (what == QLatin1String("departments"))
        reply.out = csv.exportDepartments();
    else
        return failed(QStringLiteral("usage: admin export people|departments [--out FILE.csv]"), 2);
    AuditLog(m_store).append(0, QStringLiteral("export"), what,
                             {{QStringLiteral("via"), QStringLiteral("tack-server admin")}});
    return reply;
}

} // namespace

bool isOrgCommand(const QString &group)
{
    static const QStringList groups{QStringLiteral("people"), QStringLiteral("departments"),
                                    QStringLiteral("roles"), QStringLiteral("import"),
                                    QStringLiteral("export")};
    return groups.contains(group);
}

QString orgCommandsUsage()
{
    return QStringLiteral(
        "  tack-server admin people list --data DIR\n"
        "  tack-server admin people add --data DIR --login L --name N [--title T] [--employee-id E] [--phone "
        "P]\n"
        "                    [--email M] [--departments \"PATH;PATH\"] [--manager PERSON] "
        "[--password-stdin]\n"
        "  tack-server admin people set PERSON --data DIR [same options as add, without --login]\n"
        "  tack-server admin people deactivate|reactivate PERSON --data DIR\n"
        "  tack-server admin departments list --data DIR\n"
        "  tack-server admin departments add PATH --data DIR [--manager PERSON]\n"
        "  tack-server admin departments set PATH --data DIR [--name N] [--parent PATH] [--manager PERSON]\n"
        "  tack-server admin departments remove PATH --data DIR\n"
        "  tack-server admin roles list --data DIR\n"
        "  tack-server admin roles set PERSON owner|admin|member --data DIR\n"
        "  tack-server admin import FILE.csv --data DIR [--dry-run]\n"
        "  tack-server admin export people|departments --data DIR [--out FILE.csv]\n"
        "  (PERSON is a login, an employee id or #id; PATH is like \"Company/Engineering/Platform\")\n");
}

AdminReply runOrgCommand(ServerStore &store, const AdminRequest &request, qint64 now)
{
    try {
        return Commands(store, request, now).run();
    } catch (const db::SqlError &e) {
        return failed(QStringLiteral("database error: %1").arg(e.text()));
    } catch (const StoreError &e) {
        return failed(e.text());
    }
}

QCborMap AdminReply::toCbor() const
{
    QCborMap m;
    m.insert(QLatin1String("exit"), exitCode);
    m.insert(QLatin1String("out"), out);
    m.insert(QLatin1String("err"), err);
    return m;
}

AdminReply AdminReply::fromCbor(const QCborMap &m)
{
    AdminReply r;
    r.exitCode = int(m.value(QLatin1String("exit")).toInteger(1));
    r.out = m.value(QLatin1String("out")).toByteArray();
    r.err = m.value(QLatin1String("err")).toString();
    return r;
}

QCborMap toCbor(const AdminRequest &r)
{
    QCborMap m;
    QCborArray args;
    for (const QString &a : r.args)
        args.append(a);
    m.insert(QLatin1String("args"), args);
    m.insert(QLatin1String("input"), r.input);
    if (r.hasPassword)
        m.insert(QLatin1String("password"), r.password);
    return m;
}

AdminRequest adminRequestFromCbor(const QCborMap &m)
{
    AdminRequest r;
    for (const QCborValue &v : m.value(QLatin1String("args")).toArray())
        r.args << v.toString();
    r.input = m.value(QLatin1String("input")).toByteArray();
    r.hasPassword = m.contains(QLatin1String("password"));
    r.password = m.value(QLatin1String("password")).toString();
    return r;
}

} // namespace tack::server
