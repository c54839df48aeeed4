#include "domain/approvals/Money.h"

#include "domain/approvals/ApprovalText.h"
#include "domain/approvals/Decimal.h"

#include <QCborMap>

namespace tack::approvals {

int minorDigits(const QString &currency)
{
    static const QStringList none = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                     QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("UGX")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                      QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("IQD"),
                                      QStringLiteral("LYD")};
    if (none.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

std::optional<QString> currencyProblem(const QString &currency)
{
    bool ok = currency.size() == 3;
    for (const QChar c : currency)
        ok = ok && c.unicode() >= 'A' && c.unicode() <= 'Z';
    if (!ok)
        return approvalText("a currency is a three-letter ISO 4217 code such as CNY or USD");
    return std::nullopt;
}

MoneyParse parseMoney(const QString &text, const QString &currency)
{
    MoneyParse out;
    if (const auto problem = currencyProblem(currency)) {
        out.error = *problem;
        return out;
    }
    const DecimalParse parsed = parseDecimal(text, minorDigits(currency));
    if (!parsed.scaled) {
        out.error = parsed.error;
        return out;
    }
    out.money = Money{*parsed.scaled, currency};
    return out;
}

QString formatAmount(qint64 minor, const QString &currency)
{
    return formatDecimal(minor, minorDigits(currency));
}

QString formatMoney(const Money &money)
{
    return formatAmount(money.minor, money.currency) + QLatin1Char(' ') + money.currency;
}

QCborValue toCbor(const Money &money)
{
    QCborMap m;
    m.insert(QLatin1String("amount"), money.minor);
    m.insert(QLatin1String("currency"), money.currency);
    return m;
}

std::optional<Money> moneyFromCbor(const QCborValue &value)
{
    if (!value.isMap())
        return std::nullopt;
    const QCborMap m = value.toMap();
    const QCborValue amount = m.value(QLatin1String("amount"));
    const QCborValue currency = m.value(QLatin1String("currency"));
    if (!amount.isInteger() || !currency.isString() || m.size() != 2)
        return std::nullopt;
    return Money{amount.toInteger(), currency.toString()};
}

} // namespace tack::approvals
