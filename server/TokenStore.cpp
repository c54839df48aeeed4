#include "TokenStore.h"

#include <sodium.h>

namespace tack::server {

QByteArray TokenStore::hashOf(const QString &token)
{
    const QByteArray bytes = token.toUtf8();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return out;
}

QString TokenStore::idOf(const QByteArray &hash)
{
    return QString::fromLatin1(hash.left(8).toHex());
}

TokenStore::Issued TokenStore::issue(qint64 user, const QString &device, const QString &address, qint64 now,
                                     qint64 lifetimeMs)
{
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    Issued issued;
    issued.token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    issued.expiresAt = now + lifetimeMs;
    m_sql
        .get("INSERT INTO tokens(hash, user, device, created_at, expires_at, last_used, address) "
             "VALUES(?, ?, ?, ?, ?, ?, ?)")
        ->bindBlob(1, hashOf(issued.token))
        .bind(2, user)
        .bind(3, device)
        .bind(4, now)
        .bind(5, issued.expiresAt)
        .bind(6, now)
        .bind(7, address)
        .run();
    return issued;
}

TokenStore::Lookup TokenStore::check(const QString &token, qint64 now)
{
    Lookup out;
    out.hash = hashOf(token);
    auto s = m_sql.get("SELECT user, expires_at, revoked FROM tokens WHERE hash = ?");
    s->bindBlob(1, out.hash);
    if (!s->step() || s->integer(2) != 0)
        return out;
    out.user = s->integer(0);
    out.status = s->integer(1) <= now ? Status::Expired : Status::Valid;
    return out;
}

TokenStore::Status TokenStore::statusOf(const QByteArray &hash, qint64 now)
{
    auto s = m_sql.get("SELECT expires_at, revoked FROM tokens WHERE hash = ?");
    s->bindBlob(1, hash);
    if (!s->step() || s->integer(1) != 0)
        return Status::Unknown;
    return s->integer(0) <= now ? Status::Expired : Status::Valid;
}

void TokenStore::touch(const QByteArray &hash, const QString &address, qint64 now)
{
    m_sql.get("UPDATE tokens SET last_used = ?, address = ? WHERE hash = ?")
        ->bind(1, now)
        .bind(2, address)
        .bindBlob(3, hash)
        .run();
}

void TokenStore::revoke(const QByteArray &hash)
{
    m_sql.get("UPDATE tokens SET revoked = 1 WHERE hash = ?")->bindBlob(1, hash).run();
}

void TokenStore::revokeAllOf(qint64 user)
{
    m_sql.get("UPDATE tokens SET revoked = 1 WHERE user = ? AND revoked = 0")->bind(1, user).run();
}

QList<TokenStore::SessionRow> TokenStore::liveSessions(qint64 user, qint64 now)
{
    auto s = m_sql.get(
        "SELECT hash, device, address, created_at, last_used, expires_at FROM tokens "
        "WHERE user = ? AND revoked = 0 AND expires_at > ? ORDER BY last_used DESC, created_at DESC");
    s->bind(1, user).bind(2, now);
    QList<SessionRow> out;
    while (s->step())
        out.append(
            SessionRow{s->blob(0), s->text(1), s->text(2), s->integer(3), s->integer(4), s->integer(5)});
    return out;
}

bool TokenStore::revokeById(qint64 user, const QString &id, qint64 now)
{
    for (const SessionRow &row : liveSessions(user, now)) {
        if (idOf(row.hash) == id) {
            revoke(row.hash);
            return true;
        }
    }
    return false;
}

int TokenStore::revokeAllBut(qint64 user, const QByteArray &keep, qint64 now)
{
    int n = 0;
    for (const SessionRow &row : liveSessions(user, now)) {
        if (row.hash != keep) {
            revoke(row.hash);
            ++n;
        }
    }
    return n;
}

} // namespace tack::server
