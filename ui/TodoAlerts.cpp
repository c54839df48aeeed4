#include "TodoAlerts.h"

#include "DisplayText.h"
#include "StoreReader.h"
#include "TodoListModel.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcTodoAlerts, "tack.ui.todoalerts")

namespace tack::ui {

namespace {

constexpr qint64 kLookAheadMs = 7LL * 24 * 60 * 60 * 1000; // beyond that the timer just re-checks
constexpr qint64 kMaxSleepMs = 6LL * 60 * 60 * 1000;       // clocks jump; wake at least this often

QString keyOf(const QString &todo, qint64 time)
{
    return todo + QLatin1Char('@') + QString::number(time);
}

} // namespace

TodoAlerts::TodoAlerts(StoreReader *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may wake a little before the reminder
    connect(&m_timer, &QTimer::timeout, this, &TodoAlerts::check);
    if (m_store) {
        // Queued: at start the window and the tray connect to the alerts before the first check runs.
        connect(m_store, &StoreReader::openedChanged, this, &TodoAlerts::checkSoon);
        connect(m_store, &StoreReader::todosChanged, this, &TodoAlerts::checkSoon);
    }
}

void TodoAlerts::setAccount(const QString &settingsPath, const QString &group)
{
    m_path = settingsPath;
    m_group = group;
    m_loaded = false;
    m_reminders.clear();
    m_escalations.clear();
    m_timer.stop();
    m_nextAt = 0;
    if (!m_path.isEmpty())
        checkSoon();
}

void TodoAlerts::checkSoon()
{
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(this, &TodoAlerts::check, Qt::QueuedConnection);
}

void TodoAlerts::load()
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(m_group);
    const QStringList reminders = s.value(QStringLiteral("shownReminders")).toStringList();
    const QStringList escalations = s.value(QStringLiteral("shownEscalations")).toStringList();
    m_reminders = QSet<QString>(reminders.cbegin(), reminders.cend());
    m_escalations = QSet<QString>(escalations.cbegin(), escalations.cend());
    m_loaded = true;
}

void TodoAlerts::save()
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(m_group);
    QStringList reminders(m_reminders.cbegin(), m_reminders.cend());
    QStringList escalations(m_escalations.cbegin(), m_escalations.cend());
    reminders.sort();
    escalations.sort();
    s.setValue(QStringLiteral("shownReminders"), reminders);
    s.setValue(QStringLiteral("shownEscalations"), escalations);
    s.sync();
    if (s.status() != QSettings::NoError)
        qCWarning(lcTodoAlerts) << "cannot remember the alerts shown in" << m_path;
}

void TodoAlerts::check()
{
    m_checkQueued = false;
    if (m_path.isEmpty() || !m_store || !m_store->isOpen() || m_store->myUserId() <= 0)
        return;
    if (!m_loaded)
        load();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<store::TodoRecord> dueNow;
    QList<store::TodoRecord> ahead;
    QList<store::EscalationRecord> escalations;
    try {
        store::Replica &replica = m_store->replica();
        dueNow = replica.remindersDue(0, now);
        ahead = replica.remindersDue(now, now + kLookAheadMs);
        escalations = replica.escalations();
    } catch (const db::SqlError &e) {
        qCWarning(lcTodoAlerts) << "cannot read reminders" << e.what();
        m_timer.start(int(kMaxSleepMs));
        return;
    }

    // Only reminders still due are remembered: one that is moved or reopened may ring again.
    QSet<QString> shown;
    QList<store::TodoRecord> fire;
    for (const store::TodoRecord &t : std::as_const(dueNow)) {
        const QString key = keyOf(t.id, t.remind);
        if (!m_reminders.contains(key))
            fire.append(t);
        shown.insert(key);
    }
    QSet<QString> shownEscalations;
    QList<store::EscalationRecord> tell;
    for (const store::EscalationRecord &e : std::as_const(escalations)) {
        const QString key = keyOf(e.todo, e.at);
        if (!m_escalations.contains(key))
            tell.append(e);
        shownEscalations.insert(key);
    }
    const bool changed = shown != m_reminders || shownEscalations != m_escalations;
    m_reminders = shown;
    m_escalations = shownEscalations;
    if (changed)
        save(); // before alerting: a crash while showing does not repeat the alert on the next start

    for (const store::TodoRecord &t : std::as_const(fire)) {
        const QString detail = t.due > 0
                                   ? tr("Due %1").arg(TodoListModel::dueText(t.due, now))
                                   : tr("Reminder set for %1").arg(TodoListModel::dueText(t.remind, now));
        emit reminderDue(t.id, t.title, detail);
    }
    for (const store::EscalationRecord &e : std::as_const(tell)) {
        QStringList names;
        for (qint64 id : e.assignees)
            names.append(m_store->userName(id));
        emit escalationArrived(e.todo, e.title,
                               tr("Overdue todo of %1 (due %2)")
                                   .arg(names.join(TodoListModel::tr(", ", "between names")),
                                        TodoListModel::dueText(e.due, now)));
    }

    m_nextAt = ahead.isEmpty() ? 0 : ahead.constFirst().remind;
    const qint64 sleep = m_nextAt > 0 ? std::min(m_nextAt - now, kMaxSleepMs) : kMaxSleepMs;
    m_timer.start(int(std::max<qint64>(sleep, 1)));
}

} // namespace tack::ui
