// Optimistic local effects of the todo and board mutations (protocol.md 14.5), so the UI shows a change at
// once, also offline. They run again on top of every remote write until the server confirms or refuses
// (replayOverlay), so each is idempotent. A refused change puts its rows back to the server's copy.

#include "domain/OrderKey.h"
#include "domain/TodoRules.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>

namespace tack::store::detail {
namespace {

QCborValue arg(const QCborMap &args, const char *key)
{
    return args.value(QLatin1String(key));
}

bool has(const QCborMap &args, const char *key)
{
    return args.contains(QLatin1String(key));
}

// The key after the last live card of a column (or column of a board), ignoring `except`.
QByteArray keyAtEnd(Ctx &c, const char *sql, const QString &owner, const QString &except)
{
    auto q = c.sql.get(sql);
    q->bind(1, owner).bind(2, except);
    const QByteArray last = q->step() ? q->text(0).toLatin1() : QByteArray();
    const order::KeyResult r = order::between(last, {});
    return r.ok() ? r.key : last;
}

QByteArray cardKeyAtEnd(Ctx &c, const QString &column, const QString &except)
{
    return keyAtEnd(c,
                    "SELECT order_key FROM todos WHERE col=?1 AND deleted=0 AND id<>?2 "
                    "ORDER BY order_key DESC, id DESC LIMIT 1",
                    column, except);
}

// Where a card aimed at `column` lands: the column, or when it was deleted the board's left-most live
// column (the server's rule). Empty when the column is unknown here.
struct Landing
{
    QString column;
    QString movedFrom;
    QString movedFromTitle;
};

Landing landingFor(Ctx &c, const QString &column)
{
    auto q = c.sql.get("SELECT board, title, deleted FROM board_columns WHERE id=?1");
    q->bind(1, column);
    if (!q->step() || q->integer(2) == 0)
        return {column, {}, {}};
    const QString board = q->text(0);
    const QString title = q->text(1);
    auto first = c.sql.get("SELECT id FROM board_columns WHERE board=?1 AND deleted=0 ORDER BY order_key, id "
                           "LIMIT 1");
    first->bind(1, board);
    if (!first->step())
        return {column, {}, {}};
    return {first->text(0), column, title};
}

void createTodo(Ctx &c, const QCborMap &args, qint64 at, ApplyOutcome &out)
{
    const QString id = arg(args, "id").toString();
    auto exists = c.sql.get("SELECT 1 FROM todos WHERE id=?1");
    exists->bind(1, id);
    if (id.isEmpty() || exists->step())
        return;
    QCborMap t;
    for (const char *key : {"title", "notes", "due", "remind", "priority", "labels", "checklist", "board"}) {
        if (has(args, key))
            t.insert(QLatin1String(key), arg(args, key));
    }
    t.insert(QLatin1String("id"), id);
    t.insert(QLatin1String("creator"), c.me);
    QCborArray assignees = arg(args, "assignees").toArray();
    t.insert(QLatin1String("assignees"), assignees);
    t.insert(QLatin1String("created_at"), at);
    t.insert(QLatin1String("updated_at"), at);
    const QString board = arg(args, "board").toString();
    if (!board.isEmpty()) {
        const Landing landing = landingFor(c, arg(args, "column").toString());
        QByteArray key = arg(args, "order").toString().toLatin1();
        if (key.isEmpty() || !landing.movedFrom.isEmpty())
            key = cardKeyAtEnd(c, landing.column, id);
        t.insert(QLatin1String("column"), landing.column);
        t.insert(QLatin1String("order"), QString::fromLatin1(key));
        t.insert(QLatin1String("moved_from"), landing.movedFrom);
        t.insert(QLatin1String("moved_from_title"), landing.movedFromTitle);
        out.boards.insert(board);
    }
    const QString message = arg(args, "message").toString();
    if (!message.isEmpty()) {
        auto m = c.sql.get("SELECT conversation FROM messages WHERE id=?1");
        m->bind(1, message);
        if (m->step()) {
            t.insert(QLatin1String("conversation"), m->text(0));
            t.insert(QLatin1String("message"), message);
        }
    }
    writeTodo(c, t);
    out.todos = true;
}

void updateTodo(Ctx &c, const QCborMap &args, ApplyOutcome &out)
{
    const QString id = arg(args, "todo").toString();
    // One statement per field named in the mutation: last writer wins per field, like the server.
    static const QList<QPair<const char *, const char *>> fields{
        {"title", "UPDATE todos SET title=?2 WHERE id=?1 AND deleted=0"},
        {"notes", "UPDATE todos SET notes=?2 WHERE id=?1 AND deleted=0"},
        {"due", "UPDATE todos SET due=?2 WHERE id=?1 AND deleted=0"},
        {"remind", "UPDATE todos SET remind=?2 WHERE id=?1 AND deleted=0"},
        {"priority", "UPDATE todos SET priority=?2 WHERE id=?1 AND deleted=0"},
    };
    for (const auto &[key, sql] : fields) {
        if (!has(args, key))
            continue;
        auto q = c.sql.get(sql);
        q->bind(1, id);
        const QCborValue v = arg(args, key);
        if (v.isString())
            q->bind(2, v.toString());
        else
            q->bind(2, v.toInteger());
        q->run();
    }
    if (has(args, "assignees")) {
        auto q = c.sql.get("UPDATE todos SET assignees=?2 WHERE id=?1 AND deleted=0");
        q->bind(1, id).bind(2, joinedIds(arg(args, "assignees").toArray()));
        q->run();
    }
    for (const char *key : {"labels", "checklist"}) {
        if (!has(args, key))
            continue;
        auto q = c.sql.get(qstrcmp(key, "labels") == 0
                               ? "UPDATE todos SET labels=?2 WHERE id=?1 AND deleted=0"
                               : "UPDATE todos SET checklist=?2 WHERE id=?1 AND deleted=0");
        q->bind(1, id).bindBlob(2, QCborValue(arg(args, key).toArray()).toCbor());
        q->run();
    }
    out.todos = true;
}

void moveCard(Ctx &c, const QCborMap &args, ApplyOutcome &out)
{
    const QString id = arg(args, "todo").toString();
    const Landing landing = landingFor(c, arg(args, "column").toString());
    QByteArray key = arg(args, "order").toString().toLatin1();
    if (key.isEmpty() || !landing.movedFrom.isEmpty())
        key = cardKeyAtEnd(c, landing.column, id);
    auto q = c.sql.get("UPDATE todos SET col=?2, order_key=?3, moved_from=?4, moved_from_title=?5 "
                       "WHERE id=?1 AND deleted=0 AND board<>'' RETURNING board");
    q->bind(1, id)
        .bind(2, landing.column)
        .bind(3, QString::fromLatin1(key))
        .bind(4, landing.movedFrom)
        .bind(5, landing.movedFromTitle);
    while (q->step())
        out.boards.insert(q->text(0));
    out.todos = true;
}

void createBoard(Ctx &c, const QCborMap &args, qint64 at, ApplyOutcome &out)
{
    const QString id = arg(args, "id").toString();
    auto exists = c.sql.get("SELECT 1 FROM boards WHERE id=?1");
    exists->bind(1, id);
    if (id.isEmpty() || exists->step())
        return;
    QCborArray members{c.me};
    for (const QCborValue &v : arg(args, "members").toArray()) {
        if (v.toInteger() > 0 && !members.contains(v))
            members.append(v);
    }
    QCborMap board;
    board.insert(QLatin1String("id"), id);
    board.insert(QLatin1String("title"), arg(args, "title").toString());
    board.insert(QLatin1String("owner"), c.me);
    board.insert(QLatin1String("created_at"), at);
    board.insert(QLatin1String("members"), members);
    writeBoard(c, board);
    const QCborArray columns = arg(args, "columns").toArray();
    const QList<QByteArray> keys = order::spread(int(columns.size())); // the server's keys too
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QCborMap col = columns.at(i).toMap();
        col.insert(QLatin1String("board"), id);
        col.insert(QLatin1String("order"), QString::fromLatin1(keys[i]));
        auto taken = c.sql.get("SELECT 1 FROM board_columns WHERE id=?1");
        taken->bind(1, col.value(QLatin1String("id")).toString());
        if (!taken->step())
            writeColumn(c, col);
    }
    out.boards.insert(id);
}

void createColumn(Ctx &c, const QCborMap &args, ApplyOutcome &out)
{
    const QString id = arg(args, "id").toString();
    auto exists = c.sql.get("SELECT 1 FROM board_columns WHERE id=?1");
    exists->bind(1, id);
    if (id.isEmpty() || exists->step())
        return;
    QCborMap col;
    const QString board = arg(args, "board").toString();
    col.insert(QLatin1String("id"), id);
    col.insert(QLatin1String("board"), board);
    col.insert(QLatin1String("title"), arg(args, "title").toString());
    col.insert(QLatin1String("wip"), arg(args, "wip").toInteger());
    QByteArray key = arg(args, "order").toString().toLatin1();
    if (key.isEmpty())
        key = keyAtEnd(c,
                       "SELECT order_key FROM board_columns WHERE board=?1 AND id<>?2 "
                       "ORDER BY order_key DESC, id DESC LIMIT 1",
                       board, id);
    col.insert(QLatin1String("order"), QString::fromLatin1(key));
    writeColumn(c, col);
    out.boards.insert(board);
}

void deleteColumn(Ctx &c, const QCborMap &args, ApplyOutcome &out)
{
    const QString id = arg(args, "column").toString();
    auto q =
        c.sql.get("UPDATE board_columns SET deleted=1 WHERE id=?1 AND deleted=0 AND (SELECT count(*) FROM "
                  "board_columns o WHERE o.board=board_columns.board AND o.deleted=0) > 1 RETURNING board");
    q->bind(1, id);
    if (!q->step())
        return;
    out.boards.insert(q->text(0));
    // Its cards go where the server will put them: after the cards of the left-most remaining column.
    QStringList cards;
    auto list = c.sql.get("SELECT id FROM todos WHERE col=?1 AND deleted=0 ORDER BY order_key, id");
    list->bind(1, id);
    while (list->step())
        cards.append(list->text(0));
    for (const QString &card : std::as_const(cards)) {
        QCborMap move;
        move.insert(QLatin1String("todo"), card);
        move.insert(QLatin1String("column"), id);
        moveCard(c, move, out);
    }
}

} // namespace

