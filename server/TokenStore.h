#pragma once

#include "db/StatementCache.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tack::server {

// Session tokens: 256 random bits shown to the client once as 64 hex characters; the database keeps only
// their SHA-256, so a copy of tack.db does not hand out sessions. A session's public id is the first 8 bytes
// of that hash in hex: it names the session without being usable as a credential.
class TokenStore
{
public:
    static constexpr qint64 kDefaultLifetimeMs = 30LL * 24 * 60 * 60 * 1000;

    explicit TokenStore(db::StatementCache &sql) : m_sql(sql) {}

    struct Issued
    {
        QString token;
        qint64 expiresAt = 0;
    };
    Issued issue(qint64 user, const QString &device, const QString &address, qint64 now, qint64 lifetimeMs);

    enum class Status
    {
        Valid,
        Unknown,
        Expired
    };
    struct Lookup
    {
        Status status = Status::Unknown;
        qint64 user = 0;
        QByteArray hash;
    };
    Lookup check(const QString &token, qint64 now);
    // The same check for a token known only by its hash (a live connection's).
    Status statusOf(const QByteArray &hash, qint64 now);
    // Records that the session was used now from `address`.
    void touch(const QByteArray &hash, const QString &address, qint64 now);
    void revoke(const QByteArray &hash);
    // Revokes every token of the user (deactivation, password reset).
    void revokeAllOf(qint64 user);

    struct SessionRow
    {
        QByteArray hash;
        QString device;
        QString address;
        qint64 createdAt = 0;
        qint64 lastUsed = 0;
        qint64 expiresAt = 0;
    };
    // The user's sessions that are neither revoked nor expired, most recently used first.
    QList<SessionRow> liveSessions(qint64 user, qint64 now);
    // Revokes the user's live session with this public id; false when there is none.
    bool revokeById(qint64 user, const QString &id, qint64 now);
    // Revokes every live session of the user except `keep`; returns how many.
    int revokeAllBut(qint64 user, const QByteArray &keep, qint64 now);

    static QByteArray hashOf(const QString &token);
    static QString idOf(const QByteArray &hash);

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
