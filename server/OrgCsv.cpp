#include "OrgCsv.h"

#include "Accounts.h"
#include "AuditLog.h"
#include "DepartmentPaths.h"
#include "DirectoryStore.h"
#include "MutationApplier.h"
#include "csv/Csv.h"
#include "domain/OrgRules.h"

#include <QCborArray>
#include <QHash>
#include <QSet>
#include <limits>

namespace tack::server {

const QStringList OrgCsv::kPeopleColumns{QStringLiteral("employee_id"), QStringLiteral("login"),
                                         QStringLiteral("name"),        QStringLiteral("title"),
                                         QStringLiteral("departments"), QStringLiteral("manager"),
                                         QStringLiteral("phone"),       QStringLiteral("email"),
                                         QStringLiteral("role"),        QStringLiteral("active")};
const QStringList OrgCsv::kDepartmentColumns{QStringLiteral("path"), QStringLiteral("manager")};

namespace {

constexpr int kAll = std::numeric_limits<int>::max();

QString personKey(const UserRow &u)
{
    return u.employeeId.isEmpty() ? u.login : u.employeeId;
}

QString managerKey(DirectoryStore &dir, qint64 manager)
{
    if (manager == 0)
        return {};
    const auto m = dir.user(manager);
    return m ? personKey(*m) : QString();
}

std::optional<bool> parseActive(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// One row of a file, mapped by column name; absent columns are absent keys.
using Row = QHash<QString, QString>;

class Importer
{
public:
    Importer(ServerStore &store, qint64 now) : m_store(store), m_dir(store.sql()), m_now(now) {}

    void people(const QList<csv::Record> &records, const QStringList &header, OrgCsv::Report &report);
    void departments(const QList<csv::Record> &records, const QStringList &header, OrgCsv::Report &report);

private:
    // Applies one mutation as the system inside its own savepoint; returns the error message, if any.
    std::optional<QString> apply(const QString &name, const QCborMap &args, QCborMap *result = nullptr);
    std::optional<qint64> findPerson(const QString &key);

    ServerStore &m_store;
    DirectoryStore m_dir;
    qint64 m_now;
    QList<QCborMap> m_events;

    friend class tack::server::OrgCsv;
};

std::optional<QString> Importer::apply(const QString &name, const QCborMap &args, QCborMap *result)
{
    db::Savepoint savepoint(m_store.db());
    const MutationOutcome out =
        MutationApplier(m_store, MutationContext{0, QString(), -1, m_now, QString()}).apply(name, args);
    if (!out.ok()) {
        savepoint.rollback();
        savepoint.release();
        return out.error->message;
    }
    savepoint.release();
    m_events.append(out.events);
    if (result)
        *result = out.result;
    return std::nullopt;
}

std::optional<qint64> Importer::findPerson(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    if (const auto u = m_dir.userByEmployeeId(key))
        return u->id;
    if (const auto u = m_dir.userByLogin(key))
        return u->id;
    return std::nullopt;
}

QStringList headerProblems(const QStringList &header, const QStringList &known, const QString &key)
{
    QStringList problems;
    QSet<QString> seen;
    for (const QString &h : header) {
        if (!known.contains(h))
            problems << QStringLiteral("line 1: unknown column '%1' (known: %2)")
                            .arg(h, known.join(QLatin1String(", ")));
        else if (seen.contains(h))
            problems << QStringLiteral("line 1: column '%1' appears twice").arg(h);
        seen.insert(h);
    }
    if (!header.contains(key))
        problems << QStringLiteral("line 1: the header needs a '%1' column").arg(key);
    return problems;
}

void Importer::people(const QList<csv::Record> &records, const QStringList &header, OrgCsv::Report &report)
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

void Importer::departments(const QList<csv::Record> &records, const QStringList &header,
                           OrgCsv::Report &report)
{
    auto bad = [&](int line, const QString &why) {
        report.problems << QStringLiteral("line %1: %2").arg(line).arg(why);
    };
    QHash<QString, int> seen;
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
        const QString path = DepartmentPaths::normalised(row.value(QStringLiteral("path")));
        if (path.isEmpty()) {
            bad(rec.line, QStringLiteral("path: required, e.g. Company/Engineering/Platform"));
            continue;
        }
        if (seen.contains(path.toCaseFolded())) {
            bad(rec.line,
                QStringLiteral("'%1' is already on line %2").arg(path).arg(seen.value(path.toCaseFolded())));
            continue;
        }
        seen.insert(path.toCaseFolded(), rec.line);
        std::optional<qint64> manager;
        const bool hasManager = row.contains(QStringLiteral("manager"));
        if (hasManager) {
            const QString key = row.value(QStringLiteral("manager"));
            manager = key.isEmpty() ? std::optional<qint64>(0) : findPerson(key);
            if (!manager) {
                bad(rec.line, QStringLiteral("manager: nobody has the employee id or login '%1'").arg(key));
                continue;
            }
        }
        const DepartmentPaths paths(m_dir);
        if (const auto id = paths.find(path)) {
            const auto d = m_dir.department(*id);
            if (hasManager && d->manager != *manager) {
                QCborMap args;
                args.insert(QStringLiteral("department"), *id);
                args.insert(QStringLiteral("manager"), *manager);
                if (auto e = apply(QStringLiteral("dept.update"), args))
                    bad(rec.line, *e);
                else
                    report.changes << QStringLiteral("line %1: update %2: manager").arg(rec.line).arg(path);
            }
            continue;
        }
        const auto [parentPath, name] = DepartmentPaths::split(path);
        const auto parent = parentPath.isEmpty() ? std::optional<qint64>(0) : paths.find(parentPath);
        if (!parent) {
            bad(rec.line, QStringLiteral("path: no department '%1' to hold it (list parents before children)")
                              .arg(parentPath));
            continue;
        }
        QCborMap args;
        args.insert(QStringLiteral("name"), name);
        args.insert(QStringLiteral("parent"), *parent);
        args.insert(QStringLiteral("manager"), manager.value_or(0));
        if (auto e = apply(QStringLiteral("dept.create"), args))
            bad(rec.line, *e);
        else
            report.changes << QStringLiteral("line %1: add %2").arg(rec.line).arg(path);
    }
}

} // namespace

QByteArray OrgCsv::exportPeople()
{
    DirectoryStore dir(m_store.sql());
    const DepartmentPaths paths(dir);
    QByteArray out = csv::formatRecord(kPeopleColumns);
    for (const UserRow &u : dir.users(0, kAll)) {
        QStringList departments;
        for (qint64 d : u.departments)
            departments << paths.path(d);
        out += csv::formatRecord({u.employeeId, u.login, u.name, u.title, departments.join(QLatin1Char(';')),
                                  managerKey(dir, u.manager), u.phone, u.email, u.role,
                                  u.active ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return out;
}

QByteArray OrgCsv::exportDepartments()
{
    DirectoryStore dir(m_store.sql());
    const DepartmentPaths paths(dir);
    QList<std::pair<QString, QString>> rows;
    for (const DepartmentRow &d : paths.all())
        rows.append({paths.path(d.id), managerKey(dir, d.manager)});
    // Parents before children, so the file imports in one pass.
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first.count(QLatin1Char('/')) < b.first.count(QLatin1Char('/')) ||
               (a.first.count(QLatin1Char('/')) == b.first.count(QLatin1Char('/')) && a.first < b.first);
    });
    QByteArray out = csv::formatRecord(kDepartmentColumns);
    for (const auto &[path, manager] : rows)
        out += csv::formatRecord({path, manager});
    return out;
}

OrgCsv::Report OrgCsv::import(const QByteArray &data, bool dryRun, qint64 now, const QString &source)
{
    Report report;
    const csv::Parsed parsed = csv::parse(data);
    if (!parsed.ok()) {
        report.problems << QStringLiteral("line %1: %2").arg(parsed.errorLine).arg(parsed.error);
        return report;
    }
    if (parsed.records.isEmpty()) {
        report.problems << QStringLiteral("line 1: the file is empty (it needs a header line)");
        return report;
    }
    QStringList header;
    for (const QString &h : parsed.records.first().fields)
        header << h.trimmed().toLower();
    const bool departments = header.contains(QStringLiteral("path"));
    report.problems = headerProblems(header, departments ? kDepartmentColumns : kPeopleColumns,
                                     departments ? QStringLiteral("path") : QStringLiteral("employee_id"));
    if (!report.problems.isEmpty())
        return report;

    db::Transaction tx(m_store.db());
    Importer importer(m_store, now);
    if (departments)
        importer.departments(parsed.records, header, report);
    else
        importer.people(parsed.records, header, report);
    // Pass 2 of a people import reports after pass 1: list everything in line order.
    auto lineOf = [](const QString &entry) {
        return entry.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')).toInt();
    };
    auto byLine = [&](const QString &a, const QString &b) {
        return lineOf(a) < lineOf(b);
    };
    std::stable_sort(report.problems.begin(), report.problems.end(), byLine);
    std::stable_sort(report.changes.begin(), report.changes.end(), byLine);
    if (dryRun || !report.problems.isEmpty() || report.changes.isEmpty())
        return report; // the transaction rolls back
    AuditLog(m_store).append(0, QStringLiteral("import"),
                             departments ? QStringLiteral("departments") : QStringLiteral("people"),
                             {{QStringLiteral("file"), source},
                              {QStringLiteral("changes"), int(report.changes.size())},
                              {QStringLiteral("via"), QStringLiteral("tack-server admin")}});
    tx.commit();
    report.applied = true;
    report.events = importer.m_events;
    return report;
}

} // namespace tack::server
