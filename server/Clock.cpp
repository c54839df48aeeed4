#include "Clock.h"

#include <QDateTime>
#include <atomic>

namespace tack::server {
namespace {
std::atomic<qint64> g_offsetMs{0};
}

qint64 Clock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

void Clock::setOffsetMs(qint64 offset)
{
    g_offsetMs.store(offset, std::memory_order_relaxed);
}

qint64 Clock::offsetMs()
{
    return g_offsetMs.load(std::memory_order_relaxed);
}

} // namespace tack::server
