#pragma once

#include "DirectoryStore.h"

#include <QHash>
#include <QString>
#include <optional>

namespace tack::server {

// Names departments by their path from the top, e.g. "Xinghe Tech/Engineering/Client Team", as the
// admin commands and CSV files do. Names are unique among siblings, so a path names one department.
class DepartmentPaths
{
public:
    explicit DepartmentPaths(DirectoryStore &dir);

    QString path(qint64 department) const;
    // The department at the path (case-insensitive, spaces around '/' ignored), or nothing.
    std::optional<qint64> find(const QString &path) const;
    // The parent path and the last name of a path ("A/B/C" -> "A/B", "C").
    static std::pair<QString, QString> split(const QString &path);
    static QString normalised(const QString &path);
    const QList<DepartmentRow> &all() const { return m_rows; }

private:
    QList<DepartmentRow> m_rows;
    QHash<qint64, DepartmentRow> m_byId;
    QHash<QString, qint64> m_byPath; // normalised, lower-case path -> id
};

} // namespace tack::server
