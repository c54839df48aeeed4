// Approval forms: money and decimal parsing, half-day arithmetic, validation of every field kind,
// computed values, the wire form of templates and the built-in templates.
#include "DemoDirectory.h"
#include "domain/approvals/BuiltinTemplates.h"
#include "domain/approvals/Decimal.h"
#include "domain/approvals/FormValidator.h"
#include "domain/approvals/HalfDayRange.h"
#include "domain/approvals/Money.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tack::approvals;

namespace {

FormField makeField(const QString &key, FieldKind kind, bool required = false)
{
    FormField f;
    f.key = key;
    f.label = key;
    f.kind = kind;
    f.required = required;
    return f;
}

FormTemplate oneField(const FormField &f)
{
    FormTemplate t;
    t.key = QStringLiteral("t");
    t.name = QStringLiteral("T");
    t.fields = {f};
    return t;
}

QCborMap values(const QString &key, const QCborValue &v)
{
    QCborMap m;
    m.insert(key, v);
    return m;
}

QCborValue range(const char *from, const char *fromHalf, const char *to, const char *toHalf)
{
    QCborMap m;
    m.insert(QLatin1String("from"), QLatin1String(from));
    m.insert(QLatin1String("from_half"), QLatin1String(fromHalf));
    m.insert(QLatin1String("to"), QLatin1String(to));
    m.insert(QLatin1String("to_half"), QLatin1String(toHalf));
    return m;
}

QCborMap item(const char *category, const char *description, qint64 fen, const char *currency = "CNY")
{
    QCborMap row;
    row.insert(QLatin1String("category"), QLatin1String(category));
    row.insert(QLatin1String("description"), QLatin1String(description));
    row.insert(QLatin1String("date"), QStringLiteral("2026-11-20"));
    row.insert(QLatin1String("amount"), toCbor(Money{fen, QLatin1String(currency)}));
    return row;
}

// The kinds of the errors, for compact comparisons.
QStringList kinds(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + QLatin1Char(':') + fieldErrorKindName(e.kind));
    return out;
}

} // namespace

