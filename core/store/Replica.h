#pragma once

#include "db/Sqlite.h"
#include "domain/approvals/ApprovalInstance.h"
#include "domain/approvals/FormTemplate.h"
#include "store/ReplicaTypes.h"
#include "store/TodoRecords.h"

#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace tack::db {
class StatementCache;
}

namespace tack::store {

using db::StatementCache;
namespace detail {
struct Ctx;
}

// The client's local copy of everything the account may read, plus the outbox of local mutations.
// One SQLite file per (server, account). Not thread-safe: the sync worker owns one read-write instance,
// the UI opens its own instance for reading. Every method that fails throws db::SqlError; writes are
// transactional, so a failed call leaves the file as it was.
class Replica
{
public:
    static constexpr int kSchemaVersion = 8;

    Replica();
    ~Replica();
    Replica(const Replica &) = delete;
    Replica &operator=(const Replica &) = delete;

    // Opens or creates the file and migrates it to `targetVersion` (tests pass older versions).
    void open(const QString &path, int targetVersion = kSchemaVersion);
    // Opens an existing, already-migrated file for reading only (the UI's connection).
    void openReadOnly(const QString &path);
    void close();
    db::Database &database() { return m_db; }
    int schemaVersion();

    // --- identity ---
    struct Account
    {
        QString serverUrl;
        QString login;
        qint64 userId = 0;
        QString token;
    };
    QString clientId(); // random, created when the file is created, never changes
    Account account();
    void setAccount(const Account &account);
    void clearToken();

    // --- cursors ---
    qint64 cursor(const QString &stream);
    QHash<QString, qint64> cursors();

    // --- remote data ---
    // Applies events of one stream whose seqs continue the cursor (cursor+1, cursor+2, ...) and moves the
    // cursor, all in one transaction; events at or below the cursor are skipped. Pending outbox effects
    // are replayed on top afterwards. Returns what changed. Stops at the first gap (the caller fetches).
    ApplyOutcome applyEvents(const QString &stream, const QList<QCborMap> &events);
    // Snapshot: pages go to staging tables; finishSnapshot swaps them in and sets the cursor to `head`.
    void beginSnapshot(const QString &stream);
    void addSnapshotPage(const QString &stream, const QCborMap &rows);
    ApplyOutcome finishSnapshot(const QString &stream, qint64 head);
    // Forgets a stream and all data it carried (the account may no longer read it).
    ApplyOutcome dropStream(const QString &stream);
    // Stores older messages fetched with `history`; cursors do not move.
    ApplyOutcome storeHistory(const QString &conversation, const QList<QCborMap> &messages);

    // --- outbox ---
    // Writes the mutation's optimistic effect and its outbox row in one transaction; returns its mutation id.
    qint64 enqueue(const QString &name, const QCborMap &args, ApplyOutcome *outcome = nullptr);
    QList<OutboxEntry> pendingMutations(int limit = 100); // not failed, ascending mutation id
    QList<OutboxEntry> failedMutations();
    int pendingCount();
    // Acknowledged: the row goes. A todo or board change then shows the server's copy (plus what is still
    // pending), since the server may have placed it differently.
    ApplyOutcome settleMutation(qint64 mutation);
    void noteAttempt(qint64 mutation, const QString &why); // retryable failure: count it
    // A final error: the row is kept as failed and its optimistic effect undone (a sent message shows
    // as failed, an edit falls back to the server's text).
    ApplyOutcome failMutation(qint64 mutation, const QString &code, const QString &message);
    // Queues a failed message again under a new mutation id; returns it (0 if there is nothing to retry).
    qint64 retryMessage(const QString &messageId);

    // --- queries ---
    std::optional<UserRecord> user(qint64 id);
    std::optional<UserRecord> userByLogin(const QString &login);
    QList<UserRecord> users();
    QList<DepartmentRecord> departments();
    std::optional<DepartmentRecord> department(qint64 id);
    QList<DepartmentRecord> childDepartments(qint64 parent); // by name; 0: the top-level departments

    // --- directory (schema v5; empty on older files) ---
    // People matching `query` by name (Chinese or English, from the start of the name or of the given
    // name), full pinyin or initials (prefix), login, e-mail, employee id (prefix), any run of at least three
    // phone digits, or department name (substring); active people only, best match first, at most `limit`.
    QList<PersonMatch> searchPeople(const QString &query, int limit = 50);
    // Everyone with the department among their departments, by name.
    QList<UserRecord> peopleInDepartment(qint64 department, bool includeInactive = false);
    QList<UserRecord> directReports(qint64 manager); // active people whose manager is `manager`, by name
    // Active owners, then active admins, each by name.
    QList<UserRecord> orgAdministrators();
    // Deactivated people whose name or login contains `filter` (any case; empty: all), by name.
    QList<UserRecord> deactivatedPeople(const QString &filter, int limit);
    QList<ConversationRecord> conversations(); // by activity, newest first
    std::optional<ConversationRecord> conversation(const QString &id);
    QList<MemberRecord> members(const QString &conversation);
    std::optional<MemberRecord> member(const QString &conversation, qint64 user);
    // The newest `limit` messages with seq below `beforeSeq` (0: no bound), ascending by seq; pending and
    // failed local messages (no seq yet) come last when beforeSeq is 0.
    QList<MessageRecord> messages(const QString &conversation, int limit, qint64 beforeSeq = 0);
    std::optional<MessageRecord> message(const QString &id);
    qint64 lowestSeq(const QString &conversation); // 0 when no stored message
    // Full-text search over message text (English and Chinese), newest first; recalled messages excluded.
    QList<MessageRecord> searchMessages(const QString &query, int limit = 50);
    // Members other than the sender whose read marker reached the message.
    int readCount(const QString &conversation, qint64 seq, qint64 sender);

