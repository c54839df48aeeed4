#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tack::store {

struct ChecklistItem
{
    QString text;
    bool done = false;
};

// A todo as the user sees it (pending local changes included). A card is a todo with a board and column.
struct TodoRecord
{
    QString id;
    qint64 creator = 0;
    QString title;
    QString notes;
    QList<qint64> assignees;
    qint64 due = 0; // ms since the epoch, 0: none
    qint64 remind = 0;
    int priority = 0; // 0 none .. 3 high
    bool done = false;
    qint64 doneAt = 0;
    qint64 doneBy = 0;
    QString board; // empty for a plain todo
    QString column;
    QByteArray order;
    QStringList labels;
    QList<ChecklistItem> checklist;
    QString conversation; // the chat message it was made from, if any
    QString message;
    QString movedFrom;      // set when the server re-homed the card from a deleted column ...
    QString movedFromTitle; // ... with that column's title, for "moved from <title>"
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;
    bool pending = false; // local changes the server has not confirmed yet
};

struct BoardRecord
{
    QString id;
    QString title;
    qint64 owner = 0;
    qint64 createdAt = 0;
    QList<qint64> members;
    bool pending = false; // created locally, not confirmed yet
};

struct ColumnRecord
{
    QString id;
    QString board;
    QString title;
    QByteArray order;
    int wip = 0;       // 0: no limit
    int cardCount = 0; // live cards
    bool pending = false;

    bool overWip() const { return wip > 0 && cardCount > wip; }
};

// An overdue todo of one of my people, escalated to me as their manager.
struct EscalationRecord
{
    QString todo;
    QString title; // as when it was escalated
    qint64 due = 0;
    qint64 at = 0;           // when the server escalated it
    QList<qint64> assignees; // my people among its assignees
};

// The sections of "my todos" (todos assigned to me, or mine with nobody assigned).
enum class TodoView
{
    Overdue,  // not done, due before now
    Today,    // not done, due from now until the end of today
    Upcoming, // not done, due after today or with no due date
    Done
};

} // namespace tack::store
