#pragma once

#include "store/Replica.h"
#include "sync/SyncEngine.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace tack::client {

// The answer to readList().
struct ReadList
{
    QList<qint64> users; // ascending user ids in the requested state
    int readCount = 0;
    int unreadCount = 0;
    qint64 next = 0; // pass as `after` for the next page; 0 at the end
};

// One signed-in device of the account, as the `sessions` request lists it.
struct DeviceSession
{
    QString id;      // what revokeSession() takes
    QString device;  // as the client named itself at login; may be empty
    QString address; // the client address last seen
    qint64 createdAt = 0;
    qint64 lastUsed = 0;
    qint64 expiresAt = 0;
    bool current = false; // this very connection
};

// What the CLI and the desktop UI talk to. Owns a worker thread running the SyncEngine (which owns the
// read-write replica and the connection) and a read-only replica for the caller's thread. Every call
// returns at once: writes are handed to the worker and become durable when queued() fires; signals come
// back queued on the caller's thread. Use one instance from one thread (the one that created it).
class ClientSession : public QObject
{
    Q_OBJECT

public:
    using State = sync::SyncEngine::State;

    explicit ClientSession(const QString &replicaPath, sync::SyncOptions options = sync::SyncOptions(),
                           QObject *parent = nullptr);
    ~ClientSession() override;

    // Opens the replica on the worker (file open and migration only, no network) and the read-only view.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString replicaPath() const { return m_path; }
    // The read-only replica for this thread: conversations, messages, search, users.
    store::Replica &reader() { return m_reader; }
    store::Replica::Account account();
    bool loggedIn(); // an account with a token is stored

    void login(const QUrl &server, const QString &login, const QString &password);
    void start();
    void stop();
    // Trusts this self-signed server certificate (SHA-256 hex, see sync::CertificateTrust) from the next
    // connection on; empty trusts none. The caller remembers it per profile.
    void setTrustedCertificate(const QString &fingerprint);
    State state() const { return m_state; }
    // Local writes handed to the worker whose queued()/queueFailed() has not arrived yet.
    int unconfirmedWrites() const { return m_unconfirmed; }
    // Seconds until the next reconnect attempt while offline and retrying; 0 otherwise.
    int retrySeconds() const;
    // Why local storage failed last (e.g. the disk is full), empty once a later write worked. The UI shows
    // it until then: queued changes stay queued meanwhile and the engine retries by itself.
    QString storageProblem() const { return m_storageProblem; }

    // --- local writes: return at once; queued(ref, mutation) says the change is on disk ---
    // The new message's id (also the ref), or empty when the text is blank or too long.
    QString sendMessage(const QString &conversation, const QString &text);
    bool editMessage(const QString &messageId, const QString &text); // ref: the message id
    bool recallMessage(const QString &messageId);                    // ref: the message id
    void markRead(const QString &conversation, qint64 upto = 0);     // ref: the conversation id; 0 = newest
    QString createGroup(const QString &title, const QList<qint64> &memberIds); // the new chat's id
    QString openDirect(qint64 userId);
    // DING the message (which must be mine) to these members; users who already confirmed are skipped by the
    // server. Returns the ref, or empty for a bad id or an empty/oversized list. Changes show as
    // conversationsChanged when the server's ding.sent arrives; reader().dingsForMessage() has the status.
    QString dingMessage(const QString &messageId, const QList<qint64> &users);
    // Confirms a DING to me; the alert goes at once (optimistic), also offline. ref: the message id.
    bool confirmDing(const QString &messageId);
    // Queues a failed message again and sends it as soon as possible. ref: the message id; queueFailed() when
    // the message has nothing to retry. False for a bad id.
    bool retryMessage(const QString &messageId);
    // Stores the unsent text of a chat on the worker (empty text removes it); local only, errors arrive as
    // storageError().
    void setDraft(const QString &conversation, const QString &text);
    // Signs out: forgets the stored token, stops reconnecting and, when connected, revokes the token on the
    // server (protocol `logout`). loggedOut() follows once that is done or the connection is gone.
    void logout();
    // --- todos and boards (ClientSessionTodos.cpp): offline-first like messages, shown at once, converging
    // to the server's order. The ref of queued()/queueFailed() is the todo, board or column id. ---
    // `fields`: any of notes, assignees, due, remind, priority, labels, checklist, message (protocol 14.5).
    // Returns the new todo's id, or empty for a blank or too long title.
    QString createTodo(const QString &title, const QCborMap &fields = {});
    // A card at `index` among the column's cards (-1: at the end); the new card's id or empty.
    QString createCard(const QString &board, const QString &column, const QString &title,
                       const QCborMap &fields = {}, int index = -1);
    bool updateTodo(const QString &todo, const QCborMap &fields); // only the named fields change
    bool setTodoDone(const QString &todo, bool done = true);
    bool deleteTodo(const QString &todo);
    // Moves a card to `index` among the target column's cards (-1: the end); the order key is made here.
    bool moveCard(const QString &todo, const QString &column, int index = -1);
    // A board with these columns (left to right) and members besides me; its id, or empty for a bad title.
    QString createBoard(const QString &title, const QStringList &columnTitles,
                        const QList<qint64> &members = {});
    QString addColumn(const QString &board, const QString &title, int wip = 0, int index = -1); // column id
    bool updateColumn(const QString &column, const QCborMap &fields); // `title` and/or `wip` (0: no limit)
    bool moveColumn(const QString &column, int index);
    bool deleteColumn(const QString &column); // its cards go to the left-most remaining column

