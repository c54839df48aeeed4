#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>

namespace tack::ui {

class StoreReader;

// Todo reminders and overdue escalations as alerts, each shown once: a reminder when its time passes (also
// one that passed while the app was not running, right after start), an escalation when the server tells
// me, as a manager, that a todo of my people is overdue. What was shown is remembered in the settings file
// per account, so a restart does not repeat it. A timer wakes at the next reminder; nothing polls.
class TodoAlerts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.todos.alerts")

public:
    explicit TodoAlerts(StoreReader *store, QObject *parent = nullptr);

    // Where shown alerts are remembered; an empty path stops alerting (signed out).
    void setAccount(const QString &settingsPath, const QString &group);
    // When the timer wakes next for a reminder (ms since the epoch), 0 when no reminder is ahead.
    qint64 nextReminderAt() const { return m_nextAt; }

public slots:
    // Fires what is due and not shown yet, then sets the timer to the next reminder.
    void check();

signals:
    // A todo's reminder time passed: `detail` says when it is due.
    void reminderDue(const QString &todo, const QString &title, const QString &detail);
    // A todo of my people is overdue: `detail` names them.
    void escalationArrived(const QString &todo, const QString &title, const QString &detail);

private:
    void checkSoon();
    void load();
    void save();

    QPointer<StoreReader> m_store;
    QString m_path;
    QString m_group;
    bool m_loaded = false;
    bool m_checkQueued = false;
    QSet<QString> m_reminders;   // "todo@remind" already shown
    QSet<QString> m_escalations; // "todo@at" already shown
    QTimer m_timer;
    qint64 m_nextAt = 0;
};

} // namespace tack::ui
