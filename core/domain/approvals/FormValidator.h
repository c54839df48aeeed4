#pragma once

#include "domain/approvals/FormTemplate.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <optional>

// Checks filled-in values against a template. The client runs it for inline errors before submitting;
// the server runs it again on every submission and never trusts the client's result.
namespace tack::approvals {

class OrgDirectory;

enum class FieldErrorKind
{
    Required,      // a required field is empty
    WrongType,     // the value is not the field kind's wire shape
    TooSmall,      // below min (length, value, amount, half days, choices, rows)
    TooLarge,      // above max
    Pattern,       // text does not match the field's pattern
    UnknownOption, // not one of the choice's options
    BadDate,       // not a yyyy-MM-dd date, or a range that ends before it starts
    BadCurrency,   // a currency the field does not allow, or line items in several currencies
    UnknownEntity, // no such active person or department
    UnknownField,  // a value for a field the template does not have (computed values included)
};

QString fieldErrorKindName(FieldErrorKind kind); // "required", "wrong_type", ... as on the wire

struct FieldError
{
    QString field; // the field key; "items[2].amount" for a line item's column (rows count from 0)
    FieldErrorKind kind = FieldErrorKind::WrongType;
    QString message; // translated, for showing next to the field

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// Every problem with `values`, in field order (empty when they are fine). `directory` checks that people
// and departments exist; without one, only their shape is checked.
QList<FieldError> validateForm(const FormTemplate &form, const QCborMap &values,
                               const OrgDirectory *directory = nullptr);

// The computed values of valid `values` (key -> value): durations in half days, sums as money. A value
// whose source is empty or invalid is left out.
QCborMap computeValues(const FormTemplate &form, const QCborMap &values);

// The values with the computed ones added: what routing conditions and the history see.
QCborMap withComputedValues(const FormTemplate &form, const QCborMap &values);

struct FieldInput
{
    std::optional<QCborValue> value;
    QString error;
};

// A value typed as text (tack-cli `--field k=v`) in the field's wire form: numbers and money digit by
// digit ("1234.50", "1234.50 USD"; the field's first currency, else CNY, when none is given), dates
// "2026-11-23", ranges "2026-11-23pm..2026-11-25am", multiple choices "a,b", people and departments by id.
// Line items are not typed as text.
FieldInput fieldValueFromText(const FormField &field, const QString &text);

} // namespace tack::approvals
