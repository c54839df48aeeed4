#pragma once

#include <QString>
#include <QtGlobal>

// Texts the Boards page's models and actions share (translated in the context "BoardText").
namespace tack::ui::boardtext {

// "Due 21/11/2026" (with the time when it is not the end of the day), in the current language.
QString dueText(qint64 dueMs);
// "Moved from Doing": a card the server moved out of a deleted column.
QString movedFromText(const QString &columnTitle);

// A due date as typed in the card editor: "2026-11-21" (the end of that local day) or "2026-11-21 14:30".
// Blank text is 0 (no due date); anything else unreadable is -1.
qint64 parseDue(const QString &text);
// The editor's text for a due time (the reverse of parseDue); empty for 0.
QString dueInput(qint64 dueMs);

} // namespace tack::ui::boardtext
