#include "DingCenter.h"

#include "DisplayText.h"
#include "ListDiff.h"
#include "StoreReader.h"
#include "client/ClientSession.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDings, "tack.ui.dings")

namespace tack::ui {

DingCenter::DingCenter(StoreReader *store, QObject *parent) : KeyedListModel(parent), m_store(store)
{
    if (m_store) {
        connect(m_store, &StoreReader::conversationsChanged, this, &DingCenter::refresh);
        connect(m_store, &StoreReader::directoryChanged, this, &DingCenter::refresh);
        connect(m_store, &StoreReader::openedChanged, this, &DingCenter::refresh);
    }
    refresh();
}

void DingCenter::setClient(client::ClientSession *client)
{
    m_client = client;
}

void DingCenter::refresh()
{
    QList<Row> rows;
    if (m_store && m_store->isOpen()) {
        try {
            for (const store::DingRecord &d : m_store->replica().pendingDingsForMe()) {
                const QString title = d.conversationTitle.isEmpty() ? d.senderName : d.conversationTitle;
                rows.append(Row{d.message, d.conversation, title, d.senderName, d.text, d.dingedAt});
            }
        } catch (const db::SqlError &e) {
            qCWarning(lcDings) << "cannot read DINGs" << e.what();
            return;
        }
    }

    // Keyed by message: rows move, appear and go one by one, so a list on screen keeps its place.
    QHash<QString, Row> byKey;
    for (const Row &r : std::as_const(rows))
        byKey.insert(r.message, r);
    const int before = int(m_rows.size());
    morphRows(m_rows, rows, [](const Row &r) { return r.message; });
    // Same keys may carry new content (a re-DING moves the time, an edit changes the text).
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &fresh = byKey.value(m_rows.at(i).message);
        Row &old = m_rows[i];
        if (old.text != fresh.text || old.dingedAt != fresh.dingedAt || old.chatTitle != fresh.chatTitle ||
            old.senderName != fresh.senderName) {
            old = fresh;
            emit dataChanged(index(i), index(i));
        }
    }
    if (before != m_rows.size())
        emit countChanged();
}

int DingCenter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DingCenter::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case MessageIdRole:
        return row.message;
    case ConversationIdRole:
        return row.conversation;
    case ChatTitleRole:
        return row.chatTitle;
    case SenderNameRole:
        return row.senderName;
    case SenderInitialsRole:
        return text::initials(row.senderName);
    case DingedAtRole:
        return row.dingedAt;
    case TimeTextRole:
        return text::listTime(row.dingedAt, QDateTime::currentMSecsSinceEpoch());
    default:
        return {};
    }
}

QHash<int, QByteArray> DingCenter::roleNames() const
{
    return {{MessageIdRole, "messageId"},
            {ConversationIdRole, "conversationId"},
            {ChatTitleRole, "chatTitle"},
            {SenderNameRole, "senderName"},
            {SenderInitialsRole, "senderInitials"},
            {TextRole, "text"},
            {DingedAtRole, "dingedAt"},
            {TimeTextRole, "timeText"}};
}

bool DingCenter::confirm(const QString &messageId)
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&messageId](const Row &r) { return r.message == messageId; });
    if (it == m_rows.cend() || !m_client || !m_client->confirmDing(messageId))
        return false;
    // The replica's optimistic confirmation follows on the worker; the alert should not wait for it.
    const int row = int(it - m_rows.cbegin());
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
    return true;
}

void DingCenter::confirmAll()
{
    while (!m_rows.isEmpty()) {
        if (!confirm(m_rows.constFirst().message))
            return;
    }
}

bool DingCenter::send(const QString &messageId, const QVariantList &userIds)
{
    QList<qint64> users;
    for (const QVariant &v : userIds) {
        const qint64 id = v.toLongLong();
        if (id > 0 && !users.contains(id))
            users.append(id);
    }
    if (!m_client || users.isEmpty() || !canSend(messageId))
        return false;
    return !m_client->dingMessage(messageId, users).isEmpty();
}

bool DingCenter::canSend(const QString &messageId) const
{
    if (!m_store || !m_store->isOpen())
        return false;
    try {
        const auto msg = m_store->replica().message(messageId);
        return msg && msg->sender == m_store->myUserId() && !msg->recalled &&
               msg->state == store::MessageRecord::State::Sent;
    } catch (const db::SqlError &e) {
        qCWarning(lcDings) << "cannot read the message" << e.what();
        return false;
    }
}

bool DingCenter::wasSent(const QString &messageId) const
{
    if (!m_store || !m_store->isOpen())
        return false;
    try {
        return !m_store->replica().dingsForMessage(messageId).isEmpty();
    } catch (const db::SqlError &e) {
        qCWarning(lcDings) << "cannot read DINGs" << e.what();
        return false;
    }
}

} // namespace tack::ui
