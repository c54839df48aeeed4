#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class StoreReader;

// Members of one conversation with their names, filtered by a typed prefix: the @mention suggestions and
// the member panel. With `offerAll`, owners and admins also get an "@all" row first.
class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(
        QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool offerAll READ offerAll WRITE setOfferAll NOTIFY offerAllChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    // Leaves me out (pickers of other people, e.g. DING recipients).
    Q_PROPERTY(bool excludeMe READ excludeMe WRITE setExcludeMe NOTIFY excludeMeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString myRole READ myRole NOTIFY countChanged)

public:
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // user id, 0 for the @all row
        NameRole,                      // display name
        LoginRole,                     // login; "all" for the @all row
        RoleRole,                      // owner, admin or member
        InitialsRole,                  // avatar letters
        IsAllRole,                     // the @all row
    };
    Q_ENUM(Roles)

    explicit MemberListModel(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    QString conversationId() const { return m_conversation; }
    void setConversationId(const QString &id);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    bool offerAll() const { return m_offerAll; }
    void setOfferAll(bool offer);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool excludeMe() const { return m_excludeMe; }
    void setExcludeMe(bool exclude);
    QString myRole() const { return m_myRole; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The text to insert for a row ("@Name "), so QML does not build it.
    Q_INVOKABLE QString mentionText(int row) const;
    // Where an @mention being typed starts: the index of its '@' when the text before `cursor` ends with
    // "@word" (the '@' at the start or after a space), else -1.
    // User ids of the rows (without the @all row), for "select all".
    Q_INVOKABLE QVariantList userIds() const;
    Q_INVOKABLE int mentionStart(const QString &text, int cursor) const;

public slots:
    void refresh();

signals:
    void storeChanged();
    void conversationIdChanged();
    void filterChanged();
    void offerAllChanged();
    void limitChanged();
    void excludeMeChanged();
    void countChanged();

private:
    struct Row
    {
        qint64 user = 0;
        QString name;
        QString login;
        QString role;
    };

    QPointer<StoreReader> m_store;
    QString m_conversation;
    QString m_filter;
    bool m_offerAll = false;
    bool m_excludeMe = false;
    int m_limit = 0; // 0: no limit
    QString m_myRole;
    QList<Row> m_rows;
};

} // namespace tack::ui
