#include "domain/approvals/FormTemplate.h"

#include "domain/approvals/Decimal.h"
#include "domain/approvals/Money.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QSet>

namespace tack::approvals {
namespace {

const char *const kKindNames[] = {"text",   "multiline",  "number",        "money",
                                  "date",   "date_range", "single_choice", "multi_choice",
                                  "person", "department", "line_items"};

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

QCborMap fieldToCbor(const FormField &f)
{
    QCborMap m;
    m.insert(key("key"), f.key);
    m.insert(key("label"), f.label);
    m.insert(key("kind"), fieldKindName(f.kind));
    m.insert(key("required"), f.required);
    if (f.min)
        m.insert(key("min"), *f.min);
    if (f.max)
        m.insert(key("max"), *f.max);
    // Everything the reader keeps is written whenever it is set, so a template round-trips unchanged even
    // where a value has no effect (a hint without a pattern, decimals on a text field).
    if (!f.pattern.isEmpty())
        m.insert(key("pattern"), f.pattern);
    if (!f.patternHint.isEmpty())
        m.insert(key("pattern_hint"), f.patternHint);
    if (f.kind == FieldKind::Number || f.decimals != 0)
        m.insert(key("decimals"), f.decimals);
    if (!f.currencies.isEmpty())
        m.insert(key("currencies"), QCborArray::fromStringList(f.currencies));
    if (!f.options.isEmpty()) {
        QCborArray options;
        for (const ChoiceOption &o : f.options) {
            QCborMap om;
            om.insert(key("key"), o.key);
            om.insert(key("label"), o.label);
            options.append(om);
        }
        m.insert(key("options"), options);
    }
    if (!f.columns.isEmpty()) {
        QCborArray columns;
        for (const FormField &c : f.columns)
            columns.append(fieldToCbor(c));
        m.insert(key("columns"), columns);
    }
    return m;
}

std::optional<FormField> fieldFromCbor(const QCborValue &v, int depth, QString *error)
{
    const QCborMap m = v.toMap();
    FormField f;
    f.key = m.value(key("key")).toString();
    f.label = m.value(key("label")).toString();
    const auto kind = fieldKindFromName(m.value(key("kind")).toString());
    if (!v.isMap() || !kind) {
        *error = QStringLiteral("field %1 has no known kind").arg(f.key);
        return std::nullopt;
    }
    f.kind = *kind;
    f.required = m.value(key("required")).toBool(false);
    if (m.value(key("min")).isInteger())
        f.min = m.value(key("min")).toInteger();
    if (m.value(key("max")).isInteger())
        f.max = m.value(key("max")).toInteger();
    f.pattern = m.value(key("pattern")).toString();
    f.patternHint = m.value(key("pattern_hint")).toString();
    f.decimals = int(m.value(key("decimals")).toInteger(0));
    for (const QCborValue c : m.value(key("currencies")).toArray())
        f.currencies.append(c.toString());
    for (const QCborValue o : m.value(key("options")).toArray())
        f.options.append({o.toMap().value(key("key")).toString(), o.toMap().value(key("label")).toString()});
    if (depth > 0 && m.contains(key("columns"))) {
        *error = QStringLiteral("line items cannot hold line items (field %1)").arg(f.key);
        return std::nullopt;
    }
    for (const QCborValue c : m.value(key("columns")).toArray()) {
        auto column = fieldFromCbor(c, depth + 1, error);
        if (!column)
            return std::nullopt;
        f.columns.append(*column);
    }
    return f;
}

bool validKey(const QString &k)
{
    if (k.isEmpty() || k.size() > 64)
        return false;
    for (const QChar c : k) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'))
            return false;
    }
    return true;
}

void fieldProblems(const QList<FormField> &fields, const QString &prefix, QStringList *problems)
{
    QSet<QString> seen;
    for (const FormField &f : fields) {
        const QString name = prefix + f.key;
        if (!validKey(f.key))
            problems->append(QStringLiteral("field key '%1' must be 1-64 letters, digits or '_'").arg(name));
        if (seen.contains(f.key))
            problems->append(QStringLiteral("two fields share the key '%1'").arg(name));
        seen.insert(f.key);
        if (f.label.trimmed().isEmpty())
            problems->append(QStringLiteral("field '%1' needs a label").arg(name));
        if (f.min && f.max && *f.min > *f.max)
            problems->append(QStringLiteral("field '%1' has min above max").arg(name));
        const bool choice = f.kind == FieldKind::SingleChoice || f.kind == FieldKind::MultiChoice;
        if (choice && f.options.isEmpty())
            problems->append(QStringLiteral("choice field '%1' needs options").arg(name));
        if (f.options.size() > kMaxOptions)
            problems->append(
                QStringLiteral("field '%1' has more than %2 options").arg(name).arg(kMaxOptions));
        QSet<QString> optionKeys;
        for (const ChoiceOption &o : f.options) {
            if (o.key.isEmpty() || optionKeys.contains(o.key))
                problems->append(QStringLiteral("field '%1' has an empty or repeated option key").arg(name));
            optionKeys.insert(o.key);
        }
        if (!f.pattern.isEmpty()) {
            if (f.kind != FieldKind::Text && f.kind != FieldKind::MultiLine)
                problems->append(QStringLiteral("only text fields take a pattern ('%1')").arg(name));
            else if (!QRegularExpression(f.pattern).isValid())
                problems->append(QStringLiteral("field '%1' has an invalid pattern").arg(name));
        }
        if (f.decimals < 0 || f.decimals > kMaxDecimalDigits)
            problems->append(
                QStringLiteral("field '%1' has 0 to %2 decimals").arg(name).arg(kMaxDecimalDigits));
        for (const QString &c : f.currencies) {
            if (currencyProblem(c))
                problems->append(QStringLiteral("field '%1' allows an invalid currency '%2'").arg(name, c));
        }
        if (f.kind == FieldKind::LineItems) {
            if (f.columns.isEmpty())
                problems->append(QStringLiteral("line items '%1' need columns").arg(name));
            for (const FormField &c : f.columns) {
                if (c.kind == FieldKind::LineItems)
                    problems->append(
                        QStringLiteral("line items cannot hold line items (field %1)").arg(name));
            }
            fieldProblems(f.columns, name + QLatin1Char('.'), problems);
        } else if (!f.columns.isEmpty()) {
            problems->append(QStringLiteral("only line items have columns ('%1')").arg(name));
        }
    }
}

void conditionProblems(const FormTemplate &form, const QList<RouteCondition> &conditions,
                       QStringList *problems)
{
    for (const RouteCondition &c : conditions) {
        if (c.subject != RouteCondition::Subject::Field)
            continue;
        if (!form.field(c.field) && !form.computedField(c.field))
            problems->append(QStringLiteral("a branch tests '%1', which is not a field").arg(c.field));
    }
}

} // namespace

