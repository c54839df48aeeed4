#include "TodoStore.h"

#include <QCborValue>

namespace tack::server {
namespace {

// Every column of a todo row, in the order readTodo() expects.
#define TACK_TODO_COLUMNS                                                                                    \
    "t.id, t.creator, t.title, t.notes, t.due, t.remind, t.priority, t.done, t.done_at, t.done_by, "         \
    "t.board, "                                                                                              \
    "t.col, t.order_key, t.labels, t.checklist, t.conversation, t.message, t.moved_from, "                   \
    "t.moved_from_title, "                                                                                   \
    "t.created_at, t.updated_at, t.rev, t.deleted, t.escalated_at"

QCborArray arrayFrom(const QByteArray &blob)
{
    return blob.isEmpty() ? QCborArray() : QCborValue::fromCbor(blob).toArray();
}

QList<qint64> idList(db::StatementCache::Handle &q)
{
    QList<qint64> out;
    while (q->step())
        out.append(q->integer(0));
    return out;
}

} // namespace

TodoRow TodoStore::readTodo(db::Statement &q)
{
    TodoRow t;
    t.id = q.text(0);
    t.creator = q.integer(1);
    t.title = q.text(2);
    t.notes = q.text(3);
    t.due = q.integer(4);
    t.remind = q.integer(5);
    t.priority = q.integer(6);
    t.done = q.integer(7) != 0;
    t.doneAt = q.integer(8);
    t.doneBy = q.integer(9);
    t.board = q.text(10);
    t.column = q.text(11);
    t.order = q.text(12).toLatin1();
    t.labels = arrayFrom(q.blob(13));
    t.checklist = arrayFrom(q.blob(14));
    t.conversation = q.text(15);
    t.message = q.text(16);
    t.movedFrom = q.text(17);
    t.movedFromTitle = q.text(18);
    t.createdAt = q.integer(19);
    t.updatedAt = q.integer(20);
    t.rev = q.integer(21);
    t.deleted = q.integer(22) != 0;
    t.escalatedAt = q.integer(23);
    auto a = m_sql.get("SELECT user FROM todo_assignees WHERE todo = ? ORDER BY user");
    a->bind(1, t.id);
    t.assignees = idList(a);
    return t;
}

QList<TodoRow> TodoStore::readTodos(db::StatementCache::Handle &q)
{
    QList<TodoRow> out;
    while (q->step())
        out.append(readTodo(*q));
    return out;
}

std::optional<TodoRow> TodoStore::todo(const QString &id)
{
    auto q = m_sql.get("SELECT " TACK_TODO_COLUMNS " FROM todos t WHERE t.id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readTodo(*q);
}

void TodoStore::putTodo(const TodoRow &t)
{
    m_sql
        .get("INSERT OR REPLACE INTO todos(id, creator, title, notes, due, remind, priority, done, done_at, "
             "done_by, board, col, order_key, labels, checklist, conversation, message, moved_from, "
             "moved_from_title, created_at, updated_at, rev, deleted, escalated_at) "
             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, t.id)
        .bind(2, t.creator)
        .bind(3, t.title)
        .bind(4, t.notes)
        .bind(5, t.due)
        .bind(6, t.remind)
        .bind(7, t.priority)
        .bind(8, t.done)
        .bind(9, t.doneAt)
        .bind(10, t.doneBy)
        .bind(11, t.board)
        .bind(12, t.column)
        .bind(13, QString::fromLatin1(t.order))
        .bindBlob(14, QCborValue(t.labels).toCbor())
        .bindBlob(15, QCborValue(t.checklist).toCbor())
        .bind(16, t.conversation)
        .bind(17, t.message)
        .bind(18, t.movedFrom)
        .bind(19, t.movedFromTitle)
        .bind(20, t.createdAt)
        .bind(21, t.updatedAt)
        .bind(22, t.rev)
        .bind(23, t.deleted)
        .bind(24, t.escalatedAt)
        .run();
    m_sql.get("DELETE FROM todo_assignees WHERE todo = ?")->bind(1, t.id).run();
    for (qint64 user : t.assignees)
        m_sql.get("INSERT OR IGNORE INTO todo_assignees(todo, user) VALUES(?, ?)")
            ->bind(1, t.id)
            .bind(2, user)
            .run();
}

QList<TodoRow> TodoStore::cardsInColumn(const QString &column)
{
    auto q = m_sql.get("SELECT " TACK_TODO_COLUMNS
                       " FROM todos t WHERE t.col = ? AND t.deleted = 0 ORDER BY t.order_key, t.id");
    q->bind(1, column);
    return readTodos(q);
}

QList<TodoRow> TodoStore::todosOf(qint64 user, const QString &afterId, int limit)
{
    auto q = m_sql.get("SELECT " TACK_TODO_COLUMNS
                       " FROM todos t WHERE t.deleted = 0 AND t.id > ?1 AND (t.creator = ?2 OR EXISTS("
                       "SELECT 1 FROM todo_assignees a WHERE a.todo = t.id AND a.user = ?2)) "
                       "ORDER BY t.id LIMIT ?3");
    q->bind(1, afterId).bind(2, user).bind(3, limit);
    return readTodos(q);
}

QList<TodoRow> TodoStore::cardsOf(const QString &board, const QString &afterId, int limit)
{
    auto q = m_sql.get("SELECT " TACK_TODO_COLUMNS
                       " FROM todos t WHERE t.board = ?1 AND t.deleted = 0 AND t.id > ?2 ORDER BY t.id "
                       "LIMIT ?3");
    q->bind(1, board).bind(2, afterId).bind(3, limit);
    return readTodos(q);
}

QList<TodoRow> TodoStore::overdueUnescalated(qint64 dueBefore, int limit)
{
    auto q = m_sql.get("SELECT " TACK_TODO_COLUMNS
                       " FROM todos t WHERE t.deleted = 0 AND t.done = 0 AND t.escalated_at = 0 AND "
                       "t.due > 0 AND t.due <= ?1 AND EXISTS(SELECT 1 FROM todo_assignees a WHERE "
                       "a.todo = t.id) ORDER BY t.due, t.id LIMIT ?2");
    q->bind(1, dueBefore).bind(2, limit);
    return readTodos(q);
}

void TodoStore::setEscalated(const QString &todo, qint64 at)
{
    m_sql.get("UPDATE todos SET escalated_at = ? WHERE id = ?")->bind(1, at).bind(2, todo).run();
}

void TodoStore::recordEscalation(qint64 manager, const QString &todo, qint64 at, const QCborMap &data)
{
    m_sql.get("INSERT OR REPLACE INTO todo_escalations(manager, todo, at, data) VALUES(?, ?, ?, ?)")
        ->bind(1, manager)
        .bind(2, todo)
        .bind(3, at)
        .bindBlob(4, data.toCborValue().toCbor())
        .run();
}

QList<QCborMap> TodoStore::openEscalationsOf(qint64 manager, int limit)
{
    auto q = m_sql.get(
        "SELECT e.data, e.at FROM todo_escalations e JOIN todos t ON t.id = e.todo "
        "WHERE e.manager = ?1 AND t.done = 0 AND t.deleted = 0 ORDER BY e.at DESC, e.todo LIMIT ?2");
    q->bind(1, manager).bind(2, limit);
    QList<QCborMap> out;
    while (q->step()) {
        QCborMap row = QCborValue::fromCbor(q->blob(0)).toMap();
        row.insert(QLatin1String("at"), q->integer(1));
        out.append(row);
    }
    return out;
}

std::optional<BoardRow> TodoStore::board(const QString &id)
{
    auto q = m_sql.get("SELECT id, title, owner, created_at, rev FROM boards WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    BoardRow b;
    b.id = q->text(0);
    b.title = q->text(1);
    b.owner = q->integer(2);
    b.createdAt = q->integer(3);
    b.rev = q->integer(4);
    auto m = m_sql.get("SELECT user FROM board_members WHERE board = ? ORDER BY user");
    m->bind(1, id);
    b.members = idList(m);
    return b;
}

void TodoStore::putBoard(const BoardRow &b)
{
    m_sql.get("INSERT OR REPLACE INTO boards(id, title, owner, created_at, rev) VALUES(?, ?, ?, ?, ?)")
        ->bind(1, b.id)
        .bind(2, b.title)
        .bind(3, b.owner)
        .bind(4, b.createdAt)
        .bind(5, b.rev)
        .run();
    m_sql.get("DELETE FROM board_members WHERE board = ?")->bind(1, b.id).run();
    for (qint64 user : b.members)
        m_sql.get("INSERT OR IGNORE INTO board_members(board, user) VALUES(?, ?)")
            ->bind(1, b.id)
            .bind(2, user)
            .run();
}

QStringList TodoStore::boardIdsOf(qint64 user)
{
    auto q = m_sql.get("SELECT board FROM board_members WHERE user = ? ORDER BY board");
    q->bind(1, user);
    QStringList out;
    while (q->step())
        out.append(q->text(0));
    return out;
}

bool TodoStore::isBoardMember(const QString &board, qint64 user)
{
    auto q = m_sql.get("SELECT 1 FROM board_members WHERE board = ? AND user = ?");
    q->bind(1, board).bind(2, user);
    return q->step();
}

std::optional<ColumnRow> TodoStore::column(const QString &id)
{
    auto q =
        m_sql.get("SELECT id, board, title, order_key, wip, rev, deleted FROM board_columns WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return ColumnRow{q->text(0),    q->text(1),    q->text(2),        q->text(3).toLatin1(),
                     q->integer(4), q->integer(5), q->integer(6) != 0};
}

void TodoStore::putColumn(const ColumnRow &c)
{
    m_sql
        .get("INSERT OR REPLACE INTO board_columns(id, board, title, order_key, wip, rev, deleted) "
             "VALUES(?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, c.id)
        .bind(2, c.board)
        .bind(3, c.title)
        .bind(4, QString::fromLatin1(c.order))
        .bind(5, c.wip)
        .bind(6, c.rev)
        .bind(7, c.deleted)
        .run();
}

QList<ColumnRow> TodoStore::columns(const QString &board, bool withDeleted)
{
    auto q = m_sql.get("SELECT id, board, title, order_key, wip, rev, deleted FROM board_columns "
                       "WHERE board = ?1 AND (?2 OR deleted = 0) ORDER BY order_key, id");
    q->bind(1, board).bind(2, withDeleted);
    QList<ColumnRow> out;
    while (q->step())
        out.append(ColumnRow{q->text(0), q->text(1), q->text(2), q->text(3).toLatin1(), q->integer(4),
                             q->integer(5), q->integer(6) != 0});
    return out;
}

QString TodoStore::todoOfMessage(const QString &message)
{
    auto q = m_sql.get("SELECT todo FROM message_todos WHERE message = ?");
    q->bind(1, message);
    return q->step() ? q->text(0) : QString();
}

void TodoStore::setMessageTodo(const QString &conversation, const QString &message, const QString &todo)
{
    m_sql.get("INSERT OR REPLACE INTO message_todos(message, conversation, todo) VALUES(?, ?, ?)")
        ->bind(1, message)
        .bind(2, conversation)
        .bind(3, todo)
        .run();
}

QList<QPair<QString, QString>> TodoStore::marksFrom(const QString &conversation, qint64 minSeq, int limit)
{
    auto q = m_sql.get("SELECT mt.message, mt.todo FROM message_todos mt JOIN messages m ON m.id = "
                       "mt.message WHERE mt.conversation = ?1 AND m.seq >= ?2 ORDER BY m.seq LIMIT ?3");
    q->bind(1, conversation).bind(2, minSeq).bind(3, limit);
    QList<QPair<QString, QString>> out;
    while (q->step())
        out.append({q->text(0), q->text(1)});
    return out;
}

} // namespace tack::server
