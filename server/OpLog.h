#pragma once

#include "db/StatementCache.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QString>

namespace tack::server {

// Who and what caused an event.
struct EventOrigin
{
    qint64 by = 0;        // acting user, 0 for the system
    qint64 at = 0;        // server time
    QString client;       // originating client id, empty when not from a mutation
    qint64 mutation = -1; // originating mutation id, -1 when not from a mutation
};

// The append-only event log: every stream's events numbered 1, 2, 3, ... with no holes.
// Appends must run inside the caller's transaction so the event commits with the state change.
class OpLog
{
public:
    explicit OpLog(db::StatementCache &sql) : m_sql(sql) {}

    // Appends one event and returns it in wire form.
    QCborMap append(const QString &stream, const QString &kind, const QCborMap &data,
                    const EventOrigin &origin);
    qint64 head(const QString &stream);
    // Events with seq > after, ascending, at most `limit`.
    QCborArray tail(const QString &stream, qint64 after, int limit);
    // The same events as stored (CBOR-encoded), stopping early once they exceed `budgetBytes` (always at
    // least one event when there is any): what a fetch reply carries without decoding and re-encoding.
    QList<QByteArray> tailEncoded(const QString &stream, qint64 after, int limit, qsizetype budgetBytes);
    QHash<QString, qint64> allHeads();

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
