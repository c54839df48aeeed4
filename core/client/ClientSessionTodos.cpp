// ClientSession's todo and board writes (protocol.md section 14). Each is queued through the outbox like a
// message: the replica shows it at once and the server's events confirm or correct it.

#include "client/ClientSession.h"
#include "domain/OrderKey.h"
#include "domain/TodoRules.h"
#include "protocol/ArgReader.h"

#include <QCborArray>

namespace tack::client {
namespace {

bool validTitle(const QString &title, int maxChars)
{
    const QString trimmed = title.trimmed();
    return !trimmed.isEmpty() && title.size() <= maxChars;
}

QCborMap withId(const char *key, const QString &id, const QCborMap &fields = {})
{
    QCborMap args = fields;
    args.insert(QLatin1String(key), id);
    return args;
}

} // namespace

QString ClientSession::createTodo(const QString &title, const QCborMap &fields)
{
    if (!validTitle(title, todo::kMaxTitleChars))
        return {};
    const QString id = newObjectId();
    QCborMap args = withId("id", id, fields);
    args.insert(QLatin1String("title"), title.trimmed());
    enqueue(id, QStringLiteral("todo.create"), args);
    return id;
}

QString ClientSession::createCard(const QString &board, const QString &column, const QString &title,
                                  const QCborMap &fields, int index)
{
    if (!proto::ArgReader::isObjectId(board) || !proto::ArgReader::isObjectId(column) ||
        !validTitle(title, todo::kMaxTitleChars))
        return {};
    const QString id = newObjectId();
    QCborMap args = withId("id", id, fields);
    args.insert(QLatin1String("title"), title.trimmed());
    args.insert(QLatin1String("board"), board);
    args.insert(QLatin1String("column"), column);
    if (index >= 0) {
        QList<QByteArray> keys;
        for (const store::TodoRecord &card : m_reader.cards(column))
            keys.append(card.order);
        const order::KeyResult key = order::keyForIndex(keys, index);
        if (key.ok())
            args.insert(QLatin1String("order"), QString::fromLatin1(key.key));
    }
    enqueue(id, QStringLiteral("todo.create"), args);
    return id;
}

bool ClientSession::updateTodo(const QString &todo, const QCborMap &fields)
{
    if (!proto::ArgReader::isObjectId(todo) || fields.isEmpty())
        return false;
    enqueue(todo, QStringLiteral("todo.update"), withId("todo", todo, fields));
    return true;
}

bool ClientSession::setTodoDone(const QString &todo, bool done)
{
    if (!proto::ArgReader::isObjectId(todo))
        return false;
    QCborMap args = withId("todo", todo);
    args.insert(QLatin1String("done"), done);
    enqueue(todo, QStringLiteral("todo.done"), args);
    return true;
}

bool ClientSession::deleteTodo(const QString &todo)
{
    if (!proto::ArgReader::isObjectId(todo))
        return false;
    enqueue(todo, QStringLiteral("todo.delete"), withId("todo", todo));
    return true;
}

bool ClientSession::moveCard(const QString &todo, const QString &column, int index)
{
    if (!proto::ArgReader::isObjectId(todo) || !proto::ArgReader::isObjectId(column))
        return false;
    QList<QByteArray> keys;
    for (const store::TodoRecord &card : m_reader.cards(column)) {
        if (card.id != todo)
            keys.append(card.order);
    }
    const order::KeyResult key = order::keyForIndex(keys, index < 0 ? keys.size() : index);
    QCborMap args = withId("todo", todo);
    args.insert(QLatin1String("column"), column);
    if (key.ok())
        args.insert(QLatin1String("order"), QString::fromLatin1(key.key)); // else the server appends
    enqueue(todo, QStringLiteral("todo.move"), args);
    return true;
}

QString ClientSession::createBoard(const QString &title, const QStringList &columnTitles,
                                   const QList<qint64> &members)
{
    if (!validTitle(title, todo::kMaxBoardTitleChars) || columnTitles.size() > todo::kMaxColumns)
        return {};
    QCborArray columns;
    for (const QString &column : columnTitles) {
        if (!validTitle(column, todo::kMaxColumnTitleChars))
            return {};
        QCborMap c;
        c.insert(QLatin1String("id"), newObjectId());
        c.insert(QLatin1String("title"), column.trimmed());
        columns.append(c);
    }
    QCborArray memberIds;
    for (qint64 member : members)
        memberIds.append(member);
    const QString id = newObjectId();
    QCborMap args = withId("id", id);
    args.insert(QLatin1String("title"), title.trimmed());
    args.insert(QLatin1String("columns"), columns);
    args.insert(QLatin1String("members"), memberIds);
    enqueue(id, QStringLiteral("board.create"), args);
    return id;
}

QString ClientSession::addColumn(const QString &board, const QString &title, int wip, int index)
{
    if (!proto::ArgReader::isObjectId(board) || !validTitle(title, todo::kMaxColumnTitleChars) || wip < 0 ||
        wip > todo::kMaxWipLimit)
        return {};
    const QString id = newObjectId();
    QCborMap args = withId("id", id);
    args.insert(QLatin1String("board"), board);
    args.insert(QLatin1String("title"), title.trimmed());
    args.insert(QLatin1String("wip"), wip);
    if (index >= 0) {
        QList<QByteArray> keys;
        for (const store::ColumnRecord &c : m_reader.columns(board))
            keys.append(c.order);
        const order::KeyResult key = order::keyForIndex(keys, index);
        if (key.ok())
            args.insert(QLatin1String("order"), QString::fromLatin1(key.key));
    }
    enqueue(id, QStringLiteral("column.create"), args);
    return id;
}

bool ClientSession::updateColumn(const QString &column, const QCborMap &fields)
{
    if (!proto::ArgReader::isObjectId(column) || fields.isEmpty())
        return false;
    enqueue(column, QStringLiteral("column.update"), withId("column", column, fields));
    return true;
}

bool ClientSession::moveColumn(const QString &column, int index)
{
    if (!proto::ArgReader::isObjectId(column) || index < 0)
        return false;
    QString board;
    QList<QByteArray> keys;
    // The board is found from the column itself; its siblings give the neighbours' keys.
    for (const store::BoardRecord &b : m_reader.boards()) {
        const QList<store::ColumnRecord> columns = m_reader.columns(b.id);
        if (std::none_of(columns.cbegin(), columns.cend(), [&](const auto &c) { return c.id == column; }))
            continue;
        board = b.id;
        for (const store::ColumnRecord &c : columns) {
            if (c.id != column)
                keys.append(c.order);
        }
    }
    const order::KeyResult key = order::keyForIndex(keys, index);
    if (board.isEmpty() || !key.ok())
        return false;
    QCborMap args = withId("column", column);
    args.insert(QLatin1String("order"), QString::fromLatin1(key.key));
    enqueue(column, QStringLiteral("column.move"), args);
    return true;
}

bool ClientSession::deleteColumn(const QString &column)
{
    if (!proto::ArgReader::isObjectId(column))
        return false;
    enqueue(column, QStringLiteral("column.delete"), withId("column", column));
    return true;
}

} // namespace tack::client
