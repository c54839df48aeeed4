#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QString>

// Rows of todos, boards and columns and their wire form (docs/protocol.md section 14). Every row carries a
// `rev` that goes up by one with each change, so a client that receives the same object on two streams
// keeps the newer copy.
namespace tack::server {

struct TodoRow
{
    QString id;
    qint64 creator = 0;
    QString title;
    QString notes;
    QList<qint64> assignees; // ascending
    qint64 due = 0;          // ms since the epoch, 0: none
    qint64 remind = 0;       // ms since the epoch, 0: none
    qint64 priority = 0;
    bool done = false;
    qint64 doneAt = 0;
    qint64 doneBy = 0;
    QString board; // empty: a plain todo; otherwise a card on that board
    QString column;
    QByteArray order;
    QCborArray labels;    // texts
    QCborArray checklist; // {text, done}
    QString conversation; // the chat message this todo was made from, if any
    QString message;
    QString movedFrom;      // a card re-homed because its column was deleted: that column's id ...
    QString movedFromTitle; // ... and title; both cleared by the next explicit move
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rev = 0;
    bool deleted = false;
    qint64 escalatedAt = 0; // server-internal: when the overdue escalation fired (never on the wire)

    bool isCard() const { return !board.isEmpty(); }
};

struct BoardRow
{
    QString id;
    QString title;
    qint64 owner = 0;
    qint64 createdAt = 0;
    qint64 rev = 0;
    QList<qint64> members; // ascending
};

struct ColumnRow
{
    QString id;
    QString board;
    QString title;
    QByteArray order;
    qint64 wip = 0; // 0: no limit
    qint64 rev = 0;
    bool deleted = false;
};

QCborMap toCbor(const TodoRow &t);
QCborMap toCbor(const BoardRow &b);
QCborMap toCbor(const ColumnRow &c);

} // namespace tack::server
