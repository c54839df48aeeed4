// The session.revoke mutation: signs out one other session of the acting account, or all others.
#include "AuditLog.h"
#include "MutationApplier.h"
#include "TokenStore.h"
#include "protocol/ArgReader.h"

namespace tack::server {

MutationOutcome MutationApplier::sessionRevoke(const QCborMap &args)
{
    using proto::Error;
    using proto::ErrorCode;
    proto::ArgReader a(args);
    const bool others = a.boolean("others", false);
    const std::optional<QString> id = a.optionalText("session", 64);
    MutationOutcome out;
    if (auto e = a.error()) {
        out.error = *e;
        return out;
    }
    if (others == id.has_value()) {
        out.error = Error{ErrorCode::InvalidArgs, QStringLiteral("give either `session` or `others: true`")};
        return out;
    }
    TokenStore tokens(m_store.sql());
    const auto audit = [&](const QString &which) {
        AuditLog(m_store).append(m_ctx.actor, QStringLiteral("session.revoke"),
                                 QStringLiteral("user:%1").arg(m_ctx.actor),
                                 {{QStringLiteral("session"), which}}, m_ctx.address);
    };
    if (others) {
        out.result.insert(QLatin1String("revoked"), tokens.revokeAllBut(m_ctx.actor, m_tokenHash, m_ctx.now));
        audit(QStringLiteral("others"));
        return out;
    }
    if (!m_tokenHash.isEmpty() && *id == TokenStore::idOf(m_tokenHash)) {
        out.error = Error{ErrorCode::InvalidArgs,
                          QStringLiteral("that is this session; sign it out with `logout` instead")};
        return out;
    }
    // Another account's session is as unknown as a made-up id: nothing tells them apart.
    if (!tokens.revokeById(m_ctx.actor, *id, m_ctx.now)) {
        out.error = Error{ErrorCode::NotFound, QStringLiteral("no signed-in session '%1'").arg(*id)};
        return out;
    }
    audit(*id);
    out.result.insert(QLatin1String("revoked"), 1);
    return out;
}

} // namespace tack::server
