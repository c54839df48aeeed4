#include "ServerStore.h"

#include <QDir>
#include <QFileInfo>

namespace tack::server {

QString ServerStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tack.db"));
}

void ServerStore::open(const QString &dataDir, Open how)
{
    const QString path = databasePath(dataDir);
    if (how != Open::CreateIfMissing && !QFileInfo::exists(path))
        throw StoreError(
            QStringLiteral("no database in %1 (run `tack-server init --data %1` first)").arg(dataDir));
    if (how == Open::CreateIfMissing && !QDir().mkpath(dataDir))
        throw StoreError(QStringLiteral("cannot create the data directory %1").arg(dataDir));
    try {
        m_db.open(path, how == Open::ReadOnly ? db::Database::Mode::ReadOnly : db::Database::Mode::ReadWrite);
    } catch (const db::SqlError &e) {
        throw StoreError(QStringLiteral("%1 is not a usable Tack database (%2)").arg(path, e.text()));
    }
    if (how == Open::ReadOnly) {
        const int version = m_db.userVersion();
        if (version != kSchemaVersion) {
            close();
            throw StoreError(
                QStringLiteral("%1 has schema version %2 but this tack-server needs %3; run "
                               "`tack-server init --data %4` (with the server stopped) to upgrade it")
                    .arg(path)
                    .arg(version)
                    .arg(kSchemaVersion)
                    .arg(dataDir));
        }
        return;
    }
    try {
        migrate();
    } catch (const db::SqlError &e) {
        close();
        throw StoreError(QStringLiteral("%1 could not be prepared (%2)").arg(path, e.text()));
    } catch (const StoreError &) {
        close();
        throw;
    }
}

void ServerStore::migrate()
{
    const int version = m_db.userVersion();
    if (version > kSchemaVersion) {
        throw StoreError(QStringLiteral("the database has schema version %1; this tack-server knows up to %2")
                             .arg(version)
                             .arg(kSchemaVersion));
    }
    if (version == 0) {
        auto s = m_sql.get("SELECT count(*) FROM sqlite_master");
        s->step();
        if (s->integer(0) != 0)
            throw StoreError(QStringLiteral("the database holds tables but is not a Tack database"));
    }
    switch (version) {
    case 0:
        migrateTo1();
        [[fallthrough]];
    case 1:
        migrateTo2();
        [[fallthrough]];
    case 2:
        migrateTo3();
        [[fallthrough]];
    case 3:
        migrateTo4();
        [[fallthrough]];
    case 4:
        migrateTo5();
        [[fallthrough]];
    case 5:
        migrateTo6();
        [[fallthrough]];
    case 6:
        migrateTo7();
        [[fallthrough]];
    case 7:
        migrateTo8();
        [[fallthrough]];
    case 8:
        migrateTo9();
        [[fallthrough]];
    case 9:
        migrateTo10();
        [[fallthrough]];
    case 10:
        migrateTo11();
        [[fallthrough]];
    case kSchemaVersion:
        break;
    }
}

