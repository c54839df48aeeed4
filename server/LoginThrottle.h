#pragma once

#include <QHash>
#include <QString>

namespace tack::server {

// Failed-login lockouts, per account (the login as typed) and per client address. After `freeFailures`
// failures a key is locked for 15 s, doubling with every further failure up to one hour, counted from the
// last failure. An account's count is cleared by a successful login; any count is forgotten an hour after
// its last failure. Unknown logins count like real ones, so lockouts tell nothing about which exist.
struct LoginThrottlePolicy
{
    int accountFreeFailures = 5;
    int addressFreeFailures = 20;
    qint64 firstLockMs = 15 * 1000;
    qint64 maxLockMs = 60 * 60 * 1000;
    qint64 forgetAfterMs = 60 * 60 * 1000;
};

class LoginThrottle
{
public:
    using Policy = LoginThrottlePolicy;

    explicit LoginThrottle(Policy policy = Policy()) : m_policy(policy) {}

    // Milliseconds until `login` from `address` may try again; 0 when it may try now.
    qint64 waitMs(const QString &login, const QString &address, qint64 nowMs);
    void recordFailure(const QString &login, const QString &address, qint64 nowMs);
    void recordSuccess(const QString &login);

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    qint64 lockMs(const Entry &entry, int freeFailures) const;
    void prune(qint64 nowMs);

    Policy m_policy;
    QHash<QString, Entry> m_accounts;
    QHash<QString, Entry> m_addresses;
    qint64 m_lastPruneMs = 0;
};

} // namespace tack::server
