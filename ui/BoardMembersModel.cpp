#include "BoardMembersModel.h"

#include "DisplayText.h"
#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoardMembers, "tack.ui.boards")

namespace tack::ui {

BoardMembersModel::BoardMembersModel(QObject *parent) : BoardModelBase(parent)
{}

void BoardMembersModel::setBoardId(const QString &id)
{
    if (m_board == id)
        return;
    m_board = id;
    emit boardIdChanged();
    refresh();
}

int BoardMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BoardMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case UserIdRole:
        return double(r.user);
    case InitialsRole:
        return text::initials(r.name);
    case LoginRole:
        return r.login;
    case IsOwnerRole:
        return r.owner;
    case IsMeRole:
        return r.me;
    case CanRemoveRole:
        return r.canRemove;
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardMembersModel::roleNames() const
{
    return {{UserIdRole, "userId"},   {NameRole, "name"}, {InitialsRole, "initials"},  {LoginRole, "login"},
            {IsOwnerRole, "isOwner"}, {IsMeRole, "isMe"}, {CanRemoveRole, "canRemove"}};
}

bool BoardMembersModel::concerns(const QStringList &boards) const
{
    return boards.isEmpty() || boards.contains(m_board);
}

void BoardMembersModel::refresh()
{
    QList<Row> next;
    if (canRead() && !m_board.isEmpty()) {
        try {
            const auto board = m_store->replica().board(m_board);
            const qint64 me = m_store->myUserId();
            if (board) {
                for (qint64 user : board->members) {
                    const auto u = m_store->replica().user(user);
                    const bool owner = user == board->owner;
                    next.append(Row{user, m_store->userName(user), u ? u->login : QString(), owner,
                                    user == me, !owner && (board->owner == me || user == me)});
                }
                std::stable_sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
                    if (a.owner != b.owner)
                        return a.owner;
                    return a.name.localeAwareCompare(b.name) < 0;
                });
            }
        } catch (const db::SqlError &e) {
            qCWarning(lcBoardMembers) << "cannot read board members" << e.what();
            return;
        }
    }
    replaceRows(m_rows, next, [](const Row &r) { return QString::number(r.user); });
}

} // namespace tack::ui
