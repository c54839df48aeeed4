#include "RequestLimiter.h"

#include <algorithm>
#include <cmath>

namespace tack::server {

qint64 TokenBucket::take(double rate, double burst, qint64 nowMs)
{
    if (m_tokens < 0)
        m_tokens = burst;
    else
        m_tokens = std::min(burst, m_tokens + rate * double(nowMs - m_lastMs) / 1000.0);
    m_lastMs = nowMs;
    if (m_tokens >= 1) {
        m_tokens -= 1;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1 - m_tokens) * 1000.0 / rate)));
}

bool TokenBucket::isFull(double burst, double rate, qint64 nowMs) const
{
    return m_tokens < 0 || m_tokens + rate * double(nowMs - m_lastMs) / 1000.0 >= burst;
}

qint64 RequestLimiter::admit(const void *connection, qint64 account, const QString &address, qint64 nowMs)
{
    prune(nowMs);
    // Look first, take after: a refused request must not drain the buckets that had room.
    struct Use
    {
        TokenBucket *bucket;
        double rate;
    };
    Use uses[3];
    int n = 0;
    if (m_rates.perConnection > 0)
        uses[n++] = {&m_connections[connection], m_rates.perConnection};
    if (m_rates.perAccount > 0 && account != 0)
        uses[n++] = {&m_accounts[account], m_rates.perAccount};
    if (m_rates.perAddress > 0)
        uses[n++] = {&m_addresses[address], m_rates.perAddress};
    qint64 wait = 0;
    for (int i = 0; i < n; ++i) {
        TokenBucket probe = *uses[i].bucket;
        wait = std::max(wait, probe.take(uses[i].rate, uses[i].rate * kBurstSeconds, nowMs));
    }
    if (wait > 0)
        return wait;
    for (int i = 0; i < n; ++i)
        uses[i].bucket->take(uses[i].rate, uses[i].rate * kBurstSeconds, nowMs);
    return 0;
}

void RequestLimiter::forgetConnection(const void *connection)
{
    m_connections.remove(connection);
}

// Full buckets carry no information: drop them now and then so idle accounts and addresses cost nothing.
void RequestLimiter::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < 60 * 1000)
        return;
    m_lastPruneMs = nowMs;
    const auto sweep = [nowMs](auto &table, double rate) {
        for (auto it = table.begin(); it != table.end();) {
            if (it->isFull(rate * kBurstSeconds, rate, nowMs))
                it = table.erase(it);
            else
                ++it;
        }
    };
    sweep(m_accounts, m_rates.perAccount);
    sweep(m_addresses, m_rates.perAddress);
}

} // namespace tack::server
