#pragma once

#include <QHash>
#include <QString>

namespace tack::server {

// A token bucket: `rate` tokens a second, holding at most `burst`.
class TokenBucket
{
public:
    // Takes one token if there is one; otherwise returns the milliseconds until there will be.
    qint64 take(double rate, double burst, qint64 nowMs);
    bool isFull(double burst, double rate, qint64 nowMs) const;

private:
    double m_tokens = -1; // -1: not used yet (full)
    qint64 m_lastMs = 0;
};

// General request rate limits: every request frame takes a token from its connection's bucket, its
// account's bucket (once authenticated) and its address's bucket; a request that finds one of them empty is
// refused with `rate_limited` and takes nothing. A rate of 0 switches that limit off. Bursts are ten
// seconds' worth.
struct RequestRates
{
    double perConnection = 100; // requests a second
    double perAccount = 200;
    double perAddress = 1000;
};

class RequestLimiter
{
public:
    using Rates = RequestRates;
    static constexpr double kBurstSeconds = 10;

    explicit RequestLimiter(Rates rates = Rates()) : m_rates(rates) {}
    const Rates &rates() const { return m_rates; }

    // 0 when the request may go ahead (and its tokens are taken); otherwise milliseconds to wait.
    qint64 admit(const void *connection, qint64 account, const QString &address, qint64 nowMs);
    void forgetConnection(const void *connection);

private:
    void prune(qint64 nowMs);

    Rates m_rates;
    QHash<const void *, TokenBucket> m_connections;
    QHash<qint64, TokenBucket> m_accounts;
    QHash<QString, TokenBucket> m_addresses;
    qint64 m_lastPruneMs = 0;
};

} // namespace tack::server
