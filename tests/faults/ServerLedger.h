#pragma once

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

// What a tack-server stored, read straight from its database (DIR/tack.db, read-only; WAL lets the server
// keep running). The fault tests judge a run against it: the op log of every stream, the recorded outcome
// of every mutation, the messages.
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

    bool load(const QString &dataDir, QString *error);

    const QHash<QString, qint64> &heads() const { return m_heads; }
    const QHash<QString, QList<Event>> &streams() const { return m_streams; }
    std::optional<Outcome> outcome(const QString &client, qint64 mutation) const;
    QList<MutationKey> recordedMutations(const QString &client) const;
    // (stream, seq) of every event the mutation made, in stream then seq order.
    QList<QPair<QString, qint64>> eventsOf(const QString &client, qint64 mutation) const;
    const QHash<QString, Message> &messages() const { return m_messages; }
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
    quint64 m_eventCount = 0;
};
