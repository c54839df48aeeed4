#include "sync/OutboxFlusher.h"

#include "db/Sqlite.h"
#include "store/Replica.h"
#include "sync/ServerLink.h"
#include "sync/SyncLog.h"

namespace tack::sync {

OutboxFlusher::OutboxFlusher(store::Replica &replica, ServerLink &link, QObject *parent)
    : QObject(parent), m_replica(replica), m_link(link), m_retryTimer(this)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        // Resend from the lowest unacknowledged mutation: the server wants the failed one again first.
        m_lastSent = 0;
        m_inFlight.clear(); // all of it is resent; late answers to the old requests are recognised as stale
        kick();
    });
}

void OutboxFlusher::start()
{
    m_active = true;
    m_lastSent = 0;
    ++m_epoch;
    m_inFlight.clear();
    kick();
}

void OutboxFlusher::stop()
{
    m_active = false;
    m_retryTimer.stop();
    m_lastSent = 0;
    ++m_epoch;
    m_inFlight.clear();
}

void OutboxFlusher::kick()
{
    if (!m_active || m_retryTimer.isActive())
        return;
    QList<store::OutboxEntry> pending;
    try {
        pending = m_replica.pendingMutations(kWindow + int(m_inFlight.size()));
    } catch (const db::SqlError &e) {
        emit storageFailed(e.text());
        return;
    }
    for (const store::OutboxEntry &entry : std::as_const(pending)) {
        if (entry.mutation <= m_lastSent)
            continue; // already sent in this epoch and waiting for its answer
        if (m_inFlight.size() >= kWindow)
            break;
        send(entry.mutation, entry.name, entry.args);
        if (!m_active)
            return; // the send found the connection gone
    }
    checkDrained();
}

void OutboxFlusher::send(qint64 mutation, const QString &name, const QCborMap &args)
{
    m_lastSent = mutation;
    m_inFlight.insert(mutation, m_epoch);
    QCborMap fields;
    fields.insert(QLatin1String("client"), m_clientId);
    fields.insert(QLatin1String("mutation"), mutation);
    fields.insert(QLatin1String("name"), name);
    fields.insert(QLatin1String("args"), args);
    const quint64 epoch = m_epoch;
    m_link.request(QStringLiteral("mutate"), fields, [this, mutation, name, args, epoch](const Reply &reply) {
        onReply(mutation, name, args, epoch, reply);
    });
}

void OutboxFlusher::onReply(qint64 mutation, const QString &name, const QCborMap &args, quint64 epoch,
                            const Reply &reply)
{
    if (reply.disconnected || !m_active)
        return; // stop() already forgot it; it goes out again on the next connection
    const bool current = m_inFlight.contains(mutation) && m_inFlight.value(mutation) == epoch;
    if (reply.ok) {
        // An ack is final whichever request it answers; settling twice is harmless.
        store::ApplyOutcome outcome;
        try {
            outcome = m_replica.settleMutation(mutation);
        } catch (const db::SqlError &e) {
            emit storageFailed(e.text());
            return;
        }
        if (outcome.todos || !outcome.boards.isEmpty())
            emit todosChanged(QStringList(outcome.boards.begin(), outcome.boards.end()));
        m_inFlight.remove(mutation);
        m_backoff.reset();
        emit settled(mutation);
        emit acknowledged(name, args, reply.result);
        kick();
        return;
    }
    const QString code = proto::errorCodeName(reply.error.code);
    if (!reply.error.retryable()) {
        // Final: the server stored this outcome and answers a resend the same way.
        store::ApplyOutcome outcome;
        try {
            outcome = m_replica.failMutation(mutation, code, reply.error.message);
        } catch (const db::SqlError &e) {
            emit storageFailed(e.text());
            return;
        }
        m_inFlight.remove(mutation);
        qCInfo(lcSync) << "mutation" << mutation << name << "refused:" << code << reply.error.message;
        emit failed(mutation, name, code, reply.error.message);
        if (!outcome.conversations.isEmpty())
            emit conversationsChanged(
                QStringList(outcome.conversations.begin(), outcome.conversations.end()));
        if (outcome.todos || !outcome.boards.isEmpty())
            emit todosChanged(QStringList(outcome.boards.begin(), outcome.boards.end()));
        kick();
        return;
    }
    if (!current)
        return; // answers an order we already abandoned (typically the out_of_order tail of a retry)
    m_inFlight.remove(mutation);
    if (reply.error.code != proto::ErrorCode::OutOfOrder) {
        try {
            m_replica.noteAttempt(mutation, code + QLatin1String(": ") + reply.error.message);
        } catch (const db::SqlError &e) {
            emit storageFailed(e.text());
            return;
        }
    }
    ++m_epoch; // every answer still outstanding belongs to the abandoned order now
    scheduleRetry();
}

void OutboxFlusher::scheduleRetry()
{
    const int delay = m_backoff.next();
    m_retryTimer.start(delay);
    emit retryScheduled(m_backoff.attempt(), delay);
}

void OutboxFlusher::checkDrained()
{
    if (!m_active || !m_inFlight.isEmpty() || m_retryTimer.isActive())
        return;
    int pending = 0;
    try {
        pending = m_replica.pendingCount();
    } catch (const db::SqlError &e) {
        emit storageFailed(e.text());
        return;
    }
    if (pending == 0)
        emit drained();
}

} // namespace tack::sync
