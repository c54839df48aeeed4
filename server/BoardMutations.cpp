#include "BoardMutations.h"

#include "AdminSupport.h"
#include "CardPlacement.h"
#include "domain/ChatRules.h"
#include "domain/OrderKey.h"
#include "domain/TodoRules.h"
#include "protocol/ArgReader.h"

#include <algorithm>

namespace tack::server {
namespace {

using namespace admin;
using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

std::optional<Error> readTitle(ArgReader &a, const char *key, int maxChars, QString &out)
{
    out = a.text(key, 1, maxChars);
    if (auto e = a.error())
        return e;
    if (out.trimmed().isEmpty())
        return invalid(key, QStringLiteral("must not be blank"));
    return std::nullopt;
}

std::optional<Error> readKey(const QCborMap &args, QByteArray &out)
{
    if (!has(args, "order"))
        return std::nullopt;
    const QCborValue v = args.value(QLatin1String("order"));
    out = v.toString().toLatin1();
    if (!v.isString() || (!out.isEmpty() && !order::isValidKey(out)))
        return invalid("order", QStringLiteral("not an order key (1-512 of 0-9 A-Z a-z, not ending in 0)"));
    return std::nullopt;
}

QCborMap boardData(const BoardRow &b)
{
    return single("board", toCbor(b));
}

} // namespace

BoardMutations::BoardMutations(ServerStore &store, const MutationContext &ctx, EventRecorder record)
    : m_ctx(ctx), m_record(std::move(record)), m_todos(store.sql()), m_dir(store.sql())
{}

QStringList BoardMutations::names()
{
    return {QStringLiteral("board.create"),     QStringLiteral("board.update"),
            QStringLiteral("board.member.add"), QStringLiteral("board.member.remove"),
            QStringLiteral("column.create"),    QStringLiteral("column.update"),
            QStringLiteral("column.move"),      QStringLiteral("column.delete")};
}

bool BoardMutations::handles(const QString &name)
{
    return names().contains(name);
}

MutationOutcome BoardMutations::apply(const QString &name, const QCborMap &args)
{
    using Handler = MutationOutcome (BoardMutations::*)(const QCborMap &);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("board.create"), &BoardMutations::boardCreate},
        {QStringLiteral("board.update"), &BoardMutations::boardUpdate},
        {QStringLiteral("board.member.add"), &BoardMutations::memberAdd},
        {QStringLiteral("board.member.remove"), &BoardMutations::memberRemove},
        {QStringLiteral("column.create"), &BoardMutations::columnCreate},
        {QStringLiteral("column.update"), &BoardMutations::columnUpdate},
        {QStringLiteral("column.move"), &BoardMutations::columnMove},
        {QStringLiteral("column.delete"), &BoardMutations::columnDelete},
    };
    const Handler handler = handlers.value(name, nullptr);
    if (!handler)
        return failure(ErrorCode::UnknownMutation, QStringLiteral("unknown mutation '%1'").arg(name));
    return (this->*handler)(args);
}

std::optional<Error> BoardMutations::loadBoard(const QCborMap &args, const char *key, BoardRow &board)
{
    ArgReader a(args);
    const QString id = a.objectId(key);
    if (auto e = a.error())
        return e;
    const auto found = m_todos.board(id);
    if (!found)
        return Error{ErrorCode::NotFound, QStringLiteral("no board '%1'").arg(id)};
    if (m_ctx.actor != 0 && !found->members.contains(m_ctx.actor))
        return Error{ErrorCode::Forbidden, QStringLiteral("you are not a member of this board")};
    board = *found;
    return std::nullopt;
}

std::optional<Error> BoardMutations::loadColumn(const QCborMap &args, ColumnRow &column, bool allowDeleted)
{
    ArgReader a(args);
    const QString id = a.objectId("column");
    if (auto e = a.error())
        return e;
    const auto found = m_todos.column(id);
    if (!found)
        return Error{ErrorCode::NotFound, QStringLiteral("no column '%1'").arg(id)};
    if (m_ctx.actor != 0 && !m_todos.isBoardMember(found->board, m_ctx.actor))
        return Error{ErrorCode::Forbidden, QStringLiteral("you are not a member of this board")};
    if (found->deleted && !allowDeleted)
        return Error{ErrorCode::Conflict, QStringLiteral("the column was deleted")};
    column = *found;
    return std::nullopt;
}

std::optional<Error> BoardMutations::checkNewMember(qint64 user)
{
    const auto u = m_dir.user(user);
    if (!u)
        return Error{ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(user)};
    if (!u->active)
        return invalid("users", QStringLiteral("user %1 is deactivated").arg(user));
    return std::nullopt;
}

