#include "domain/approvals/HalfDayRange.h"

#include "domain/approvals/ApprovalText.h"

#include <QCborMap>
#include <QRegularExpression>

namespace tack::approvals {
namespace {

qint64 halfIndex(const QDate &date, DayHalf half)
{
    return date.toJulianDay() * 2 + (half == DayHalf::Afternoon ? 1 : 0);
}

QString halfName(DayHalf half)
{
    return half == DayHalf::Morning ? QStringLiteral("am") : QStringLiteral("pm");
}

std::optional<DayHalf> halfFromCbor(const QCborValue &v)
{
    if (v.toString() == QLatin1String("am"))
        return DayHalf::Morning;
    if (v.toString() == QLatin1String("pm"))
        return DayHalf::Afternoon;
    return std::nullopt;
}

} // namespace

qint64 halfDays(const HalfDayRange &range)
{
    return halfIndex(range.to, range.toHalf) - halfIndex(range.from, range.fromHalf) + 1;
}

QString formatHalfDays(qint64 halfDays)
{
    const QString number = QString::number(halfDays / 2) + (halfDays % 2 ? QStringLiteral(".5") : QString());
    return halfDays == 2 ? approvalText("1 day") : approvalText("%1 days").arg(number);
}

QCborValue toCbor(const HalfDayRange &range)
{
    QCborMap m;
    m.insert(QLatin1String("from"), range.from.toString(Qt::ISODate));
    m.insert(QLatin1String("from_half"), halfName(range.fromHalf));
    m.insert(QLatin1String("to"), range.to.toString(Qt::ISODate));
    m.insert(QLatin1String("to_half"), halfName(range.toHalf));
    return m;
}

std::optional<QDate> dateFromCbor(const QCborValue &value)
{
    // Strictly yyyy-MM-dd: Qt's ISO parser would also take "2026/11/23".
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!value.isString() || !shape.match(value.toString()).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<HalfDayRange> halfDayRangeFromCbor(const QCborValue &value)
{
    if (!value.isMap())
        return std::nullopt;
    const QCborMap m = value.toMap();
    const auto from = dateFromCbor(m.value(QLatin1String("from")));
    const auto to = dateFromCbor(m.value(QLatin1String("to")));
    const auto fromHalf = halfFromCbor(m.value(QLatin1String("from_half")));
    const auto toHalf = halfFromCbor(m.value(QLatin1String("to_half")));
    if (!from || !to || !fromHalf || !toHalf || m.size() != 4)
        return std::nullopt;
    return HalfDayRange{*from, *fromHalf, *to, *toHalf};
}

} // namespace tack::approvals
