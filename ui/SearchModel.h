#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class StoreReader;

// One search box for chats, people and messages, answered from the replica (full-text for messages, in
// Chinese and English). Rows come grouped by kind: chats, then people, then messages.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1, // "chat", "person" or "message"
        SectionRole,                 // translated heading of the kind
        TitleRole,                   // chat title, person name, or the message's chat title
        SubtitleRole,                // members, job title, or the message text
        InitialsRole,                // avatar letters
        ConversationIdRole,          // chat to open (empty for a person without a direct chat yet)
        MessageIdRole,               // message to jump to (messages only)
        UserIdRole,                  // person (people only)
        TimeTextRole,                // message time
    };
    Q_ENUM(Roles)

    static constexpr int kMaxPerKind = 20;

    explicit SearchModel(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    QString query() const { return m_query; }
    void setQuery(const QString &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void refresh();

signals:
    void storeChanged();
    void queryChanged();
    void countChanged();

private:
    struct Row
    {
        QString kind;
        QString title;
        QString subtitle;
        QString conversation;
        QString message;
        qint64 user = 0;
        qint64 at = 0;
    };
    QList<Row> search(const QString &needle);

    QPointer<StoreReader> m_store;
    QString m_query;
    QList<Row> m_rows;
};

} // namespace tack::ui
