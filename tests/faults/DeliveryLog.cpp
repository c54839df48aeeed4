#include "DeliveryLog.h"

void DeliveryLog::record(const Move &move)
{
    QMutexLocker lock(&m_mutex);
    Verdict &v = m_pending;
    auto problem = [&v](const QString &text) {
        if (v.problems.size() < 10)
            v.problems.append(text);
    };
    switch (move.kind) {
    case Move::Kind::Events: {
        const qint64 last = m_last.value(move.stream, 0);
        ++v.batches;
        v.events += quint64(move.to - move.from);
        if (move.from < last) {
            v.duplicated += quint64(qMin(last, move.to) - move.from);
            problem(QStringLiteral("%1: events %2..%3 applied again (already at %4)")
                        .arg(move.stream)
                        .arg(move.from + 1)
                        .arg(move.to)
                        .arg(last));
        } else if (move.from > last) {
            v.skipped += quint64(move.from - last);
            problem(
                QStringLiteral("%1: events %2..%3 skipped").arg(move.stream).arg(last + 1).arg(move.from));
        }
        if (move.to <= move.from)
            problem(QStringLiteral("%1: a batch that did not move the cursor").arg(move.stream));
        m_last.insert(move.stream, qMax(last, move.to));
        break;
    }
    case Move::Kind::Snapshot: {
        ++v.snapshots;
        const qint64 last = m_last.value(move.stream, 0);
        if (move.from != last)
            problem(QStringLiteral("%1: the cursor was %2 under the snapshot, the log says %3")
                        .arg(move.stream)
                        .arg(move.from)
                        .arg(last));
        if (move.to < last) {
            // Going back means the server forgot events this replica had applied (or they come twice).
            v.duplicated += quint64(last - move.to);
            problem(QStringLiteral("%1: a snapshot at %2 went back from %3")
                        .arg(move.stream)
                        .arg(move.to)
                        .arg(last));
        }
        m_last.insert(move.stream, move.to);
        break;
    }
    case Move::Kind::Dropped:
        m_last.remove(move.stream);
        break;
    }
}

DeliveryLog::Verdict DeliveryLog::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_pending, Verdict{});
}

QHash<QString, qint64> DeliveryLog::positions()
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}
