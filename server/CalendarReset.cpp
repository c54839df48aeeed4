// The calendar.reset mutation: replaces the acting person's calendar feed address (docs/protocol.md 14.8)
// when it has leaked. The old address stops working in the same transaction.
#include "AuditLog.h"
#include "CalendarFeed.h"
#include "MutationApplier.h"

namespace tack::server {

MutationOutcome MutationApplier::calendarReset(const QCborMap &)
{
    MutationOutcome out;
    if (m_ctx.actor <= 0) {
        out.error = proto::Error{proto::ErrorCode::InvalidArgs,
                                 QStringLiteral("only a person has a calendar feed to reset")};
        return out;
    }
    // The result holds the new path, so the stored outcome of a repeated mutation id answers with it too;
    // the audit entry never holds a token.
    out.result.insert(QLatin1String("path"), CalendarFeed(m_store).reset(m_ctx.actor));
    audit("calendar.reset", QStringLiteral("user:%1").arg(m_ctx.actor), {});
    return out;
}

} // namespace tack::server
