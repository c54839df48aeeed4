#include "DeviceListModel.h"

#include <QDateTime>

namespace tack::ui {

DeviceListModel::DeviceListModel(QObject *parent) : QAbstractListModel(parent)
{}

void DeviceListModel::setClient(client::ClientSession *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
    m_refs.clear();
    m_mutations.clear();
    if (m_tag != 0) {
        m_tag = 0;
        emit loadingChanged();
    }
    setError({});
    if (!m_client)
        return;
    using C = client::ClientSession;
    connect(m_client, &C::sessionsListed, this,
            [this](quint64 tag, bool ok, const QList<client::DeviceSession> &sessions, const QString &,
                   const QString &message) {
                if (tag != m_tag)
                    return;
                m_tag = 0;
                emit loadingChanged();
                if (!ok) {
                    setError(tr("Cannot list devices: %1").arg(message));
                    return;
                }
                setError({});
                beginResetModel();
                m_rows = sessions;
                endResetModel();
                emit countChanged();
            });
    connect(m_client, &C::queued, this, [this](const QString &ref, qint64 mutation) {
        if (m_refs.remove(ref) && mutation > 0)
            m_mutations.insert(mutation, true);
    });
    connect(m_client, &C::mutationSettled, this, [this](qint64 mutation) {
        if (m_mutations.remove(mutation))
            refresh();
    });
    connect(m_client, &C::mutationFailed, this,
            [this](qint64 mutation, const QString &, const QString &, const QString &message) {
                if (!m_mutations.remove(mutation))
                    return;
                setError(tr("The device could not be signed out: %1").arg(message));
                refresh();
            });
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::DeviceSession &s = m_rows.at(index.row());
    switch (role) {
    case SessionIdRole:
        return s.id;
    case Qt::DisplayRole:
    case DeviceRole:
        return s.device.isEmpty() ? tr("Unnamed device") : s.device;
    case AddressRole:
        return s.address;
    case LastUsedTextRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.lastUsed), QLocale::ShortFormat);
    case CurrentRole:
        return s.current;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"},
            {DeviceRole, "device"},
            {AddressRole, "address"},
            {LastUsedTextRole, "lastUsedText"},
            {CurrentRole, "current"}};
}

void DeviceListModel::refresh()
{
    if (!m_client)
        return;
    const bool wasLoading = loading();
    m_tag = m_client->listSessions();
    if (!wasLoading)
        emit loadingChanged();
}

void DeviceListModel::signOut(const QString &sessionId)
{
    if (m_client)
        track(m_client->revokeSession(sessionId));
}

void DeviceListModel::signOutOthers()
{
    if (m_client)
        track(m_client->revokeOtherSessions());
}

void DeviceListModel::track(const QString &ref)
{
    if (!ref.isEmpty())
        m_refs.insert(ref);
}

void DeviceListModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace tack::ui
