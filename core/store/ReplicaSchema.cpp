// Schema migrations of the replica file. PRAGMA user_version holds the version; each step runs in its own
// transaction together with the version bump, so an interrupted upgrade resumes at the step that failed.

#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <sqlite3.h>

namespace tack::store {
namespace {

void migrateTo1(db::Database &db)
{
    db.exec(R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cursors(stream TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE users(
    id INTEGER PRIMARY KEY, login TEXT NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    department INTEGER NOT NULL DEFAULT 0, manager INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1);
CREATE INDEX users_by_login ON users(login);
CREATE TABLE departments(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent INTEGER NOT NULL DEFAULT 0,
    manager INTEGER NOT NULL DEFAULT 0);

-- last_*, unread and my_read are maintained by the store after every write (see refreshSummaries), so
-- the conversation list is one query.
CREATE TABLE conversations(
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', owner INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT 0, member_count INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0,
    last_seq INTEGER, last_at INTEGER, last_text TEXT, last_sender INTEGER,
    unread INTEGER NOT NULL DEFAULT 0, my_read INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE members(
    conversation TEXT NOT NULL, user INTEGER NOT NULL, role TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(conversation, user)) WITHOUT ROWID;

-- rid is an explicit rowid so the external-content FTS index keeps pointing at the right rows (an
-- implicit rowid may be renumbered by VACUUM). text/edited_at/recalled* are what the user sees (with
-- pending local changes); server_* are the last state the server confirmed, used to undo a failed
-- local change and for dumpSyncedState.
CREATE TABLE messages(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, conversation TEXT NOT NULL, seq INTEGER,
    sender INTEGER NOT NULL, text TEXT NOT NULL, at INTEGER NOT NULL,
    edited_at INTEGER NOT NULL DEFAULT 0, recalled INTEGER NOT NULL DEFAULT 0,
    recalled_by INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'sent', error TEXT NOT NULL DEFAULT '',
    server_text TEXT NOT NULL DEFAULT '', server_edited_at INTEGER NOT NULL DEFAULT 0,
    server_recalled INTEGER NOT NULL DEFAULT 0, server_recalled_by INTEGER NOT NULL DEFAULT 0);
CREATE INDEX messages_by_conversation ON messages(conversation, seq);

-- AUTOINCREMENT: mutation ids must never be reused, even after the newest row was settled.
CREATE TABLE outbox(
    mutation INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, args BLOB NOT NULL,
    subject TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);

-- Snapshot pages land here, keyed by stream, until finishSnapshot swaps them in.
CREATE TABLE stage_users(
    stream TEXT NOT NULL, id INTEGER NOT NULL, login TEXT NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL,
    department INTEGER NOT NULL, manager INTEGER NOT NULL, active INTEGER NOT NULL,
    PRIMARY KEY(stream, id)) WITHOUT ROWID;
CREATE TABLE stage_departments(
    stream TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, parent INTEGER NOT NULL,
    manager INTEGER NOT NULL, PRIMARY KEY(stream, id)) WITHOUT ROWID;
CREATE TABLE stage_conversations(
    stream TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, owner INTEGER NOT NULL,
    created_at INTEGER NOT NULL, member_count INTEGER NOT NULL, PRIMARY KEY(stream, id)) WITHOUT ROWID;
CREATE TABLE stage_members(
    stream TEXT NOT NULL, conversation TEXT NOT NULL, user INTEGER NOT NULL, role TEXT NOT NULL,
    read INTEGER NOT NULL, PRIMARY KEY(stream, conversation, user)) WITHOUT ROWID;
CREATE TABLE stage_messages(
    stream TEXT NOT NULL, id TEXT NOT NULL, conversation TEXT NOT NULL, seq INTEGER NOT NULL,
    sender INTEGER NOT NULL, text TEXT NOT NULL, at INTEGER NOT NULL, edited_at INTEGER NOT NULL,
    recalled INTEGER NOT NULL, recalled_by INTEGER NOT NULL, PRIMARY KEY(stream, id)) WITHOUT ROWID;
)sql");
    auto insert = db.prepare("INSERT INTO meta(key, value) VALUES ('client_id', ?1)");
    insert.bind(1, detail::newObjectId()).run();
}

void migrateTo2(db::Database &db)
{
    // Trigram tokens make substring search work for Chinese (no word breaks) as well as English.
    db.exec(R"sql(
CREATE VIRTUAL TABLE messages_fts USING fts5(
    text, content='messages', content_rowid='rid', tokenize='trigram');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, text) VALUES (new.rid, new.text);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.rid, old.text);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages WHEN old.text IS NOT new.text BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.rid, old.text);
    INSERT INTO messages_fts(rowid, text) VALUES (new.rid, new.text);
END;
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
)sql");
}

void migrateTo3(db::Database &db)
{
    db.exec(R"sql(
CREATE TABLE drafts(
    conversation TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;
)sql");
}

void migrateTo4(db::Database &db)
{
    // confirmed_at is what the user sees (with a pending local confirmation); server_confirmed_at is what the
    // server confirmed, restored when that confirmation fails.
    db.exec(R"sql(
CREATE TABLE dings(
    conversation TEXT NOT NULL, message TEXT NOT NULL, user INTEGER NOT NULL, sender INTEGER NOT NULL DEFAULT 0,
    dinged_at INTEGER NOT NULL DEFAULT 0, round INTEGER NOT NULL DEFAULT 0,
    confirmed_at INTEGER NOT NULL DEFAULT 0, server_confirmed_at INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(message, user)) WITHOUT ROWID;
CREATE INDEX dings_by_user ON dings(user, confirmed_at, dinged_at);
CREATE INDEX dings_by_conversation ON dings(conversation);
CREATE TABLE stage_dings(
    stream TEXT NOT NULL, message TEXT NOT NULL, user INTEGER NOT NULL, sender INTEGER NOT NULL,
    dinged_at INTEGER NOT NULL, round INTEGER NOT NULL, confirmed_at INTEGER NOT NULL,
    PRIMARY KEY(stream, message, user)) WITHOUT ROWID;
-- Older versions skipped ding.* events (unknown kinds move the cursor on). Forgetting the conversation
-- cursors makes the next sync bring every conversation stream again, DINGs included; applying is idempotent.
DELETE FROM cursors WHERE stream LIKE 'c/%';
)sql");
}

void migrateTo5(db::Database &db)
{
    // The people model grows (employee id, phone, e-mail, org role, several departments, on leave) and the
    // directory gets its search index: person_terms rows (see ReplicaDirectory.cpp) and user_departments,
    // both derived from users by the store. The org cursor is forgotten so the next sync brings the new
    // fields the stored rows lack (applying user.put again is idempotent).
    db.exec(R"sql(
ALTER TABLE users ADD COLUMN employee_id TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN departments TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN on_leave INTEGER NOT NULL DEFAULT 0;
CREATE INDEX users_by_manager ON users(manager);
CREATE INDEX departments_by_parent ON departments(parent);
ALTER TABLE stage_users ADD COLUMN employee_id TEXT NOT NULL DEFAULT '';
ALTER TABLE stage_users ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE stage_users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE stage_users ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE stage_users ADD COLUMN departments TEXT NOT NULL DEFAULT '';
ALTER TABLE stage_users ADD COLUMN on_leave INTEGER NOT NULL DEFAULT 0;
CREATE TABLE user_departments(
    user INTEGER NOT NULL, department INTEGER NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY(user, department)) WITHOUT ROWID;
CREATE INDEX user_departments_by_department ON user_departments(department, user);
CREATE TABLE person_terms(
    kind INTEGER NOT NULL, term TEXT NOT NULL, user INTEGER NOT NULL, PRIMARY KEY(kind, term, user)) WITHOUT ROWID;
CREATE INDEX person_terms_by_user ON person_terms(user);
DELETE FROM cursors WHERE stream='org';
)sql");
    StatementCache sql(db);
    detail::Ctx c{db, sql, 0, 5};
    detail::indexAllPeople(c);
    sql.clear();
}

void migrateTo6(db::Database &db)
{
    // Todos, boards and columns (protocol.md section 14). The plain columns are what the user sees, with
    // pending local changes; `server` is the last object the server sent (CBOR) and srv_rev its rev, used to
    // keep the newer copy when the same object arrives on two streams and to undo a refused local change.
    // todo_refs says which streams carry a todo: it goes when none does. assignees is ",3,7," for matching.
    db.exec(R"sql(
CREATE TABLE todos(
    id TEXT PRIMARY KEY, creator INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '', assignees TEXT NOT NULL DEFAULT ',', due INTEGER NOT NULL DEFAULT 0,
    remind INTEGER NOT NULL DEFAULT 0, priority INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,
    done_at INTEGER NOT NULL DEFAULT 0, done_by INTEGER NOT NULL DEFAULT 0, board TEXT NOT NULL DEFAULT '',
    col TEXT NOT NULL DEFAULT '', order_key TEXT NOT NULL DEFAULT '' COLLATE BINARY, labels BLOB, checklist BLOB,
    conversation TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', moved_from TEXT NOT NULL DEFAULT '',
    moved_from_title TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, srv_rev INTEGER NOT NULL DEFAULT 0,
    server BLOB) WITHOUT ROWID;
CREATE INDEX todos_by_column ON todos(col, order_key, id);
CREATE INDEX todos_by_due ON todos(deleted, done, due);
CREATE TABLE todo_refs(todo TEXT NOT NULL, stream TEXT NOT NULL, PRIMARY KEY(todo, stream)) WITHOUT ROWID;
CREATE INDEX todo_refs_by_stream ON todo_refs(stream);
CREATE TABLE boards(
    id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', owner INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT 0, members TEXT NOT NULL DEFAULT ',', srv_rev INTEGER NOT NULL DEFAULT 0,
    server BLOB) WITHOUT ROWID;
CREATE TABLE board_columns(
    id TEXT PRIMARY KEY, board TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    order_key TEXT NOT NULL DEFAULT '' COLLATE BINARY, wip INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0, srv_rev INTEGER NOT NULL DEFAULT 0, server BLOB) WITHOUT ROWID;
CREATE INDEX board_columns_by_board ON board_columns(board, order_key, id);
CREATE TABLE message_todos(message TEXT PRIMARY KEY, conversation TEXT NOT NULL, todo TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX message_todos_by_conversation ON message_todos(conversation);
-- Overdue escalations told to me as a manager (u/ stream, todo.escalated): the todo object as sent.
CREATE TABLE escalations(todo TEXT PRIMARY KEY, at INTEGER NOT NULL, assignees TEXT NOT NULL, body BLOB NOT NULL)
    WITHOUT ROWID;
-- Snapshot pages of t/ and b/ streams: one CBOR object per row; kind is board, column, todo or mark.
CREATE TABLE stage_todo_rows(
    stream TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, body BLOB NOT NULL,
    PRIMARY KEY(stream, kind, id)) WITHOUT ROWID;
-- Conversation snapshots now carry todo marks: bring the conversations again (applying is idempotent).
DELETE FROM cursors WHERE stream LIKE 'c/%';
)sql");
}

void migrateTo7(db::Database &db)
{
    // Approvals (protocol.md 6.1): the server's approval objects and stored templates, kept as wire CBOR.
    // Older versions skipped approval.* events and snapshot rows, so the user and org cursors are forgotten
    // and the next sync brings them (applying again is idempotent).
    db.exec(R"sql(
CREATE TABLE approvals(
    id TEXT PRIMARY KEY, template TEXT NOT NULL, submitter INTEGER NOT NULL, state TEXT NOT NULL,
    version INTEGER NOT NULL, body BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE approval_templates(key TEXT PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE stage_approvals(stream TEXT NOT NULL, kind TEXT NOT NULL, body BLOB NOT NULL);
DELETE FROM cursors WHERE stream='org' OR stream LIKE 'u/%';
)sql");
}

void migrateTo8(db::Database &db)
{
    // Approval roles (protocol.md 6.1): who holds "finance", "hr"... so the client previews role nodes the
    // way the server resolves them. The org snapshot carries them, so the org cursor is forgotten.
    db.exec(R"sql(
CREATE TABLE approval_roles(role TEXT NOT NULL, user INTEGER NOT NULL, PRIMARY KEY(role, user)) WITHOUT ROWID;
DELETE FROM cursors WHERE stream='org';
)sql");
}

void runStep(db::Database &db, int version, void (*step)(db::Database &))
{
    db::Transaction tx(db);
    step(db);
    db.setUserVersion(version);
    tx.commit();
}

} // namespace

void Replica::migrate(int from, int target)
{
    switch (from) {
    case 0:
        if (target < 1)
            break;
        runStep(m_db, 1, migrateTo1);
        [[fallthrough]];
    case 1:
        if (target < 2)
            break;
        runStep(m_db, 2, migrateTo2);
        [[fallthrough]];
    case 2:
        if (target < 3)
            break;
        runStep(m_db, 3, migrateTo3);
        [[fallthrough]];
    case 3:
        if (target < 4)
            break;
        runStep(m_db, 4, migrateTo4);
        [[fallthrough]];
    case 4:
        if (target < 5)
            break;
        runStep(m_db, 5, migrateTo5);
        [[fallthrough]];
    case 5:
        if (target < 6)
            break;
        runStep(m_db, 6, migrateTo6);
        [[fallthrough]];
    case 6:
        if (target < 7)
            break;
        runStep(m_db, 7, migrateTo7);
        [[fallthrough]];
    case 7:
        if (target < 8)
            break;
        runStep(m_db, 8, migrateTo8);
        [[fallthrough]];
    default:
        break;
    }
}

void Replica::open(const QString &path, int targetVersion)
{
    close();
    if (targetVersion < 1 || targetVersion > kSchemaVersion)
        throw db::SqlError(SQLITE_MISUSE, QStringLiteral("cannot open %1: schema version %2 is not supported")
                                              .arg(path)
                                              .arg(targetVersion));
    m_db.open(path, db::Database::Mode::ReadWrite);
    try {
        const int found = m_db.userVersion();
        if (found > kSchemaVersion)
            throw db::SqlError(
                SQLITE_CANTOPEN,
                QStringLiteral("cannot open %1: it was created by a newer Tack (schema version "
                               "%2; this version understands up to %3)")
                    .arg(path)
                    .arg(found)
                    .arg(kSchemaVersion));
        if (found < targetVersion)
            migrate(found, targetVersion);
        m_version = m_db.userVersion();
        // Per-connection scratch space for batched message writes (see detail::bufferMessage).
        m_db.exec(
            "PRAGMA temp_store=MEMORY;"
            "CREATE TEMP TABLE IF NOT EXISTS incoming_messages(n INTEGER PRIMARY KEY, id TEXT NOT NULL, "
            "conversation TEXT NOT NULL, seq INTEGER NOT NULL, sender INTEGER NOT NULL, text TEXT NOT NULL, "
            "at INTEGER NOT NULL, edited_at INTEGER NOT NULL, recalled INTEGER NOT NULL, "
            "recalled_by INTEGER NOT NULL)");
    } catch (...) {
        close();
        throw;
    }
    m_path = path;
}

void Replica::openReadOnly(const QString &path)
{
    close();
    m_db.open(path, db::Database::Mode::ReadOnly);
    const int found = m_db.userVersion();
    if (found != kSchemaVersion) {
        close();
        const QString why = found > kSchemaVersion ? QStringLiteral("it was created by a newer Tack")
                                                   : QStringLiteral("it has not been migrated yet");
        throw db::SqlError(SQLITE_CANTOPEN, QStringLiteral("cannot open %1 for reading: %2 (schema version "
                                                           "%3, expected %4)")
                                                .arg(path, why)
                                                .arg(found)
                                                .arg(kSchemaVersion));
    }
    m_version = found;
    m_path = path;
}

} // namespace tack::store
