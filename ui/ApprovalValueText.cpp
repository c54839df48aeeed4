#include "ApprovalValueText.h"

#include "ApprovalCenter.h"
#include "domain/approvals/Decimal.h"
#include "domain/approvals/HalfDayRange.h"
#include "domain/approvals/Money.h"

#include <QCborArray>
#include <QCoreApplication>

namespace tack::ui::approvaltext {

using namespace approvals;

namespace {

bool blank(const QCborValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (v.isArray())
        return v.toArray().isEmpty();
    return false;
}

QString optionLabel(const FormField &field, const QString &key)
{
    for (const ChoiceOption &o : field.options) {
        if (o.key == key)
            return o.label;
    }
    return key;
}

} // namespace

QString half(const QString &wireHalf)
{
    return wireHalf == QLatin1String("am") ? ApprovalText::tr("morning") : ApprovalText::tr("afternoon");
}

QString value(const FormField &field, const QCborValue &v, const ApprovalCenter &center)
{
    if (blank(v))
        return {};
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::MultiLine:
    case FieldKind::Date:
        return v.toString();
    case FieldKind::Number:
        return formatDecimal(v.toInteger(), field.decimals);
    case FieldKind::Money: {
        const auto money = moneyFromCbor(v);
        return money ? formatMoney(*money) : QString();
    }
    case FieldKind::DateRange: {
        const QCborMap m = v.toMap();
        const QString from = m.value(QLatin1String("from")).toString();
        const QString to = m.value(QLatin1String("to")).toString();
        return ApprovalText::tr("%1 %2 – %3 %4",
                                "a leave period: date, half of the day, date, half of the day")
            .arg(from, half(m.value(QLatin1String("from_half")).toString()), to,
                 half(m.value(QLatin1String("to_half")).toString()));
    }
    case FieldKind::SingleChoice:
        return optionLabel(field, v.toString());
    case FieldKind::MultiChoice: {
        QStringList labels;
        for (const QCborValue &k : v.toArray())
            labels.append(optionLabel(field, k.toString()));
        return labels.join(ApprovalText::tr(", "));
    }
    case FieldKind::Person:
        return center.userName(v.toInteger());
    case FieldKind::Department:
        return center.departmentName(v.toInteger());
    case FieldKind::LineItems:
        return ApprovalText::tr("%n item(s)", nullptr, int(v.toArray().size()));
    }
    return {};
}

QString computed(const ComputedField &field, const QCborValue &v)
{
    if (blank(v))
        return {};
    if (field.kind == ComputedField::Kind::Duration)
        return formatHalfDays(v.toInteger());
    const auto money = moneyFromCbor(v);
    return money ? formatMoney(*money) : QString();
}

QVariantList fields(const FormTemplate &form, const QCborMap &values, const ApprovalCenter &center)
{
    QVariantList out;
    for (const FormField &f : form.fields) {
        const QCborValue v = values.value(f.key);
        const QString text = value(f, v, center);
        if (text.isEmpty())
            continue;
        QVariantList rows; // line items: one line per row, "Travel · 2026-11-20 · 120.00 CNY"
        if (f.kind == FieldKind::LineItems) {
            for (const QCborValue &row : v.toArray()) {
                QStringList cells;
                for (const FormField &column : f.columns) {
                    const QString cell = value(column, row.toMap().value(column.key), center);
                    if (!cell.isEmpty())
                        cells.append(cell);
                }
                rows.append(cells.join(QStringLiteral(" · ")));
            }
        }
        out.append(QVariantMap{{QStringLiteral("key"), f.key},
                               {QStringLiteral("label"), f.label},
                               {QStringLiteral("value"), text},
                               {QStringLiteral("rows"), rows}});
    }
    for (const ComputedField &c : form.computed) {
        const QString text = computed(c, values.value(c.key));
        if (!text.isEmpty())
            out.append(QVariantMap{{QStringLiteral("key"), c.key},
                                   {QStringLiteral("label"), c.label},
                                   {QStringLiteral("value"), text},
                                   {QStringLiteral("rows"), QVariantList()}});
    }
    return out;
}

QString summary(const FormTemplate &form, const QCborMap &values, const ApprovalCenter &center)
{
    QStringList parts;
    for (const QVariant &f : fields(form, values, center)) {
        parts.append(f.toMap().value(QStringLiteral("value")).toString().simplified());
        if (parts.size() == 2)
            break;
    }
    return parts.join(QStringLiteral(" · "));
}

QString state(InstanceState s)
{
    switch (s) {
    case InstanceState::Pending:
        return ApprovalText::tr("Pending");
    case InstanceState::Approved:
        return ApprovalText::tr("Approved");
    case InstanceState::Rejected:
        return ApprovalText::tr("Rejected");
    case InstanceState::Returned:
        return ApprovalText::tr("Returned for changes");
    case InstanceState::Withdrawn:
        return ApprovalText::tr("Withdrawn");
    }
    return {};
}

QString action(ApprovalAction a)
{
    switch (a) {
    case ApprovalAction::Submit:
        return ApprovalText::tr("submitted");
    case ApprovalAction::Approve:
        return ApprovalText::tr("approved");
    case ApprovalAction::Reject:
        return ApprovalText::tr("rejected");
    case ApprovalAction::Return:
        return ApprovalText::tr("returned it for changes");
    case ApprovalAction::Resubmit:
        return ApprovalText::tr("resubmitted");
    case ApprovalAction::Withdraw:
        return ApprovalText::tr("withdrew");
    case ApprovalAction::Transfer:
        return ApprovalText::tr("transferred it");
    case ApprovalAction::Comment:
        return ApprovalText::tr("commented");
    case ApprovalAction::Urge:
        return ApprovalText::tr("urged the approvers");
    }
    return {};
}

QString mode(NodeMode m)
{
    switch (m) {
    case NodeMode::Sequential:
        return ApprovalText::tr("one after another");
    case NodeMode::All:
        return ApprovalText::tr("all must approve");
    case NodeMode::Any:
        return ApprovalText::tr("any one approves");
    }
    return {};
}

} // namespace tack::ui::approvaltext
