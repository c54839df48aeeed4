#include "LoginThrottle.h"

#include <algorithm>

namespace tack::server {

namespace {

QString accountKey(const QString &login)
{
    return login.trimmed().toLower();
}

} // namespace

qint64 LoginThrottle::lockMs(const Entry &entry, int freeFailures) const
{
    if (entry.failures < freeFailures)
        return 0;
    const int doublings = std::min(entry.failures - freeFailures, 20);
    return std::min(m_policy.firstLockMs << doublings, m_policy.maxLockMs);
}

qint64 LoginThrottle::waitMs(const QString &login, const QString &address, qint64 nowMs)
{
    prune(nowMs);
    qint64 wait = 0;
    const auto check = [&](const QHash<QString, Entry> &table, const QString &key, int freeFailures) {
        const auto it = table.constFind(key);
        if (it == table.cend() || nowMs - it->lastFailureMs > m_policy.forgetAfterMs)
            return;
        wait = std::max(wait, it->lastFailureMs + lockMs(*it, freeFailures) - nowMs);
    };
    check(m_accounts, accountKey(login), m_policy.accountFreeFailures);
    check(m_addresses, address, m_policy.addressFreeFailures);
    return std::max<qint64>(wait, 0);
}

void LoginThrottle::recordFailure(const QString &login, const QString &address, qint64 nowMs)
{
    for (Entry *e : {&m_accounts[accountKey(login)], &m_addresses[address]}) {
        if (nowMs - e->lastFailureMs > m_policy.forgetAfterMs)
            e->failures = 0;
        ++e->failures;
        e->lastFailureMs = nowMs;
    }
}

void LoginThrottle::recordSuccess(const QString &login)
{
    m_accounts.remove(accountKey(login));
}

// Forgets old entries now and then, so a stream of made-up logins cannot grow the tables without bound
// for longer than `forgetAfterMs`.
void LoginThrottle::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < 60 * 1000)
        return;
    m_lastPruneMs = nowMs;
    for (QHash<QString, Entry> *table : {&m_accounts, &m_addresses}) {
        for (auto it = table->begin(); it != table->end();) {
            if (nowMs - it->lastFailureMs > m_policy.forgetAfterMs)
                it = table->erase(it);
            else
                ++it;
        }
    }
}

} // namespace tack::server