bool operator==(const FormField &a, const FormField &b)
{
    if (a.key != b.key || a.label != b.label || a.kind != b.kind || a.required != b.required ||
        a.min != b.min || a.max != b.max || a.pattern != b.pattern || a.patternHint != b.patternHint ||
        a.decimals != b.decimals || a.currencies != b.currencies || a.options != b.options ||
        a.columns.size() != b.columns.size())
        return false;
    for (qsizetype i = 0; i < a.columns.size(); ++i) {
        if (!(a.columns[i] == b.columns[i]))
            return false;
    }
    return true;
}

QString fieldKindName(FieldKind kind)
{
    return QLatin1String(kKindNames[int(kind)]);
}

std::optional<FieldKind> fieldKindFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kKindNames)); ++i) {
        if (name == QLatin1String(kKindNames[i]))
            return FieldKind(i);
    }
    return std::nullopt;
}

const FormField *FormTemplate::field(const QString &k) const
{
    for (const FormField &f : fields) {
        if (f.key == k)
            return &f;
    }
    return nullptr;
}

const ComputedField *FormTemplate::computedField(const QString &k) const
{
    for (const ComputedField &c : computed) {
        if (c.key == k)
            return &c;
    }
    return nullptr;
}

QCborMap toCbor(const FormTemplate &form)
{
    QCborArray fields;
    for (const FormField &f : form.fields)
        fields.append(fieldToCbor(f));
    QCborArray computed;
    for (const ComputedField &c : form.computed) {
        QCborMap m;
        m.insert(key("key"), c.key);
        m.insert(key("label"), c.label);
        m.insert(key("kind"),
                 c.kind == ComputedField::Kind::Sum ? QStringLiteral("sum") : QStringLiteral("duration"));
        m.insert(key("source"), c.source);
        if (!c.column.isEmpty())
            m.insert(key("column"), c.column);
        computed.append(m);
    }
    QCborMap m;
    m.insert(key("key"), form.key);
    m.insert(key("name"), form.name);
    m.insert(key("description"), form.description);
    m.insert(key("fields"), fields);
    m.insert(key("computed"), computed);
    m.insert(key("route"), toCbor(form.route));
    return m;
}

