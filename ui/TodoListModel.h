#pragma once

#include "KeyedListModel.h"
#include "store/TodoRecords.h"

#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace tack::ui {

class StoreReader;

// One list of the Todos page: my todos of one section (today, upcoming, overdue, done), the todos I
// assigned to others, or the overdue todos of my people escalated to me. Rows follow the replica
// (todosChanged, directory names) and move between sections by themselves when a due time or midnight
// passes: a timer wakes the model at the next such moment, never more often.
class TodoListModel : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(View view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class View
    {
        Today,
        Upcoming, // after today, or without a due date
        Overdue,
        Done,
        AssignedByMe,
        EscalatedToMe,
    };
    Q_ENUM(View)

    enum Roles
    {
        TodoIdRole = Qt::UserRole + 1, // the todo's id
        TitleRole,                     // title
        NotesRole,                     // notes
        DueRole,                       // ms since the epoch, 0 for none
        DueTextRole,                   // "Today 14:00", "Tomorrow 09:30", a date; empty for none
        OverdueRole,                   // open and due before now
        RemindRole,                    // reminder time, ms since the epoch, 0 for none
        PriorityRole,                  // 0 none, 1 low, 2 medium, 3 high
        PriorityTextRole,              // "High", "Medium", "Low"; empty for none
        DoneRole,                      // ticked off
        AssigneeIdsRole,               // list of user ids (numbers)
        AssigneeNamesRole,             // "Ann, Bo" (empty for nobody)
        CreatorNameRole,               // who made it
        ConversationRole,              // the chat the todo was made from, empty for none
        MessageRole,                   // the chat message it was made from, empty for none
        BoardRole,                     // the board when the todo is a card, else empty
        PendingRole,                   // local changes the server has not confirmed yet
        EscalatedAtRole,               // EscalatedToMe: when the server escalated it (ms)
        EscalatedTextRole,             // EscalatedToMe: "Ann's todo, 2 days overdue"
    };
    Q_ENUM(Roles)

    explicit TodoListModel(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    View view() const { return m_view; }
    void setView(View view);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString todoAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &todo) const;

    // "Today 14:00", "Tomorrow 09:30", "Mon 3 Nov 14:00" (local time); empty for 0.
    static QString dueText(qint64 due, qint64 now);
    static QString priorityText(int priority);

    // The model's idea of now; tests move it instead of waiting (0: the real clock).
    void setClockForTest(qint64 nowMs);

public slots:
    void refresh();

signals:
    void storeChanged();
    void viewChanged();
    void countChanged();

private:
    struct Row
    {
        store::TodoRecord todo;
        QString assigneeNames;
        QString creatorName;
        qint64 escalatedAt = 0;
        QString escalatedText;
        bool operator==(const Row &o) const;
    };
    qint64 now() const;
    QList<Row> readRows(qint64 now);
    void scheduleWake(qint64 now);
    void retranslate() override;

    QPointer<StoreReader> m_store;
    View m_view = View::Today;
    QList<Row> m_rows;
    QTimer m_wake; // the next due time or midnight: rows change section or colour then
    qint64 m_testNow = 0;
    qint64 m_readAt = 0; // `now` of the last read, for the overdue flag
};

} // namespace tack::ui