    // Unconfirmed DINGs to the account user on messages not recalled, newest first.
    QList<DingRecord> pendingDingsForMe();
    // Every recipient of the message's DINGs, unconfirmed first, then by name.
    QList<DingRecord> dingsForMessage(const QString &message);

    // --- todos and boards (schema v6; ReplicaTodoQueries.cpp) ---
    std::optional<TodoRecord> todo(const QString &id); // deleted ones too (deleted = true)
    // My todos in one section: assigned to me, or created by me with nobody assigned; not deleted. Overdue
    // and Today by due date, Upcoming by due date with undated last, Done newest first. `dayEndMs` is the
    // end of the user's today.
    QList<TodoRecord> myTodos(TodoView view, qint64 nowMs, qint64 dayEndMs);
    // Todos I created and assigned to someone else, not deleted, open ones first, by due date.
    QList<TodoRecord> todosAssignedByMe();
    // Open todos with a reminder at or before `untilMs` (for reminders due, also after a late start).
    QList<TodoRecord> remindersDue(qint64 fromMs, qint64 untilMs);
    QList<BoardRecord> boards(); // by title
    std::optional<BoardRecord> board(const QString &id);
    QList<ColumnRecord> columns(const QString &board); // live ones, in board order, with card counts
    QList<TodoRecord> cards(const QString &column);    // live cards in column order (order key, then id)
    QString todoForMessage(const QString &message);    // the todo mark of a chat message, or empty
    // The todo marks of a chat's messages (message id -> todo id): the server's, plus my todos made from
    // its messages that the server has not confirmed yet. One query for a whole timeline.
    QHash<QString, QString> todoMarks(const QString &conversation);
    QList<EscalationRecord> escalations(); // overdue todos escalated to me, newest first
    QString dumpTodoState(); // canonical text of live todos, boards, columns and marks (for comparisons)

    // --- approvals (schema v7; ReplicaApprovals.cpp) ---
    // Approvals the account takes part in, as the server last sent them, newest activity first.
    QList<approvals::ApprovalInstance> approvals();
    std::optional<approvals::ApprovalInstance> approval(const QString &id);
    // The org's template for `key`: one the server sent, else the built-in one.
    std::optional<approvals::FormTemplate> approvalTemplate(const QString &key);
    // Approval roles (schema v8): the members of one by id, and the names of those that have members.
    QList<qint64> approvalRoleMembers(const QString &role);
    QStringList approvalRoles();
    // Every template a person can start from: the built-in ones (or the org's replacement of one), then the
    // org's own by name.
    QList<approvals::FormTemplate> approvalTemplates();

    // Canonical text of everything synced (not outbox/meta/staging), for comparing two replicas.
    QString dumpSyncedState();

    // --- diagnostics ---
    // What one committed remote write did to a stream's cursor: events from+1..to applied, a snapshot
    // swapped in at `to` (over cursor `from`), or the stream dropped. Fault tests check with it that no
    // event is applied twice or skipped; called on the replica's thread right after the commit.
    struct CursorMove
    {
        enum class Kind
        {
            Events,
            Snapshot,
            Dropped
        };
        Kind kind = Kind::Events;
        QString stream;
        qint64 from = 0;
        qint64 to = 0;
    };
    using CursorObserver = std::function<void(const CursorMove &)>;
    void setCursorObserver(CursorObserver observer) { m_cursorObserver = std::move(observer); }

    // --- drafts (the desktop app's unsent text per chat; local only, never synced) ---
    QString draft(const QString &conversation);
    void setDraft(const QString &conversation, const QString &text); // empty text removes the draft

private:
    detail::Ctx context();
    void migrate(int from, int target);

    db::Database m_db;
    QString m_path;
    std::unique_ptr<StatementCache> m_statements; // prepared once, reused across batches
    qint64 m_userId = -1;                         // cached account user id; -1 until read
    int m_version = 0;                            // schema version of the open file
    CursorObserver m_cursorObserver;
    void noteCursorMove(CursorMove::Kind kind, const QString &stream, qint64 from, qint64 to,
                        const ApplyOutcome &out);
};

} // namespace tack::store
