// Todos, boards and columns from the server (protocol.md section 14): events of t/ and b/ streams, board
// membership on u/ streams, todo marks on c/ streams, their snapshots, and dropping a board. The same object
// can arrive on several streams (a card on its board and on its assignees' lists): the copy with the
// higher rev wins, and todo_refs remembers which streams carry a todo so it goes when the last one does.

#include "domain/ChatRules.h"
#include "domain/TodoRules.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>
#include <QTextStream>

namespace tack::store::detail {
namespace {

bool isTodoStream(const QString &stream)
{
    return stream.startsWith(QLatin1String("t/")) || stream.startsWith(QLatin1String("b/"));
}

// Server rev of a stored row, or -1 when there is no server copy.
qint64 storedRev(Ctx &c, const char *sql, const QString &id)
{
    auto q = c.sql.get(sql);
    q->bind(1, id);
    return q->step() && !q->isNull(1) ? q->integer(0) : -1;
}

void addRef(Ctx &c, const QString &todo, const QString &stream)
{
    auto q = c.sql.get("INSERT OR IGNORE INTO todo_refs(todo, stream) VALUES (?1, ?2)");
    q->bind(1, todo).bind(2, stream);
    q->run();
}

void dropOrphans(Ctx &c)
{
    c.db.exec("DELETE FROM todos WHERE server IS NOT NULL AND NOT EXISTS "
              "(SELECT 1 FROM todo_refs r WHERE r.todo = todos.id)");
}

void putMark(Ctx &c, const QString &conversation, const QCborMap &mark)
{
    const QString message = field(mark, "message").toString();
    const QString todo = field(mark, "todo").toString();
    if (message.isEmpty() || todo.isEmpty())
        malformed(QStringLiteral("todo mark without a message or todo"));
    auto q =
        c.sql.get("INSERT OR REPLACE INTO message_todos(message, conversation, todo) VALUES (?1, ?2, ?3)");
    q->bind(1, message).bind(2, conversation).bind(3, todo);
    q->run();
}

// One todo.escalated notice (its data) told at `at`.
void putEscalation(Ctx &c, const QCborMap &data, qint64 at)
{
    const QCborMap todo = field(data, "todo").toMap();
    const QString id = field(todo, "id").toString();
    if (id.isEmpty())
        malformed(QStringLiteral("escalation without a todo id"));
    auto q =
        c.sql.get("INSERT OR REPLACE INTO escalations(todo, at, assignees, body) VALUES (?1, ?2, ?3, ?4)");
    q->bind(1, id)
        .bind(2, at)
        .bind(3, joinedIds(field(data, "assignees").toArray()))
        .bindBlob(4, QCborValue(todo).toCbor());
    q->run();
}

void stageRow(Ctx &c, const QString &stream, const char *kind, const QString &id, const QCborMap &body)
{
    if (id.isEmpty())
        malformed(QStringLiteral("snapshot of %1: %2 without an id").arg(stream, QLatin1String(kind)));
    auto q =
        c.sql.get("INSERT OR REPLACE INTO stage_todo_rows(stream, kind, id, body) VALUES (?1, ?2, ?3, ?4)");
    q->bind(1, stream).bind(2, kind).bind(3, id).bindBlob(4, QCborValue(body).toCbor());
    q->run();
}

QList<QCborMap> stagedRows(Ctx &c, const QString &stream, const char *kind)
{
    auto q = c.sql.get("SELECT body FROM stage_todo_rows WHERE stream=?1 AND kind=?2 ORDER BY id");
    q->bind(1, stream).bind(2, kind);
    QList<QCborMap> out;
    while (q->step())
        out.append(QCborValue::fromCbor(q->blob(0)).toMap());
    return out;
}

} // namespace

QString joinedIds(const QCborArray &ids)
{
    QString out = QStringLiteral(",");
    for (const QCborValue &v : ids)
        out += QString::number(v.toInteger()) + QLatin1Char(',');
    return out;
}

void writeTodo(Ctx &c, const QCborMap &t)
{
    auto q = c.sql.get(
        "INSERT INTO todos(id, creator, title, notes, assignees, due, remind, priority, done, done_at, "
        "done_by, "
        "board, col, order_key, labels, checklist, conversation, message, moved_from, moved_from_title, "
        "created_at, updated_at, deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14, "
        "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23) ON CONFLICT(id) DO UPDATE SET "
        "creator=excluded.creator, "
        "title=excluded.title, notes=excluded.notes, assignees=excluded.assignees, due=excluded.due, "
        "remind=excluded.remind, priority=excluded.priority, done=excluded.done, done_at=excluded.done_at, "
        "done_by=excluded.done_by, board=excluded.board, col=excluded.col, order_key=excluded.order_key, "
        "labels=excluded.labels, checklist=excluded.checklist, conversation=excluded.conversation, "
        "message=excluded.message, moved_from=excluded.moved_from, "
        "moved_from_title=excluded.moved_from_title, "
        "created_at=excluded.created_at, updated_at=excluded.updated_at, deleted=excluded.deleted");
    q->bind(1, field(t, "id").toString())
        .bind(2, field(t, "creator").toInteger())
        .bind(3, field(t, "title").toString())
        .bind(4, field(t, "notes").toString())
        .bind(5, joinedIds(field(t, "assignees").toArray()))
        .bind(6, field(t, "due").toInteger())
        .bind(7, field(t, "remind").toInteger())
        .bind(8, field(t, "priority").toInteger())
        .bind(9, field(t, "done").toBool())
        .bind(10, field(t, "done_at").toInteger())
        .bind(11, field(t, "done_by").toInteger())
        .bind(12, field(t, "board").toString())
        .bind(13, field(t, "column").toString())
        .bind(14, field(t, "order").toString())
        .bindBlob(15, QCborValue(field(t, "labels").toArray()).toCbor())
        .bindBlob(16, QCborValue(field(t, "checklist").toArray()).toCbor())
        .bind(17, field(t, "conversation").toString())
        .bind(18, field(t, "message").toString())
        .bind(19, field(t, "moved_from").toString())
        .bind(20, field(t, "moved_from_title").toString())
        .bind(21, field(t, "created_at").toInteger())
        .bind(22, field(t, "updated_at").toInteger())
        .bind(23, field(t, "deleted").toBool());
    q->run();
}

void writeBoard(Ctx &c, const QCborMap &b)
{
    auto q =
        c.sql.get("INSERT INTO boards(id, title, owner, created_at, members) VALUES (?1, ?2, ?3, ?4, ?5) "
                  "ON CONFLICT(id) DO UPDATE SET title=excluded.title, owner=excluded.owner, "
                  "created_at=excluded.created_at, members=excluded.members");
    q->bind(1, field(b, "id").toString())
        .bind(2, field(b, "title").toString())
        .bind(3, field(b, "owner").toInteger())
        .bind(4, field(b, "created_at").toInteger())
        .bind(5, joinedIds(field(b, "members").toArray()));
    q->run();
}

void writeColumn(Ctx &c, const QCborMap &col)
{
    auto q = c.sql.get("INSERT INTO board_columns(id, board, title, order_key, wip, deleted) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET board=excluded.board, "
                       "title=excluded.title, order_key=excluded.order_key, wip=excluded.wip, "
                       "deleted=excluded.deleted");
    q->bind(1, field(col, "id").toString())
        .bind(2, field(col, "board").toString())
        .bind(3, field(col, "title").toString())
        .bind(4, field(col, "order").toString())
        .bind(5, field(col, "wip").toInteger())
        .bind(6, field(col, "deleted").toBool());
    q->run();
}

void putServerTodo(Ctx &c, const QCborMap &todo, const QString &stream, ApplyOutcome &out)
{
    const QString id = field(todo, "id").toString();
    if (id.isEmpty())
        malformed(QStringLiteral("todo without an id"));
    addRef(c, id, stream);
    const qint64 rev = field(todo, "rev").toInteger();
    if (storedRev(c, "SELECT srv_rev, server FROM todos WHERE id=?1", id) > rev)
        return; // a newer copy came on another stream
    writeTodo(c, todo);
    auto q = c.sql.get("UPDATE todos SET server=?2, srv_rev=?3 WHERE id=?1");
    q->bind(1, id).bindBlob(2, QCborValue(todo).toCbor()).bind(3, rev);
    q->run();
    out.todos = true;
    if (!field(todo, "board").toString().isEmpty())
        out.boards.insert(field(todo, "board").toString());
}

void putServerBoard(Ctx &c, const QCborMap &board, ApplyOutcome &out)
{
    const QString id = field(board, "id").toString();
    if (id.isEmpty())
        malformed(QStringLiteral("board without an id"));
    const qint64 rev = field(board, "rev").toInteger();
    if (storedRev(c, "SELECT srv_rev, server FROM boards WHERE id=?1", id) > rev)
        return;
    writeBoard(c, board);
    auto q = c.sql.get("UPDATE boards SET server=?2, srv_rev=?3 WHERE id=?1");
    q->bind(1, id).bindBlob(2, QCborValue(board).toCbor()).bind(3, rev);
    q->run();
    out.boards.insert(id);
}

void putServerColumn(Ctx &c, const QCborMap &column, ApplyOutcome &out)
{
    const QString id = field(column, "id").toString();
    if (id.isEmpty())
        malformed(QStringLiteral("column without an id"));
    const qint64 rev = field(column, "rev").toInteger();
    if (storedRev(c, "SELECT srv_rev, server FROM board_columns WHERE id=?1", id) > rev)
        return;
    writeColumn(c, column);
    auto q = c.sql.get("UPDATE board_columns SET server=?2, srv_rev=?3 WHERE id=?1");
    q->bind(1, id).bindBlob(2, QCborValue(column).toCbor()).bind(3, rev);
    q->run();
    out.boards.insert(field(column, "board").toString());
}

bool applyTodoEvent(Ctx &c, const QString &stream, const QString &kind, const QCborMap &event,
                    ApplyOutcome &out)
{
    const QCborMap data = field(event, "data").toMap();
    if (c.version < 6)
        return false;
    if (kind == QLatin1String("todo.put")) {
        putServerTodo(c, field(data, "todo").toMap(), stream, out);
    } else if (kind == QLatin1String("todo.removed")) {
        const QString id = field(data, "todo").toString();
        auto q = c.sql.get("DELETE FROM todo_refs WHERE todo=?1 AND stream=?2");
        q->bind(1, id).bind(2, stream);
        q->run();
        dropOrphans(c);
        out.todos = true;
    } else if (kind == QLatin1String("board.put")) {
        putServerBoard(c, field(data, "board").toMap(), out);
    } else if (kind == QLatin1String("column.put")) {
        putServerColumn(c, field(data, "column").toMap(), out);
    } else if (kind == QLatin1String("msg.todo")) {
        putMark(c, streams::conversationOf(stream), data);
        out.conversations.insert(streams::conversationOf(stream));
    } else if (kind == QLatin1String("todo.escalated")) {
        putEscalation(c, data, field(event, "at").toInteger());
        out.todos = true;
    } else if (kind == QLatin1String("board.joined")) {
        const QCborMap board = field(data, "board").toMap();
        putServerBoard(c, board, out);
        const QString joined = streams::board(field(board, "id").toString());
        out.leftStreams.removeAll(joined);
        if (!out.joinedStreams.contains(joined))
            out.joinedStreams.append(joined);
    } else if (kind == QLatin1String("board.left")) {
        const QString left = streams::board(field(data, "board").toString());
        dropTodoStream(c, left, out);
        out.joinedStreams.removeAll(left);
        if (!out.leftStreams.contains(left))
            out.leftStreams.append(left);
    } else {
        return false;
    }
    return true;
}

void stageTodoRows(Ctx &c, const QString &stream, const QCborMap &rows)
{
    if (c.version < 6)
        return;
    for (const QCborValue &v : field(rows, "todo_marks").toArray())
        stageRow(c, stream, "mark", field(v.toMap(), "message").toString(), v.toMap());
    for (const QCborValue &v : field(rows, "escalations").toArray()) // u/ streams
        stageRow(c, stream, "escalation", field(field(v.toMap(), "todo").toMap(), "id").toString(),
                 v.toMap());
    if (rows.contains(QLatin1String("board")))
        stageRow(c, stream, "board", field(field(rows, "board").toMap(), "id").toString(),
                 field(rows, "board").toMap());
    for (const QCborValue &v : field(rows, "columns").toArray())
        stageRow(c, stream, "column", field(v.toMap(), "id").toString(), v.toMap());
    for (const char *key : {"todos", "cards"}) {
        for (const QCborValue &v : field(rows, key).toArray())
            stageRow(c, stream, "todo", field(v.toMap(), "id").toString(), v.toMap());
    }
}

void swapTodoStream(Ctx &c, const QString &stream, ApplyOutcome &out)
{
    if (c.version < 6)
        return;
    const QString conversation = streams::conversationOf(stream);
    for (const QCborMap &mark : stagedRows(c, stream, "mark"))
        putMark(c, conversation, mark);
    if (stream.startsWith(QLatin1String("u/"))) {
        // A user stream's snapshot carries the escalations of todos still open: they replace mine.
        c.db.exec("DELETE FROM escalations");
        for (const QCborMap &e : stagedRows(c, stream, "escalation"))
            putEscalation(c, e, field(e, "at").toInteger());
        out.todos = true;
        return;
    }
    if (!isTodoStream(stream))
        return;
    const QString board = streams::boardOf(stream);
    if (!board.isEmpty()) {
        for (const QCborMap &b : stagedRows(c, stream, "board"))
            putServerBoard(c, b, out);
        // Columns the snapshot leaves out were deleted; local ones not yet confirmed stay.
        auto gone = c.sql.get("DELETE FROM board_columns WHERE board=?1 AND server IS NOT NULL AND id NOT IN "
                              "(SELECT id FROM stage_todo_rows WHERE stream=?2 AND kind='column')");
        gone->bind(1, board).bind(2, stream);
        gone->run();
        for (const QCborMap &col : stagedRows(c, stream, "column"))
            putServerColumn(c, col, out);
        out.boards.insert(board);
    }
    auto refs = c.sql.get("DELETE FROM todo_refs WHERE stream=?1");
    refs->bind(1, stream);
    refs->run();
    for (const QCborMap &todo : stagedRows(c, stream, "todo"))
        putServerTodo(c, todo, stream, out);
    dropOrphans(c);
    out.todos = true;
}

void clearTodoStaging(Ctx &c, const QString &stream)
{
    if (c.version < 6)
        return;
    auto q = c.sql.get("DELETE FROM stage_todo_rows WHERE stream=?1");
    q->bind(1, stream);
    q->run();
}

void dropTodoStream(Ctx &c, const QString &stream, ApplyOutcome &out)
{
    if (c.version < 6)
        return;
    auto refs = c.sql.get("DELETE FROM todo_refs WHERE stream=?1");
    refs->bind(1, stream);
    refs->run();
    const QString board = streams::boardOf(stream);
    if (!board.isEmpty()) {
        for (const char *sql :
             {"DELETE FROM board_columns WHERE board=?1", "DELETE FROM boards WHERE id=?1"}) {
            auto q = c.sql.get(sql);
            q->bind(1, board);
            q->run();
        }
        out.boards.insert(board);
    }
    dropOrphans(c);
    for (const char *sql :
         {"DELETE FROM cursors WHERE stream=?1", "DELETE FROM stage_todo_rows WHERE stream=?1"}) {
        auto q = c.sql.get(sql);
        q->bind(1, stream);
        q->run();
    }
    out.todos = true;
}

void dropTodoMarks(Ctx &c, const QString &conversation)
{
    if (c.version < 6)
        return;
    auto q = c.sql.get("DELETE FROM message_todos WHERE conversation=?1");
    q->bind(1, conversation);
    q->run();
}

void dumpTodos(Ctx &c, QTextStream &s)
{
    if (c.version < 6)
        return;
    auto todos = c.sql.get(
        "SELECT id, creator, title, notes, assignees, due, remind, priority, done, done_at, done_by, board, "
        "col, "
        "order_key, hex(labels), hex(checklist), conversation, message, moved_from, moved_from_title "
        "FROM todos WHERE deleted=0 ORDER BY id");
    while (todos->step()) {
        s << "todo";
        for (int i = 0; i < 20; ++i)
            s << '|' << todos->text(i);
        s << '\n';
    }
    auto boards = c.sql.get("SELECT id, title, owner, members FROM boards ORDER BY id");
    while (boards->step())
        s << "board|" << boards->text(0) << '|' << boards->text(1) << '|' << boards->text(2) << '|'
          << boards->text(3) << '\n';
    auto columns =
        c.sql.get("SELECT id, board, title, order_key, wip FROM board_columns WHERE deleted=0 ORDER BY id");
    while (columns->step())
        s << "column|" << columns->text(0) << '|' << columns->text(1) << '|' << columns->text(2) << '|'
          << columns->text(3) << '|' << columns->text(4) << '\n';
    auto marks = c.sql.get("SELECT message, conversation, todo FROM message_todos ORDER BY message");
    while (marks->step())
        s << "mark|" << marks->text(0) << '|' << marks->text(1) << '|' << marks->text(2) << '\n';
}

} // namespace tack::store::detail
