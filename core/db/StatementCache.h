#pragma once

#include "db/Sqlite.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace tack::store {

// Prepared statements kept for the life of the connection, keyed by their SQL text, so a batch of a
// thousand events prepares each statement once instead of once per row.
class StatementCache
{
public:
    // Borrowed use of a cached statement; resets it (and clears bindings) when it goes out of scope, so
    // no half-stepped statement keeps a read snapshot open.
    class Handle
    {
    public:
        explicit Handle(db::Statement *statement) : m_statement(statement) {}
        ~Handle()
        {
            if (m_statement)
                m_statement->reset();
        }
        Handle(Handle &&other) noexcept : m_statement(other.m_statement) { other.m_statement = nullptr; }
        Handle(const Handle &) = delete;
        Handle &operator=(const Handle &) = delete;
        Handle &operator=(Handle &&) = delete;

        db::Statement *operator->() { return m_statement; }
        db::Statement &operator*() { return *m_statement; }

    private:
        db::Statement *m_statement;
    };

    explicit StatementCache(db::Database &db) : m_db(db) {}

    Handle get(const char *sql);
    void clear() { m_statements.clear(); }

private:
    db::Database &m_db;
    std::unordered_map<std::string, std::unique_ptr<db::Statement>> m_statements;
};

} // namespace tack::store
