#include "domain/approvals/BuiltinTemplates.h"

#include "domain/approvals/ApprovalText.h"
#include "domain/approvals/Money.h"

namespace tack::approvals {
namespace {

FormField field(const QString &key, const QString &label, FieldKind kind, bool required)
{
    FormField f;
    f.key = key;
    f.label = label;
    f.kind = kind;
    f.required = required;
    return f;
}

FormField choice(const QString &key, const QString &label, QList<ChoiceOption> options)
{
    FormField f = field(key, label, FieldKind::SingleChoice, true);
    f.options = std::move(options);
    return f;
}

FormField reason(bool required)
{
    FormField f = field(QStringLiteral("reason"), approvalText("Reason"), FieldKind::MultiLine, required);
    f.max = 1000;
    return f;
}

RouteNode managerNode()
{
    return node(QStringLiteral("manager"), approvalText("Manager"), NodeMode::Sequential, {manager(1)},
                EmptyRule::ToAdmin);
}

RouteCondition fieldCondition(const QString &field, RouteCondition::Op op, const QCborValue &value)
{
    RouteCondition c;
    c.subject = RouteCondition::Subject::Field;
    c.field = field;
    c.op = op;
    c.value = value;
    return c;
}

} // namespace

FormTemplate leaveTemplate()
{
    FormTemplate t;
    t.key = QStringLiteral("leave");
    t.name = approvalText("Leave");
    t.description = approvalText("Time off: annual, sick, personal and other leave.");
    t.fields = {choice(QStringLiteral("type"), approvalText("Leave type"),
                       {{QStringLiteral("annual"), approvalText("Annual leave")},
                        {QStringLiteral("sick"), approvalText("Sick leave")},
                        {QStringLiteral("personal"), approvalText("Personal leave")},
                        {QStringLiteral("compensatory"), approvalText("Time off in lieu")},
                        {QStringLiteral("marriage"), approvalText("Marriage leave")},
                        {QStringLiteral("parental"), approvalText("Parental leave")},
                        {QStringLiteral("bereavement"), approvalText("Bereavement leave")}}),
                field(QStringLiteral("period"), approvalText("Period"), FieldKind::DateRange, true),
                reason(true)};
    t.computed = {{QStringLiteral("duration"), approvalText("Duration"), ComputedField::Kind::Duration,
                   QStringLiteral("period"), QString()}};
    RouteStep longLeave;
    longLeave.arms = {
        {approvalText("More than 3 days"),
         {fieldCondition(QStringLiteral("duration"), RouteCondition::Op::Gt, kLongLeaveHalfDays)},
         {node(QStringLiteral("manager2"), approvalText("Second-level manager"), NodeMode::Sequential,
               {manager(2)})}}};
    t.route.steps = {RouteStep{managerNode(), {}, {}}, longLeave};
    t.route.ccOnComplete = {role(QStringLiteral("hr"))};
    return t;
}

FormTemplate overtimeTemplate()
{
    FormTemplate t;
    t.key = QStringLiteral("overtime");
    t.name = approvalText("Overtime");
    t.description = approvalText("Hours worked beyond the schedule, paid or taken back as time off.");
    FormField hours = field(QStringLiteral("hours"), approvalText("Hours"), FieldKind::Number, true);
    hours.decimals = 1;
    hours.min = 5;   // 0.5 h
    hours.max = 240; // 24 h
    t.fields = {field(QStringLiteral("date"), approvalText("Date"), FieldKind::Date, true), hours,
                choice(QStringLiteral("compensation"), approvalText("Compensation"),
                       {{QStringLiteral("pay"), approvalText("Overtime pay")},
                        {QStringLiteral("time_off"), approvalText("Time off in lieu")}}),
                reason(true)};
    t.route.steps = {RouteStep{managerNode(), {}, {}}};
    t.route.ccOnComplete = {role(QStringLiteral("hr"))};
    return t;
}

FormTemplate expenseTemplate()
{
    FormTemplate t;
    t.key = QStringLiteral("expense");
    t.name = approvalText("Expense");
    t.description = approvalText("Reimbursement of costs paid for work, item by item.");
    FormField amount = field(QStringLiteral("amount"), approvalText("Amount"), FieldKind::Money, true);
    amount.min = 1;
    FormField description =
        field(QStringLiteral("description"), approvalText("Description"), FieldKind::Text, true);
    description.max = 200;
    FormField items = field(QStringLiteral("items"), approvalText("Items"), FieldKind::LineItems, true);
    items.min = 1;
    items.columns = {choice(QStringLiteral("category"), approvalText("Category"),
                            {{QStringLiteral("travel"), approvalText("Travel")},
                             {QStringLiteral("meals"), approvalText("Meals")},
                             {QStringLiteral("lodging"), approvalText("Lodging")},
                             {QStringLiteral("supplies"), approvalText("Office supplies")},
                             {QStringLiteral("other"), approvalText("Other")}}),
                     description, field(QStringLiteral("date"), approvalText("Date"), FieldKind::Date, true),
                     amount};
    t.fields = {items, reason(false)};
    t.computed = {{QStringLiteral("total"), approvalText("Total"), ComputedField::Kind::Sum,
                   QStringLiteral("items"), QStringLiteral("amount")}};
    RouteStep bigExpense;
    bigExpense.arms = {
        {approvalText("Total above 5,000.00 CNY"),
         {fieldCondition(QStringLiteral("total"), RouteCondition::Op::Gt,
                         toCbor(Money{kExpenseDirectorThresholdFen, QStringLiteral("CNY")}))},
         {node(QStringLiteral("finance_director"), approvalText("Finance director"), NodeMode::Sequential,
               {role(QStringLiteral("finance_director"))}, EmptyRule::ToAdmin)}}};
    t.route.steps = {RouteStep{managerNode(), {}, {}}, bigExpense,
                     RouteStep{node(QStringLiteral("finance"), approvalText("Finance"), NodeMode::Any,
                                    {role(QStringLiteral("finance"))}, EmptyRule::ToAdmin),
                               {},
                               {}}};
    return t;
}

FormTemplate missedPunchTemplate()
{
    FormTemplate t;
    t.key = QStringLiteral("missed_punch");
    t.name = approvalText("Missed punch");
    t.description = approvalText("A clock-in or clock-out the attendance record is missing (补卡).");
    FormField time = field(QStringLiteral("time"), approvalText("Time"), FieldKind::Text, true);
    time.pattern = QStringLiteral("([01][0-9]|2[0-3]):[0-5][0-9]");
    time.patternHint = approvalText("like 09:05 (24-hour clock)");
    t.fields = {field(QStringLiteral("date"), approvalText("Date"), FieldKind::Date, true),
                choice(QStringLiteral("punch"), approvalText("Punch"),
                       {{QStringLiteral("in"), approvalText("Clock in")},
                        {QStringLiteral("out"), approvalText("Clock out")}}),
                time, reason(true)};
    t.route.steps = {RouteStep{managerNode(), {}, {}}};
    t.route.ccOnComplete = {role(QStringLiteral("hr"))};
    return t;
}

FormTemplate generalTemplate()
{
    FormTemplate t;
    t.key = QStringLiteral("general");
    t.name = approvalText("General request");
    t.description = approvalText("Anything else that needs a manager's approval.");
    FormField title = field(QStringLiteral("title"), approvalText("Title"), FieldKind::Text, true);
    title.max = 100;
    FormField details = field(QStringLiteral("details"), approvalText("Details"), FieldKind::MultiLine, true);
    details.max = 5000;
    t.fields = {title, details};
    t.route.steps = {RouteStep{managerNode(), {}, {}}};
    return t;
}

QList<FormTemplate> builtinTemplates()
{
    return {leaveTemplate(), overtimeTemplate(), expenseTemplate(), missedPunchTemplate(), generalTemplate()};
}

} // namespace tack::approvals
