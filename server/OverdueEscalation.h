#pragma once

#include "ServerStore.h"

#include <QCborMap>
#include <QList>

namespace tack::server {

// The overdue escalation automation (docs/protocol.md 14.7): once an open todo with assignees is overdue by
// the configured delay, the manager (org directory) of each assignee is told once, on the manager's own
// stream u/<manager> (`todo.escalated`, carrying the todo). It runs on the server's timer whether or not
// anyone is connected.
class OverdueEscalation
{
public:
    static constexpr int kBatch = 500;

    OverdueEscalation(ServerStore &store, qint64 delayMs) : m_store(store), m_delayMs(delayMs) {}

    // Escalates every todo that is due for it at `now`, in one transaction; returns the recorded events
    // for the caller to deliver. `escalated` counts the todos handled.
    QList<QCborMap> run(qint64 now, int *escalated = nullptr);

private:
    ServerStore &m_store;
    qint64 m_delayMs;
};

} // namespace tack::server