class TstApprovalForms : public QObject
{
    Q_OBJECT

private slots:
    void moneyParsesDigitByDigit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole yuan") << "1234"
                                    << "CNY" << qint64(123400);
        QTest::newRow("one decimal") << "1234.5"
                                     << "CNY" << qint64(123450);
        QTest::newRow("grouped") << "1,234,567.89"
                                 << "CNY" << qint64(123456789);
        QTest::newRow("cents that floats get wrong") << "0.29"
                                                     << "USD" << qint64(29);
        QTest::newRow("negative") << "-12.30"
                                  << "EUR" << qint64(-1230);
        QTest::newRow("padded") << "  7.05 "
                                << "CNY" << qint64(705);
        QTest::newRow("yen has no minor unit") << "1500"
                                               << "JPY" << qint64(1500);
        QTest::newRow("dinar has three") << "1.234"
                                         << "KWD" << qint64(1234);
    }
    void moneyParsesDigitByDigit()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const MoneyParse parsed = parseMoney(text, currency);
        QVERIFY2(parsed.money, qPrintable(parsed.error));
        QCOMPARE(parsed.money->minor, minor);
        QCOMPARE(parsed.money->currency, currency);
        QCOMPARE(parseMoney(formatAmount(minor, currency), currency).money->minor, minor);
    }

    void moneyRefusesWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << ""
                               << "CNY"
                               << "enter";
        QTest::newRow("letters") << "12a"
                                 << "CNY"
                                 << "not a number";
        QTest::newRow("three decimals in CNY") << "1.234"
                                               << "CNY"
                                               << "at most 2";
        QTest::newRow("decimals in JPY") << "10.5"
                                         << "JPY"
                                         << "whole number";
        QTest::newRow("bad grouping") << "12,34"
                                      << "CNY"
                                      << "not a number";
        QTest::newRow("dangling point") << "12."
                                        << "CNY"
                                        << "not a number";
        QTest::newRow("two points") << "1.2.3"
                                    << "CNY"
                                    << "not a number";
        QTest::newRow("exponent") << "1e5"
                                  << "CNY"
                                  << "not a number";
        QTest::newRow("too large") << "99999999999999999"
                                   << "CNY"
                                   << "too large";
        QTest::newRow("lower-case currency") << "12"
                                             << "cny"
                                             << "ISO 4217";
        QTest::newRow("unknown shape of currency") << "12"
                                                   << "YUAN"
                                                   << "ISO 4217";
    }
    void moneyRefusesWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, hint);
        const MoneyParse parsed = parseMoney(text, currency);
        QVERIFY(!parsed.money);
        QVERIFY2(parsed.error.contains(hint), qPrintable(parsed.error));
    }

    void moneyFormatsWithGroupsAndItsCode()
    {
        QCOMPARE(formatMoney(Money{123456789, QStringLiteral("CNY")}), QStringLiteral("1,234,567.89 CNY"));
        QCOMPARE(formatMoney(Money{-5, QStringLiteral("USD")}), QStringLiteral("-0.05 USD"));
        QCOMPARE(formatMoney(Money{1500, QStringLiteral("JPY")}), QStringLiteral("1,500 JPY"));
        QCOMPARE(formatDecimal(25, 1), QStringLiteral("2.5"));
    }

    void halfDaysCountBothEnds()
    {
        const QDate mon(2026, 11, 23), tue(2026, 11, 24), wed(2026, 11, 25);
        QCOMPARE(halfDays({mon, DayHalf::Morning, mon, DayHalf::Morning}), 1);
        QCOMPARE(halfDays({mon, DayHalf::Morning, mon, DayHalf::Afternoon}), 2);
        QCOMPARE(halfDays({mon, DayHalf::Afternoon, tue, DayHalf::Morning}), 2);
        QCOMPARE(halfDays({mon, DayHalf::Afternoon, wed, DayHalf::Afternoon}), 5);
        QCOMPARE(halfDays({mon, DayHalf::Afternoon, mon, DayHalf::Morning}), 0);
        QCOMPARE(halfDays({tue, DayHalf::Morning, mon, DayHalf::Afternoon}), 0);
        QCOMPARE(halfDays({tue, DayHalf::Afternoon, mon, DayHalf::Morning}), -2);
        // Across a month and a year end: calendar days, no floating point.
        QCOMPARE(halfDays({QDate(2026, 12, 31), DayHalf::Afternoon, QDate(2027, 1, 1), DayHalf::Afternoon}),
                 3);
        QCOMPARE(formatHalfDays(5), QStringLiteral("2.5 days"));
        QCOMPARE(formatHalfDays(2), QStringLiteral("1 day"));
        QCOMPARE(formatHalfDays(1), QStringLiteral("0.5 days"));
    }

    void eachKindRefusesTheWrongShape_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<QString>("error");
        const auto k = [](FieldKind kind) {
            return int(kind);
        };
        QTest::newRow("text: number") << k(FieldKind::Text) << QCborValue(5) << "wrong_type";
        QTest::newRow("text: two lines")
            << k(FieldKind::Text) << QCborValue(QStringLiteral("a\nb")) << "wrong_type";
        QTest::newRow("multiline: map") << k(FieldKind::MultiLine) << QCborValue(QCborMap()) << "wrong_type";
        QTest::newRow("number: float") << k(FieldKind::Number) << QCborValue(2.5) << "wrong_type";
        QTest::newRow("number: text")
            << k(FieldKind::Number) << QCborValue(QStringLiteral("3")) << "wrong_type";
        QTest::newRow("money: bare integer") << k(FieldKind::Money) << QCborValue(100) << "wrong_type";
        QTest::newRow("money: float amount")
            << k(FieldKind::Money)
            << QCborValue(QCborMap{{QStringLiteral("amount"), 1.5},
                                   {QStringLiteral("currency"), QStringLiteral("CNY")}})
            << "wrong_type";
        QTest::newRow("money: bad currency")
            << k(FieldKind::Money)
            << QCborValue(QCborMap{{QStringLiteral("amount"), 150},
                                   {QStringLiteral("currency"), QStringLiteral("rmb")}})
            << "bad_currency";
        QTest::newRow("date: slashes")
            << k(FieldKind::Date) << QCborValue(QStringLiteral("2026/11/23")) << "bad_date";
        QTest::newRow("date: 30 February")
            << k(FieldKind::Date) << QCborValue(QStringLiteral("2026-02-30")) << "bad_date";
        QTest::newRow("range: no halves")
            << k(FieldKind::DateRange)
            << QCborValue(QCborMap{{QStringLiteral("from"), QStringLiteral("2026-11-23")},
                                   {QStringLiteral("to"), QStringLiteral("2026-11-24")}})
            << "bad_date";
        QTest::newRow("range: reversed")
            << k(FieldKind::DateRange) << range("2026-11-24", "am", "2026-11-23", "pm") << "bad_date";
        QTest::newRow("range: afternoon to same morning")
            << k(FieldKind::DateRange) << range("2026-11-23", "pm", "2026-11-23", "am") << "bad_date";
        QTest::newRow("range: two years")
            << k(FieldKind::DateRange) << range("2026-01-01", "am", "2027-12-31", "pm") << "too_large";
        QTest::newRow("single: unknown option")
            << k(FieldKind::SingleChoice) << QCborValue(QStringLiteral("zz")) << "unknown_option";
        QTest::newRow("single: array")
            << k(FieldKind::SingleChoice) << QCborValue(QCborArray{QStringLiteral("a")}) << "wrong_type";
        QTest::newRow("multi: unknown")
            << k(FieldKind::MultiChoice) << QCborValue(QCborArray{QStringLiteral("a"), QStringLiteral("zz")})
            << "unknown_option";
        QTest::newRow("multi: twice")
            << k(FieldKind::MultiChoice) << QCborValue(QCborArray{QStringLiteral("a"), QStringLiteral("a")})
            << "unknown_option";
        QTest::newRow("person: name")
            << k(FieldKind::Person) << QCborValue(QStringLiteral("wangfang")) << "wrong_type";
        QTest::newRow("person: nobody") << k(FieldKind::Person) << QCborValue(999) << "unknown_entity";
        QTest::newRow("department: negative") << k(FieldKind::Department) << QCborValue(-3) << "wrong_type";
        QTest::newRow("department: none such")
            << k(FieldKind::Department) << QCborValue(77) << "unknown_entity";
    }
    void eachKindRefusesTheWrongShape()
    {
        QFETCH(int, kind);
        QFETCH(QCborValue, value);
        QFETCH(QString, error);
        FormField f = makeField(QStringLiteral("f"), FieldKind(kind));
        f.options = {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}};
        const DemoDirectory directory;
        const QList<FieldError> errors =
            validateForm(oneField(f), values(QStringLiteral("f"), value), &directory);
        QCOMPARE(kinds(errors), QStringList{QStringLiteral("f:") + error});
        QVERIFY(!errors.first().message.isEmpty());
    }

    void eachKindAcceptsItsShape()
    {
        const DemoDirectory directory;
        const QList<QPair<FieldKind, QCborValue>> good = {
            {FieldKind::Text, QStringLiteral("hello")},
            {FieldKind::MultiLine, QStringLiteral("two\nlines")},
            {FieldKind::Number, 25},
            {FieldKind::Money, toCbor(Money{1999, QStringLiteral("CNY")})},
            {FieldKind::Date, QStringLiteral("2026-11-23")},
            {FieldKind::DateRange, range("2026-11-23", "pm", "2026-11-23", "pm")},
            {FieldKind::SingleChoice, QStringLiteral("b")},
            {FieldKind::MultiChoice, QCborArray{QStringLiteral("a"), QStringLiteral("b")}},
            {FieldKind::Person, directory.id("wangfang")},
            {FieldKind::Department, directory.department("finance")},
        };
        for (const auto &[kind, value] : good) {
            FormField f = makeField(QStringLiteral("f"), kind, true);
            f.options = {{QStringLiteral("a"), QStringLiteral("A")},
                         {QStringLiteral("b"), QStringLiteral("B")}};
            const QList<FieldError> errors =
                validateForm(oneField(f), values(QStringLiteral("f"), value), &directory);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(fieldKindName(kind) + QLatin1Char(' ') + kinds(errors).join(',')));
        }
    }

    void requiredMeansNotBlank()
    {
        const FormTemplate t = oneField(makeField(QStringLiteral("f"), FieldKind::Text, true));
        QCOMPARE(kinds(validateForm(t, {})), QStringList{QStringLiteral("f:required")});
        QCOMPARE(kinds(validateForm(t, values(QStringLiteral("f"), QStringLiteral("   ")))),
                 QStringList{QStringLiteral("f:required")});
        QCOMPARE(kinds(validateForm(t, values(QStringLiteral("f"), QCborValue(nullptr)))),
                 QStringList{QStringLiteral("f:required")});
        FormField multi = makeField(QStringLiteral("m"), FieldKind::MultiChoice, true);
        multi.options = {{QStringLiteral("a"), QStringLiteral("A")}};
        QCOMPARE(kinds(validateForm(oneField(multi), values(QStringLiteral("m"), QCborArray()))),
                 QStringList{QStringLiteral("m:required")});
        // An optional field may be left out or blank.
        QVERIFY(validateForm(oneField(makeField(QStringLiteral("f"), FieldKind::Number)), {}).isEmpty());
        const QString message = validateForm(t, {}).first().message;
        QVERIFY2(message.contains(QLatin1String("required")), qPrintable(message));
    }

    void minAndMaxPerKind()
    {
        FormField text = makeField(QStringLiteral("t"), FieldKind::Text);
        text.min = 2;
        text.max = 4;
        QCOMPARE(kinds(validateForm(oneField(text), values(QStringLiteral("t"), QStringLiteral("a")))),
                 QStringList{QStringLiteral("t:too_small")});
        QCOMPARE(kinds(validateForm(oneField(text), values(QStringLiteral("t"), QStringLiteral("abcde")))),
                 QStringList{QStringLiteral("t:too_large")});
        QVERIFY(validateForm(oneField(text), values(QStringLiteral("t"), QStringLiteral("王芳"))).isEmpty());

        FormField hours = makeField(QStringLiteral("h"), FieldKind::Number);
        hours.decimals = 1;
        hours.min = 5;
        hours.max = 240;
        QCOMPARE(kinds(validateForm(oneField(hours), values(QStringLiteral("h"), 4))),
                 QStringList{QStringLiteral("h:too_small")});
        QCOMPARE(kinds(validateForm(oneField(hours), values(QStringLiteral("h"), 241))),
                 QStringList{QStringLiteral("h:too_large")});
        const QString message =
            validateForm(oneField(hours), values(QStringLiteral("h"), 241)).first().message;
        QVERIFY2(message.contains(QLatin1String("24.0")), qPrintable(message));

        FormField money = makeField(QStringLiteral("m"), FieldKind::Money);
        money.min = 1;
        money.max = 100000;
        money.currencies = {QStringLiteral("CNY")};
        QCOMPARE(kinds(validateForm(oneField(money),
                                    values(QStringLiteral("m"), toCbor(Money{0, QStringLiteral("CNY")})))),
                 QStringList{QStringLiteral("m:too_small")});
        QCOMPARE(kinds(validateForm(oneField(money), values(QStringLiteral("m"),
                                                            toCbor(Money{100001, QStringLiteral("CNY")})))),
                 QStringList{QStringLiteral("m:too_large")});
        QCOMPARE(kinds(validateForm(oneField(money),
                                    values(QStringLiteral("m"), toCbor(Money{500, QStringLiteral("USD")})))),
                 QStringList{QStringLiteral("m:bad_currency")});

        FormField period = makeField(QStringLiteral("p"), FieldKind::DateRange);
        period.max = 4; // two days
        QCOMPARE(kinds(validateForm(oneField(period), values(QStringLiteral("p"),
                                                             range("2026-11-23", "am", "2026-11-25", "am")))),
                 QStringList{QStringLiteral("p:too_large")});
        QVERIFY(validateForm(oneField(period),
                             values(QStringLiteral("p"), range("2026-11-23", "pm", "2026-11-25", "am")))
                    .isEmpty());

        FormField multi = makeField(QStringLiteral("c"), FieldKind::MultiChoice);
        multi.options = {{QStringLiteral("a"), QStringLiteral("A")},
                         {QStringLiteral("b"), QStringLiteral("B")}};
        multi.max = 1;
        QCOMPARE(kinds(validateForm(
                     oneField(multi),
                     values(QStringLiteral("c"), QCborArray{QStringLiteral("a"), QStringLiteral("b")}))),
                 QStringList{QStringLiteral("c:too_large")});
    }

    void patternMatchesTheWholeText()
    {
        const FormTemplate punch = missedPunchTemplate();
        QCborMap v;
        v.insert(QLatin1String("date"), QStringLiteral("2026-11-20"));
        v.insert(QLatin1String("punch"), QStringLiteral("in"));
        v.insert(QLatin1String("reason"), QStringLiteral("badge reader was down"));
        for (const char *bad : {"9:05", "24:00", "09:60", "x09:05", "09:05x"}) {
            v.insert(QLatin1String("time"), QLatin1String(bad));
            const QList<FieldError> errors = validateForm(punch, v);
            QCOMPARE(kinds(errors), QStringList{QStringLiteral("time:pattern")});
            QVERIFY2(errors.first().message.contains(QLatin1String("09:05")),
                     qPrintable(errors.first().message));
        }
        v.insert(QLatin1String("time"), QStringLiteral("23:59"));
        QVERIFY(validateForm(punch, v).isEmpty());
    }

    void unknownFieldsAndComputedValuesAreRefused()
    {
        const FormTemplate leave = leaveTemplate();
        QCborMap v;
        v.insert(QLatin1String("type"), QStringLiteral("annual"));
        v.insert(QLatin1String("period"), range("2026-11-23", "am", "2026-11-23", "pm"));
        v.insert(QLatin1String("reason"), QStringLiteral("family"));
        QVERIFY(validateForm(leave, v).isEmpty());
        v.insert(QLatin1String("duration"), 1); // computed: the server computes it, a client cannot send it
        v.insert(QLatin1String("bonus"), QStringLiteral("x"));
        QStringList found = kinds(validateForm(leave, v));
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("bonus:unknown_field"),
                                     QStringLiteral("duration:unknown_field")}));
    }

    void lineItemsValidateEachCellAndSum()
    {
        const FormTemplate expense = expenseTemplate();
        QCborMap v;
        v.insert(QLatin1String("items"),
                 QCborArray{item("travel", "taxi to client", 4550), item("meals", "lunch", 12000)});
        QVERIFY(kinds(validateForm(expense, v)).isEmpty());
        const QCborMap computed = computeValues(expense, v);
        QCOMPARE(moneyFromCbor(computed.value(QLatin1String("total"))),
                 (Money{16550, QStringLiteral("CNY")}));

        QCborMap bad = item("travel", "", 0);
        bad.insert(QLatin1String("tip"), 5);
        v.insert(QLatin1String("items"),
                 QCborArray{item("meals", "lunch", 12000), bad, item("meals", "dinner", 900, "USD")});
        QCOMPARE(kinds(validateForm(expense, v)),
                 (QStringList{QStringLiteral("items[1].tip:unknown_field"),
                              QStringLiteral("items[1].description:required"),
                              QStringLiteral("items[1].amount:too_small"),
                              QStringLiteral("items[2].amount:bad_currency")}));
        QVERIFY(
            !computeValues(expense, v).contains(QLatin1String("total"))); // no total over mixed currencies

        v.insert(QLatin1String("items"), QCborArray());
        QCOMPARE(kinds(validateForm(expense, v)), QStringList{QStringLiteral("items:required")});
    }

    void leaveDurationIsComputedInHalfDays()
    {
        QCborMap v;
        v.insert(QLatin1String("period"), range("2026-11-23", "pm", "2026-11-26", "am"));
        QCOMPARE(computeValues(leaveTemplate(), v).value(QLatin1String("duration")).toInteger(), 6);
        v.insert(QLatin1String("period"), range("2026-11-23", "pm", "2026-11-23", "am"));
        QVERIFY(computeValues(leaveTemplate(), v).isEmpty());
    }

    void textInputBecomesWireValues()
    {
        const FormTemplate leave = leaveTemplate();
        const FieldInput period = fieldValueFromText(*leave.field(QStringLiteral("period")),
                                                     QStringLiteral("2026-11-23pm..2026-11-25"));
        QVERIFY2(period.value, qPrintable(period.error));
        QCOMPARE(
            halfDayRangeFromCbor(*period.value),
            (HalfDayRange{QDate(2026, 11, 23), DayHalf::Afternoon, QDate(2026, 11, 25), DayHalf::Afternoon}));
        QVERIFY(
            !fieldValueFromText(*leave.field(QStringLiteral("period")), QStringLiteral("tomorrow")).value);

        FormField money = makeField(QStringLiteral("m"), FieldKind::Money);
        QCOMPARE(moneyFromCbor(*fieldValueFromText(money, QStringLiteral("1,280.5")).value),
                 (Money{128050, QStringLiteral("CNY")}));
        QCOMPARE(moneyFromCbor(*fieldValueFromText(money, QStringLiteral("19.99 usd")).value),
                 (Money{1999, QStringLiteral("USD")}));
        QVERIFY(
            fieldValueFromText(money, QStringLiteral("12.345")).error.contains(QLatin1String("2 digits")));

        const FormField hours = *overtimeTemplate().field(QStringLiteral("hours"));
        QCOMPARE(fieldValueFromText(hours, QStringLiteral("2.5")).value->toInteger(), 25);
        QVERIFY(!fieldValueFromText(hours, QStringLiteral("2.25")).value);
        QVERIFY(
            !fieldValueFromText(makeField(QStringLiteral("d"), FieldKind::Date), QStringLiteral("2026-2-3"))
                 .value);
        QVERIFY(!fieldValueFromText(makeField(QStringLiteral("p"), FieldKind::Person), QStringLiteral("wang"))
                     .value);
    }

    void builtinTemplatesAreWellFormedAndRoundTrip()
    {
        const QList<FormTemplate> all = builtinTemplates();
        QCOMPARE(all.size(), 5);
        for (const FormTemplate &t : all) {
            QVERIFY2(templateProblems(t).isEmpty(),
                     qPrintable(t.key + QLatin1String(": ") + templateProblems(t).join("; ")));
            // CBOR on the wire, JSON for people and files: both give the same template back.
            QString error;
            const auto fromCbor =
                formTemplateFromCbor(QCborValue::fromCbor(toCbor(t).toCborValue().toCbor()), &error);
            QVERIFY2(fromCbor, qPrintable(error));
            QCOMPARE(*fromCbor, t);
            const QJsonDocument json(toCbor(t).toJsonObject());
            const auto fromJson = formTemplateFromCbor(
                QCborValue::fromJsonValue(QJsonDocument::fromJson(json.toJson()).object()), &error);
            QVERIFY2(fromJson, qPrintable(error));
            QCOMPARE(*fromJson, t);
        }
    }

    // fuzz_approval_form found a template that did not come back equal: a hint without a pattern and
    // decimals on a field that is not a number were read but never written.
    void everyFieldSettingRoundTrips()
    {
        FormTemplate t = leaveTemplate();
        FormField hintOnly = makeField(QStringLiteral("time"), FieldKind::Text);
        hintOnly.patternHint = QStringLiteral("HH:MM");
        FormField textDecimals = makeField(QStringLiteral("note"), FieldKind::Text);
        textDecimals.decimals = 2;
        FormField wholeNumber = makeField(QStringLiteral("count"), FieldKind::Number);
        t.fields << hintOnly << textDecimals << wholeNumber;
        QVERIFY2(templateProblems(t).isEmpty(), qPrintable(templateProblems(t).join("; ")));
        QString error;
        const auto back =
            formTemplateFromCbor(QCborValue::fromCbor(toCbor(t).toCborValue().toCbor()), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->fields.at(t.fields.size() - 3).patternHint, QStringLiteral("HH:MM"));
        QCOMPARE(back->fields.at(t.fields.size() - 2).decimals, 2);
        QCOMPARE(*back, t);
    }

    void templateProblemsAreFound()
    {
        FormTemplate t = leaveTemplate();
        t.fields.append(t.fields.first()); // a second "type"
        FormField choice = makeField(QStringLiteral("empty_choice"), FieldKind::SingleChoice);
        t.fields.append(choice);
        FormField text = makeField(QStringLiteral("code"), FieldKind::Text);
        text.pattern = QStringLiteral("([a-z");
        t.fields.append(text);
        t.computed.append({QStringLiteral("sum"), QStringLiteral("Sum"), ComputedField::Kind::Sum,
                           QStringLiteral("reason"), QStringLiteral("amount")});
        t.route.steps[1].arms[0].conditions[0].field = QStringLiteral("nowhere");
        const QString problems = templateProblems(t).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("share the key 'type'")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("'empty_choice' needs options")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("invalid pattern")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("sum 'sum' needs a money column")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("'nowhere'")), qPrintable(problems));

        QString error;
        QVERIFY(!formTemplateFromCbor(QCborMap{{QStringLiteral("name"), QStringLiteral("x")}}, &error));
        QVERIFY(!error.isEmpty());
        QCborMap wire = toCbor(leaveTemplate());
        QCborArray fields = wire.value(QLatin1String("fields")).toArray();
        QCborMap first = fields.at(0).toMap();
        first.insert(QLatin1String("kind"), QStringLiteral("hologram"));
        fields[0] = first;
        wire.insert(QLatin1String("fields"), fields);
        QVERIFY(!formTemplateFromCbor(wire, &error));
        QVERIFY2(error.contains(QLatin1String("kind")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstApprovalForms)
#include "tst_approval_forms.moc"
