#pragma once

#include "db/StatementCache.h"

#include <QByteArray>
#include <QString>

namespace tack::server {

// Session tokens: 256 random bits shown to the client once as 64 hex characters; the database keeps only
// their SHA-256, so a copy of tack.db does not hand out sessions.
class TokenStore
{
public:
    static constexpr qint64 kLifetimeMs = 30LL * 24 * 60 * 60 * 1000;

    explicit TokenStore(db::StatementCache &sql) : m_sql(sql) {}

    struct Issued
    {
        QString token;
        qint64 expiresAt = 0;
    };
    Issued issue(qint64 user, const QString &device, qint64 now);

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
    void revoke(const QByteArray &hash);
    // Revokes every token of the user (deactivation, password reset).
    void revokeAllOf(qint64 user);

    static QByteArray hashOf(const QString &token);

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
