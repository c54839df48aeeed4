#include "AdminCli.h"

#include "AttendanceCli.h"
#include "AuditCli.h"
#include "OrgAdminCli.h"
#include "OrgCommands.h"
#include "ServerStore.h"
#include "db/Sqlite.h"

namespace tack::server {
namespace {

const QList<AdminCommand> &commands()
{
    static const QList<AdminCommand> all = [] {
        QList<AdminCommand> list;
        list += auditCommands();
        list += attendanceCommands();
        return list;
    }();
    return all;
}

} // namespace

QString adminUsage()
{
    QString text;
    for (const AdminCommand &c : commands()) {
        text += QStringLiteral("  tack-server admin %1 %2 --data DIR").arg(c.group, c.name);
        if (!c.usage.isEmpty())
            text += QLatin1Char(' ') + c.usage;
        text += QLatin1Char('\n');
    }
    return text + orgCommandsUsage();
}

int runAdmin(const QStringList &args)
{
    const QString group = args.value(0);
    const QString name = args.value(1);
    if (isOrgCommand(group)) {
        try {
            return runOrgAdmin(args);
        } catch (const StoreError &e) {
            return cli::fail(e.text());
        } catch (const db::SqlError &e) {
            return cli::fail(QStringLiteral("database error: %1").arg(e.text()));
        }
    }
    const AdminCommand *found = nullptr;
    QStringList names;
    for (const AdminCommand &c : commands()) {
        if (c.group != group)
            continue;
        names += c.name;
        if (c.name == name)
            found = &c;
    }
    if (names.isEmpty())
        return cli::fail(
            group.isEmpty()
                ? QStringLiteral("admin needs a command (see tack-server --help)")
                : QStringLiteral("unknown command 'admin %1' (see tack-server --help)").arg(group),
            cli::kUsage);
    if (!found)
        return cli::fail(QStringLiteral("unknown command 'admin %1 %2' (try %3)")
                             .arg(group, name, names.join(QLatin1String(", "))),
                         cli::kUsage);
    const QString command = QStringLiteral("admin %1 %2").arg(group, name);
    const cli::Flags flags =
        cli::Flags::parse(args.mid(2), found->options + QStringList{QStringLiteral("data")});
    if (!flags.error.isEmpty())
        return cli::fail(QStringLiteral("%1: %2").arg(command, flags.error), cli::kUsage);
    if (flags.value("data").isEmpty())
        return cli::fail(QStringLiteral("%1 needs --data DIR").arg(command), cli::kUsage);
    try {
        return found->run(flags);
    } catch (const StoreError &e) {
        return cli::fail(e.text());
    } catch (const db::SqlError &e) {
        return cli::fail(QStringLiteral("database error: %1").arg(e.text()));
    }
}

} // namespace tack::server
