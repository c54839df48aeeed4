#include "domain/ChatRules.h"

namespace tack::chat {

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Member:
        break;
    }
    return QStringLiteral("member");
}

Role roleFromName(const QString &name)
{
    if (name == QLatin1String("owner"))
        return Role::Owner;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return Role::Member;
}

RecallVerdict recallVerdict(qint64 actor, Role actorRole, qint64 sender, qint64 sentAtMs, qint64 nowMs,
                            bool recalled)
{
    if (recalled)
        return RecallVerdict::AlreadyRecalled;
    if (actorRole == Role::Owner || actorRole == Role::Admin)
        return RecallVerdict::Allowed;
    if (actor != sender)
        return RecallVerdict::NotAllowed;
    return nowMs - sentAtMs <= kRecallWindowMs ? RecallVerdict::Allowed : RecallVerdict::WindowPassed;
}

bool isValidMessageText(const QString &text)
{
    return !text.trimmed().isEmpty() && text.size() <= kMaxMessageChars;
}

QString directConversationId(qint64 a, qint64 b)
{
    return QStringLiteral("dm-%1-%2").arg(qMin(a, b)).arg(qMax(a, b));
}

} // namespace tack::chat
