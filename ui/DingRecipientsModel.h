#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class StoreReader;

// Who was DINGed for one of my messages, waiting first: the sender's status view in the DING dialog.
class DingRecipientsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString messageId READ messageId WRITE setMessageId NOTIFY messageIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int confirmedCount READ confirmedCount NOTIFY countsChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    // User ids of the recipients who have not confirmed, for "DING again".
    Q_PROPERTY(QVariantList waitingUserIds READ waitingUserIds NOTIFY countsChanged)

public:
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // recipient's user id
        NameRole,                      // recipient's display name
        InitialsRole,                  // avatar letters
        ConfirmedRole,                 // the recipient confirmed
        ConfirmedAtRole,               // ms since epoch, 0 while waiting
        StatusTextRole,                // "Confirmed 14:05" or "Waiting"
    };
    Q_ENUM(Roles)

    explicit DingRecipientsModel(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    QString messageId() const { return m_message; }
    void setMessageId(const QString &id);
    int confirmedCount() const;
    int waitingCount() const { return int(m_rows.size()) - confirmedCount(); }
    QVariantList waitingUserIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void refresh();

signals:
    void storeChanged();
    void messageIdChanged();
    void countsChanged();

private:
    struct Row
    {
        qint64 user = 0;
        QString name;
        qint64 confirmedAt = 0;
    };

    QPointer<StoreReader> m_store;
    QString m_message;
    QString m_conversation;
    QList<Row> m_rows;
};

} // namespace tack::ui
