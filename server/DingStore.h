#pragma once

#include "db/StatementCache.h"

#include <QCborMap>
#include <QList>
#include <optional>

namespace tack::server {

// One recipient of a DING on a message (docs/protocol.md, ding.send / ding.confirm).
struct DingRow
{
    QString conversation;
    QString message;
    qint64 user = 0;
    qint64 sender = 0; // the message's sender, who sent the DING
    qint64 dingedAt = 0;
    qint64 confirmedAt = 0; // 0 while unconfirmed
    qint64 round = 0;       // the latest round of the message that included this user
};

QCborMap toCbor(const DingRow &d);

// Rows of the `dings` table: who was dinged on which message, in which round, and when they confirmed.
class DingStore
{
public:
    explicit DingStore(db::StatementCache &sql) : m_sql(sql) {}

    std::optional<DingRow> ding(const QString &message, qint64 user);
    // The highest round any recipient of the message was dinged in; 0 before the first DING.
    qint64 lastRound(const QString &message);
    // Inserts the recipient or moves an unconfirmed one to a new round.
    void putDing(const QString &conversation, const QString &message, qint64 user, qint64 at, qint64 round);
    void confirm(const QString &message, qint64 user, qint64 at);
    // The snapshot's rows: every unconfirmed DING of the conversation, then the confirmed ones on messages
    // with seq >= minSeq, newest first, at most `limit`.
    QList<DingRow> snapshotRows(const QString &conversation, qint64 minSeq, int limit);

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
