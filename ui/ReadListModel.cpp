#include "ReadListModel.h"

#include "AppSession.h"
#include "DisplayText.h"
#include "StoreReader.h"
#include "client/ClientSession.h"

namespace tack::ui {

ReadListModel::ReadListModel(QObject *parent) : QAbstractListModel(parent)
{}

void ReadListModel::setConversationId(const QString &id)
{
    if (m_conversation == id)
        return;
    m_conversation = id;
    emit queryChanged();
    restart();
}

void ReadListModel::setMessageId(const QString &id)
{
    if (m_message == id)
        return;
    m_message = id;
    emit queryChanged();
    restart();
}

void ReadListModel::setReaders(bool readers)
{
    if (m_readers == readers)
        return;
    m_readers = readers;
    emit queryChanged();
    restart();
}

void ReadListModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_next = 0;
    m_started = false;
    m_end = false;
    m_error.clear();
    endResetModel();
    const bool wasLoading = m_pendingTag != 0;
    m_pendingTag = 0;
    if (wasLoading)
        emit loadingChanged();
    emit countChanged();
    if (canFetchMore({}))
        fetchMore({});
}

bool ReadListModel::canFetchMore(const QModelIndex &parent) const
{
    const AppSession *session = AppSession::instance();
    return !parent.isValid() && !m_end && m_pendingTag == 0 && !m_conversation.isEmpty() &&
           !m_message.isEmpty() && session && session->client();
}

void ReadListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    client::ClientSession *client = AppSession::instance()->client();
    if (!m_link)
        m_link = connect(client, &client::ClientSession::readListFinished, this,
                         [this](quint64 tag, bool ok, const client::ReadList &list, const QString &code) {
                             onPage(tag, ok, list, code);
                         });
    m_started = true;
    m_pendingTag =
        client->readList(m_conversation, m_message,
                         m_readers ? QStringLiteral("read") : QStringLiteral("unread"), m_next, kPageSize);
    emit loadingChanged();
}

void ReadListModel::onPage(quint64 tag, bool ok, const client::ReadList &list, const QString &code)
{
    if (tag != m_pendingTag)
        return; // an answer to a query we no longer show
    m_pendingTag = 0;
    if (!ok) {
        m_error = code == QLatin1String("offline") ? tr("Connect to the server to see who has read this.")
                                                   : tr("The list could not be loaded (%1).").arg(code);
        m_end = true;
        emit loadingChanged();
        return;
    }
    // The cursor moves before the rows arrive: a view that reacts to the new rows by asking for more
    // must ask for the page after them, not this one again.
    m_next = list.next;
    m_end = list.next == 0;
    StoreReader *store = AppSession::instance()->store();
    if (!list.users.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(list.users.size()) - 1);
        for (qint64 user : list.users)
            m_rows.append(Row{user, store->userName(user)});
        endInsertRows();
        emit countChanged();
    }
    if (m_readCount != list.readCount || m_unreadCount != list.unreadCount) {
        m_readCount = list.readCount;
        m_unreadCount = list.unreadCount;
        emit totalsChanged();
    }
    emit loadingChanged();
}

int ReadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReadListModel::data(const QModelIndex &index, int role) const
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
    default:
        return {};
    }
}

QHash<int, QByteArray> ReadListModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {NameRole, "name"}, {InitialsRole, "initials"}};
}

} // namespace tack::ui
