#pragma once

#include <QRandomGenerator>

namespace tack::sync {

// Delays between retries: exponential growth with jitter, so a crowd of clients that lost the same server
// does not come back in lock step. Pure logic; the caller owns the timer.
enum class Jitter
{
    Full,        // uniform in [0, min(cap, base * factor^attempt)]
    Decorrelated // uniform in [base, previous * (factor + 1)], capped: grows about factor-fold on average
};

struct BackoffPolicy
{
    int baseMs = 500;
    double factor = 2.0;
    int capMs = 30000;
    Jitter jitter = Jitter::Decorrelated;
};

class Backoff
{
public:
    using Policy = BackoffPolicy;

    Backoff() : Backoff(Policy{}) {}
    explicit Backoff(Policy policy);
    Backoff(Policy policy, quint32 seed); // deterministic, for tests

    // The delay before the next attempt; counts the attempt.
    int next();
    // How many delays were handed out since the last reset.
    int attempt() const { return m_attempt; }
    // Called after a success: the next failure starts from the base delay again.
    void reset();
    const Policy &policy() const { return m_policy; }

private:
    int uniform(int lowMs, int highMs);

    Policy m_policy;
    QRandomGenerator m_random;
    int m_attempt = 0;
    int m_previousMs = 0;
};

} // namespace tack::sync