std::optional<FormTemplate> formTemplateFromCbor(const QCborValue &value, QString *error)
{
    QString why;
    const QCborMap m = value.toMap();
    FormTemplate form;
    form.key = m.value(key("key")).toString();
    form.name = m.value(key("name")).toString();
    form.description = m.value(key("description")).toString();
    const QCborArray fields = m.value(key("fields")).toArray();
    if (!value.isMap() || fields.isEmpty() || fields.size() > kMaxFields)
        why = QStringLiteral("a template is a map with 1 to %1 fields").arg(kMaxFields);
    for (qsizetype i = 0; why.isEmpty() && i < fields.size(); ++i) {
        if (auto f = fieldFromCbor(fields.at(i), 0, &why))
            form.fields.append(*f);
    }
    for (const QCborValue c : m.value(key("computed")).toArray()) {
        const QCborMap cm = c.toMap();
        const QString kind = cm.value(key("kind")).toString();
        if (kind != QLatin1String("duration") && kind != QLatin1String("sum") && why.isEmpty())
            why = QStringLiteral("a computed value's kind is duration or sum");
        form.computed.append(
            {cm.value(key("key")).toString(), cm.value(key("label")).toString(),
             kind == QLatin1String("sum") ? ComputedField::Kind::Sum : ComputedField::Kind::Duration,
             cm.value(key("source")).toString(), cm.value(key("column")).toString()});
    }
    if (why.isEmpty()) {
        if (auto route = routeChainFromCbor(m.value(key("route")), &why))
            form.route = *route;
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return form;
}

QStringList templateProblems(const FormTemplate &form)
{
    QStringList problems;
    if (form.name.trimmed().isEmpty())
        problems.append(QStringLiteral("a template needs a name"));
    if (form.fields.isEmpty() || form.fields.size() > kMaxFields)
        problems.append(QStringLiteral("a template has 1 to %1 fields").arg(kMaxFields));
    fieldProblems(form.fields, QString(), &problems);
    for (const ComputedField &c : form.computed) {
        if (!validKey(c.key) || form.field(c.key))
            problems.append(QStringLiteral("computed value '%1' needs a key of its own").arg(c.key));
        const FormField *source = form.field(c.source);
        if (c.kind == ComputedField::Kind::Duration && (!source || source->kind != FieldKind::DateRange))
            problems.append(
                QStringLiteral("duration '%1' needs a date range field as its source").arg(c.key));
        if (c.kind == ComputedField::Kind::Sum) {
            const FormField *column = nullptr;
            if (source && source->kind == FieldKind::LineItems) {
                for (const FormField &col : source->columns) {
                    if (col.key == c.column && col.kind == FieldKind::Money)
                        column = &col;
                }
            }
            if (!column)
                problems.append(
                    QStringLiteral("sum '%1' needs a money column of a line items field").arg(c.key));
        }
    }
    for (const RouteStep &step : form.route.steps) {
        for (const RouteBranchArm &arm : step.arms)
            conditionProblems(form, arm.conditions, &problems);
    }
    return problems;
}

} // namespace tack::approvals
