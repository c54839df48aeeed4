#pragma once

#include <QCborValue>
#include <QString>
#include <optional>

// Money is an integer count of the currency's minor units (fen, cents) and an ISO 4217 code. Nothing
// here touches floating point: amounts typed by people are parsed digit by digit.
namespace tack::approvals {

struct Money
{
    qint64 minor = 0; // e.g. 123450 for 1234.50 CNY
    QString currency; // three upper-case letters, e.g. "CNY"

    friend bool operator==(const Money &, const Money &) = default;
};

// Digits after the decimal point for a currency: 0 for JPY/KRW/VND..., 3 for BHD/KWD/OMR/JOD/TND, else 2.
int minorDigits(const QString &currency);
// Why a currency code is unacceptable (not three upper-case ASCII letters), or nothing.
std::optional<QString> currencyProblem(const QString &currency);

struct MoneyParse
{
    std::optional<Money> money;
    QString error; // set when money is empty; one line a person can act on
};

// "1234.5", "1,234.50", "-12", "0.05" in `currency`. Thousands separators must group by three; at most
// minorDigits(currency) digits after the point.
MoneyParse parseMoney(const QString &text, const QString &currency);
// "1,234.50" (no currency code), the inverse of parseMoney.
QString formatAmount(qint64 minor, const QString &currency);
// "1,234.50 CNY".
QString formatMoney(const Money &money);

// Wire form: {"amount": <int minor units>, "currency": "CNY"}.
QCborValue toCbor(const Money &money);
// Nothing when the value is not that shape (the validator turns that into a typed field error).
std::optional<Money> moneyFromCbor(const QCborValue &value);

} // namespace tack::approvals
