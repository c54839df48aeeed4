#pragma once

#include "KeyedListModel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace tack::client {
class ClientSession;
}

namespace tack::ui {

class StoreReader;

// My unconfirmed DINGs (the alert window's list, newest first) and the DING actions. AppSession owns it and
// hands it to QML as Session.dings; it re-reads the replica whenever the store reports changed chats.
class DingCenter : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.dings")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        MessageIdRole = Qt::UserRole + 1, // the DINGed message
        ConversationIdRole,               // its chat
        ChatTitleRole,                    // group title, or the sender's name for a direct chat
        SenderNameRole,                   // who sent the DING
        SenderInitialsRole,               // avatar letters of the sender
        TextRole,                         // the message text
        DingedAtRole,                     // ms since epoch of the latest round
        TimeTextRole,                     // "14:05", "Yesterday", ...
    };
    Q_ENUM(Roles)

    explicit DingCenter(StoreReader *store, QObject *parent = nullptr);

    // Where confirm() and send() go; null while signed out (they then do nothing).
    void setClient(client::ClientSession *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Confirms one DING to me; its row goes at once. False when there is no such pending DING.
    Q_INVOKABLE bool confirm(const QString &messageId);
    Q_INVOKABLE void confirmAll();
    // DINGs my message to these members (numbers from QML). False when nothing was queued.
    Q_INVOKABLE bool send(const QString &messageId, const QVariantList &userIds);
    // Whether I may DING this message: my own, sent and not recalled.
    Q_INVOKABLE bool canSend(const QString &messageId) const;
    // Whether anybody was DINGed for this message (the sender's status view).
    Q_INVOKABLE bool wasSent(const QString &messageId) const;

public slots:
    void refresh();

signals:
    void countChanged();

private:
    struct Row
    {
        QString message;
        QString conversation;
        QString chatTitle;
        QString senderName;
        QString text;
        qint64 dingedAt = 0;
    };

    QPointer<StoreReader> m_store;
    QPointer<client::ClientSession> m_client;
    QList<Row> m_rows;
};

} // namespace tack::ui
