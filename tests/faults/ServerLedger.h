#pragma once

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

// What a tack-server stored, read straight from its database (DIR/tack.db, read-only; WAL lets the server
// keep running). The fault tests judge a run against it: the op log of every stream, the recorded outcome
// of every mutation, the messages, todos, board columns and approvals.
class ServerLedger
{
public:
    using MutationKey = QPair<QString, qint64>; // (client id, mutation id)

    struct Event
    {
        QString stream;
        qint64 seq = 0;
        QString kind;
        QString client;
        qint64 mutation = -1;
        QCborMap data;
    };
    struct Outcome
    {
        bool ok = false;
        QString code; // the error code when refused
        QCborMap result;
    };
    struct Message
    {
        QString id;
        QString conversation;
        qint64 seq = 0;
        qint64 sender = 0;
        QString text;
        bool recalled = false;
    };

    struct Todo
    {
        QString id;
        qint64 creator = 0;
        QString title;
        bool done = false;
        QString board; // empty for a plain todo
        QString column;
        bool deleted = false;
    };
    struct Column
    {
        QString id;
        QString board;
        QString title;
        bool deleted = false;
    };
    struct Approval
    {
        QString id;
        qint64 submitter = 0;
        QString state;
        qint64 version = 0;
        QList<QCborMap> history; // approval_history bodies in position order
    };

    bool load(const QString &dataDir, QString *error);

    const QHash<QString, qint64> &heads() const { return m_heads; }
    const QHash<QString, QList<Event>> &streams() const { return m_streams; }
    std::optional<Outcome> outcome(const QString &client, qint64 mutation) const;
    QList<MutationKey> recordedMutations(const QString &client) const;
    // (stream, seq) of every event the mutation made, in stream then seq order.
    QList<QPair<QString, qint64>> eventsOf(const QString &client, qint64 mutation) const;
    const QHash<QString, Message> &messages() const { return m_messages; }
    const QHash<QString, Todo> &todos() const { return m_todos; }
    const QHash<QString, Column> &columns() const { return m_columns; }
    const QHash<QString, Approval> &approvals() const { return m_approvals; }
    // msg.new events per message id (exactly one for every message).
    int creations(const QString &messageId) const { return m_creations.value(messageId); }

    // A stream whose seqs are not 1..head without holes.
    QStringList streamProblems() const;
    // Mutations whose events in some stream are not one contiguous run: they were applied more than once.
    QList<MutationKey> repeatedMutations() const;
    quint64 eventCount() const { return m_eventCount; }

private:
    QHash<QString, qint64> m_heads;
    QHash<QString, QList<Event>> m_streams;
    QHash<MutationKey, Outcome> m_outcomes;
    QHash<MutationKey, QList<QPair<QString, qint64>>> m_byMutation;
    QHash<QString, Message> m_messages;
    QHash<QString, int> m_creations;
    QHash<QString, Todo> m_todos;
    QHash<QString, Column> m_columns;
    QHash<QString, Approval> m_approvals;
    quint64 m_eventCount = 0;
};
