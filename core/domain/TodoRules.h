#pragma once

#include <QString>
#include <QtGlobal>

// Limits and stream names of todos and boards (docs/protocol.md section 14), shared by the server and the
// clients so both check the same things.
namespace tack::todo {

inline constexpr int kMaxTitleChars = 500;
inline constexpr int kMaxNotesChars = 10000;
inline constexpr int kMaxAssignees = 50;
inline constexpr int kMaxLabels = 20;
inline constexpr int kMaxLabelChars = 50;
inline constexpr int kMaxChecklistItems = 100;
inline constexpr int kMaxChecklistChars = 500;
inline constexpr int kMaxPriority = 3; // 0 none, 1 low, 2 medium, 3 high
inline constexpr int kMaxBoardTitleChars = 200;
inline constexpr int kMaxColumnTitleChars = 100;
inline constexpr int kMaxColumns = 100;
inline constexpr int kMaxBoardMembers = 5000;
inline constexpr int kMaxWipLimit = 1000; // 0: no limit

} // namespace tack::todo

namespace tack::streams {

// A board's stream: the board, its members, columns and cards.
inline QString board(const QString &id)
{
    return QStringLiteral("b/") + id;
}
// A user's todo list: every todo the user created or is assigned to (cards included).
inline QString todos(qint64 user)
{
    return QStringLiteral("t/") + QString::number(user);
}
// The board id of a `b/...` stream, or an empty string.
inline QString boardOf(const QString &stream)
{
    return stream.startsWith(QLatin1String("b/")) ? stream.mid(2) : QString();
}
// The user of a `t/...` stream, or 0.
inline qint64 todoListOf(const QString &stream)
{
    return stream.startsWith(QLatin1String("t/")) ? stream.mid(2).toLongLong() : 0;
}

} // namespace tack::streams
