#pragma once

#include "sync/Backoff.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace tack::store {
class Replica;
}

namespace tack::sync {

class ServerLink;
struct Reply;

// Sends the replica's pending mutations (protocol.md section 6): in mutation-id order, at most `kWindow`
// unanswered at a time. An ack settles the outbox row; a final error marks it failed; a retryable error
// pauses sending and, after a backoff delay, resends everything unacknowledged from the lowest pending id,
// so the server sees the ids in order again. Lives on the sync thread next to the engine.
class OutboxFlusher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWindow = 32;

    OutboxFlusher(store::Replica &replica, ServerLink &link, QObject *parent = nullptr);

    void setClientId(const QString &clientId) { m_clientId = clientId; }
    void setBackoffPolicy(const Backoff::Policy &policy) { m_backoff = Backoff(policy); }
    // The connection is caught up: start sending.
    void start();
    // The connection is gone: forget what was in flight (it is resent on the next connection).
    void stop();
    // Something new was queued (or a retry is due): send what the window allows.
    void kick();
    bool active() const { return m_active; }
    int inFlight() const { return int(m_inFlight.size()); }

signals:
    void settled(qint64 mutation);
    // The ack's result, for hints such as the seq a sent message got.
    void acknowledged(const QString &name, const QCborMap &args, const QCborMap &result);
    void failed(qint64 mutation, const QString &name, const QString &code, const QString &message);
    // Rows or messages changed because a mutation failed (its optimistic effect was undone).
    void conversationsChanged(const QStringList &conversations);
    void todosChanged(const QStringList &boards);
    // Nothing is pending and nothing is waiting for an answer.
    void drained();
    void retryScheduled(int attempt, int delayMs);
    // The replica could not record an outcome; the engine drops the connection and tries again later.
    void storageFailed(const QString &message);

private:
    void send(qint64 mutation, const QString &name, const QCborMap &args);
    void onReply(qint64 mutation, const QString &name, const QCborMap &args, quint64 epoch,
                 const Reply &reply);
    void scheduleRetry();
    void checkDrained();

    store::Replica &m_replica;
    ServerLink &m_link;
    QString m_clientId;
    Backoff m_backoff;
    QTimer m_retryTimer;
    bool m_active = false;
    qint64 m_lastSent = 0; // highest mutation id sent in this epoch
    quint64 m_epoch = 0;   // bumped on every restart of the send order; older retryable errors are stale
    QHash<qint64, quint64> m_inFlight; // mutation id -> epoch of its newest request
};

} // namespace tack::sync
