#pragma once

#include "store/Replica.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <memory>

namespace tack::ui {

// The UI thread's read-only window on the replica, and the hub the list models listen to. Writes never go
// through here: they go to the sync worker (ClientSession), whose change notifications are relayed by
// notifyConversations()/notifyDirectory() so every model refreshes from one place.
class StoreReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.store")
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(qint64 myUserId READ myUserId NOTIFY openedChanged)

public:
    explicit StoreReader(QObject *parent = nullptr);
    ~StoreReader() override;

    // Opens `path` read-only; false (and the file stays closed) when it does not exist or cannot be read.
    bool open(const QString &path);
    // Uses a read-only replica someone else owns (ClientSession::reader()); it must outlive close().
    void attach(store::Replica *replica);
    void close();
    // Re-reads the account (after a login stored it).
    void reloadAccount();
    bool isOpen() const { return m_open; }
    qint64 myUserId() const { return m_me; }

    // The read connection. Only valid while isOpen(); callers catch db::SqlError.
    store::Replica &replica() { return *m_replica; }

    // Display name of a user (falls back to the login, then to "#id"); cached until the directory changes.
    Q_INVOKABLE QString userName(qint64 id);
    // The id of the person with this login, 0 when unknown.
    Q_INVOKABLE double userIdOf(const QString &login);

    // Presence of a person: "on_leave" (a stored person field), else what the server last pushed ("online",
    // "away"), else "offline". Live states are not stored: they arrive after each connect.
    Q_INVOKABLE QString presenceOf(qint64 id);
    // The same for a record already read: "on_leave" if onLeave, else the live state.
    QString presenceOf(const store::UserRecord &user) const;
    // Live presence from the server: `changes` maps user ids to "online"/"away"/"offline"; `replaceAll`
    // forgets everyone not listed (a full list after connecting).
    void setPresence(const QHash<qint64, QString> &changes, bool replaceAll);

public slots:
    void notifyConversations(const QStringList &ids);
    void notifyDirectory();
    // Todos or boards changed (ClientSession::todosChanged); `boards` lists the boards concerned.
    void notifyTodos(const QStringList &boards);
    // A model wants messages older than `beforeSeq` from the server (the replica has none older).
    void askHistory(const QString &conversation, qint64 beforeSeq);
    // The server answered (or could not answer) a history request.
    void deliverHistory(const QString &conversation, int count, bool more, bool failed);

signals:
    void openedChanged();
    void conversationsChanged(const QStringList &ids);
    void directoryChanged();
    void todosChanged(const QStringList &boards);
    void presenceChanged();
    void historyRequested(const QString &conversation, qint64 beforeSeq);
    void historyFinished(const QString &conversation, int count, bool more, bool failed);

private:
    qint64 readUserId();

    std::unique_ptr<store::Replica> m_owned;
    store::Replica *m_replica = nullptr;
    bool m_open = false;
    qint64 m_me = 0;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_presence; // user -> "online" / "away"; absent: offline
};

} // namespace tack::ui
