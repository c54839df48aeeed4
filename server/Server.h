#pragma once

#include "Fanout.h"
#include "LoginThrottle.h"
#include "PresenceTracker.h"
#include "QueryHandlers.h"
#include "RequestLimiter.h"
#include "ServerStore.h"
#include "WalCheckpointer.h"

#include <QCborArray>
#include <QCborMap>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>
#include <optional>

class QWebSocketServer;

namespace tack::server {

class Session;

// The WebSocket front: accepts connections, decodes frames, answers requests and group-commits
// mutations (all mutations queued during one event-loop pass go into one SQLite transaction).
class Server : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 catchupLimit = 250000;
        double faultDropLive = 0.0; // test only: probability of not delivering a live events frame
        quint64 faultSeed = 0;
        std::optional<QSslConfiguration> tls; // set: serve wss:// only
        RequestLimiter::Rates requestRates;
        LoginThrottle::Policy loginPolicy;
        qint64 tokenLifetimeMs = 30LL * 24 * 60 * 60 * 1000; // serve --token-ttl-days
        qint64 escalationDelayMs = 24LL * 60 * 60 * 1000;    // serve --escalate-overdue-after-minutes; 0: off
        int escalationCheckMs = 60 * 1000;                   // test only: --fault-escalation-check-ms
        qint64 maxUnsentBytes = 32LL * 1024 * 1024;          // serve --max-unsent-kib: see Session
    };

    Server(ServerStore &store, const Options &options, QObject *parent = nullptr);
    ~Server() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    // Finishes queued mutations, closes every connection and stops accepting new ones.
    void shutdown();
    // True once shutdown() ran and every connection has closed.
    bool isDrained() const;
    // Pushes events committed on the store since the last delivery (e.g. by an admin command run in this
    // process) to the sessions that follow their streams.
    void deliverNewEvents();
    // The port of the calendar feed listener, reported by `calendar.url` (0: none).
    void setCalendarPort(quint16 port) { m_queries.setCalendarPort(port); }

signals:
    void drained();

private:
    struct PendingMutation
    {
        QPointer<Session> session;
        quint64 requestId = 0;
        qint64 user = 0;
        QString client;
        QString address;
        qint64 mutation = 0;
        QString name;
        QCborMap args;
        QByteArray tokenHash;
    };

    void onNewConnection();
    void onBinary(Session *session, const QByteArray &bytes);
    void onDisconnected(Session *session);
    void dispatch(Session *session, quint64 id, const QString &type, const QCborMap &frame);

    void handleLogin(Session *session, quint64 id, const QCborMap &frame);
    void finishLogin(QPointer<Session> session, quint64 id, qint64 user, bool passwordOk,
                     const QString &device, const QString &login, const QString &address);
    // Records a login refused by the lockout as `login.failed` with reason `locked_out`.
    void auditLockedOutLogin(const QString &login, const QString &address);
    // Takes the request's tokens, or answers `rate_limited` and returns false.
    bool admitRequest(Session *session, quint64 id, const QString &type, const QCborMap &frame);
    qint64 monotonicMs() const { return m_monotonic.elapsed(); }
    void handleHello(Session *session, quint64 id, const QCborMap &frame);
    void handleMutate(Session *session, quint64 id, const QCborMap &frame);
    void handleLogout(Session *session, quint64 id);
    // ServerSessions.cpp: the `sessions` request, and closing connections whose session ended.
    void handleSessions(Session *session, quint64 id);
    // Closes the connections (of `user`, or of everybody for 0) whose token was revoked or has expired.
    void closeEndedSessions(qint64 user);

    void scheduleBatch();
    void runBatch();
    // Pushes committed events to their streams' subscribers, moving subscriptions on conv.joined/left.
    // ServerDelivery.cpp.
    void deliver(const QList<QCborMap> &events);
    void deliverGroup(const QString &stream, const QCborArray &events);
    void sendGroup(const QString &stream, const QCborArray &events);
    void flushHeldReads();
    // Sends account_disabled to every connection of the user and closes them.
    void endSessionsOf(qint64 user);

    // Presence (ServerPresence.cpp): in memory, pushed as `presence` frames, never in the op log.
    void presenceUp(Session *session);   // after a successful hello
    void presenceDown(Session *session); // disconnect, logout, deactivation
    void pushPresence(const std::optional<PresenceTracker::Change> &change);
    void handlePresenceSet(Session *session, quint64 id, const QCborMap &frame);
    void handlePresenceList(Session *session, quint64 id);
    // Picks up events committed by other processes (e.g. `tack-server user add`) and pushes them.
    void pollExternalChanges();
    qint64 dataVersion();
    // The overdue escalation automation (OverdueEscalation): runs on m_escalation's timer.
    void escalateOverdue();

    ServerStore &m_store;
    Options m_options;
    QueryHandlers m_queries;
    QWebSocketServer *m_socketServer = nullptr;
    Fanout m_fanout;
    PresenceTracker m_presence;
    QSet<Session *> m_presenceWatchers; // connections that asked for presence.list get presence pushes
    QList<Session *> m_sessions;
    QList<PendingMutation> m_queue;
    bool m_batchScheduled = false;
    bool m_shuttingDown = false;
    QRandomGenerator m_faultRandom;
    QHash<QString, qint64> m_deliveredHeads;
    // Streams joined in the batch being delivered, followed only once the whole batch is out (see deliver).
    QList<QPair<Session *, QString>> m_joinsAfterBatch;
    // `read` events of large groups waiting to go out together (see ServerDelivery.cpp).
    struct HeldReads
    {
        QCborArray events;
        qint64 dueMs = 0; // monotonicMs() when they go out
    };
    QHash<QString, HeldReads> m_heldReads;
    QTimer m_heldReadsTimer;
    qint64 m_dataVersion = 0;
    QTimer m_externalPoll;
    QTimer m_sessionCheck; // closes connections whose token expired or was revoked elsewhere
    QTimer m_escalation;   // overdue todos: tell the assignee's manager once
    WalCheckpointer m_checkpointer;
    QElapsedTimer m_monotonic; // rate limits and lockouts: immune to clock changes
    RequestLimiter m_limiter;
    LoginThrottle m_loginThrottle;
};

} // namespace tack::server
