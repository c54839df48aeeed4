#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace tack::client {
class ClientSession;
}

namespace tack::ui {

class StoreReader;
class TodoAlerts;

// The todo actions of the Todos page and of chat messages (Session.todos): create, edit, tick off and
// delete todos, offline first through the outbox; the calendar feed's address; reminders and escalations
// as alerts (TodoAlerts). AppSession owns it and hands it the signed-in client.
class TodoCenter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.todos")
    // http(s)://host:port/calendar/<user>/<token>.ics once the server told it; empty until then.
    Q_PROPERTY(QString calendarUrl READ calendarUrl NOTIFY calendarChanged)
    // Why there is no address (offline, or the server serves no calendar feeds); empty otherwise.
    Q_PROPERTY(QString calendarProblem READ calendarProblem NOTIFY calendarChanged)
    // A `calendar.reset` is queued and not acknowledged yet.
    Q_PROPERTY(bool calendarResetting READ calendarResetting NOTIFY calendarChanged)
    // Reminders and escalations as they become due (the window and the tray show them).
    Q_PROPERTY(tack::ui::TodoAlerts *alerts READ alerts CONSTANT)
    Q_MOC_INCLUDE("TodoAlerts.h")

public:
    explicit TodoCenter(StoreReader *store, QObject *parent = nullptr);
    ~TodoCenter() override;

    // The signed-in client (null while signed out), its server address (for the calendar URL), and where
    // alerts already shown are remembered: a settings file and a group for this account.
    void setClient(client::ClientSession *client, const QString &serverUrl, const QString &settingsPath,
                   const QString &settingsGroup);
    TodoAlerts *alerts() const { return m_alerts; }

    QString calendarUrl() const { return m_calendarUrl; }
    QString calendarProblem() const { return m_calendarProblem; }
    bool calendarResetting() const { return m_resetting; }

    // Creates a todo from `fields`: title (required), notes, assignees (user ids), due and remind (ms since
    // the epoch, 0 for none), priority (0-3), message (the chat message it is made from). Returns its id,
    // or empty (with refused()) when the title is blank or too long.
    Q_INVOKABLE QString create(const QVariantMap &fields);
    // Saves an edited todo: only the fields that differ from `original` (what the editor was opened with,
    // as todo() gave it; empty: the stored todo) are sent, so a change someone else made meanwhile to
    // another field is kept. False when nothing changed or a field is invalid.
    Q_INVOKABLE bool save(const QString &todo, const QVariantMap &fields, const QVariantMap &original = {});
    Q_INVOKABLE bool setDone(const QString &todo, bool done);
    Q_INVOKABLE bool remove(const QString &todo);
    // The stored todo for the editor: id, title, notes, assignees ([{id, name}]), due, remind, priority,
    // done, conversation, message, mine (I created it); empty when unknown.
    Q_INVOKABLE QVariantMap todo(const QString &todo) const;
    // Asks the app to show a todo (from a message's todo mark or a notification): todoRequested().
    Q_INVOKABLE void show(const QString &todo);
    // Asks the server for the calendar address (calendarChanged when it answers).
    Q_INVOKABLE void requestCalendarUrl();
    // Replaces a leaked calendar address (`calendar.reset` through the outbox): the old one stops working;
    // once the server acknowledges, the new address is asked for (calendarChanged). False when signed out
    // or a reset is already on its way.
    Q_INVOKABLE bool resetCalendarUrl();
    Q_INVOKABLE void copyToClipboard(const QString &text) const;

    // Date and time fields of the editor, in local time: "2026-11-21" and "14:30" for a time (ms since
    // the epoch; empty for 0), and back: the time, 0 when both are blank, -1 when they do not parse.
    Q_INVOKABLE QString dateText(double ms) const;
    Q_INVOKABLE QString clockText(double ms) const;
    Q_INVOKABLE double timeFrom(const QString &date, const QString &clock) const;
    // A local day `daysFromToday` away at hour:minute, for the editor's quick choices.
    Q_INVOKABLE double dayAt(int daysFromToday, int hour, int minute) const;

    // Todo mutations (and calendar.reset) whose refusals this class explains (AppSession leaves those to it).
    static bool handles(const QString &mutation);
    // A refused todo change as one translated sentence.
    static QString refusalText(const QString &mutation, const QString &code);

signals:
    void calendarChanged();
    void refused(const QString &message);
    void todoRequested(const QString &todo);

private:
    void onQueryFinished(quint64 tag, const QCborMap &result, const QString &code, const QString &message);
    void setCalendar(const QString &url, const QString &problem);
    void connectCalendar(); // in TodoCenterCalendar.cpp, like the calendar functions
    void setResetting(bool resetting);

    QPointer<StoreReader> m_store;
    QPointer<client::ClientSession> m_client;
    TodoAlerts *m_alerts = nullptr;
    QString m_server;
    QString m_calendarUrl;
    QString m_calendarProblem;
    quint64 m_calendarTag = 0;
    bool m_calendarWanted = false; // asked while offline: ask again once online
    QString m_resetRef;            // the queued calendar.reset, until queued() gives its mutation id
    qint64 m_resetMutation = 0;    // the calendar.reset awaiting its ack
    bool m_resetting = false;
};

} // namespace tack::ui
