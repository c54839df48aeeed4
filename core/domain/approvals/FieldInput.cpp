#include "domain/approvals/ApprovalText.h"
#include "domain/approvals/Decimal.h"
#include "domain/approvals/FormValidator.h"
#include "domain/approvals/HalfDayRange.h"
#include "domain/approvals/Money.h"

#include <QCborArray>
#include <QRegularExpression>

namespace tack::approvals {
namespace {

FieldInput fail(const QString &why)
{
    return FieldInput{std::nullopt, why};
}

FieldInput ok(const QCborValue &v)
{
    return FieldInput{v, QString()};
}

// "2026-11-23", "2026-11-23am", "2026-11-23pm".
bool parseHalf(const QString &text, DayHalf fallback, QDate *date, DayHalf *half)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(am|pm)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *date = QDate::fromString(m.captured(1), Qt::ISODate);
    *half = m.captured(2).isEmpty()                ? fallback
            : m.captured(2) == QLatin1String("am") ? DayHalf::Morning
                                                   : DayHalf::Afternoon;
    return date->isValid();
}

qint64 parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

FieldInput fieldValueFromText(const FormField &field, const QString &text)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::MultiLine:
    case FieldKind::SingleChoice:
        return ok(text);
    case FieldKind::Number: {
        const DecimalParse parsed = parseDecimal(text, field.decimals);
        return parsed.scaled ? ok(*parsed.scaled) : fail(parsed.error);
    }
    case FieldKind::Money: {
        // "1234.50" or "1234.50 USD"
        const QStringList parts = text.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty() || parts.size() > 2)
            return fail(approvalText("write an amount like 1234.50 or 1234.50 USD"));
        const QString currency = parts.size() == 2            ? parts[1].toUpper()
                                 : field.currencies.isEmpty() ? QStringLiteral("CNY")
                                                              : field.currencies.first();
        const MoneyParse parsed = parseMoney(parts[0], currency);
        return parsed.money ? ok(toCbor(*parsed.money)) : fail(parsed.error);
    }
    case FieldKind::Date: {
        const auto date = dateFromCbor(text.trimmed());
        if (!date)
            return fail(approvalText("write a date like 2026-11-23"));
        return ok(date->toString(Qt::ISODate));
    }
    case FieldKind::DateRange: {
        const QStringList ends = text.split(QStringLiteral(".."));
        HalfDayRange range;
        if (ends.size() != 2 || !parseHalf(ends[0], DayHalf::Morning, &range.from, &range.fromHalf) ||
            !parseHalf(ends[1], DayHalf::Afternoon, &range.to, &range.toHalf))
            return fail(approvalText("write a period like 2026-11-23pm..2026-11-25am"));
        return ok(toCbor(range));
    }
    case FieldKind::MultiChoice: {
        QCborArray choices;
        for (const QString &c : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            choices.append(c.trimmed());
        return ok(choices);
    }
    case FieldKind::Person:
    case FieldKind::Department: {
        const qint64 id = parseId(text);
        return id ? ok(id) : fail(approvalText("give the id as a positive number"));
    }
    case FieldKind::LineItems:
        break;
    }
    return fail(approvalText("line items cannot be typed as text"));
}

} // namespace tack::approvals
