#pragma once

#include "KeyedListModel.h"

#include "store/ReplicaTypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class StoreReader;
class ChatPrefs;

// The chat list: every conversation in the replica, pinned ones first, then by latest activity.
// Refreshes from StoreReader change notifications with precise row moves, so the view keeps its place.
class ConversationListModel : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("ChatPrefs.h")
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(tack::ui::ChatPrefs *prefs READ prefs WRITE setPrefs NOTIFY prefsChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)

public:
    enum Roles
    {
        ConversationIdRole = Qt::UserRole + 1, // text id
        TitleRole,                             // group title or the other person's name
        InitialsRole,                          // avatar letters
        KindRole,                              // "direct" or "group"
        PreviewRole,                           // last message, one line, with the sender for groups
        TimeTextRole,                          // last activity as list text
        LastAtRole,                            // last activity, ms since epoch
        UnreadRole,                            // unread messages from others
        PinnedRole,                            // pinned locally
        MutedRole,                             // muted locally (no notifications, grey badge)
        MemberCountRole,                       // members
        PendingRole,                           // created offline, not yet on the server
    };
    Q_ENUM(Roles)

    explicit ConversationListModel(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    ChatPrefs *prefs() const { return m_prefs; }
    void setPrefs(ChatPrefs *prefs);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int totalUnread() const { return m_totalUnread; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int rowOf(const QString &conversationId) const;
    Q_INVOKABLE QString idAt(int row) const;
    // Unread count in unmuted chats, for the tray and the window title.
    int unmutedUnread() const;

public slots:
    void refresh();

protected:
    void retranslate() override;

signals:
    void storeChanged();
    void prefsChanged();
    void filterChanged();
    void countChanged();
    void totalUnreadChanged();

private:
    struct Row
    {
        store::ConversationRecord record;
        QString preview;
        bool pinned = false;
        bool muted = false;
    };
    QList<Row> readRows();

    QPointer<StoreReader> m_store;
    QPointer<ChatPrefs> m_prefs;
    QString m_filter;
    QList<Row> m_rows;
    int m_totalUnread = 0;
};

} // namespace tack::ui
