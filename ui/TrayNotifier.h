#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QMenu;

namespace tack::ui {

class AppSession;

// Tray icon with the unread count, and desktop notifications for new messages in unmuted chats and for
// mentions (muted or not), todo reminders and escalations. Clicking a notification opens its chat or todo.
// Does nothing where there is no tray.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(AppSession *session, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Whether a chat is on screen (no notification for it while the window is active).
    void setVisibleChat(const QString &conversation, bool windowActive);

signals:
    void showWindowRequested();

private:
    void scan(const QStringList &conversations);
    void rebaseline();
    void updateIcon(int unread);
    void notifyTodo(const QString &todo, const QString &title, const QString &detail);

    AppSession *m_session;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QHash<QString, qint64> m_lastSeq; // newest seq seen per chat
    QString m_lastNotified;
    QString m_lastTodo; // the last notification was about this todo (a reminder or an escalation)
    QString m_visibleChat;
    bool m_windowActive = false;
};

} // namespace tack::ui
