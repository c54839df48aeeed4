#pragma once

#include "ServerStore.h"
#include "domain/AuditRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <limits>

namespace tack::server {

// Which entries `AuditLog::list` returns: every filter that is set must match.
struct AuditFilter
{
    qint64 actor = -1;                                 // user id; -1 for anyone (0 is the system)
    QString action;                                    // exact action name; empty for any
    qint64 since = 0;                                  // ms since the epoch, inclusive
    qint64 until = std::numeric_limits<qint64>::max(); // inclusive
    qint64 before = 0;                                 // only entries with seq < before; 0 for no bound
    qint64 after = 0;                                  // only entries with seq > after
    bool ascending = false;                            // oldest first (exports) instead of newest first
    int limit = 200;
};

// The outcome of checking the whole chain.
struct AuditVerification
{
    enum class Problem
    {
        None,
        Altered,     // an entry's contents no longer match its hash, or it does not link to its predecessor
        Missing,     // a gap in seq: entries were deleted
        OutOfOrder,  // an intact entry sits at the wrong place in the chain
        TailRemoved, // the anchored head is past the last entry
    };
    Problem problem = Problem::None;
    qint64 entries = 0;
    QByteArray head;   // hash of the last entry (32 zero bytes for an empty log)
    qint64 badSeq = 0; // the first seq at fault
    QString reason;    // what is wrong at badSeq, for people

    bool ok() const { return problem == Problem::None; }
    static QString problemName(Problem p);
    // "audit log intact: N entries, head H" or "audit log broken at seq S (missing): ...".
    QString summary() const;
};

// The append-only, hash-chained audit log (table audit_log, schema v3).
//
// Entry n stores hash_n = BLAKE2b-256(hash_{n-1} || encoding(entry n)) with hash_0 = 32 zero bytes, where
// encoding is: seq, at, actor as 8-byte big-endian integers, then address, action, target and the
// details (compact JSON, keys sorted) each as a 4-byte big-endian length and UTF-8 bytes. The last seq and
// hash are also anchored in the meta table (key `audit_head`), so deleting entries at the tail is noticed.
//
// Never put a password or a token into details: keys named like one are dropped.
class AuditLog
{
public:
    static constexpr int kHashBytes = 32;

    explicit AuditLog(ServerStore &store) : m_store(store) {}

    // Appends one entry and returns its seq. Runs inside the caller's transaction when one is open, so the
    // entry commits or rolls back with the change it records; otherwise in a transaction of its own.
    // Throws db::SqlError.
    qint64 append(qint64 actor, const QString &action, const QString &target, const QJsonObject &details = {},
                  const QString &address = {});

    // Matching entries, newest first (or oldest first), at most filter.limit.
    QList<audit::AuditRecord> list(const AuditFilter &filter);
    // Every entry from seq `after` on, ascending, at most `limit` (for exports and verification).
    QList<audit::AuditRecord> range(qint64 after, int limit);

    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };
    // The anchored head; seq 0 and zero hash for an empty log.
    Head head();

    AuditVerification verify();

    // May this user read the log? The organisation's active owners and admins may.
    bool mayRead(qint64 user);

    static QByteArray encode(const audit::AuditRecord &entry);
    static QByteArray chainHash(const QByteArray &prevHash, const audit::AuditRecord &entry);
    static QByteArray zeroHash() { return QByteArray(kHashBytes, '\0'); }

private:
    qint64 appendInTransaction(audit::AuditRecord entry);
    std::optional<qint64> seqOfHash(const QByteArray &hash);

    ServerStore &m_store;
};

} // namespace tack::server
