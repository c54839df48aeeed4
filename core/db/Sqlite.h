#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace tack::db {

// Thrown by the wrapper on any SQLite failure; store code catches it at its transaction boundary and
// turns it into a result value, so a failed write is never silently dropped.
class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const QString &message);
    int code() const { return m_code; }
    QString text() const { return QString::fromUtf8(what()); }
    // True for errors a later retry may cure (busy/locked database, full disk, I/O).
    bool transient() const;

private:
    int m_code;
};

class Statement;

// One SQLite connection. Not thread-safe: use one per thread.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens (creating when ReadWrite) the file, enables WAL, foreign keys and a busy timeout.
    // Throws SqlError with a readable message when the file is not a database, locked or unreadable.
    void open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    void exec(const char *sql);
    Statement prepare(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    sqlite3 *handle() const { return m_db; }

    // Transaction control, run through statements prepared once per connection: a group commit takes
    // a savepoint per mutation, and parsing that text every time cost more than the work inside.
    enum class Control
    {
        Begin,
        Commit,
        Rollback,
        Savepoint,
        RollbackToSavepoint,
        ReleaseSavepoint,
        Count
    };
    void run(Control control);

private:
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Statement> m_control[int(Control::Count)];
};

// A prepared statement. Binding indexes start at 1, column indexes at 0.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// A nested savepoint: lets one failing step roll back alone inside a larger transaction.
class Savepoint
{
public:
    explicit Savepoint(Database &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    // Undoes everything since the savepoint was taken; the savepoint stays open (release() follows).
    void rollback();
    void release();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace tack::db
