#pragma once

#include <QtGlobal>

namespace tack::server {

// The server's notion of "now" in ms since the epoch. Tests shift it with `serve --fault-clock-offset-ms`
// so time-based rules (the 24-hour recall window) can be exercised without waiting.
class Clock
{
public:
    static qint64 nowMs();
    static void setOffsetMs(qint64 offset);
    static qint64 offsetMs();
};

} // namespace tack::server