bool isTodoMutation(const QString &name)
{
    return name.startsWith(QLatin1String("todo.")) || name.startsWith(QLatin1String("board.")) ||
           name.startsWith(QLatin1String("column."));
}

QString todoSubject(const QString &name, const QCborMap &args)
{
    for (const char *key : {"todo", "column", "board", "id"}) {
        if (name.endsWith(QLatin1String(".create")) && qstrcmp(key, "id") != 0)
            continue;
        if (has(args, key))
            return arg(args, key).toString();
    }
    return {};
}

bool applyTodoLocalEffect(Ctx &c, const QString &name, const QCborMap &args, qint64 at, ApplyOutcome &out)
{
    if (c.version < 6 || !isTodoMutation(name))
        return false;
    if (name == QLatin1String("todo.create")) {
        createTodo(c, args, at, out);
    } else if (name == QLatin1String("todo.update")) {
        updateTodo(c, args, out);
    } else if (name == QLatin1String("todo.done")) {
        const bool done = arg(args, "done").toBool(true);
        auto q = c.sql.get("UPDATE todos SET done=?2, done_at=?3, done_by=?4 WHERE id=?1 AND deleted=0 AND "
                           "done<>?2");
        q->bind(1, arg(args, "todo").toString())
            .bind(2, done)
            .bind(3, done ? at : 0)
            .bind(4, done ? c.me : 0);
        q->run();
        out.todos = true;
    } else if (name == QLatin1String("todo.move")) {
        moveCard(c, args, out);
    } else if (name == QLatin1String("todo.delete")) {
        auto q = c.sql.get("UPDATE todos SET deleted=1 WHERE id=?1 RETURNING board");
        q->bind(1, arg(args, "todo").toString());
        while (q->step())
            out.boards.insert(q->text(0));
        out.todos = true;
    } else if (name == QLatin1String("board.create")) {
        createBoard(c, args, at, out);
    } else if (name == QLatin1String("board.update")) {
        auto q = c.sql.get("UPDATE boards SET title=?2 WHERE id=?1");
        q->bind(1, arg(args, "board").toString()).bind(2, arg(args, "title").toString());
        q->run();
        out.boards.insert(arg(args, "board").toString());
    } else if (name == QLatin1String("column.create")) {
        createColumn(c, args, out);
    } else if (name == QLatin1String("column.update") || name == QLatin1String("column.move")) {
        const QString id = arg(args, "column").toString();
        if (has(args, "title")) {
            auto q = c.sql.get("UPDATE board_columns SET title=?2 WHERE id=?1");
            q->bind(1, id).bind(2, arg(args, "title").toString());
            q->run();
        }
        if (has(args, "wip")) {
            auto q = c.sql.get("UPDATE board_columns SET wip=?2 WHERE id=?1");
            q->bind(1, id).bind(2, arg(args, "wip").toInteger());
            q->run();
        }
        if (name == QLatin1String("column.move")) {
            auto q = c.sql.get("UPDATE board_columns SET order_key=?2 WHERE id=?1");
            q->bind(1, id).bind(2, arg(args, "order").toString());
            q->run();
        }
        auto b = c.sql.get("SELECT board FROM board_columns WHERE id=?1");
        b->bind(1, id);
        if (b->step())
            out.boards.insert(b->text(0));
    } else if (name == QLatin1String("column.delete")) {
        deleteColumn(c, args, out);
    }
    // board.member.add / board.member.remove show once the server's events arrive.
    return true;
}

