#pragma once

#include "TodoRows.h"
#include "db/StatementCache.h"

#include <QCborMap>
#include <QList>
#include <QStringList>
#include <optional>

namespace tack::server {

// Rows of todos (cards included), boards, board members and columns, and the todo marks on chat messages.
class TodoStore
{
public:
    explicit TodoStore(db::StatementCache &sql) : m_sql(sql) {}

    std::optional<TodoRow> todo(const QString &id);
    // Insert or replace, assignees included.
    void putTodo(const TodoRow &t);
    // Live cards of a column in board order (order key, then id).
    QList<TodoRow> cardsInColumn(const QString &column);
    // Live todos the user created or is assigned to, ids after `afterId`, by id.
    QList<TodoRow> todosOf(qint64 user, const QString &afterId, int limit);
    // Live cards of a board, ids after `afterId`, by id.
    QList<TodoRow> cardsOf(const QString &board, const QString &afterId, int limit);
    // Live todos with an assignee, not done, due before `dueBefore` and not escalated yet.
    QList<TodoRow> overdueUnescalated(qint64 dueBefore, int limit);
    void setEscalated(const QString &todo, qint64 at);
    // Remembers the escalation notice `data` (todo.escalated's data) sent to `manager` at `at`.
    void recordEscalation(qint64 manager, const QString &todo, qint64 at, const QCborMap &data);
    // The escalations told to `manager` whose todo is still open, newest first: each the notice's data
    // plus `at` (protocol 14.7, the u/ snapshot's `escalations`).
    QList<QCborMap> openEscalationsOf(qint64 manager, int limit);

    std::optional<BoardRow> board(const QString &id);
    void putBoard(const BoardRow &b); // members included
    QStringList boardIdsOf(qint64 user);
    bool isBoardMember(const QString &board, qint64 user);

    std::optional<ColumnRow> column(const QString &id);
    void putColumn(const ColumnRow &c);
    // The board's columns in order (order key, then id); deleted ones only when asked.
    QList<ColumnRow> columns(const QString &board, bool withDeleted = false);

    // The todo made from a chat message (protocol: the message's todo mark), or empty.
    QString todoOfMessage(const QString &message);
    void setMessageTodo(const QString &conversation, const QString &message, const QString &todo);
    // Marks on the conversation's messages with seq >= minSeq: pairs of (message, todo).
    QList<QPair<QString, QString>> marksFrom(const QString &conversation, qint64 minSeq, int limit);

private:
    TodoRow readTodo(db::Statement &q);
    QList<TodoRow> readTodos(db::StatementCache::Handle &q);

    db::StatementCache &m_sql;
};

} // namespace tack::server
