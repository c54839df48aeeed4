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

TokenStore::Issued TokenStore::issue(qint64 user, const QString &device, qint64 now)
{
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    Issued issued;
    issued.token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    issued.expiresAt = now + kLifetimeMs;
    m_sql.get("INSERT INTO tokens(hash, user, device, created_at, expires_at) VALUES(?, ?, ?, ?, ?)")
        ->bindBlob(1, hashOf(issued.token))
        .bind(2, user)
        .bind(3, device)
        .bind(4, now)
        .bind(5, issued.expiresAt)
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

void TokenStore::revoke(const QByteArray &hash)
{
    m_sql.get("UPDATE tokens SET revoked = 1 WHERE hash = ?")->bindBlob(1, hash).run();
}

void TokenStore::revokeAllOf(qint64 user)
{
    m_sql.get("UPDATE tokens SET revoked = 1 WHERE user = ? AND revoked = 0")->bind(1, user).run();
}

} // namespace tack::server
