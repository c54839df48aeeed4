// Read side of todos and boards for the UI and the CLI: my todos by section, assigned by me, a board's
// columns and cards in order, and the todo mark of a message.

#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>
#include <QTextStream>

namespace tack::store {
namespace {

using detail::Ctx;

#define TACK_TODO_SELECT                                                                                     \
    "SELECT id, creator, title, notes, assignees, due, remind, priority, done, done_at, done_by, board, "    \
    "col, "                                                                                                  \
    "order_key, labels, checklist, conversation, message, moved_from, moved_from_title, created_at, "        \
    "updated_at, deleted, server IS NULL OR EXISTS(SELECT 1 FROM outbox o WHERE o.subject = todos.id AND "   \
    "o.failed = 0) FROM todos "

QList<qint64> splitIds(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.toLongLong());
    return out;
}

TodoRecord readTodo(db::Statement &q)
{
    TodoRecord t;
    t.id = q.text(0);
    t.creator = q.integer(1);
    t.title = q.text(2);
    t.notes = q.text(3);
    t.assignees = splitIds(q.text(4));
    t.due = q.integer(5);
    t.remind = q.integer(6);
    t.priority = int(q.integer(7));
    t.done = q.integer(8) != 0;
    t.doneAt = q.integer(9);
    t.doneBy = q.integer(10);
    t.board = q.text(11);
    t.column = q.text(12);
    t.order = q.text(13).toLatin1();
    for (const QCborValue &v : QCborValue::fromCbor(q.blob(14)).toArray())
        t.labels.append(v.toString());
    for (const QCborValue &v : QCborValue::fromCbor(q.blob(15)).toArray())
        t.checklist.append({v.toMap().value(QLatin1String("text")).toString(),
                            v.toMap().value(QLatin1String("done")).toBool()});
    t.conversation = q.text(16);
    t.message = q.text(17);
    t.movedFrom = q.text(18);
    t.movedFromTitle = q.text(19);
    t.createdAt = q.integer(20);
    t.updatedAt = q.integer(21);
    t.deleted = q.integer(22) != 0;
    t.pending = q.integer(23) != 0;
    return t;
}

QList<TodoRecord> readTodos(db::StatementCache::Handle &q)
{
    QList<TodoRecord> out;
    while (q->step())
        out.append(readTodo(*q));
    return out;
}

BoardRecord readBoard(db::Statement &q)
{
    return BoardRecord{q.text(0),    q.text(1),           q.integer(2),
                       q.integer(3), splitIds(q.text(4)), q.integer(5) != 0};
}

} // namespace

