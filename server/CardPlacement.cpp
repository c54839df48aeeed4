#include "CardPlacement.h"

#include "domain/OrderKey.h"
#include "domain/TodoRules.h"

#include <algorithm>

namespace tack::server {

QByteArray CardPlacement::resolve(const QList<QByteArray> &sorted, const QByteArray &requested)
{
    if (requested.isEmpty())
        return order::between(sorted.isEmpty() ? QByteArray() : sorted.last(), {}).key;
    if (!std::binary_search(sorted.cbegin(), sorted.cend(), requested))
        return requested;
    const auto next = std::upper_bound(sorted.cbegin(), sorted.cend(), requested);
    return order::between(requested, next == sorted.cend() ? QByteArray() : *next).key;
}

std::optional<ColumnRow> CardPlacement::landingColumn(const ColumnRow &target)
{
    if (!target.deleted)
        return target;
    const QList<ColumnRow> live = m_store.columns(target.board);
    if (live.isEmpty())
        return std::nullopt;
    return live.first();
}

void CardPlacement::place(TodoRow &card, const QString &column, const QByteArray &requested)
{
    QList<TodoRow> others = m_store.cardsInColumn(column);
    others.removeIf([&](const TodoRow &t) { return t.id == card.id; });
    QList<QByteArray> keys;
    for (const TodoRow &t : others)
        keys.append(t.order);
    card.column = column;
    card.order = resolve(keys, requested);
    if (!card.order.isEmpty())
        return;
    // No short enough key: spread fresh keys over the whole column with the card at its place.
    const QByteArray at = requested.isEmpty() ? (keys.isEmpty() ? QByteArray() : keys.last()) : requested;
    qsizetype index = 0;
    while (index < others.size() && others[index].order <= at)
        ++index;
    const QList<QByteArray> fresh = order::spread(int(others.size() + 1));
    for (qsizetype i = 0, k = 0; i < others.size(); ++i, ++k) {
        if (k == index)
            ++k;
        TodoRow before = others[i];
        TodoRow &t = others[i];
        t.order = fresh[k];
        t.rev += 1;
        t.updatedAt = m_now;
        m_store.putTodo(t);
        publishTodo(m_record, t, &before);
    }
    card.order = fresh[index];
}

QByteArray CardPlacement::placeColumn(const ColumnRow &column, const QByteArray &requested)
{
    QList<ColumnRow> others = m_store.columns(column.board, true);
    others.removeIf([&](const ColumnRow &c) { return c.id == column.id; });
    QList<QByteArray> keys;
    for (const ColumnRow &c : others)
        keys.append(c.order);
    const QByteArray key = resolve(keys, requested);
    if (!key.isEmpty())
        return key;
    const QByteArray at = requested.isEmpty() ? (keys.isEmpty() ? QByteArray() : keys.last()) : requested;
    qsizetype index = 0;
    while (index < others.size() && others[index].order <= at)
        ++index;
    const QList<QByteArray> fresh = order::spread(int(others.size() + 1));
    for (qsizetype i = 0, k = 0; i < others.size(); ++i, ++k) {
        if (k == index)
            ++k;
        ColumnRow &c = others[i];
        c.order = fresh[k];
        c.rev += 1;
        m_store.putColumn(c);
        QCborMap data;
        data.insert(QLatin1String("column"), toCbor(c));
        m_record(streams::board(c.board), "column.put", data);
    }
    return fresh[index];
}

} // namespace tack::server
