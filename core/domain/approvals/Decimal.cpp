#include "domain/approvals/Decimal.h"

#include "domain/approvals/ApprovalText.h"

#include <QStringList>

namespace tack::approvals {
namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

bool groupedByThree(const QStringList &groups)
{
    if (groups.size() == 1)
        return !groups[0].isEmpty();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const qsizetype n = groups[g].size();
        if (g == 0 ? (n < 1 || n > 3) : n != 3)
            return false;
    }
    return true;
}

} // namespace

DecimalParse parseDecimal(const QString &input, int digits)
{
    DecimalParse out;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        out.error = approvalText("enter a number");
        return out;
    }
    const bool negative = text.at(0) == QLatin1Char('-');
    const qsizetype start = negative || text.at(0) == QLatin1Char('+') ? 1 : 0;
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = text.mid(start, point < 0 ? -1 : point - start);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);
    const QStringList groups = whole.split(QLatin1Char(','));
    if (whole.isEmpty() || (point >= 0 && fraction.isEmpty()) || !groupedByThree(groups) ||
        !allDigits(groups.join(QString())) || !allDigits(fraction)) {
        out.error = digits > 0 ? approvalText("\"%1\" is not a number; write it like 1234.5").arg(text)
                               : approvalText("\"%1\" is not a whole number").arg(text);
        return out;
    }
    if (fraction.size() > digits) {
        out.error = digits == 0 ? approvalText("use a whole number, without decimal places")
                                : approvalText("use at most %1 digits after the decimal point").arg(digits);
        return out;
    }
    const QString wholeDigits = groups.join(QString());
    if (wholeDigits.size() + digits > 15) {
        out.error = approvalText("the number is too large");
        return out;
    }
    qint64 value = 0;
    for (const QChar c : wholeDigits)
        value = value * 10 + (c.unicode() - '0');
    for (int d = 0; d < digits; ++d)
        value = value * 10 + (d < fraction.size() ? fraction.at(d).unicode() - '0' : 0);
    if (value > kMaxScaled) {
        out.error = approvalText("the number is too large");
        return out;
    }
    out.scaled = negative ? -value : value;
    return out;
}

QString formatDecimal(qint64 scaled, int digits, bool grouped)
{
    qint64 scale = 1;
    for (int d = 0; d < digits; ++d)
        scale *= 10;
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(-(scaled + 1)) + 1 : quint64(scaled);
    const QString whole = QString::number(magnitude / quint64(scale));
    QString text = negative ? QStringLiteral("-") : QString();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (grouped && i > 0 && (whole.size() - i) % 3 == 0)
            text += QLatin1Char(',');
        text += whole.at(i);
    }
    if (digits > 0)
        text += QLatin1Char('.') +
                QStringLiteral("%1").arg(magnitude % quint64(scale), digits, 10, QLatin1Char('0'));
    return text;
}

} // namespace tack::approvals
