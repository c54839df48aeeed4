#include "sync/Backoff.h"

#include <algorithm>
#include <cmath>

namespace tack::sync {

Backoff::Backoff(Policy policy) : Backoff(policy, QRandomGenerator::global()->generate())
{}

Backoff::Backoff(Policy policy, quint32 seed) : m_policy(policy), m_random(seed)
{
    m_policy.baseMs = std::max(1, m_policy.baseMs);
    m_policy.capMs = std::max(m_policy.baseMs, m_policy.capMs);
    m_policy.factor = std::max(1.0, m_policy.factor);
}

int Backoff::uniform(int lowMs, int highMs)
{
    if (highMs <= lowMs)
        return lowMs;
    return lowMs + int(m_random.bounded(quint32(highMs - lowMs + 1)));
}

int Backoff::next()
{
    const Policy &p = m_policy;
    int delay = 0;
    if (p.jitter == Jitter::Full) {
        // Compute the ceiling in floating point and clamp before converting, so large attempts cannot
        // overflow.
        const double ceiling = std::min(double(p.capMs), p.baseMs * std::pow(p.factor, m_attempt));
        delay = uniform(0, int(ceiling));
    } else {
        const int previous = m_previousMs > 0 ? m_previousMs : p.baseMs;
        const double upper = std::min(double(p.capMs), previous * (p.factor + 1.0));
        delay = std::min(p.capMs, uniform(p.baseMs, int(upper)));
    }
    m_previousMs = delay;
    ++m_attempt;
    return delay;
}

void Backoff::reset()
{
    m_attempt = 0;
    m_previousMs = 0;
}

} // namespace tack::sync
