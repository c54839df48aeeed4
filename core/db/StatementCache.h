#pragma once

#include "db/Sqlite.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

namespace tack::db {

// Prepared statements kept for the life of the connection, keyed by their SQL text, so a statement that
// runs once per row or per request is compiled once instead of every time. Used by the server's stores
// and by the client replica.
class StatementCache
{
public:
    // Borrowed use of a statement; resets it (and clears bindings) when it goes out of scope, so no
    // half-stepped statement keeps a read snapshot open.
    class Handle
    {
    public:
        Handle(Handle &&other) noexcept;
        ~Handle();
        Handle(const Handle &) = delete;
        Handle &operator=(const Handle &) = delete;
        Handle &operator=(Handle &&) = delete;

        Statement *operator->() { return m_statement; }
        Statement &operator*() { return *m_statement; }

    private:
        friend class StatementCache;
        Handle(Statement *statement, bool *busy, std::unique_ptr<Statement> owned);

        Statement *m_statement = nullptr;
        bool *m_busy = nullptr;             // the cache entry's "borrowed" flag, cleared on release
        std::unique_ptr<Statement> m_owned; // a one-off statement when the cached one was already borrowed
    };

    explicit StatementCache(Database &db) : m_db(db) {}
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    Database &db() { return m_db; }
    // The cached statement for `sql`, prepared on first use. When the same SQL is still borrowed further
    // up the stack (a nested use while iterating), a separate one-off statement is returned instead, so
    // the outer iteration is never reset under its feet.
    Handle get(const char *sql);
    // Finalizes every statement; must run before the connection closes or its schema changes shape.
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        Statement statement;
        bool busy = false;
    };

    Database &m_db;
    std::unordered_map<std::string, std::unique_ptr<Entry>> m_entries;
};

} // namespace tack::db
