#include "store/StatementCache.h"

namespace tack::store {

StatementCache::Handle StatementCache::get(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto statement = std::make_unique<db::Statement>(m_db.prepare(sql));
        it = m_statements.emplace(sql, std::move(statement)).first;
    } else {
        it->second->reset();
    }
    return Handle(it->second.get());
}

} // namespace tack::store
