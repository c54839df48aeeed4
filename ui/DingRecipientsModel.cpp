#include "DingRecipientsModel.h"

#include "DisplayText.h"
#include "FollowSource.h"
#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDingRecipients, "tack.ui.dingrecipients")

namespace tack::ui {

DingRecipientsModel::DingRecipientsModel(QObject *parent) : QAbstractListModel(parent)
{}

void DingRecipientsModel::setStore(StoreReader *store)
{
    if (!follow(this, m_store, store, &DingRecipientsModel::refresh, &StoreReader::directoryChanged,
                &StoreReader::openedChanged))
        return;
    if (m_store) {
        connect(m_store, &StoreReader::conversationsChanged, this, [this](const QStringList &ids) {
            if (m_conversation.isEmpty() || ids.contains(m_conversation))
                refresh();
        });
    }
    emit storeChanged();
    refresh();
}

void DingRecipientsModel::setMessageId(const QString &id)
{
    if (m_message == id)
        return;
    m_message = id;
    emit messageIdChanged();
    refresh();
}

void DingRecipientsModel::refresh()
{
    QList<Row> rows;
    QString conversation;
    if (m_store && m_store->isOpen() && !m_message.isEmpty()) {
        try {
            for (const store::DingRecord &d : m_store->replica().dingsForMessage(m_message)) {
                conversation = d.conversation;
                rows.append(Row{d.user, d.userName.isEmpty() ? m_store->userName(d.user) : d.userName,
                                d.confirmedAt});
            }
        } catch (const db::SqlError &e) {
            qCWarning(lcDingRecipients) << "cannot read DING recipients" << e.what();
            return;
        }
    }
    // A handful of rows that change together (one ding.sent covers many): a reset is honest here.
    beginResetModel();
    m_rows = rows;
    m_conversation = conversation;
    endResetModel();
    emit countsChanged();
}

int DingRecipientsModel::confirmedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.confirmedAt > 0; }));
}

QVariantList DingRecipientsModel::waitingUserIds() const
{
    QVariantList ids;
    for (const Row &r : m_rows) {
        if (r.confirmedAt == 0)
            ids.append(double(r.user));
    }
    return ids;
}

int DingRecipientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DingRecipientsModel::data(const QModelIndex &index, int role) const
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
    case InitialsRole:
        return text::initials(row.name);
    case ConfirmedRole:
        return row.confirmedAt > 0;
    case ConfirmedAtRole:
        return row.confirmedAt;
    case StatusTextRole:
        return row.confirmedAt > 0 ? tr("Confirmed %1").arg(text::clockTime(row.confirmedAt)) : tr("Waiting");
    default:
        return {};
    }
}

QHash<int, QByteArray> DingRecipientsModel::roleNames() const
{
    return {{UserIdRole, "userId"},           {NameRole, "name"},
            {InitialsRole, "initials"},       {ConfirmedRole, "confirmed"},
            {ConfirmedAtRole, "confirmedAt"}, {StatusTextRole, "statusText"}};
}

} // namespace tack::ui
