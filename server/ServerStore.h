#pragma once

#include "db/StatementCache.h"

#include <QCborMap>
#include <QString>
#include <optional>
#include <stdexcept>

namespace tack::server {

// A problem with the data directory or database that ends a command with a one-line message.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message) : std::runtime_error(message.toStdString()) {}
    QString text() const { return QString::fromUtf8(what()); }
};

// The server's SQLite database (DIR/tack.db): opening, schema migrations and small shared tables.
// Directory and chat rows are read and written through DirectoryStore and ChatStore on the same
// connection.
class ServerStore
{
public:
    static constexpr int kSchemaVersion = 11;

    enum class Open
    {
        CreateIfMissing,
        MustExist,
        // Read-only, without migrating: for `admin audit list/verify` next to a running server (WAL lets
        // a reader in while `serve` writes). The schema must be current.
        ReadOnly
    };

    // Throws StoreError with a readable message (missing, corrupt, foreign or too new database).
    void open(const QString &dataDir, Open how);
    void close()
    {
        m_sql.clear(); // finalize before the connection goes
        m_db.close();
    }
    db::Database &db() { return m_db; }
    // Statements prepared once per connection; the stores (ChatStore, OpLog, ...) work through it.
    db::StatementCache &sql() { return m_sql; }

    static QString databasePath(const QString &dataDir);

    std::optional<QString> meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

    // The stored outcome of an applied mutation: {"result": map} or {"code": text, "message": text}.
    std::optional<QCborMap> mutationOutcome(const QString &client, qint64 mutation);
    void recordMutationOutcome(const QString &client, qint64 mutation, qint64 user, const QCborMap &outcome,
                               qint64 at);

private:
    void migrate();
    void migrateTo1();
    void migrateTo2();
    void migrateTo3();
    void migrateTo4();
    void migrateTo5();
    void migrateTo6();
    void migrateTo7();
    void migrateTo8();
    void migrateTo9();
    void migrateTo10();
    void migrateTo11();

    db::Database m_db;
    db::StatementCache m_sql{m_db};
};

} // namespace tack::server
