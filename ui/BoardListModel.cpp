#include "BoardListModel.h"

#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoardList, "tack.ui.boards")

namespace tack::ui {

BoardListModel::BoardListModel(QObject *parent) : BoardModelBase(parent)
{}

int BoardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BoardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case BoardIdRole:
        return r.id;
    case MemberCountRole:
        return r.members;
    case MembersTextRole:
        return tr("%n member(s)", nullptr, r.members);
    case OwnerNameRole:
        return r.ownerName;
    case IsOwnerRole:
        return m_store && r.owner == m_store->myUserId();
    case PendingRole:
        return r.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardListModel::roleNames() const
{
    return {{BoardIdRole, "boardId"},         {TitleRole, "title"},         {MemberCountRole, "memberCount"},
            {MembersTextRole, "membersText"}, {OwnerNameRole, "ownerName"}, {IsOwnerRole, "isOwner"},
            {PendingRole, "pending"}};
}

int BoardListModel::rowOf(const QString &boardId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == boardId)
            return int(i);
    }
    return -1;
}

QString BoardListModel::boardAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void BoardListModel::refresh()
{
    QList<Row> next;
    if (canRead()) {
        try {
            for (const store::BoardRecord &b : m_store->replica().boards())
                next.append(Row{b.id, b.title, int(b.members.size()), b.owner, m_store->userName(b.owner),
                                b.pending});
        } catch (const db::SqlError &e) {
            qCWarning(lcBoardList) << "cannot read boards" << e.what();
            return;
        }
    }
    replaceRows(m_rows, next, [](const Row &r) { return r.id; });
}

} // namespace tack::ui
