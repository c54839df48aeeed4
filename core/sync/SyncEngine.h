#pragma once

#include "store/Replica.h"
#include "sync/Backoff.h"
#include "sync/ServerLink.h"

#include <QCborMap>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <optional>

namespace tack::sync {

class OutboxFlusher;
class StreamCoordinator;

struct SyncOptions
{
    QString clientName = QStringLiteral("tack/0.1");
    QString device;
    BackoffPolicy reconnect;
    BackoffPolicy retry; // outbox retries after retryable errors
    ServerLink::Timing timing;
    QString trustedCertificate; // SHA-256 hex of the one self-signed server certificate to accept
};

// The client's sync engine: owns the read-write replica and the connection, logs in, says hello, catches
// every stream up, applies live events, flushes the outbox and reconnects with backoff. Lives on a worker
// thread; everything reaches it through queued calls (see client::ClientSession) and leaves by signals.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,
        Connecting,
        Syncing,
        Online
    };
    Q_ENUM(State)

    using Options = SyncOptions;

    explicit SyncEngine(Options options = Options(), QObject *parent = nullptr);
    ~SyncEngine() override;

    // --- called on the engine's thread ---
    // Opens (creating and migrating) the replica file. False with a readable message on failure.
    bool openReplica(const QString &path, QString *error);
    void closeReplica();
    store::Replica &replica() { return m_replica; }
    State state() const { return m_state; }

    // Connects to `server`, logs in, stores the account and token, then syncs as start() does.
    void login(const QUrl &server, const QString &login, const QString &password);
    // Connects with the stored token and keeps syncing, reconnecting after every disconnect.
    void start();
    // Disconnects and stops reconnecting.
    void stop();
    // Trusts this self-signed server certificate (SHA-256 hex; empty: none) from the next connection on.
    void setTrustedCertificate(const QString &fingerprint);

    // Writes a local mutation (optimistic effect + outbox row) and sends it when possible. `ref` is echoed in
    // queued()/queueFailed() so the caller can match them.
    void enqueue(const QString &ref, const QString &name, const QCborMap &args);
    // Queues `read` up to `upto`, or up to the newest stored message when `upto` is 0.
    void markRead(const QString &ref, const QString &conversation, qint64 upto);
    // Queues a failed message again (ref: as given) and sends it as soon as the connection allows.
    void retryMessage(const QString &ref, const QString &messageId);
    // Stores the unsent text of a chat (empty removes it); local only.
    void setDraft(const QString &conversation, const QString &text);
    // Forgets the token, stops reconnecting, and revokes the token on the server when connected;
    // loggedOut() follows either way.
    void logout();
    // Requests answered by the server only; the answer comes as requestFinished(tag, ...).
    void requestReadList(quint64 tag, const QString &conversation, const QString &message,
                         const QString &state, qint64 after, int limit);
    void requestHistory(quint64 tag, const QString &conversation, qint64 before, int limit);
    // Any read-only request (e.g. `sessions`); the ack's result comes back as requestFinished(tag, ...).
    void requestQuery(quint64 tag, const QString &type, const QCborMap &fields);
    // What this client reports as its live presence: "online" or "away" (after idle). Sent now when
    // connected and again after every reconnect (each connection starts online on the server).
    void setPresence(const QString &state);
    // Whether to follow other people's presence (presence.list after each hello, then pushes). Off by
    // default: command-line clients do not need it.
    void setWatchPresence(bool watch);

signals:
    void stateChanged(int state);
    void retryScheduled(int attempt, int delayMs);
    // A connection attempt failed or an open connection ended (a retry follows if the engine is running).
    void connectionFailed(const QString &reason);
    // `code` is a protocol error code, or unreachable, untrusted_certificate (the person may trust it: see
    // certificateRejected), bad_certificate, profile_in_use, storage, bad_reply.
    void loginFinished(bool ok, const QString &code, const QString &message);
    // The server's certificate was refused; `trustable` when pinning `fingerprint` would let it through.
    void certificateRejected(const QString &fingerprint, bool trustable, const QString &problem);
    void caughtUp();
    void outboxDrained();
    void queued(const QString &ref, qint64 mutation);
    void queueFailed(const QString &ref, const QString &message);
    void mutationSettled(qint64 mutation);
    void mutationFailed(qint64 mutation, const QString &name, const QString &code, const QString &message);
    void conversationsChanged(const QStringList &conversations);
    void directoryChanged();
    void todosChanged(const QStringList &boards);
    void approvalsChanged();
    void storageError(const QString &message);
    void signedOut(const QString &reason);
    void loggedOut();
    // `result` is the ack's result (history: {count, more}); `code` is empty on success.
    void requestFinished(quint64 tag, const QCborMap &result, const QString &code, const QString &message);
    // Live presence of people: `users` is [{user, state}]; `complete` means it lists everyone not offline
    // (after connecting), otherwise it is one change. Offline drops everyone (complete, empty list).
    void presenceReceived(const QCborArray &users, bool complete);

private:
    void setState(State state);
    void connectNow();
    void onOpened();
    void onClosed(const QString &reason);
    void sendLogin();
    void onLoginReply(const Reply &reply);
    void sendHello();
    void onHelloReply(const Reply &reply);
    void onCaughtUp();
    void onStorageFailed(const QString &message);
    void dropConnection(const QString &why);
    void scheduleReconnect();
    void signOut(const QString &reason);
    void finishRequest(quint64 tag, const Reply &reply);
    void startPresence();

    struct PendingLogin
    {
        QString login;
        QString password;
    };

    Options m_options;
    store::Replica m_replica;
    bool m_replicaOpen = false;
    ServerLink *m_link = nullptr;
    StreamCoordinator *m_streams = nullptr;
    OutboxFlusher *m_outbox = nullptr;
    Backoff m_backoff;
    QTimer m_reconnectTimer;
    State m_state = State::Offline;
    bool m_running = false; // reconnect after a disconnect
    bool m_helloDone = false;
    QUrl m_server;
    QString m_token;
    std::optional<PendingLogin> m_pendingLogin;
    std::optional<bool> m_certificateTrustable; // set when this connection's certificate was refused
    QString m_presence = QStringLiteral("online");
    bool m_watchPresence = false;
};

} // namespace tack::sync
