#include "OrgImport.h"

#include "DepartmentPaths.h"
#include "domain/OrgRules.h"

#include <QCborArray>

namespace tack::server {

void OrgImport::people(const QList<csv::Record> &records, const QStringList &header, OrgCsv::Report &report)
{
    struct Pending
    {
        int line = 0;
        qint64 user = 0;
        Row row;
        bool isNew = false;
        QStringList changed; // fields of an existing person changed in pass 1
    };
    QList<Pending> pending;
    QHash<QString, int> keysSeen; // employee id or login -> line
    auto bad = [&](int line, const QString &why) {
        report.problems << QStringLiteral("line %1: %2").arg(line).arg(why);
    };

    // Pass 1: every field except the manager, role and active, row by row in file order.
    for (qsizetype r = 1; r < records.size(); ++r) {
        const csv::Record &rec = records[r];
        if (rec.fields.size() != header.size()) {
            bad(rec.line,
                QStringLiteral("%1 fields, but the header has %2").arg(rec.fields.size()).arg(header.size()));
            continue;
        }
        Row row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header[i], rec.fields[i].trimmed());
        const QString employeeId = row.value(QStringLiteral("employee_id"));
        const QString login = row.value(QStringLiteral("login"));
        if (auto p = org::employeeIdProblem(employeeId)) {
            bad(rec.line, QStringLiteral("employee_id: %1").arg(*p));
            continue;
        }
        const QString key = employeeId.isEmpty() ? login : employeeId;
        if (key.isEmpty()) {
            bad(rec.line, QStringLiteral("employee_id: required (or a login of someone who has none)"));
            continue;
        }
        if (keysSeen.contains(key)) {
            bad(rec.line, QStringLiteral("'%1' is already on line %2").arg(key).arg(keysSeen.value(key)));
            continue;
        }
        keysSeen.insert(key, rec.line);

        std::optional<UserRow> existing =
            employeeId.isEmpty() ? m_dir.userByLogin(login) : m_dir.userByEmployeeId(employeeId);
        if (employeeId.isEmpty() && existing && !existing->employeeId.isEmpty()) {
            bad(rec.line,
                QStringLiteral("employee_id: empty, but %1 has '%2'").arg(login, existing->employeeId));
            continue;
        }
        if (!existing && employeeId.isEmpty()) {
            bad(rec.line, QStringLiteral("employee_id: required for someone new"));
            continue;
        }
        if (existing && row.contains(QStringLiteral("login")) && !login.isEmpty() &&
            login != existing->login) {
            bad(rec.line, QStringLiteral("login: '%1' differs from the stored '%2'; logins cannot change")
                              .arg(login, existing->login));
            continue;
        }

        QCborMap args;
        QStringList changed;
        for (const char *field : {"name", "title", "phone", "email"}) {
            const QString column = QLatin1String(field);
            if (!row.contains(column))
                continue;
            const QString value = row.value(column);
            const QString current = !existing                          ? QString()
                                    : column == QLatin1String("name")  ? existing->name
                                    : column == QLatin1String("title") ? existing->title
                                    : column == QLatin1String("phone") ? existing->phone
                                                                       : existing->email;
            if (!existing || value != current) {
                args.insert(column, value);
                if (existing)
                    changed << column;
            }
        }
        if (row.contains(QStringLiteral("departments"))) {
            QCborArray ids;
            QList<qint64> list;
            QString unknown;
            const DepartmentPaths paths(m_dir);
            for (const QString &part :
                 row.value(QStringLiteral("departments")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const auto id = paths.find(part);
                if (!id) {
                    unknown = part.trimmed();
                    break;
                }
                if (!list.contains(*id)) {
                    list << *id;
                    ids.append(*id);
                }
            }
            if (!unknown.isEmpty()) {
                bad(rec.line, QStringLiteral("departments: no department '%1' (import the departments first)")
                                  .arg(unknown));
                continue;
            }
            if (!existing || list != existing->departments) {
                args.insert(QStringLiteral("departments"), ids);
                if (existing)
                    changed << QStringLiteral("departments");
            }
        }
        if (row.contains(QStringLiteral("role")) && !row.value(QStringLiteral("role")).isEmpty() &&
            !orgrole::isValid(row.value(QStringLiteral("role")))) {
            bad(rec.line, QStringLiteral("role: must be owner, admin or member"));
            continue;
        }
        if (row.contains(QStringLiteral("active")) && !row.value(QStringLiteral("active")).isEmpty() &&
            !parseActive(row.value(QStringLiteral("active")))) {
            bad(rec.line, QStringLiteral("active: must be yes or no"));
            continue;
        }

        qint64 user = existing ? existing->id : 0;
        if (!existing) {
            args.insert(QStringLiteral("login"), login);
            args.insert(QStringLiteral("employee_id"), employeeId);
            QCborMap result;
            if (auto e = apply(QStringLiteral("user.create"), args, &result)) {
                bad(rec.line, *e);
                continue;
            }
            user = result.value(QLatin1String("user")).toInteger();
            report.changes << QStringLiteral("line %1: add %2 %3 (%4)")
                                  .arg(rec.line)
                                  .arg(employeeId, login, row.value(QStringLiteral("name")));
        } else if (!args.isEmpty()) {
            args.insert(QStringLiteral("user"), user);
            if (auto e = apply(QStringLiteral("user.update"), args)) {
                bad(rec.line, *e);
                continue;
            }
        }
        pending.append(Pending{rec.line, user, row, !existing, changed});
    }

    // Pass 2: managers (they may be people added above), roles and deactivation.
    for (const Pending &p : pending) {
        const auto current = m_dir.user(p.user);
        const bool isNew = p.isNew;
        QStringList changed = p.changed;
        bool failed = false;
        if (p.row.contains(QStringLiteral("manager"))) {
            const QString key = p.row.value(QStringLiteral("manager"));
            const auto manager = findPerson(key);
            if (!key.isEmpty() && !manager) {
                bad(p.line, QStringLiteral("manager: nobody has the employee id or login '%1'").arg(key));
                failed = true;
            } else if (manager.value_or(0) != current->manager) {
                QCborMap args;
                args.insert(QStringLiteral("user"), p.user);
                args.insert(QStringLiteral("manager"), manager.value_or(0));
                if (auto e = apply(QStringLiteral("user.update"), args)) {
                    bad(p.line, *e);
                    failed = true;
                } else if (!isNew) {
                    changed << QStringLiteral("manager");
                }
            }
        }
        const QString role = p.row.value(QStringLiteral("role"));
        if (!failed && !role.isEmpty() && role != current->role) {
            QCborMap args;
            args.insert(QStringLiteral("user"), p.user);
            args.insert(QStringLiteral("role"), role);
            if (auto e = apply(QStringLiteral("user.role"), args)) {
                bad(p.line, *e);
                failed = true;
            } else {
                changed << QStringLiteral("role");
            }
        }
        if (!failed && !isNew && !changed.isEmpty())
            report.changes << QStringLiteral("line %1: update %2 %3: %4")
                                  .arg(p.line)
                                  .arg(personKey(*current), current->login,
                                       changed.join(QLatin1String(", ")));
        const auto active = parseActive(p.row.value(QStringLiteral("active")));
        if (!failed && active && *active != current->active) {
            QCborMap args;
            args.insert(QStringLiteral("user"), p.user);
            if (auto e = apply(
                    *active ? QStringLiteral("user.reactivate") : QStringLiteral("user.deactivate"), args))
                bad(p.line, *e);
            else
                report.changes << QStringLiteral("line %1: %2 %3 %4")
                                      .arg(p.line)
                                      .arg(*active ? QStringLiteral("reactivate")
                                                   : QStringLiteral("deactivate"),
                                           personKey(*current), current->login);
        }
    }
}

} // namespace tack::server
