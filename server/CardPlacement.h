#pragma once

#include "TodoEvents.h"
#include "TodoStore.h"

#include <optional>

namespace tack::server {

// Where cards and columns land (docs/protocol.md 14.4): the server's half of the order-key rules. A key
// another item already has is re-keyed to just after it; a key that cannot be made short enough re-keys
// the whole column (or board) with evenly spread keys.
class CardPlacement
{
public:
    CardPlacement(TodoStore &store, EventRecorder record, qint64 now)
        : m_store(store), m_record(std::move(record)), m_now(now)
    {}

    // The live column of the board a card aimed at `target` goes to: `target` itself while it is live, else
    // the board's left-most live column. Empty only when the board has no live column.
    std::optional<ColumnRow> landingColumn(const ColumnRow &target);
    // Puts `card` into `column` at `requested` (empty: after the last card) and sets its column and order.
    // Other cards of the column are re-keyed only when the column has to be rebalanced.
    void place(TodoRow &card, const QString &column, const QByteArray &requested);
    // The order key a column gets on its board at `requested` (empty: after the last column); may re-key the
    // board's other columns.
    QByteArray placeColumn(const ColumnRow &column, const QByteArray &requested);

    // The key for `requested` among `sorted` keys (ascending): `requested` itself when free, just after it
    // when taken, after the last when empty. Empty when no key fits within the length limit.
    static QByteArray resolve(const QList<QByteArray> &sorted, const QByteArray &requested);

private:
    TodoStore &m_store;
    EventRecorder m_record;
    qint64 m_now;
};

} // namespace tack::server