std::optional<TodoRecord> Replica::todo(const QString &id)
{
    auto c = context();
    if (c.version < 6)
        return std::nullopt;
    auto q = c.sql.get(TACK_TODO_SELECT "WHERE id=?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readTodo(*q);
}

QList<TodoRecord> Replica::myTodos(TodoView view, qint64 nowMs, qint64 dayEndMs)
{
    auto c = context();
    if (c.version < 6)
        return {};
    const char *sql = nullptr;
    switch (view) {
    case TodoView::Overdue:
        sql =
            TACK_TODO_SELECT "WHERE deleted=0 AND done=0 AND due>0 AND due<?2 AND (instr(assignees, ?1) > 0 "
                             "OR (creator=?3 AND assignees=',')) AND ?4=?4 ORDER BY due, id";
        break;
    case TodoView::Today:
        sql = TACK_TODO_SELECT
            "WHERE deleted=0 AND done=0 AND due>=?2 AND due<?4 AND (instr(assignees, ?1) > 0 "
            "OR (creator=?3 AND assignees=',')) ORDER BY due, id";
        break;
    case TodoView::Upcoming:
        sql = TACK_TODO_SELECT
            "WHERE deleted=0 AND done=0 AND (due=0 OR due>=?4) AND (instr(assignees, ?1) > 0 "
            "OR (creator=?3 AND assignees=',')) ORDER BY due=0, due, created_at, id";
        break;
    case TodoView::Done:
        sql = TACK_TODO_SELECT
            "WHERE deleted=0 AND done=1 AND (instr(assignees, ?1) > 0 "
            "OR (creator=?3 AND assignees=',')) AND ?2=?2 AND ?4=?4 ORDER BY done_at DESC, id";
        break;
    }
    auto q = c.sql.get(sql);
    q->bind(1, QStringLiteral(",%1,").arg(c.me)).bind(2, nowMs).bind(3, c.me).bind(4, dayEndMs);
    return readTodos(q);
}

QList<TodoRecord> Replica::todosAssignedByMe()
{
    auto c = context();
    if (c.version < 6)
        return {};
    auto q = c.sql.get(TACK_TODO_SELECT "WHERE deleted=0 AND creator=?1 AND assignees<>',' AND assignees<>?2 "
                                        "ORDER BY done, due=0, due, id");
    q->bind(1, c.me).bind(2, QStringLiteral(",%1,").arg(c.me));
    return readTodos(q);
}

QList<TodoRecord> Replica::remindersDue(qint64 fromMs, qint64 untilMs)
{
    auto c = context();
    if (c.version < 6)
        return {};
    auto q = c.sql.get(TACK_TODO_SELECT "WHERE deleted=0 AND done=0 AND remind>?2 AND remind<=?3 AND "
                                        "(instr(assignees, ?1) > 0 OR (creator=?4 AND assignees=',')) "
                                        "ORDER BY remind, id");
    q->bind(1, QStringLiteral(",%1,").arg(c.me)).bind(2, fromMs).bind(3, untilMs).bind(4, c.me);
    return readTodos(q);
}

QList<BoardRecord> Replica::boards()
{
    auto c = context();
    if (c.version < 6)
        return {};
    auto q = c.sql.get(
        "SELECT id, title, owner, created_at, members, server IS NULL FROM boards ORDER BY title, id");
    QList<BoardRecord> out;
    while (q->step())
        out.append(readBoard(*q));
    return out;
}

std::optional<BoardRecord> Replica::board(const QString &id)
{
    auto c = context();
    if (c.version < 6)
        return std::nullopt;
    auto q =
        c.sql.get("SELECT id, title, owner, created_at, members, server IS NULL FROM boards WHERE id=?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readBoard(*q);
}

QList<ColumnRecord> Replica::columns(const QString &board)
{
    auto c = context();
    if (c.version < 6)
        return {};
    auto q = c.sql.get("SELECT id, board, title, order_key, wip, (SELECT count(*) FROM todos t WHERE t.col = "
                       "board_columns.id AND t.deleted = 0), server IS NULL OR EXISTS(SELECT 1 FROM outbox o "
                       "WHERE o.subject = board_columns.id AND o.failed = 0) FROM board_columns "
                       "WHERE board=?1 AND deleted=0 ORDER BY order_key, id");
    q->bind(1, board);
    QList<ColumnRecord> out;
    while (q->step())
        out.append(ColumnRecord{q->text(0), q->text(1), q->text(2), q->text(3).toLatin1(), int(q->integer(4)),
                                int(q->integer(5)), q->integer(6) != 0});
    return out;
}

QList<TodoRecord> Replica::cards(const QString &column)
{
    auto c = context();
    if (c.version < 6)
        return {};
    auto q = c.sql.get(TACK_TODO_SELECT "WHERE col=?1 AND deleted=0 ORDER BY order_key, id");
    q->bind(1, column);
    return readTodos(q);
}

QString Replica::todoForMessage(const QString &message)
{
    auto c = context();
    if (c.version < 6)
        return {};
    auto q = c.sql.get("SELECT todo FROM message_todos WHERE message=?1");
    q->bind(1, message);
    return q->step() ? q->text(0) : QString();
}

QHash<QString, QString> Replica::todoMarks(const QString &conversation)
{
    auto c = context();
    if (c.version < 6)
        return {};
    // Local todos first, so the server's mark (the newest todo made from the message) wins on a tie.
    auto q = c.sql.get("SELECT message, id FROM todos WHERE conversation=?1 AND message<>'' AND deleted=0 "
                       "UNION ALL SELECT message, todo FROM message_todos WHERE conversation=?1");
    q->bind(1, conversation);
    QHash<QString, QString> out;
    while (q->step())
        out.insert(q->text(0), q->text(1));
    return out;
}

QList<EscalationRecord> Replica::escalations()
{
    auto c = context();
    if (c.version < 6)
        return {};
    auto q = c.sql.get("SELECT todo, at, assignees, body FROM escalations ORDER BY at DESC, todo");
    QList<EscalationRecord> out;
    while (q->step()) {
        const QCborMap todo = QCborValue::fromCbor(q->blob(3)).toMap();
        out.append(EscalationRecord{q->text(0), todo.value(QLatin1String("title")).toString(),
                                    todo.value(QLatin1String("due")).toInteger(), q->integer(1),
                                    splitIds(q->text(2))});
    }
    return out;
}

QString Replica::dumpTodoState()
{
    auto c = context();
    QString out;
    QTextStream s(&out);
    detail::dumpTodos(c, s);
    s.flush();
    return out;
}

} // namespace tack::store
