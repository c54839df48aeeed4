#include "AuditCli.h"

#include "AuditLog.h"
#include "DirectoryStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <limits>

namespace tack::server {
namespace {

using cli::fail;
using cli::Flags;
using cli::kOk;
using cli::kUsage;
using cli::print;

constexpr int kExportPage = 1000;

// "2026-11-21" (a whole UTC day: its start for --since, its end for --until) or an ISO 8601 date and time
// ("2026-11-21T08:30", "2026-11-21T08:30:00Z", "2026-11-21T16:30:00+08:00"; UTC when no offset is given).
std::optional<qint64> parseWhen(const QString &text, bool endOfDay)
{
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        return endOfDay ? start.addDays(1).toMSecsSinceEpoch() - 1 : start.toMSecsSinceEpoch();
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The filter from --actor, --action, --since and --until, or a usage error.
std::optional<AuditFilter> filterFrom(const Flags &flags, ServerStore &store, QString *error)
{
    AuditFilter f;
    if (flags.has("actor")) {
        const QString login = flags.value("actor");
        if (login == QLatin1String("system")) {
            f.actor = 0;
        } else if (const auto user = DirectoryStore(store.sql()).userByLogin(login)) {
            f.actor = user->id;
        } else {
            *error = QStringLiteral("--actor: no user with login '%1' (use 'system' for the server itself)")
                         .arg(login);
            return std::nullopt;
        }
    }
    f.action = flags.value("action");
    for (const char *key : {"since", "until"}) {
        if (!flags.has(key))
            continue;
        const bool until = qstrcmp(key, "until") == 0;
        const auto at = parseWhen(flags.value(key), until);
        if (!at) {
            *error = QStringLiteral("--%1 must be a date like 2026-11-21 or a time like 2026-11-21T08:30:00Z "
                                    "(got '%2')")
                         .arg(QLatin1String(key), flags.value(key));
            return std::nullopt;
        }
        (until ? f.until : f.since) = *at;
    }
    if (f.since > f.until) {
        *error = QStringLiteral("--since is after --until");
        return std::nullopt;
    }
    return f;
}

QString describe(const audit::AuditRecord &r)
{
    const QString actor =
        r.actor == 0 ? QStringLiteral("system")
                     : (r.actorLogin.isEmpty() ? QString::number(r.actor)
                                               : QStringLiteral("%1 (%2)").arg(r.actorLogin).arg(r.actor));
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
        .arg(r.seq)
        .arg(isoTime(r.at), actor, r.address.isEmpty() ? QStringLiteral("-") : r.address, r.action,
             r.target.isEmpty() ? QStringLiteral("-") : r.target,
             QString::fromUtf8(audit::canonicalDetails(r.details)));
}

int runVerify(const Flags &flags)
{
    ServerStore store;
    store.open(flags.value("data"), ServerStore::Open::ReadOnly);
    const AuditVerification v = AuditLog(store).verify();
    if (!v.ok())
        return fail(v.summary());
    print(v.summary() + QLatin1Char('\n'));
    return kOk;
}

int runList(const Flags &flags)
{
    int limit = 100;
    if (flags.has("limit")) {
        const auto n = cli::parseInteger(flags.value("limit"), 1, 1000000);
        if (!n)
            return fail(QStringLiteral("--limit must be a number from 1 to 1000000"), kUsage);
        limit = int(*n);
    }
    ServerStore store;
    store.open(flags.value("data"), ServerStore::Open::ReadOnly);
    QString error;
    auto filter = filterFrom(flags, store, &error);
    if (!filter)
        return fail(error, kUsage);
    filter->limit = limit;
    // The newest `limit` matches, printed oldest first like a log.
    const QList<audit::AuditRecord> newest = AuditLog(store).list(*filter);
    QString out;
    for (auto it = newest.crbegin(); it != newest.crend(); ++it)
        out += describe(*it);
    if (newest.isEmpty())
        out = QStringLiteral("no matching audit entries\n");
    print(out);
    return kOk;
}

int runExport(const Flags &flags)
{
    const QString path = flags.value("out");
    if (path.isEmpty())
        return fail(QStringLiteral("admin audit export needs --out FILE.csv"), kUsage);
    ServerStore store;
    store.open(flags.value("data"), ServerStore::Open::MustExist);
    QString error;
    auto filter = filterFrom(flags, store, &error);
    if (!filter)
        return fail(error, kUsage);
    filter->ascending = true;
    filter->limit = kExportPage;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(audit::csvHeader());
    AuditLog log(store);
    qint64 count = 0;
    for (;;) {
        const QList<audit::AuditRecord> page = log.list(*filter);
        for (const audit::AuditRecord &r : page)
            file.write(audit::csvLine(r));
        count += page.size();
        if (page.size() < kExportPage)
            break;
        filter->after = page.last().seq;
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));

    // The export itself is audited, after the file is safely written.
    QJsonObject details{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                        {QStringLiteral("entries"), count},
                        {QStringLiteral("via"), QStringLiteral("tack-server admin")}};
    for (const char *key : {"actor", "action", "since", "until"}) {
        if (flags.has(key))
            details.insert(QLatin1String(key), flags.value(key));
    }
    log.append(0, QStringLiteral("export"), QStringLiteral("audit_log"), details);
    print(QStringLiteral("exported %1 audit entries to %2\n").arg(count).arg(path));
    return kOk;
}

} // namespace

QList<AdminCommand> auditCommands()
{
    const QStringList filters{QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("since"),
                              QStringLiteral("until")};
    const QString filterUsage = QStringLiteral("[--actor LOGIN] [--action A] [--since DATE] [--until DATE]");
    return {
        {QStringLiteral("audit"), QStringLiteral("verify"), {}, {}, runVerify},
        {QStringLiteral("audit"), QStringLiteral("list"), filters + QStringList{QStringLiteral("limit")},
         filterUsage + QStringLiteral(" [--limit N]"), runList},
        {QStringLiteral("audit"), QStringLiteral("export"), filters + QStringList{QStringLiteral("out")},
         QStringLiteral("--out FILE.csv ") + filterUsage, runExport},
    };
}

} // namespace tack::server