void BoardMutations::putBoard(BoardRow &board)
{
    board.rev += 1;
    m_todos.putBoard(board);
    m_record(streams::board(board.id), "board.put", boardData(board));
}

void BoardMutations::putColumn(ColumnRow &column)
{
    column.rev += 1;
    m_todos.putColumn(column);
    m_record(streams::board(column.board), "column.put", single("column", toCbor(column)));
}

MutationOutcome BoardMutations::boardCreate(const QCborMap &args)
{
    ArgReader a(args);
    BoardRow board;
    board.id = a.objectId("id");
    if (auto e = readTitle(a, "title", todo::kMaxBoardTitleChars, board.title))
        return failure(*e);
    QList<qint64> users;
    if (has(args, "members"))
        users = a.integerList("members", todo::kMaxBoardMembers, 1, kMaxId);
    const QCborArray columns = args.value(QLatin1String("columns")).toArray();
    if (auto e = a.error())
        return failure(*e);
    if (columns.size() > todo::kMaxColumns)
        return failure(invalid("columns", QStringLiteral("at most %1 columns").arg(todo::kMaxColumns)));
    if (m_todos.board(board.id))
        return failure(ErrorCode::Conflict,
                       QStringLiteral("a board with id '%1' already exists").arg(board.id));
    board.owner = m_ctx.actor;
    board.createdAt = m_ctx.now;
    board.members.append(m_ctx.actor);
    for (qint64 user : users) {
        if (board.members.contains(user))
            continue;
        if (auto e = checkNewMember(user))
            return failure(*e);
        board.members.append(user);
    }
    std::sort(board.members.begin(), board.members.end());
    QList<ColumnRow> rows;
    const QList<QByteArray> keys = order::spread(int(columns.size()));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        ArgReader c(columns.at(i).toMap());
        ColumnRow col;
        col.id = c.objectId("id");
        col.board = board.id;
        if (auto e = readTitle(c, "title", todo::kMaxColumnTitleChars, col.title))
            return failure(invalid("columns", e->message));
        col.wip = c.optionalInteger("wip", 0, todo::kMaxWipLimit, 0);
        if (auto e = c.error())
            return failure(invalid("columns", e->message));
        if (m_todos.column(col.id) ||
            std::any_of(rows.cbegin(), rows.cend(), [&](const ColumnRow &r) { return r.id == col.id; }))
            return failure(ErrorCode::Conflict, QStringLiteral("column id '%1' is already used").arg(col.id));
        col.order = keys[i];
        rows.append(col);
    }
    // Each member's own stream first, so a live session follows the board before its events arrive.
    board.rev = 1;
    m_todos.putBoard(board);
    for (qint64 user : std::as_const(board.members))
        m_record(streams::user(user), "board.joined", boardData(board));
    m_record(streams::board(board.id), "board.put", boardData(board));
    for (ColumnRow &col : rows)
        putColumn(col);
    MutationOutcome out;
    out.result = single("board", board.id);
    return out;
}

MutationOutcome BoardMutations::boardUpdate(const QCborMap &args)
{
    BoardRow board;
    if (auto e = loadBoard(args, "board", board))
        return failure(*e);
    ArgReader a(args);
    QString title;
    if (auto e = readTitle(a, "title", todo::kMaxBoardTitleChars, title))
        return failure(*e);
    if (title != board.title) {
        board.title = title;
        putBoard(board);
    }
    return {};
}

