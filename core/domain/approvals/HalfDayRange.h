#pragma once

#include <QCborValue>
#include <QDate>
#include <QString>
#include <optional>

// A leave period counted in half days. Each calendar day has two halves, morning and afternoon; a range
// starts at the beginning of one half and ends at the end of another, both included. So "Mon afternoon
// to Tue morning" is 2 half days (1 day), "Mon morning to Mon morning" is 1 half day. Durations are whole
// half days (integers), shown as days with at most one decimal ("1.5 days"). Calendar days: weekends and
// holidays are the attendance calendar's business, not the form's.
namespace tack::approvals {

enum class DayHalf
{
    Morning,
    Afternoon,
};

struct HalfDayRange
{
    QDate from;
    DayHalf fromHalf = DayHalf::Morning;
    QDate to;
    DayHalf toHalf = DayHalf::Afternoon;

    friend bool operator==(const HalfDayRange &, const HalfDayRange &) = default;
};

// The longest range a form accepts, in half days (a little over a year).
inline constexpr qint64 kMaxRangeHalfDays = 2 * 366;

// Half days from the start half to the end half, both included; 0 or less when the end is before the start.
qint64 halfDays(const HalfDayRange &range);
// "1.5 days", "1 day", "0.5 days" (translated).
QString formatHalfDays(qint64 halfDays);

// Wire form: {"from": "2026-11-23", "from_half": "am"|"pm", "to": "2026-11-24", "to_half": "am"|"pm"}.
QCborValue toCbor(const HalfDayRange &range);
std::optional<HalfDayRange> halfDayRangeFromCbor(const QCborValue &value);
// Dates on the wire are ISO "yyyy-MM-dd"; anything else is no date.
std::optional<QDate> dateFromCbor(const QCborValue &value);

} // namespace tack::approvals
