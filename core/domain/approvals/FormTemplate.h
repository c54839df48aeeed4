#pragma once

#include "domain/approvals/RouteChain.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A form template: the fields a person fills in, the values computed from them, and the approver chain.
// The wire encoding of each field kind's value is in docs/protocol.md (approval values).
namespace tack::approvals {

enum class FieldKind
{
    Text,         // one line; min/max = length in characters; pattern
    MultiLine,    // several lines; min/max = length; pattern
    Number,       // integer scaled by 10^decimals ("2.5" hours with 1 decimal is 25); min/max scaled
    Money,        // {"amount": minor units, "currency"}; min/max in minor units; currencies allowed
    Date,         // "yyyy-MM-dd"
    DateRange,    // half-day range {"from","from_half","to","to_half"}; min/max = half days
    SingleChoice, // an option key
    MultiChoice,  // an array of option keys; min/max = how many
    Person,       // a user id
    Department,   // a department id
    LineItems,    // an array of rows, each a map of `columns` (no nested line items); min/max = rows
};

QString
fieldKindName(FieldKind kind); // "text", "multiline", "number", "money", "date", "date_range",
                               // "single_choice", "multi_choice", "person", "department", "line_items"
std::optional<FieldKind> fieldKindFromName(const QString &name);

struct ChoiceOption
{
    QString key;
    QString label;

    friend bool operator==(const ChoiceOption &, const ChoiceOption &) = default;
};

struct FormField
{
    QString key; // letters, digits and '_', unique in the template
    QString label;
    FieldKind kind = FieldKind::Text;
    bool required = false;
    std::optional<qint64> min;
    std::optional<qint64> max;
    QString pattern;             // Text/MultiLine: a regular expression the whole value must match
    QString patternHint;         // shown when the pattern does not match, e.g. "like 09:30"
    int decimals = 0;            // Number
    QStringList currencies;      // Money: the allowed currencies; empty allows any
    QList<ChoiceOption> options; // SingleChoice/MultiChoice
    QList<FormField> columns;    // LineItems

    // Written out: a defaulted comparison cannot see through the recursive `columns`.
    friend bool operator==(const FormField &a, const FormField &b);
};

// A value derived from the fields; never submitted, always recomputed (the server recomputes).
struct ComputedField
{
    enum class Kind
    {
        Duration, // half days of the DateRange field `source` (an integer)
        Sum,      // the sum of Money column `column` of LineItems field `source` (money)
    };
    QString key;
    QString label;
    Kind kind = Kind::Duration;
    QString source;
    QString column;

    friend bool operator==(const ComputedField &, const ComputedField &) = default;
};

struct FormTemplate
{
    QString key; // "leave", "expense", or a custom template's id
    QString name;
    QString description;
    QList<FormField> fields;
    QList<ComputedField> computed;
    RouteChain route;

    const FormField *field(const QString &key) const;
    const ComputedField *computedField(const QString &key) const;

    friend bool operator==(const FormTemplate &, const FormTemplate &) = default;
};

inline constexpr int kMaxFields = 60;
inline constexpr int kMaxOptions = 100;
inline constexpr int kMaxTextChars = 5000;

QCborMap toCbor(const FormTemplate &form);
std::optional<FormTemplate> formTemplateFromCbor(const QCborValue &value, QString *error);
// Why a template cannot be used: duplicate or malformed keys, a choice without options, a bad pattern,
// a computed value or a condition naming a field that is not there or of the wrong kind. Empty if fine.
QStringList templateProblems(const FormTemplate &form);

} // namespace tack::approvals
