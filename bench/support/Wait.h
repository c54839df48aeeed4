#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

// Runs the event loop until `done()` holds or `ms` pass; returns whether it held.
template <typename Pred> bool waitUntil(Pred done, int ms)
{
    QDeadlineTimer deadline(ms);
    QTimer tick; // wakes the loop so the deadline is noticed even when nothing arrives
    tick.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}
