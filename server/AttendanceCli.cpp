#include "AttendanceCli.h"

#include "AttendanceRecords.h"
#include "DirectoryStore.h"
#include "ServerStore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tack::server {
namespace {

using cli::fail;
using cli::Flags;
using cli::kOk;
using cli::kUsage;

QJsonObject toJson(const AttendanceRecord &r, const QString &login)
{
    QJsonObject o{{QStringLiteral("approval"), r.approval},
                  {QStringLiteral("user"), r.user},
                  {QStringLiteral("login"), login},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("type"), r.type},
                  {QStringLiteral("from"), r.from},
                  {QStringLiteral("to"), r.to},
                  {QStringLiteral("approved_at"),
                   QDateTime::fromMSecsSinceEpoch(r.approvedAt, Qt::UTC).toString(Qt::ISODate)}};
    if (r.kind == QLatin1String("leave")) {
        o.insert(QStringLiteral("from_half"), r.fromHalf);
        o.insert(QStringLiteral("to_half"), r.toHalf);
        o.insert(QStringLiteral("half_days"), r.halfDays);
    } else {
        o.insert(QStringLiteral("minutes"), r.minutes);
    }
    return o;
}

QString describe(const AttendanceRecord &r, const QString &login)
{
    const QString span = r.kind == QLatin1String("leave")
                             ? QStringLiteral("%1 %2 - %3 %4  %5 half days")
                                   .arg(r.from, r.fromHalf, r.to, r.toHalf)
                                   .arg(r.halfDays)
                             : QStringLiteral("%1  %2 min").arg(r.from).arg(r.minutes);
    return QStringLiteral("%1  %2  %3  %4  %5\n")
        .arg(login, r.kind, r.type.isEmpty() ? QStringLiteral("-") : r.type, span, r.approval);
}

int runList(const Flags &flags)
{
    for (const char *key : {"since", "until"}) {
        const QString day = flags.value(key);
        if (flags.has(key) && (day.size() != 10 || !QDate::fromString(day, Qt::ISODate).isValid()))
            return fail(
                QStringLiteral("--%1 must be a day like 2026-11-21 (got '%2')").arg(QLatin1String(key), day),
                kUsage);
    }
    const QString format = flags.has("format") ? flags.value("format") : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(QStringLiteral("--format must be text or json (got '%1')").arg(format), kUsage);
    ServerStore store;
    store.open(flags.value("data"), ServerStore::Open::ReadOnly);
    DirectoryStore directory(store.sql());
    qint64 user = 0;
    if (flags.has("login")) {
        const auto found = directory.userByLogin(flags.value("login"));
        if (!found)
            return fail(QStringLiteral("--login: no user with login '%1'").arg(flags.value("login")), kUsage);
        user = found->id;
    }
    const QList<AttendanceRecord> records =
        AttendanceRecords(store.sql()).overlapping(flags.value("since"), flags.value("until"), user);
    QHash<qint64, QString> logins;
    auto loginOf = [&](qint64 id) {
        auto it = logins.find(id);
        if (it == logins.end()) {
            const auto u = directory.user(id);
            it = logins.insert(id, u ? u->login : QString::number(id));
        }
        return *it;
    };
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const AttendanceRecord &r : records)
            array.append(toJson(r, loginOf(r.user)));
        cli::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return kOk;
    }
    QString out;
    for (const AttendanceRecord &r : records)
        out += describe(r, loginOf(r.user));
    cli::print(out.isEmpty() ? QStringLiteral("no approved leave or overtime in that period\n") : out);
    return kOk;
}

} // namespace

QList<AdminCommand> attendanceCommands()
{
    return {{QStringLiteral("attendance"),
             QStringLiteral("list"),
             {QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("login"),
              QStringLiteral("format")},
             QStringLiteral("[--since DAY] [--until DAY] [--login LOGIN] [--format text|json]"),
             runList}};
}

} // namespace tack::server
