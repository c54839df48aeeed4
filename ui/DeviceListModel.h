#pragma once

#include "client/ClientSession.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

// The account's signed-in devices for the Settings "Devices" section (Session.devices): asks the server
// (`sessions`) on refresh(), and signs other devices out through the outbox (`session.revoke`), refreshing
// once the server has done it.
class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.devices")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Roles
    {
        SessionIdRole = Qt::UserRole + 1, // what signOut() takes
        DeviceRole,                       // the device's name, or "Unnamed device"
        AddressRole,                      // the address it was last seen at
        LastUsedTextRole,                 // "2026-11-21 14:05"
        CurrentRole,                      // this very app
    };
    Q_ENUM(Roles)

    explicit DeviceListModel(QObject *parent = nullptr);

    // Where requests go; null while signed out (the list is then empty).
    void setClient(client::ClientSession *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_tag != 0; }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void signOut(const QString &sessionId);
    Q_INVOKABLE void signOutOthers();

signals:
    void countChanged();
    void loadingChanged();
    void errorChanged();

private:
    void setError(const QString &error);
    void track(const QString &ref);

    QPointer<client::ClientSession> m_client;
    QList<client::DeviceSession> m_rows;
    quint64 m_tag = 0;
    QString m_error;
    QSet<QString> m_refs;            // sign-outs handed to the outbox
    QHash<qint64, bool> m_mutations; // their mutation ids, until the server answers
};

} // namespace tack::ui