MutationOutcome BoardMutations::memberAdd(const QCborMap &args)
{
    BoardRow board;
    if (auto e = loadBoard(args, "board", board))
        return failure(*e);
    ArgReader a(args);
    const QList<qint64> users = a.integerList("users", todo::kMaxBoardMembers, 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    QList<qint64> added;
    for (qint64 user : users) {
        if (board.members.contains(user) || added.contains(user))
            continue;
        if (auto e = checkNewMember(user))
            return failure(*e);
        added.append(user);
    }
    if (board.members.size() + added.size() > todo::kMaxBoardMembers)
        return failure(
            invalid("users", QStringLiteral("a board has at most %1 members").arg(todo::kMaxBoardMembers)));
    if (added.isEmpty())
        return {};
    board.members += added;
    std::sort(board.members.begin(), board.members.end());
    putBoard(board);
    for (qint64 user : std::as_const(added))
        m_record(streams::user(user), "board.joined", boardData(board));
    return {};
}

MutationOutcome BoardMutations::memberRemove(const QCborMap &args)
{
    BoardRow board;
    if (auto e = loadBoard(args, "board", board))
        return failure(*e);
    ArgReader a(args);
    const qint64 user = a.integer("user", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    if (user != m_ctx.actor && board.owner != m_ctx.actor && m_ctx.actor != 0)
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the board's owner may remove other members"));
    if (user == board.owner)
        return failure(ErrorCode::Forbidden, QStringLiteral("the owner cannot leave or be removed"));
    if (!board.members.contains(user))
        return failure(ErrorCode::NotFound, QStringLiteral("user %1 is not a member").arg(user));
    board.members.removeAll(user);
    putBoard(board);
    m_record(streams::user(user), "board.left", single("board", board.id));
    return {};
}

MutationOutcome BoardMutations::columnCreate(const QCborMap &args)
{
    BoardRow board;
    if (auto e = loadBoard(args, "board", board))
        return failure(*e);
    ArgReader a(args);
    ColumnRow col;
    col.id = a.objectId("id");
    col.board = board.id;
    if (auto e = readTitle(a, "title", todo::kMaxColumnTitleChars, col.title))
        return failure(*e);
    col.wip = a.optionalInteger("wip", 0, todo::kMaxWipLimit, 0);
    QByteArray requested;
    if (auto e = a.error())
        return failure(*e);
    if (auto e = readKey(args, requested))
        return failure(*e);
    if (m_todos.column(col.id))
        return failure(ErrorCode::Conflict,
                       QStringLiteral("a column with id '%1' already exists").arg(col.id));
    if (m_todos.columns(board.id).size() >= todo::kMaxColumns)
        return failure(
            invalid("board", QStringLiteral("a board has at most %1 columns").arg(todo::kMaxColumns)));
    col.order = CardPlacement(m_todos, m_record, m_ctx.now).placeColumn(col, requested);
    putColumn(col);
    MutationOutcome out;
    out.result = single("order", QString::fromLatin1(col.order));
    return out;
}

MutationOutcome BoardMutations::columnUpdate(const QCborMap &args)
{
    ColumnRow col;
    if (auto e = loadColumn(args, col))
        return failure(*e);
    ArgReader a(args);
    const ColumnRow before = col;
    if (has(args, "title")) {
        if (auto e = readTitle(a, "title", todo::kMaxColumnTitleChars, col.title))
            return failure(*e);
    }
    col.wip = a.optionalInteger("wip", 0, todo::kMaxWipLimit, col.wip);
    if (auto e = a.error())
        return failure(*e);
    if (col.title != before.title || col.wip != before.wip)
        putColumn(col);
    return {};
}

MutationOutcome BoardMutations::columnMove(const QCborMap &args)
{
    ColumnRow col;
    if (auto e = loadColumn(args, col))
        return failure(*e);
    QByteArray requested;
    if (auto e = readKey(args, requested))
        return failure(*e);
    if (requested.isEmpty())
        return failure(invalid("order", QStringLiteral("missing")));
    const QByteArray key = CardPlacement(m_todos, m_record, m_ctx.now).placeColumn(col, requested);
    if (key != col.order) {
        col.order = key;
        putColumn(col);
    }
    MutationOutcome out;
    out.result = single("order", QString::fromLatin1(col.order));
    return out;
}

MutationOutcome BoardMutations::columnDelete(const QCborMap &args)
{
    ColumnRow col;
    if (auto e = loadColumn(args, col, true))
        return failure(*e);
    if (col.deleted)
        return {};
    const QList<ColumnRow> live = m_todos.columns(col.board);
    if (live.size() <= 1)
        return failure(ErrorCode::Conflict, QStringLiteral("a board keeps at least one column"));
    col.deleted = true;
    putColumn(col);
    // No card is lost: the column's cards move to the board's left-most remaining column, after its
    // cards and in their old order, each marked with the column it came from.
    const QList<TodoRow> cards = m_todos.cardsInColumn(col.id);
    CardPlacement placement(m_todos, m_record, m_ctx.now);
    const QString landing = m_todos.columns(col.board).first().id;
    for (const TodoRow &card : cards) {
        TodoRow moved = card;
        moved.movedFrom = col.id;
        moved.movedFromTitle = col.title;
        placement.place(moved, landing, {});
        moved.rev = card.rev + 1;
        moved.updatedAt = m_ctx.now;
        m_todos.putTodo(moved);
        publishTodo(m_record, moved, &card);
    }
    MutationOutcome out;
    out.result = single("moved", qint64(cards.size()));
    return out;
}

} // namespace tack::server