void resetTodoRows(Ctx &c, const QString &name, const QCborMap &args, ApplyOutcome &out)
{
    if (c.version < 6)
        return;
    // Back to the server's copy (or gone, for something only created here); the overlay then re-applies
    // the other pending changes.
    auto resetTodo = [&](const QString &id) {
        auto q = c.sql.get("SELECT server FROM todos WHERE id=?1");
        q->bind(1, id);
        if (!q->step())
            return;
        if (q->isNull(0)) {
            auto del = c.sql.get("DELETE FROM todos WHERE id=?1");
            del->bind(1, id);
            del->run();
        } else {
            writeTodo(c, QCborValue::fromCbor(q->blob(0)).toMap());
        }
        out.todos = true;
    };
    auto resetRow = [&](const char *select, const char *drop, void (*write)(Ctx &, const QCborMap &),
                        const QString &id) {
        auto q = c.sql.get(select);
        q->bind(1, id);
        if (!q->step())
            return;
        if (q->isNull(0)) {
            auto del = c.sql.get(drop);
            del->bind(1, id);
            del->run();
        } else {
            write(c, QCborValue::fromCbor(q->blob(0)).toMap());
        }
    };
    const QString subject = todoSubject(name, args);
    if (name.startsWith(QLatin1String("todo."))) {
        resetTodo(subject);
    } else if (name.startsWith(QLatin1String("board."))) {
        resetRow("SELECT server FROM boards WHERE id=?1", "DELETE FROM boards WHERE id=?1", &writeBoard,
                 subject);
        if (name == QLatin1String("board.create")) {
            auto q = c.sql.get("DELETE FROM board_columns WHERE board=?1 AND server IS NULL");
            q->bind(1, subject);
            q->run();
        }
        out.boards.insert(subject);
    } else if (name.startsWith(QLatin1String("column."))) {
        resetRow("SELECT server FROM board_columns WHERE id=?1", "DELETE FROM board_columns WHERE id=?1",
                 &writeColumn, subject);
        if (name == QLatin1String("column.delete")) {
            QStringList moved;
            auto q = c.sql.get("SELECT id FROM todos WHERE moved_from=?1");
            q->bind(1, subject);
            while (q->step())
                moved.append(q->text(0));
            for (const QString &id : std::as_const(moved))
                resetTodo(id);
        }
        out.todos = true;
    }
}

} // namespace tack::store::detail
