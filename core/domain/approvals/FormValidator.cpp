#include "domain/approvals/FormValidator.h"

#include "domain/approvals/ApprovalText.h"
#include "domain/approvals/Decimal.h"
#include "domain/approvals/HalfDayRange.h"
#include "domain/approvals/Money.h"
#include "domain/approvals/OrgDirectory.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QSet>

namespace tack::approvals {
namespace {

constexpr int kMaxRows = 200;

bool isBlank(const QCborValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

QString label(const FormField &f)
{
    return f.label.isEmpty() ? f.key : f.label;
}

class Checker
{
public:
    explicit Checker(const OrgDirectory *directory) : m_directory(directory) {}

    QList<FieldError> errors;

    void check(const FormField &f, const QCborValue &v, const QString &path)
    {
        if (isBlank(v)) {
            if (f.required)
                add(path, FieldErrorKind::Required, approvalText("%1 is required").arg(label(f)));
            return;
        }
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::MultiLine:
            return checkText(f, v, path);
        case FieldKind::Number:
            if (!v.isInteger())
                return add(path, FieldErrorKind::WrongType,
                           approvalText("%1 must be a number").arg(label(f)));
            return bounds(f, path, v.toInteger(), [&](qint64 n) { return formatDecimal(n, f.decimals); });
        case FieldKind::Money:
            return checkMoney(f, v, path);
        case FieldKind::Date:
            if (!dateFromCbor(v))
                add(path, FieldErrorKind::BadDate,
                    approvalText("%1 must be a date like 2026-11-23").arg(label(f)));
            return;
        case FieldKind::DateRange:
            return checkRange(f, v, path);
        case FieldKind::SingleChoice:
            if (!v.isString())
                return add(path, FieldErrorKind::WrongType,
                           approvalText("choose one option for %1").arg(label(f)));
            if (!hasOption(f, v.toString()))
                add(path, FieldErrorKind::UnknownOption,
                    approvalText("\"%1\" is not an option of %2").arg(v.toString(), label(f)));
            return;
        case FieldKind::MultiChoice:
            return checkMulti(f, v, path);
        case FieldKind::Person:
            if (!v.isInteger() || v.toInteger() <= 0)
                return add(path, FieldErrorKind::WrongType,
                           approvalText("choose a person for %1").arg(label(f)));
            if (m_directory && !m_directory->isActivePerson(v.toInteger()))
                add(path, FieldErrorKind::UnknownEntity,
                    approvalText("%1 names nobody in the directory").arg(label(f)));
            return;
        case FieldKind::Department:
            if (!v.isInteger() || v.toInteger() <= 0)
                return add(path, FieldErrorKind::WrongType,
                           approvalText("choose a department for %1").arg(label(f)));
            if (m_directory && !m_directory->departmentExists(v.toInteger()))
                add(path, FieldErrorKind::UnknownEntity,
                    approvalText("%1 names no department in the directory").arg(label(f)));
            return;
        case FieldKind::LineItems:
            return checkRows(f, v, path);
        }
    }

private:
    void add(const QString &path, FieldErrorKind kind, const QString &message)
    {
        errors.append(FieldError{path, kind, message});
    }

    template <typename Format> void bounds(const FormField &f, const QString &path, qint64 n, Format format)
    {
        if (f.min && n < *f.min)
            add(path, FieldErrorKind::TooSmall,
                approvalText("%1 must be at least %2").arg(label(f), format(*f.min)));
        else if (f.max && n > *f.max)
            add(path, FieldErrorKind::TooLarge,
                approvalText("%1 must be at most %2").arg(label(f), format(*f.max)));
    }

    void checkText(const FormField &f, const QCborValue &v, const QString &path)
    {
        if (!v.isString())
            return add(path, FieldErrorKind::WrongType, approvalText("%1 must be text").arg(label(f)));
        const QString text = v.toString();
        if (f.kind == FieldKind::Text && text.contains(QLatin1Char('\n')))
            return add(path, FieldErrorKind::WrongType, approvalText("%1 takes a single line").arg(label(f)));
        const qint64 length = text.size();
        if (length > kMaxTextChars || (f.max && length > *f.max))
            return add(path, FieldErrorKind::TooLarge,
                       approvalText("%1 has at most %2 characters")
                           .arg(label(f))
                           .arg(f.max.value_or(kMaxTextChars)));
        if (f.min && length < *f.min)
            return add(path, FieldErrorKind::TooSmall,
                       approvalText("%1 needs at least %2 characters").arg(label(f)).arg(*f.min));
        if (!f.pattern.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(f.pattern));
            if (!re.match(text).hasMatch())
                add(path, FieldErrorKind::Pattern,
                    f.patternHint.isEmpty() ? approvalText("%1 is not in the expected form").arg(label(f))
                                            : approvalText("%1 should look %2").arg(label(f), f.patternHint));
        }
    }

    void checkMoney(const FormField &f, const QCborValue &v, const QString &path)
    {
        const auto money = moneyFromCbor(v);
        if (!money)
            return add(path, FieldErrorKind::WrongType, approvalText("%1 must be an amount").arg(label(f)));
        if (currencyProblem(money->currency) ||
            (!f.currencies.isEmpty() && !f.currencies.contains(money->currency)))
            return add(path, FieldErrorKind::BadCurrency,
                       approvalText("%1 cannot be in %2").arg(label(f), money->currency));
        if (money->minor > kMaxScaled || money->minor < -kMaxScaled)
            return add(path, FieldErrorKind::TooLarge, approvalText("the amount is too large"));
        bounds(f, path, money->minor, [&](qint64 n) { return formatMoney(Money{n, money->currency}); });
    }