void ServerStore::migrateTo1()
{
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE departments(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    parent INTEGER NOT NULL DEFAULT 0, manager INTEGER NOT NULL DEFAULT 0);
CREATE TABLE users(
    id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    department INTEGER NOT NULL DEFAULT 0, manager INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1, password_hash TEXT NOT NULL);
CREATE TABLE tokens(
    hash BLOB PRIMARY KEY, user INTEGER NOT NULL, device TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX tokens_by_user ON tokens(user);
CREATE TABLE conversations(
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, owner INTEGER NOT NULL,
    created_at INTEGER NOT NULL, member_count INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE members(
    conversation TEXT NOT NULL, user INTEGER NOT NULL, role TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(conversation, user)) WITHOUT ROWID;
CREATE INDEX members_by_user ON members(user, conversation);
CREATE INDEX members_by_read ON members(conversation, read, user);
CREATE TABLE messages(
    id TEXT PRIMARY KEY, conversation TEXT NOT NULL, seq INTEGER NOT NULL, sender INTEGER NOT NULL,
    text TEXT NOT NULL, at INTEGER NOT NULL, edited_at INTEGER NOT NULL DEFAULT 0,
    recalled INTEGER NOT NULL DEFAULT 0, recalled_by INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX messages_by_seq ON messages(conversation, seq);
CREATE TABLE streams(stream TEXT PRIMARY KEY, head INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE events(
    stream TEXT NOT NULL, seq INTEGER NOT NULL, body BLOB NOT NULL, PRIMARY KEY(stream, seq)) WITHOUT ROWID;
CREATE TABLE applied_mutations(
    client TEXT NOT NULL, mutation INTEGER NOT NULL, user INTEGER NOT NULL, outcome BLOB NOT NULL,
    at INTEGER NOT NULL, PRIMARY KEY(client, mutation)) WITHOUT ROWID;
)sql");
    m_db.setUserVersion(1);
    tx.commit();
}

void ServerStore::migrateTo2()
{
    // DINGs: one row per (message, recipient). `rounds` is the latest round of the message that included
    // the recipient, so the next round of a message is max(rounds) + 1.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
CREATE TABLE dings(
    conversation TEXT NOT NULL, message TEXT NOT NULL, user INTEGER NOT NULL, dinged_at INTEGER NOT NULL,
    confirmed_at INTEGER NOT NULL DEFAULT 0, rounds INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY(message, user)) WITHOUT ROWID;
CREATE INDEX dings_by_conversation ON dings(conversation, confirmed_at);
)sql");
    m_db.setUserVersion(2);
    tx.commit();
}

void ServerStore::migrateTo3()
{
    // The audit log (AuditLog.h): append-only and hash-chained; its head is anchored in meta.audit_head.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
CREATE TABLE audit_log(
    seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor INTEGER NOT NULL, address TEXT NOT NULL,
    action TEXT NOT NULL, target TEXT NOT NULL, details TEXT NOT NULL, prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL);
CREATE INDEX audit_by_actor ON audit_log(actor, seq);
CREATE INDEX audit_by_action ON audit_log(action, seq);
CREATE INDEX audit_by_at ON audit_log(at);
)sql");
    m_db.setUserVersion(3);
    tx.commit();
}

void ServerStore::migrateTo4()
{
    // The org directory: contact fields, an employee id for HR imports, the org role and when a person was
    // deactivated; user_departments lists every department of a person (position 0 is the primary one,
    // mirrored in users.department). members.joined_at lets a group's ownership pass to its longest member.
    // An existing organisation gets an owner: its first active account.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
ALTER TABLE users ADD COLUMN employee_id TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'member';
ALTER TABLE users ADD COLUMN deactivated_at INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_by_employee_id ON users(employee_id) WHERE employee_id <> '';
CREATE TABLE user_departments(
    user INTEGER NOT NULL, department INTEGER NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY(user, department)) WITHOUT ROWID;
CREATE INDEX user_departments_by_department ON user_departments(department, user);
INSERT INTO user_departments(user, department, position) SELECT id, department, 0 FROM users WHERE department <> 0;
UPDATE users SET role = 'owner' WHERE id = (SELECT min(id) FROM users WHERE active <> 0);
ALTER TABLE members ADD COLUMN joined_at INTEGER NOT NULL DEFAULT 0;
)sql");
    m_db.setUserVersion(4);
    tx.commit();
}

void ServerStore::migrateTo5()
{
    // Sessions a person can review and sign out: when each token was last used, and from where.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
ALTER TABLE tokens ADD COLUMN last_used INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tokens ADD COLUMN address TEXT NOT NULL DEFAULT '';
UPDATE tokens SET last_used = created_at;
)sql");
    m_db.setUserVersion(5);
    tx.commit();
}

std::optional<QString> ServerStore::meta(const QString &key)
{
    auto s = m_sql.get("SELECT value FROM meta WHERE key = ?");
    s->bind(1, key);
    if (!s->step())
        return std::nullopt;
    return s->text(0);
}

void ServerStore::setMeta(const QString &key, const QString &value)
{
    m_sql.get("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)")->bind(1, key).bind(2, value).run();
}

