#include "db/Sqlite.h"

#include <algorithm>
#include <iterator>
#include <sqlite3.h>
#include <utility>

namespace tack::db {
namespace {

[[noreturn]] void throwError(sqlite3 *db, int rc, const char *what)
{
    QString msg = QString::fromUtf8(what);
    if (db)
        msg += QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    else
        msg += QStringLiteral(": ") + QString::fromUtf8(sqlite3_errstr(rc));
    throw SqlError(rc, msg);
}

} // namespace

SqlError::SqlError(int code, const QString &message) : std::runtime_error(message.toStdString()), m_code(code)
{}

bool SqlError::transient() const
{
    switch (m_code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr))
{
    std::move(std::begin(other.m_control), std::end(other.m_control), std::begin(m_control));
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        std::move(std::begin(other.m_control), std::end(other.m_control), std::begin(m_control));
    }
    return *this;
}

void Database::open(const QString &path, Mode mode)
{
    close();
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = QStringLiteral("cannot open %1: %2")
                                .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        sqlite3_close(db);
        throw SqlError(rc, msg);
    }
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    try {
        // Reading the schema is the first real access: it fails here for a corrupt or foreign file.
        exec("SELECT count(*) FROM sqlite_master");
        if (mode == Mode::ReadWrite) {
            exec("PRAGMA journal_mode=WAL");
            exec("PRAGMA synchronous=NORMAL");
        }
        exec("PRAGMA foreign_keys=ON");
    } catch (const SqlError &e) {
        close();
        throw SqlError(e.code(), QStringLiteral("cannot use %1: %2").arg(path, e.text()));
    }
}

void Database::close()
{
    for (auto &statement : m_control)
        statement.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        QString msg = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw SqlError(rc, msg);
    }
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "prepare");
    return Statement(m_db, stmt);
}

void Database::run(Control control)
{
    static const char *const sql[] = {"BEGIN IMMEDIATE", "COMMIT",         "ROLLBACK",
                                      "SAVEPOINT sp",    "ROLLBACK TO sp", "RELEASE sp"};
    static_assert(std::size(sql) == std::size_t(Control::Count));
    auto &statement = m_control[int(control)];
    if (!statement)
        statement = std::make_unique<Statement>(prepare(sql[int(control)]));
    statement->run();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement s = prepare("PRAGMA user_version");
    s.step();
    return int(s.integer(0));
}

void Database::setUserVersion(int version)
{
    exec(QByteArray("PRAGMA user_version=" + QByteArray::number(version)).constData());
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind");
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    const int rc = sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    throwError(m_db, rc, "step");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.run(Database::Control::Begin);
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.run(Database::Control::Rollback);
        } catch (const SqlError &) {
            // The transaction may already be gone (SQLite rolls back by itself on some errors).
        }
    }
}

void Transaction::commit()
{
    m_db.run(Database::Control::Commit);
    m_done = true;
}

Savepoint::Savepoint(Database &db) : m_db(db)
{
    m_db.run(Database::Control::Savepoint);
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            m_db.run(Database::Control::RollbackToSavepoint);
            m_db.run(Database::Control::ReleaseSavepoint);
        } catch (const SqlError &) {
        }
    }
}

void Savepoint::rollback()
{
    m_db.run(Database::Control::RollbackToSavepoint);
}

void Savepoint::release()
{
    m_db.run(Database::Control::ReleaseSavepoint);
    m_done = true;
}

} // namespace tack::db
