#pragma once

#include <QString>
#include <QtGlobal>

// Small, locale-aware text helpers shared by the list models, so QML delegates bind to ready strings and
// run no per-row script.
namespace tack::ui::text {

// One or two letters for an avatar: the last two characters of a CJK name (as colleagues call each other),
// otherwise the first letters of the first two words.
QString initials(const QString &name);

// Time of a message in a list: "14:05" today, "Yesterday", a weekday within the last week, else a date.
QString listTime(qint64 msecs, qint64 nowMsecs);

// Clock time of a message, "14:05".
QString clockTime(qint64 msecs);

// Heading of a day in the timeline: "Today", "Yesterday" or a long date.
QString dayHeading(qint64 msecs, qint64 nowMsecs);

// Local calendar day number of a time, for comparing days.
qint64 localDay(qint64 msecs);

// A presence state ("online", "away", "offline", "on_leave") as the user reads it.
QString presenceText(const QString &state);

// An org role as the user reads it: "Owner", "Admin"; empty for "member" and unknown roles.
QString orgRoleText(const QString &role);

// A message text shortened to one line for previews.
QString oneLine(const QString &text, int maxChars = 80);

} // namespace tack::ui::text