std::optional<QCborMap> ServerStore::mutationOutcome(const QString &client, qint64 mutation)
{
    auto s = m_sql.get("SELECT outcome FROM applied_mutations WHERE client = ? AND mutation = ?");
    s->bind(1, client).bind(2, mutation);
    if (!s->step())
        return std::nullopt;
    return QCborValue::fromCbor(s->blob(0)).toMap();
}

void ServerStore::recordMutationOutcome(const QString &client, qint64 mutation, qint64 user,
                                        const QCborMap &outcome, qint64 at)
{
    m_sql.get("INSERT INTO applied_mutations(client, mutation, user, outcome, at) VALUES(?, ?, ?, ?, ?)")
        ->bind(1, client)
        .bind(2, mutation)
        .bind(3, user)
        .bindBlob(4, outcome.toCborValue().toCbor())
        .bind(5, at)
        .run();
}

void ServerStore::migrateTo6()
{
    // "On leave" is a person field (set by the person or an owner/admin with user.update); clients show it as
    // the presence "on leave" whatever the person's live connections say.
    db::Transaction tx(m_db);
    m_db.exec("ALTER TABLE users ADD COLUMN on_leave INTEGER NOT NULL DEFAULT 0;");
    m_db.setUserVersion(6);
    tx.commit();
}

