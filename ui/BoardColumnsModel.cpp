#include "BoardColumnsModel.h"

#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoardColumns, "tack.ui.boards")

namespace tack::ui {

BoardColumnsModel::BoardColumnsModel(QObject *parent) : BoardModelBase(parent)
{}

void BoardColumnsModel::setBoardId(const QString &id)
{
    if (m_board == id)
        return;
    m_board = id;
    emit boardIdChanged();
    refresh();
}

int BoardColumnsModel::overLimitCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.wip > 0 && r.cards > r.wip; }));
}

int BoardColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BoardColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool over = r.wip > 0 && r.cards > r.wip;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case ColumnIdRole:
        return r.id;
    case CardCountRole:
        return r.cards;
    case WipRole:
        return r.wip;
    case OverWipRole:
        return over;
    case CountTextRole:
        return r.wip > 0 ? tr("%1 / %2", "cards in a column / its WIP limit").arg(r.cards).arg(r.wip)
                         : QString::number(r.cards);
    case WarningTextRole:
        return over ? tr("Over the limit of %1").arg(r.wip) : QString();
    case PendingRole:
        return r.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardColumnsModel::roleNames() const
{
    return {{ColumnIdRole, "columnId"},       {TitleRole, "title"},
            {CardCountRole, "cardCount"},     {WipRole, "wip"},
            {OverWipRole, "overWip"},         {CountTextRole, "countText"},
            {WarningTextRole, "warningText"}, {PendingRole, "pending"}};
}

int BoardColumnsModel::rowOf(const QString &columnId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == columnId)
            return int(i);
    }
    return -1;
}

QString BoardColumnsModel::columnAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString BoardColumnsModel::titleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : QString();
}

bool BoardColumnsModel::concerns(const QStringList &boards) const
{
    return boards.isEmpty() || boards.contains(m_board);
}

void BoardColumnsModel::refresh()
{
    const int overBefore = overLimitCount();
    QList<Row> next;
    if (canRead() && !m_board.isEmpty()) {
        try {
            for (const store::ColumnRecord &c : m_store->replica().columns(m_board))
                next.append(Row{c.id, c.title, c.cardCount, c.wip, c.pending});
        } catch (const db::SqlError &e) {
            qCWarning(lcBoardColumns) << "cannot read columns" << e.what();
            return;
        }
    }
    const qsizetype before = m_rows.size();
    replaceRows(m_rows, next, [](const Row &r) { return r.id; });
    if (before == m_rows.size() && overBefore != overLimitCount())
        emit countChanged();
}

} // namespace tack::ui
