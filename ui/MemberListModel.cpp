#include "MemberListModel.h"

#include "DisplayText.h"
#include "FollowSource.h"
#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMembers, "tack.ui.members")

namespace tack::ui {

MemberListModel::MemberListModel(QObject *parent) : QAbstractListModel(parent)
{}

void MemberListModel::setStore(StoreReader *store)
{
    if (!follow(this, m_store, store, &MemberListModel::refresh, &StoreReader::directoryChanged,
                &StoreReader::openedChanged))
        return;
    if (m_store) {
        connect(m_store, &StoreReader::conversationsChanged, this, [this](const QStringList &ids) {
            if (ids.contains(m_conversation))
                refresh();
        });
    }
    emit storeChanged();
    refresh();
}

void MemberListModel::setConversationId(const QString &id)
{
    if (m_conversation == id)
        return;
    m_conversation = id;
    emit conversationIdChanged();
    refresh();
}

void MemberListModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    emit filterChanged();
    refresh();
}

void MemberListModel::setOfferAll(bool offer)
{
    if (m_offerAll == offer)
        return;
    m_offerAll = offer;
    emit offerAllChanged();
    refresh();
}

void MemberListModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    emit limitChanged();
    refresh();
}

void MemberListModel::setExcludeMe(bool exclude)
{
    if (m_excludeMe == exclude)
        return;
    m_excludeMe = exclude;
    emit excludeMeChanged();
    refresh();
}

void MemberListModel::refresh()
{
    QList<Row> rows;
    QString myRole;
    if (m_store && m_store->isOpen() && !m_conversation.isEmpty()) {
        try {
            store::Replica &replica = m_store->replica();
            const qint64 me = m_store->myUserId();
            const QString needle = m_filter.trimmed();
            for (const store::MemberRecord &m : replica.members(m_conversation)) {
                if (m.user == me)
                    myRole = m.role;
                const auto user = replica.user(m.user);
                Row row{m.user, user ? user->name : QString(), user ? user->login : QString(), m.role};
                if (row.name.isEmpty())
                    row.name = row.login.isEmpty() ? QStringLiteral("#%1").arg(m.user) : row.login;
                if (!needle.isEmpty() && !row.name.contains(needle, Qt::CaseInsensitive) &&
                    !row.login.startsWith(needle, Qt::CaseInsensitive))
                    continue;
                if (m.user == me && (m_excludeMe || !needle.isEmpty()))
                    continue; // nobody mentions themselves
                rows.append(row);
            }
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            const bool mayMentionAll = myRole == QLatin1String("owner") || myRole == QLatin1String("admin");
            const QString all = QStringLiteral("all");
            if (m_offerAll && mayMentionAll &&
                (needle.isEmpty() || all.startsWith(needle, Qt::CaseInsensitive)))
                rows.prepend(Row{0, tr("Everyone"), all, QString()});
            if (m_limit > 0 && rows.size() > m_limit)
                rows.resize(m_limit);
        } catch (const db::SqlError &e) {
            qCWarning(lcMembers) << "cannot read members" << e.what();
            return;
        }
    }
    beginResetModel();
    m_rows = rows;
    m_myRole = myRole;
    endResetModel();
    emit countChanged();
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case UserIdRole:
        return row.user;
    case LoginRole:
        return row.login;
    case RoleRole:
        return row.role;
    case InitialsRole:
        return row.user == 0 ? QStringLiteral("@") : text::initials(row.name);
    case IsAllRole:
        return row.user == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    return {{UserIdRole, "userId"},   {NameRole, "name"},         {LoginRole, "login"},
            {RoleRole, "memberRole"}, {InitialsRole, "initials"}, {IsAllRole, "isAll"}};
}

QString MemberListModel::mentionText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return QLatin1Char('@') + (r.user == 0 ? r.login : r.name) + QLatin1Char(' ');
}

QVariantList MemberListModel::userIds() const
{
    QVariantList ids;
    for (const Row &r : m_rows) {
        if (r.user != 0)
            ids.append(int(r.user));
    }
    return ids;
}

int MemberListModel::mentionStart(const QString &text, int cursor) const
{
    if (cursor < 1 || cursor > text.size())
        return -1;
    for (int i = cursor - 1; i >= 0 && cursor - i <= 32; --i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('@'))
            return i == 0 || text.at(i - 1).isSpace() ? i : -1;
        if (c.isSpace())
            return -1;
    }
    return -1;
}

} // namespace tack::ui