void ServerStore::migrateTo7()
{
    // Approvals: custom form templates (the built-in ones live in core and may be overridden by key),
    // the members of approval roles, instances (state as CBOR, history append-only in its own table) and
    // who may see each instance.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
CREATE TABLE approval_templates(
    key TEXT PRIMARY KEY, body BLOB NOT NULL, updated_by INTEGER NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE approval_roles(role TEXT NOT NULL, user INTEGER NOT NULL, PRIMARY KEY(role, user)) WITHOUT ROWID;
CREATE TABLE approval_instances(
    id TEXT PRIMARY KEY, template TEXT NOT NULL, submitter INTEGER NOT NULL, state TEXT NOT NULL,
    version INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE approval_history(
    instance TEXT NOT NULL, position INTEGER NOT NULL, body BLOB NOT NULL, PRIMARY KEY(instance, position))
    WITHOUT ROWID;
CREATE TABLE approval_viewers(user INTEGER NOT NULL, instance TEXT NOT NULL, PRIMARY KEY(user, instance))
    WITHOUT ROWID;
)sql");
    m_db.setUserVersion(7);
    tx.commit();
}

void ServerStore::migrateTo8()
{
    // Todos and boards (docs/protocol.md section 14). A card is a todo with a board and a column. Deleted
    // todos and columns stay as tombstones (deleted = 1). Order keys compare bytewise (BINARY collation).
    // message_todos is the todo mark on chat messages; escalated_at records the overdue escalation.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
CREATE TABLE boards(
    id TEXT PRIMARY KEY, title TEXT NOT NULL, owner INTEGER NOT NULL, created_at INTEGER NOT NULL,
    rev INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE board_members(board TEXT NOT NULL, user INTEGER NOT NULL, PRIMARY KEY(board, user)) WITHOUT ROWID;
CREATE INDEX board_members_by_user ON board_members(user, board);
CREATE TABLE board_columns(
    id TEXT PRIMARY KEY, board TEXT NOT NULL, title TEXT NOT NULL, order_key TEXT NOT NULL COLLATE BINARY,
    wip INTEGER NOT NULL DEFAULT 0, rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX board_columns_by_board ON board_columns(board, order_key, id);
CREATE TABLE todos(
    id TEXT PRIMARY KEY, creator INTEGER NOT NULL, title TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
    due INTEGER NOT NULL DEFAULT 0, remind INTEGER NOT NULL DEFAULT 0, priority INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0, done_at INTEGER NOT NULL DEFAULT 0, done_by INTEGER NOT NULL DEFAULT 0,
    board TEXT NOT NULL DEFAULT '', col TEXT NOT NULL DEFAULT '', order_key TEXT NOT NULL DEFAULT '' COLLATE BINARY,
    labels BLOB, checklist BLOB, conversation TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',
    moved_from TEXT NOT NULL DEFAULT '', moved_from_title TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, rev INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, escalated_at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX todos_by_column ON todos(col, order_key, id);
CREATE INDEX todos_by_board ON todos(board, id);
CREATE INDEX todos_by_creator ON todos(creator, id);
CREATE INDEX todos_open_by_due ON todos(due) WHERE done = 0 AND deleted = 0 AND escalated_at = 0 AND due > 0;
CREATE TABLE todo_assignees(todo TEXT NOT NULL, user INTEGER NOT NULL, PRIMARY KEY(todo, user)) WITHOUT ROWID;
CREATE INDEX todo_assignees_by_user ON todo_assignees(user, todo);
CREATE TABLE message_todos(
    message TEXT PRIMARY KEY, conversation TEXT NOT NULL, todo TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX message_todos_by_conversation ON message_todos(conversation);
)sql");
    m_db.setUserVersion(8);
    tx.commit();
}

void ServerStore::migrateTo9()
{
    // Attendance records (docs/protocol.md 6.1): approved leave and overtime as plain rows, one per approval,
    // for attendance reports. Days are yyyy-MM-dd text, so they compare in order.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
CREATE TABLE attendance_records(
    approval TEXT PRIMARY KEY, user INTEGER NOT NULL, kind TEXT NOT NULL, type TEXT NOT NULL,
    from_day TEXT NOT NULL, from_half TEXT NOT NULL, to_day TEXT NOT NULL, to_half TEXT NOT NULL,
    half_days INTEGER NOT NULL, minutes INTEGER NOT NULL, approved_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX attendance_records_by_day ON attendance_records(from_day, user);
CREATE INDEX attendance_records_by_user ON attendance_records(user, from_day);
)sql");
    m_db.setUserVersion(9);
    tx.commit();
}

void ServerStore::migrateTo10()
{
    // Overdue escalations by manager, so a u/ snapshot can carry them (docs/protocol.md 14.7): one row per
    // (manager, todo), the latest notice's data. Escalations sent before this version are taken from the
    // op log, where they are u/ events of kind todo.escalated.
    db::Transaction tx(m_db);
    m_db.exec(R"sql(
CREATE TABLE todo_escalations(
    manager INTEGER NOT NULL, todo TEXT NOT NULL, at INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY(manager, todo)) WITHOUT ROWID;
CREATE INDEX todo_escalations_by_time ON todo_escalations(manager, at);
)sql");
    db::Statement events =
        m_db.prepare("SELECT stream, body FROM events WHERE stream LIKE 'u/%' AND "
                     "instr(body, CAST('todo.escalated' AS BLOB)) > 0 ORDER BY stream, seq");
    db::Statement insert =
        m_db.prepare("INSERT OR REPLACE INTO todo_escalations(manager, todo, at, data) VALUES (?, ?, ?, ?)");
    while (events.step()) {
        const QCborMap event = QCborValue::fromCbor(events.blob(1)).toMap();
        if (event.value(QLatin1String("kind")).toString() != QLatin1String("todo.escalated"))
            continue;
        const QCborMap data = event.value(QLatin1String("data")).toMap();
        const QString todo = data.value(QLatin1String("todo")).toMap().value(QLatin1String("id")).toString();
        if (todo.isEmpty())
            continue;
        insert.bind(1, events.text(0).mid(2).toLongLong())
            .bind(2, todo)
            .bind(3, event.value(QLatin1String("at")).toInteger())
            .bindBlob(4, data.toCborValue().toCbor());
        insert.run();
    }
    m_db.setUserVersion(10);
    tx.commit();
}

void ServerStore::migrateTo11()
{
    // The generation of each person's calendar feed address (docs/protocol.md 14.8): it is mixed into the
    // feed's token, so `calendar.reset` replaces a leaked address by adding one. 0 keeps the addresses that
    // servers before this version handed out.
    db::Transaction tx(m_db);
    m_db.exec("ALTER TABLE users ADD COLUMN calendar_generation INTEGER NOT NULL DEFAULT 0;");
    m_db.setUserVersion(11);
    tx.commit();
}

} // namespace tack::server
