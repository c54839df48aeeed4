#pragma once

#include <QString>
#include <QtGlobal>

// Rules the server enforces and the client previews; they live once here so both sides agree.
namespace tack::chat {

inline constexpr qint64 kRecallWindowMs = 24LL * 60 * 60 * 1000;
inline constexpr int kMaxMessageChars = 10000;
inline constexpr int kMaxTitleChars = 200;
inline constexpr int kMaxGroupMembers = 5000;

enum class Role
{
    Member,
    Admin,
    Owner
};

QString roleName(Role role);
Role roleFromName(const QString &name);

enum class RecallVerdict
{
    Allowed,
    NotAllowed,
    WindowPassed,
    AlreadyRecalled
};

// May `actor` (with `actorRole` in the chat) recall a message sent by `sender` at `sentAtMs`, at `nowMs`?
RecallVerdict recallVerdict(qint64 actor, Role actorRole, qint64 sender, qint64 sentAtMs, qint64 nowMs,
                            bool recalled);

// A message text must be non-blank and within the length limit.
bool isValidMessageText(const QString &text);

// The id of the direct chat between two users: the same whoever opens it, so it works offline.
QString directConversationId(qint64 a, qint64 b);

} // namespace tack::chat

namespace tack::streams {

inline QString org()
{
    return QStringLiteral("org");
}
inline QString user(qint64 id)
{
    return QStringLiteral("u/") + QString::number(id);
}
inline QString conversation(const QString &id)
{
    return QStringLiteral("c/") + id;
}
// The conversation id of a `c/...` stream, or an empty string for other streams.
inline QString conversationOf(const QString &stream)
{
    return stream.startsWith(QLatin1String("c/")) ? stream.mid(2) : QString();
}

} // namespace tack::streams