    void checkRange(const FormField &f, const QCborValue &v, const QString &path)
    {
        const auto range = halfDayRangeFromCbor(v);
        if (!range)
            return add(path, FieldErrorKind::BadDate,
                       approvalText("%1 needs a start and an end date, each with morning or afternoon")
                           .arg(label(f)));
        const qint64 n = halfDays(*range);
        if (n < 1)
            return add(path, FieldErrorKind::BadDate, approvalText("%1 ends before it starts").arg(label(f)));
        if (n > kMaxRangeHalfDays)
            return add(path, FieldErrorKind::TooLarge,
                       approvalText("%1 is longer than a year").arg(label(f)));
        bounds(f, path, n, [](qint64 h) { return formatHalfDays(h); });
    }

    void checkMulti(const FormField &f, const QCborValue &v, const QString &path)
    {
        if (!v.isArray())
            return add(path, FieldErrorKind::WrongType, approvalText("choose options for %1").arg(label(f)));
        QSet<QString> seen;
        for (const QCborValue choice : v.toArray()) {
            if (!choice.isString() || !hasOption(f, choice.toString()) || seen.contains(choice.toString()))
                return add(path, FieldErrorKind::UnknownOption,
                           approvalText("\"%1\" is not an option of %2, or is chosen twice")
                               .arg(choice.toString(), label(f)));
            seen.insert(choice.toString());
        }
        bounds(f, path, v.toArray().size(), [](qint64 n) { return QString::number(n); });
    }

    void checkRows(const FormField &f, const QCborValue &v, const QString &path)
    {
        if (!v.isArray())
            return add(path, FieldErrorKind::WrongType,
                       approvalText("%1 must be a list of items").arg(label(f)));
        const QCborArray rows = v.toArray();
        if (rows.size() > kMaxRows)
            return add(path, FieldErrorKind::TooLarge,
                       approvalText("%1 has at most %2 items").arg(label(f)).arg(kMaxRows));
        bounds(f, path, rows.size(), [](qint64 n) { return QString::number(n); });
        QHash<QString, QString> currencyOfColumn;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString rowPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!rows.at(i).isMap()) {
                add(rowPath, FieldErrorKind::WrongType,
                    approvalText("item %1 of %2 is not an item").arg(i + 1).arg(label(f)));
                continue;
            }
            const QCborMap row = rows.at(i).toMap();
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                const bool known = std::any_of(f.columns.cbegin(), f.columns.cend(), [&](const FormField &c) {
                    return c.key == it.key().toString();
                });
                if (!known)
                    add(rowPath + QLatin1Char('.') + it.key().toString(), FieldErrorKind::UnknownField,
                        approvalText("%1 has no column \"%2\"").arg(label(f), it.key().toString()));
            }
            for (const FormField &column : f.columns) {
                const QCborValue cell = row.value(column.key);
                const QString cellPath = rowPath + QLatin1Char('.') + column.key;
                const qsizetype before = errors.size();
                check(column, cell, cellPath);
                const auto money = column.kind == FieldKind::Money ? moneyFromCbor(cell) : std::nullopt;
                if (errors.size() != before || !money)
                    continue;
                const QString first = currencyOfColumn.value(column.key, money->currency);
                currencyOfColumn.insert(column.key, first);
                if (first != money->currency)
                    add(cellPath, FieldErrorKind::BadCurrency,
                        approvalText("all items of %1 use one currency (%2)").arg(label(f), first));
            }
        }
    }

    static bool hasOption(const FormField &f, const QString &key)
    {
        return std::any_of(f.options.cbegin(), f.options.cend(),
                           [&](const ChoiceOption &o) { return o.key == key; });
    }

    const OrgDirectory *m_directory;
};

} // namespace

QString fieldErrorKindName(FieldErrorKind kind)
{
    static const char *const names[] = {"required",       "wrong_type",     "too_small", "too_large",
                                        "pattern",        "unknown_option", "bad_date",  "bad_currency",
                                        "unknown_entity", "unknown_field"};
    return QLatin1String(names[int(kind)]);
}

QList<FieldError> validateForm(const FormTemplate &form, const QCborMap &values,
                               const OrgDirectory *directory)
{
    Checker checker(directory);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString key = it.key().toString();
        if (!it.key().isString() || !form.field(key))
            checker.errors.append(FieldError{key, FieldErrorKind::UnknownField,
                                             approvalText("this form has no field \"%1\"").arg(key)});
    }
    for (const FormField &f : form.fields)
        checker.check(f, values.value(f.key), f.key);
    return checker.errors;
}

QCborMap computeValues(const FormTemplate &form, const QCborMap &values)
{
    QCborMap out;
    for (const ComputedField &c : form.computed) {
        const QCborValue source = values.value(c.source);
        if (c.kind == ComputedField::Kind::Duration) {
            const auto range = halfDayRangeFromCbor(source);
            if (range && halfDays(*range) >= 1)
                out.insert(c.key, halfDays(*range));
            continue;
        }
        std::optional<Money> total;
        bool ok = source.isArray() && !source.toArray().isEmpty();
        for (const QCborValue row : source.toArray()) {
            const auto money = moneyFromCbor(row.toMap().value(c.column));
            if (!money || (total && total->currency != money->currency)) {
                ok = false;
                break;
            }
            total = Money{(total ? total->minor : 0) + money->minor, money->currency};
            ok = ok && total->minor <= kMaxScaled && total->minor >= -kMaxScaled;
        }
        if (ok && total)
            out.insert(c.key, toCbor(*total));
    }
    return out;
}

QCborMap withComputedValues(const FormTemplate &form, const QCborMap &values)
{
    QCborMap out = values;
    const QCborMap computed = computeValues(form, values);
    for (auto it = computed.cbegin(); it != computed.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace tack::approvals
