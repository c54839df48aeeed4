#include "db/StatementCache.h"

namespace tack::db {

StatementCache::Handle::Handle(Statement *statement, bool *busy, std::unique_ptr<Statement> owned)
    : m_statement(statement), m_busy(busy), m_owned(std::move(owned))
{
    if (m_busy)
        *m_busy = true;
}

StatementCache::Handle::Handle(Handle &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_busy(std::exchange(other.m_busy, nullptr)),
      m_owned(std::move(other.m_owned))
{}

StatementCache::Handle::~Handle()
{
    if (m_statement && !m_owned)
        m_statement->reset();
    if (m_busy)
        *m_busy = false;
}

StatementCache::Handle StatementCache::get(const char *sql)
{
    auto it = m_entries.find(sql);
    if (it == m_entries.end()) {
        auto entry = std::make_unique<Entry>(Entry{m_db.prepare(sql), false});
        it = m_entries.emplace(sql, std::move(entry)).first;
    } else if (it->second->busy) {
        auto owned = std::make_unique<Statement>(m_db.prepare(sql));
        Statement *statement = owned.get();
        return Handle(statement, nullptr, std::move(owned));
    }
    Entry &entry = *it->second;
    return Handle(&entry.statement, &entry.busy, nullptr);
}

} // namespace tack::db
