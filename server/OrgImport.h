#pragma once

#include "DirectoryStore.h"
#include "OrgCsv.h"
#include "ServerStore.h"
#include "csv/Csv.h"

#include <QHash>
#include <optional>

namespace tack::server {

// The rows of one CSV import, applied as the system through the org mutations inside OrgCsv::import's
// transaction; every change and every bad row goes into the report. People are applied in two passes so a
// manager may be someone added further down the file.
class OrgImport
{
public:
    OrgImport(ServerStore &store, qint64 now) : m_store(store), m_dir(store.sql()), m_now(now) {}

    void people(const QList<csv::Record> &records, const QStringList &header, OrgCsv::Report &report);
    void departments(const QList<csv::Record> &records, const QStringList &header, OrgCsv::Report &report);
    const QList<QCborMap> &events() const { return m_events; }

    // How files name a person: the employee id, or the login of someone who has none.
    static QString personKey(const UserRow &u);
    // yes/no (also true/false, 1/0); nothing for anything else.
    static std::optional<bool> parseActive(const QString &text);

private:
    // One row of a file, mapped by column name; absent columns are absent keys.
    using Row = QHash<QString, QString>;

    // Applies one mutation as the system inside its own savepoint; returns the error message, if any.
    std::optional<QString> apply(const QString &name, const QCborMap &args, QCborMap *result = nullptr);
    std::optional<qint64> findPerson(const QString &key);

    ServerStore &m_store;
    DirectoryStore m_dir;
    qint64 m_now;
    QList<QCborMap> m_events;
};

} // namespace tack::server