    // Any other mutation of protocol.md section 6 (conv.rename, member.add, ...), unchecked here: the server
    // decides. Returns the ref for queued()/queueFailed().
    QString submit(const QString &name, const QCborMap &args); // the dm id (empty if not logged in)
    // My live presence as reported to the server: "online" or "away" (the app reports away after idle).
    void setPresence(const QString &state);
    // Follow other people's presence (presenceReceived); off by default.
    void setWatchPresence(bool watch);

    // --- requests answered by the server; they fail at once with code "offline" when not connected ---
    quint64 readList(const QString &conversation, const QString &messageId, const QString &state,
                     qint64 after = 0, int limit = 0);
    quint64 loadHistory(const QString &conversation, qint64 beforeSeq, int limit = 0);
    // The account's signed-in devices; sessionsListed(tag, ...) answers.
    quint64 listSessions();

    // Signs out another device of this account (`session.revoke`), or every other one. Returns the ref for
    // queued()/queueFailed(); the server refuses the current session's own id (use logout()).
    QString revokeSession(const QString &sessionId);
    QString revokeOtherSessions();
    // Any other read request of protocol.md (e.g. `audit.list`); the answer comes as queryFinished(tag, ...).
    quint64 query(const QString &type, const QCborMap &fields);

    // Runs `work` on the worker thread against the engine's read-write replica and waits for it. For tests
    // and maintenance tools; never call it from the worker thread.
    void withEngineReplica(const std::function<void(store::Replica &)> &work);

    // A fresh id for a message or conversation: 32 characters of [0-9a-f].
    static QString newObjectId();

signals:
    void loginFinished(bool ok, const QString &code, const QString &message);
    void certificateRejected(const QString &fingerprint, bool trustable, const QString &problem);
    void stateChanged(tack::client::ClientSession::State state, int retrySeconds);
    void retryScheduled(int attempt, int delayMs);
    void connectionFailed(const QString &reason);
    void caughtUp();
    void outboxDrained();
    void queued(const QString &ref, qint64 mutation); // mutation 0: nothing needed sending
    void queueFailed(const QString &ref, const QString &message);
    void mutationSettled(qint64 mutation);
    void mutationFailed(qint64 mutation, const QString &name, const QString &code, const QString &message);
    void conversationsChanged(const QStringList &conversations);
    void directoryChanged();
    // Todos or boards changed (remote events, local writes, refusals); `boards` lists boards whose columns
    // or cards changed.
    void todosChanged(const QStringList &boards);
    // Approvals or approval templates arrived from the server (local intents show through queued() and the
    // mutation signals).
    void approvalsChanged();
    // Live presence of people (see SyncEngine::presenceReceived): [{user, state}], `complete` for a full
    // list.
    void presenceReceived(const QCborArray &users, bool complete);
    void storageError(const QString &message);
    void storageProblemChanged(const QString &problem); // see storageProblem()
    void signedOut(const QString &reason);
    void loggedOut();
    void readListFinished(quint64 tag, bool ok, const tack::client::ReadList &list, const QString &code,
                          const QString &message);
    void sessionsListed(quint64 tag, bool ok, const QList<tack::client::DeviceSession> &sessions,
                        const QString &code, const QString &message);
    void historyLoaded(quint64 tag, bool ok, int count, bool more, const QString &code,
                       const QString &message);
    // `result` is the ack's result; `code` is empty on success ("offline" when not connected).
    void queryFinished(quint64 tag, const QCborMap &result, const QString &code, const QString &message);

private:
    template <typename Work> void post(Work &&work);
    void enqueue(const QString &ref, const QString &name, const QCborMap &args);
    void onEngineState(int state);
    void onRetryScheduled(int attempt, int delayMs);
    void onRequestFinished(quint64 tag, const QCborMap &result, const QString &code, const QString &message);
    void setStorageProblem(const QString &problem);

    QString m_path;
    QThread m_thread;
    sync::SyncEngine *m_engine = nullptr;
    store::Replica m_reader;
    bool m_open = false;
    State m_state = State::Offline;
    QDeadlineTimer m_retryDeadline;
    QTimer m_countdown;
    quint64 m_nextTag = 1;
    int m_unconfirmed = 0;
    QString m_storageProblem;
    QHash<quint64, bool> m_historyTags; // tag -> true for history, absent for read lists
    QSet<quint64> m_sessionTags;
    QSet<quint64> m_queryTags; // tags of query()
};

} // namespace tack::client

Q_DECLARE_METATYPE(tack::client::ReadList)
Q_DECLARE_METATYPE(tack::client::DeviceSession)
