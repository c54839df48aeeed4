#include "OrgImport.h"

#include "DepartmentPaths.h"
#include "MutationApplier.h"

namespace tack::server {

QString OrgImport::personKey(const UserRow &u)
{
    return u.employeeId.isEmpty() ? u.login : u.employeeId;
}

std::optional<bool> OrgImport::parseActive(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<QString> OrgImport::apply(const QString &name, const QCborMap &args, QCborMap *result)
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

std::optional<qint64> OrgImport::findPerson(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    if (const auto u = m_dir.userByEmployeeId(key))
        return u->id;
    if (const auto u = m_dir.userByLogin(key))
        return u->id;
    return std::nullopt;
}

void OrgImport::departments(const QList<csv::Record> &records, const QStringList &header,
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

} // namespace tack::server
