// Snapshot pages of the todo streams (docs/protocol.md 14.3): a user's todo list t/<user> and a board b/<id>.
// Only live rows: deleted todos and columns are left out, the events carry the tombstones.

#include "SnapshotBuilder.h"
#include "TodoStore.h"

namespace tack::server {
namespace {

using proto::Error;
using proto::ErrorCode;

QueryResult badPage()
{
    return QueryResult{Error{ErrorCode::InvalidArgs, QStringLiteral("page: not a page of this stream")}, {}};
}

// Adds up to kRowsPerPage todos to `rows` under `key` and the next page token when more remain.
void addTodoPage(const QList<TodoRow> &todos, const char *key, QCborMap &rows, QCborMap &result)
{
    QCborArray out;
    for (qsizetype i = 0; i < todos.size() && i < SnapshotBuilder::kRowsPerPage; ++i)
        out.append(toCbor(todos[i]));
    rows.insert(QLatin1String(key), out);
    if (todos.size() > SnapshotBuilder::kRowsPerPage)
        result.insert(QLatin1String("next"),
                      QLatin1String("k:") + todos[SnapshotBuilder::kRowsPerPage - 1].id);
}

} // namespace

QueryResult SnapshotBuilder::todoListPage(qint64 user, const QString &page, QCborMap result)
{
    if (!page.isEmpty() && !page.startsWith(QLatin1String("k:")))
        return badPage();
    QCborMap rows;
    addTodoPage(TodoStore(m_store.sql()).todosOf(user, page.mid(2), kRowsPerPage + 1), "todos", rows, result);
    result.insert(QLatin1String("rows"), rows);
    return QueryResult{std::nullopt, result};
}

QueryResult SnapshotBuilder::boardPage(const QString &board, const QString &page, QCborMap result)
{
    if (!page.isEmpty() && !page.startsWith(QLatin1String("k:")))
        return badPage();
    TodoStore todos(m_store.sql());
    QCborMap rows;
    if (page.isEmpty()) {
        const auto row = todos.board(board);
        if (!row)
            return QueryResult{Error{ErrorCode::NotFound, QStringLiteral("no such board")}, {}};
        rows.insert(QLatin1String("board"), toCbor(*row));
        QCborArray columns;
        for (const ColumnRow &c : todos.columns(board))
            columns.append(toCbor(c));
        rows.insert(QLatin1String("columns"), columns);
    }
    addTodoPage(todos.cardsOf(board, page.mid(2), kRowsPerPage + 1), "cards", rows, result);
    result.insert(QLatin1String("rows"), rows);
    return QueryResult{std::nullopt, result};
}

} // namespace tack::server
