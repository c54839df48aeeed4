#include "DepartmentPaths.h"

#include <limits>

namespace tack::server {

DepartmentPaths::DepartmentPaths(DirectoryStore &dir)
    : m_rows(dir.departments(0, std::numeric_limits<int>::max()))
{
    for (const DepartmentRow &d : m_rows)
        m_byId.insert(d.id, d);
    for (const DepartmentRow &d : m_rows)
        m_byPath.insert(path(d.id).toCaseFolded(), d.id);
}

QString DepartmentPaths::path(qint64 department) const
{
    QStringList parts;
    qint64 at = department;
    // Bounded: a broken tree in the database must not hang an export.
    for (int depth = 0; at != 0 && depth < 1000; ++depth) {
        const auto it = m_byId.constFind(at);
        if (it == m_byId.constEnd())
            break;
        parts.prepend(it->name);
        at = it->parent;
    }
    return parts.join(QLatin1Char('/'));
}

QString DepartmentPaths::normalised(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'));
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts.join(QLatin1Char('/'));
}

std::optional<qint64> DepartmentPaths::find(const QString &path) const
{
    const auto it = m_byPath.constFind(normalised(path).toCaseFolded());
    if (it == m_byPath.constEnd())
        return std::nullopt;
    return *it;
}

std::pair<QString, QString> DepartmentPaths::split(const QString &path)
{
    const QString n = normalised(path);
    const qsizetype slash = n.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), n};
    return {n.left(slash), n.mid(slash + 1)};
}

} // namespace tack::server
