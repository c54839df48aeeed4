#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QString>

namespace tack::ui {

// Local, per-account chat preferences (pinned and muted chats). Kept in the profile's settings file,
// never synced.
class ChatPrefs : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.prefs")
    // The chat that was open last, reopened at the next start.
    Q_PROPERTY(QString lastChat READ lastChat WRITE setLastChat NOTIFY lastChatChanged)

public:
    explicit ChatPrefs(QObject *parent = nullptr);

    // Loads the preferences stored under `group` in the settings file `path` (empty path: memory only).
    void load(const QString &path, const QString &group);

    Q_INVOKABLE bool isPinned(const QString &conversation) const { return m_pinned.contains(conversation); }
    Q_INVOKABLE bool isMuted(const QString &conversation) const { return m_muted.contains(conversation); }
    Q_INVOKABLE void setPinned(const QString &conversation, bool pinned);
    Q_INVOKABLE void setMuted(const QString &conversation, bool muted);
    QString lastChat() const { return m_lastChat; }
    void setLastChat(const QString &conversation);

signals:
    void changed(const QString &conversation);
    void lastChatChanged();

private:
    void save() const;

    QString m_path;
    QString m_group;
    QSet<QString> m_pinned;
    QSet<QString> m_muted;
    QString m_lastChat;
};

} // namespace tack::ui
