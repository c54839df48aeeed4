#pragma once

#include "ServerStore.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QStringList>

namespace tack::server {

// CSV import and export of people and departments (docs/admin-guide.md, "CSV files"). An import is
// idempotent by employee id and all-or-nothing: when any row is bad nothing is stored, and a dry run
// stores nothing either; both still list every change and every bad row.
class OrgCsv
{
public:
    explicit OrgCsv(ServerStore &store) : m_store(store) {}

    static const QStringList kPeopleColumns;
    static const QStringList kDepartmentColumns;

    QByteArray exportPeople();
    QByteArray exportDepartments();

    struct Report
    {
        QStringList changes;    // "line 3: add XH1021 gaofei (Gao Fei)", ...
        QStringList problems;   // "line 7: email: ...", ...
        bool applied = false;   // the changes were committed
        QList<QCborMap> events; // committed events, for live delivery
    };
    // Runs in its own transaction. Throws db::SqlError when storage fails (nothing is stored then).
    // `source` names the file in the audit log.
    Report import(const QByteArray &data, bool dryRun, qint64 now, const QString &source);

private:
    ServerStore &m_store;
};

} // namespace tack::server
