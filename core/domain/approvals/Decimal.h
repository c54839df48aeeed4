#pragma once

#include <QString>
#include <optional>

// Decimal numbers as integers scaled by 10^digits ("2.5" with 1 digit is 25). Forms never hold floating
// point: numbers and money are parsed digit by digit and compared as integers.
namespace tack::approvals {

inline constexpr int kMaxDecimalDigits = 6;
inline constexpr qint64 kMaxScaled = 999'999'999'999'999;

struct DecimalParse
{
    std::optional<qint64> scaled;
    QString error; // set when scaled is empty: one line a person can act on
};

// "1234.5", "1,234.50", "-12", "+0.05" with at most `digits` digits after the point. Thousands
// separators are optional but must group by three.
DecimalParse parseDecimal(const QString &text, int digits);
// The inverse: "1,234.50" for (123450, 2); `grouped` false gives "1234.50".
QString formatDecimal(qint64 scaled, int digits, bool grouped = true);

} // namespace tack::approvals
