#include "OrgCsv.h"

#include "Accounts.h"
#include "AuditLog.h"
#include "DepartmentPaths.h"
#include "DirectoryStore.h"
#include "OrgImport.h"
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

QString managerKey(DirectoryStore &dir, qint64 manager)
{
    if (manager == 0)
        return {};
    const auto m = dir.user(manager);
    return m ? OrgImport::personKey(*m) : QString();
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
    OrgImport importer(m_store, now);
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
    report.events = importer.events();
    return report;
}

} // namespace tack::server
