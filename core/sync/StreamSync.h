#pragma once

#include <QCborMap>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace tack::sync {

// What one connection knows about one stream: the applied cursor, events held back because they arrived
// beyond a gap, the newest head the server reported, and whether a fetch or snapshot is under way.
// Pure bookkeeping (protocol.md 3.1 rules 1 and 2); the engine does the talking and the applying.
class StreamSync
{
public:
    // `cursor` is empty for a stream the replica does not hold yet (it will be snapshotted).
    StreamSync(const QString &stream, std::optional<qint64> cursor);

    const QString &stream() const { return m_stream; }
    bool hasCursor() const { return m_cursor.has_value(); }
    qint64 cursor() const { return m_cursor.value_or(0); }
    // After events or a snapshot were applied: held events at or below the new cursor are dropped.
    void setCursor(qint64 cursor);

    qint64 knownHead() const { return m_head; }
    void noteHead(qint64 head);

    // Keeps the events above the cursor, keyed by seq, so repeats collapse. Returns how many were new.
    int hold(const QList<QCborMap> &events);
    int heldCount() const { return int(m_held.size()); }
    // Removes and returns the held events that continue the cursor without a hole (cursor+1, cursor+2, ...).
    // Empty when the stream has no cursor yet or the first held event is beyond a gap.
    QList<QCborMap> takeContiguous();
    // Events are held beyond a hole right after the cursor.
    bool hasGap() const;
    // The highest seq the client knows exists: the reported head or the newest held event.
    qint64 target() const;
    // Something known to exist has not been applied yet.
    bool behind() const { return target() > cursor(); }

    // Fetches in flight (the engine may pipeline the next page before applying the current one).
    int fetchesInFlight() const { return m_fetches; }
    void fetchSent() { ++m_fetches; }
    void fetchAnswered();
    // A fetch should go out now: the stream is behind, not being snapshotted, and nothing is in flight.
    bool needsFetch() const { return hasCursor() && !m_snapshotting && m_fetches == 0 && behind(); }

    // Snapshot: replies that belong to an earlier attempt are recognised by the generation.
    void beginSnapshot();
    bool snapshotting() const { return m_snapshotting; }
    // The head of the first page, which becomes the cursor when the snapshot is swapped in.
    std::optional<qint64> snapshotHead() const { return m_snapshotHead; }
    void noteSnapshotHead(qint64 head);
    void finishSnapshot(); // sets the cursor to the first page's head
    quint64 generation() const { return m_generation; }

    // Nothing to do: applied up to every known event, nothing held, nothing in flight.
    bool settled() const
    {
        return hasCursor() && !m_snapshotting && m_fetches == 0 && m_held.isEmpty() && !behind();
    }

    static qint64 seqOf(const QCborMap &event);

private:
    QString m_stream;
    std::optional<qint64> m_cursor;
    qint64 m_head = 0;
    QMap<qint64, QCborMap> m_held;
    int m_fetches = 0;
    bool m_snapshotting = false;
    std::optional<qint64> m_snapshotHead;
    quint64 m_generation = 0;
};

} // namespace tack::sync
