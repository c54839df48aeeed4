#include "OrgCommands.h"

#include "AdminArgs.h"
#include "AuditLog.h"
#include "DirectoryCommands.h"
#include "OrgCsv.h"

#include <QCborArray>
#include <QHash>
#include <QSet>
#include <limits>

namespace tack::server {
namespace {

using namespace admincmd;

// import and export here; people, departments and roles in DirectoryCommands.
class Commands
{
public:
    Commands(ServerStore &store, const AdminRequest &request, qint64 now)
        : m_store(store), m_request(request), m_now(now)
    {}

    AdminReply run();

private:
    AdminReply import(const Args &a);
    AdminReply exportCsv(const Args &a);

    ServerStore &m_store;
    const AdminRequest &m_request;
    qint64 m_now;
};

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
    DirectoryCommands directory(m_store, m_request, m_now);
    if (group == QLatin1String("people"))
        return directory.people(a, verb);
    if (group == QLatin1String("departments"))
        return directory.departments(a, verb);
    if (group == QLatin1String("roles"))
        return directory.roles(a, verb);
    return failed(QStringLiteral("unknown command 'admin %1'").arg(group), 2);
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
