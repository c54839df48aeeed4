#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace tack::client {
struct ReadList;
}

namespace tack::ui {

// Who has (or has not) read one message, paged from the server with `read_list`, so it works for groups
// of thousands: fetchMore() asks for the next page when the view scrolls near the end.
class ReadListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY queryChanged)
    Q_PROPERTY(QString messageId READ messageId WRITE setMessageId NOTIFY queryChanged)
    Q_PROPERTY(bool readers READ readers WRITE setReaders NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int readCount READ readCount NOTIFY totalsChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY totalsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)

public:
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // user id
        NameRole,                      // display name
        InitialsRole,                  // avatar letters
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 100;

    explicit ReadListModel(QObject *parent = nullptr);

    QString conversationId() const { return m_conversation; }
    void setConversationId(const QString &id);
    QString messageId() const { return m_message; }
    void setMessageId(const QString &id);
    bool readers() const { return m_readers; }
    void setReaders(bool readers);
    int readCount() const { return m_readCount; }
    int unreadCount() const { return m_unreadCount; }
    bool loading() const { return m_pendingTag != 0; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void queryChanged();
    void countChanged();
    void totalsChanged();
    void loadingChanged();

private:
    void restart();
    void onPage(quint64 tag, bool ok, const client::ReadList &list, const QString &code);

    struct Row
    {
        qint64 user = 0;
        QString name;
    };
    QString m_conversation;
    QString m_message;
    bool m_readers = true;
    QList<Row> m_rows;
    qint64 m_next = 0;
    bool m_started = false; // first page requested
    bool m_end = false;
    quint64 m_pendingTag = 0;
    int m_readCount = 0;
    int m_unreadCount = 0;
    QString m_error;
    QMetaObject::Connection m_link;
};

} // namespace tack::ui
