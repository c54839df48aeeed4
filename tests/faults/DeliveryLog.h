#pragma once

#include "store/Replica.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <optional>

// Everything one client's replica did to its stream cursors, in order (Replica::setCursorObserver), checked
// for continuity: per stream, each batch of events must start right after the previous batch or snapshot.
// A batch starting below that applied events twice; one starting above skipped some. Thread-safe: the
// replica reports on its sync thread, the test reads on its own.
class DeliveryLog
{
public:
    using Move = tack::store::Replica::CursorMove;

    void record(const Move &move);

    struct Verdict
    {
        quint64 batches = 0;    // event batches applied
        quint64 events = 0;     // events applied
        quint64 snapshots = 0;  // snapshots swapped in
        quint64 duplicated = 0; // events applied again
        quint64 skipped = 0;    // events never applied although later ones were
        QStringList problems;
    };
    // Everything recorded since the last call; the per-stream positions carry over.
    Verdict take();
    // The last applied seq of every stream the replica holds, as this log saw it.
    QHash<QString, qint64> positions();

private:
    QMutex m_mutex;
    QHash<QString, qint64> m_last; // streams held: the seq the cursor stands at
    Verdict m_pending;
};
