#include "sync/StreamSync.h"

#include <QCborValue>
#include <algorithm>

namespace tack::sync {

StreamSync::StreamSync(const QString &stream, std::optional<qint64> cursor)
    : m_stream(stream), m_cursor(cursor)
{
    if (m_cursor)
        m_head = *m_cursor;
}

qint64 StreamSync::seqOf(const QCborMap &event)
{
    return event.value(QLatin1String("seq")).toInteger(0);
}

void StreamSync::setCursor(qint64 cursor)
{
    m_cursor = cursor;
    while (!m_held.isEmpty() && m_held.firstKey() <= cursor)
        m_held.erase(m_held.begin());
}

void StreamSync::noteHead(qint64 head)
{
    m_head = std::max(m_head, head);
}

int StreamSync::hold(const QList<QCborMap> &events)
{
    int added = 0;
    for (const QCborMap &event : events) {
        const qint64 seq = seqOf(event);
        if (seq <= 0 || (m_cursor && seq <= *m_cursor) || m_held.contains(seq))
            continue; // malformed, a duplicate of something applied, or a repeat of something held
        m_held.insert(seq, event);
        ++added;
    }
    return added;
}

QList<QCborMap> StreamSync::takeContiguous()
{
    QList<QCborMap> run;
    if (!m_cursor || m_snapshotting)
        return run;
    qint64 next = *m_cursor + 1;
    while (!m_held.isEmpty() && m_held.firstKey() == next) {
        run.append(m_held.take(next));
        ++next;
    }
    return run;
}

bool StreamSync::hasGap() const
{
    return !m_held.isEmpty() && m_held.firstKey() > cursor() + 1;
}

qint64 StreamSync::target() const
{
    return std::max(m_head, m_held.isEmpty() ? qint64(0) : m_held.lastKey());
}

void StreamSync::fetchAnswered()
{
    m_fetches = std::max(0, m_fetches - 1);
}

void StreamSync::beginSnapshot()
{
    ++m_generation; // replies to fetches sent before this point are stale now
    m_fetches = 0;
    m_snapshotting = true;
    m_snapshotHead.reset();
}

void StreamSync::noteSnapshotHead(qint64 head)
{
    if (!m_snapshotHead)
        m_snapshotHead = head;
    noteHead(head);
}

void StreamSync::finishSnapshot()
{
    m_snapshotting = false;
    setCursor(m_snapshotHead.value_or(0));
    m_snapshotHead.reset();
}

} // namespace tack::sync
