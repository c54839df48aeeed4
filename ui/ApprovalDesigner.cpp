#include "ApprovalDesigner.h"

#include "ApprovalCenter.h"
#include "ApprovalValueText.h"
#include "client/ClientSession.h"
#include "domain/approvals/Decimal.h"
#include "domain/approvals/FormValidator.h"
#include "domain/approvals/Money.h"

#include <QCborArray>
#include <algorithm>

namespace tack::ui {

using namespace approvals;

namespace {

QString sourceName(ApproverSource::Kind kind)
{
    switch (kind) {
    case ApproverSource::Kind::People:
        return QStringLiteral("people");
    case ApproverSource::Kind::Manager:
        return QStringLiteral("manager");
    case ApproverSource::Kind::DepartmentHead:
        return QStringLiteral("department_head");
    case ApproverSource::Kind::Role:
        return QStringLiteral("role");
    }
    return {};
}

const char *const kOps[] = {"gt", "ge", "lt", "le", "eq", "ne", "in", "contains"};

QString opName(RouteCondition::Op op)
{
    return QLatin1String(kOps[int(op)]);
}

std::optional<RouteCondition::Op> opFromName(const QString &name)
{
    for (int i = 0; i < 8; ++i) {
        if (name == QLatin1String(kOps[i]))
            return RouteCondition::Op(i);
    }
    return std::nullopt;
}

QString newKey(const QString &base, const QList<FormField> &fields)
{
    for (int n = 1;; ++n) {
        const QString key = QStringLiteral("%1_%2").arg(base).arg(n);
        if (std::none_of(fields.cbegin(), fields.cend(), [&](const FormField &f) { return f.key == key; }))
            return key;
    }
}

RouteNode managerNode(const QString &id)
{
    return node(id, ApprovalText::tr("Manager"), NodeMode::Sequential, {manager(1)}, EmptyRule::ToAdmin);
}

// A field's min/max in its own unit: scaled numbers, money minor units, lengths, half days, counts, rows.
std::optional<qint64> boundFromText(const FormField &f, const QString &text, QString *problem)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (f.kind == FieldKind::Number) {
        const DecimalParse p = parseDecimal(text, f.decimals);
        if (!p.scaled)
            *problem = p.error;
        return p.scaled;
    }
    if (f.kind == FieldKind::Money) {
        const MoneyParse p =
            parseMoney(text, f.currencies.isEmpty() ? QStringLiteral("CNY") : f.currencies.first());
        if (!p.money)
            *problem = p.error;
        return p.money ? std::optional<qint64>(p.money->minor) : std::nullopt;
    }
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        *problem = ApprovalText::tr("write a whole number");
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}

QString boundText(const FormField &f, const std::optional<qint64> &bound)
{
    if (!bound)
        return {};
    if (f.kind == FieldKind::Number)
        return formatDecimal(*bound, f.decimals, false);
    if (f.kind == FieldKind::Money)
        return formatAmount(*bound, f.currencies.isEmpty() ? QStringLiteral("CNY") : f.currencies.first())
            .remove(QLatin1Char(','));
    return QString::number(*bound);
}

} // namespace

ApprovalDesigner::ApprovalDesigner(QObject *parent) : QObject(parent)
{
    load(QString());
}

void ApprovalDesigner::setCenter(ApprovalCenter *center)
{
    if (m_center == center)
        return;
    m_center = center;
    emit centerChanged();
    update();
}

void ApprovalDesigner::load(const QString &templateKey)
{
    m_inputProblems.clear();
    std::optional<FormTemplate> existing =
        m_center && !templateKey.isEmpty() ? m_center->formTemplate(templateKey) : std::nullopt;
    if (existing) {
        m_form = *existing;
    } else {
        m_form = FormTemplate();
        m_form.key = QStringLiteral("custom_") + client::ClientSession::newObjectId().left(8);
        m_form.name = ApprovalText::tr("New form");
        FormField title;
        title.key = QStringLiteral("title");
        title.label = ApprovalText::tr("Title");
        title.required = true;
        m_form.fields = {title};
        m_form.route.steps = {RouteStep{managerNode(QStringLiteral("manager")), {}, {}}};
    }
    setStatus(QString());
    update();
}

void ApprovalDesigner::update()
{
    m_problems = templateProblems(m_form);
    for (const QString &p : std::as_const(m_inputProblems))
        m_problems.append(p);
    emit changed();
}

void ApprovalDesigner::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
}

void ApprovalDesigner::setKey(const QString &key)
{
    if (m_form.key == key)
        return;
    m_form.key = key;
    update();
}

void ApprovalDesigner::setName(const QString &name)
{
    if (m_form.name == name)
        return;
    m_form.name = name;
    update();
}

void ApprovalDesigner::setDescription(const QString &description)
{
    if (m_form.description == description)
        return;
    m_form.description = description;
    update();
}

QVariantList ApprovalDesigner::fields() const
{
    QVariantList out;
    for (const FormField &f : m_form.fields) {
        QStringList options;
        for (const ChoiceOption &o : f.options)
            options.append(o.key + QLatin1Char('=') + o.label);
        out.append(QVariantMap{{QStringLiteral("key"), f.key},
                               {QStringLiteral("label"), f.label},
                               {QStringLiteral("kind"), fieldKindName(f.kind)},
                               {QStringLiteral("required"), f.required},
                               {QStringLiteral("min"), boundText(f, f.min)},
                               {QStringLiteral("max"), boundText(f, f.max)},
                               {QStringLiteral("pattern"), f.pattern},
                               {QStringLiteral("patternHint"), f.patternHint},
                               {QStringLiteral("decimals"), f.decimals},
                               {QStringLiteral("options"), options.join(QLatin1Char('\n'))},
                               {QStringLiteral("currencies"), f.currencies.join(QStringLiteral(", "))}});
    }
    return out;
}

void ApprovalDesigner::addField(const QString &kindName)
{
    const auto kind = fieldKindFromName(kindName);
    if (!kind)
        return;
    FormField f;
    f.kind = *kind;
    f.key = newKey(kindName, m_form.fields);
    f.label = ApprovalText::tr("New field");
    if (*kind == FieldKind::SingleChoice || *kind == FieldKind::MultiChoice)
        f.options = {{QStringLiteral("a"), ApprovalText::tr("Option A")},
                     {QStringLiteral("b"), ApprovalText::tr("Option B")}};
    if (*kind == FieldKind::LineItems) {
        // Line items get a description and an amount; their columns are not edited here.
        FormField description;
        description.key = QStringLiteral("description");
        description.label = ApprovalText::tr("Description");
        description.required = true;
        FormField amount;
        amount.key = QStringLiteral("amount");
        amount.label = ApprovalText::tr("Amount");
        amount.kind = FieldKind::Money;
        amount.required = true;
        f.columns = {description, amount};
    }
    m_form.fields.append(f);
    update();
}

void ApprovalDesigner::removeField(int index)
{
    if (index < 0 || index >= m_form.fields.size())
        return;
    m_form.fields.removeAt(index);
    update();
}

void ApprovalDesigner::moveField(int index, int to)
{
    if (index < 0 || index >= m_form.fields.size() || to < 0 || to >= m_form.fields.size())
        return;
    m_form.fields.move(index, to);
    update();
}

void ApprovalDesigner::setFieldValue(int index, const QString &name, const QVariant &value)
{
    if (index < 0 || index >= m_form.fields.size())
        return;
    FormField &f = m_form.fields[index];
    const QString text = value.toString();
    const QString problemKey = QStringLiteral("%1.%2").arg(index).arg(name);
    m_inputProblems.remove(problemKey);
    if (name == QLatin1String("key")) {
        f.key = text.trimmed();
    } else if (name == QLatin1String("label")) {
        f.label = text;
    } else if (name == QLatin1String("kind")) {
        if (fieldKindFromName(text)) {
            const FormField old = f;
            addField(text); // appends a field of the new kind with its defaults...
            FormField built = m_form.fields.takeLast();
            built.key = old.key; // ...which takes this field's place, keeping its key, label and "required"
            built.label = old.label;
            built.required = old.required;
            m_form.fields[index] = built;
        }
    } else if (name == QLatin1String("required")) {
        f.required = value.toBool();
    } else if (name == QLatin1String("min") || name == QLatin1String("max")) {
        QString problem;
        const auto bound = boundFromText(f, text, &problem);
        if (!problem.isEmpty())
            m_inputProblems.insert(problemKey, QStringLiteral("%1 (%2): %3").arg(f.key, name, problem));
        else
            (name == QLatin1String("min") ? f.min : f.max) = bound;
    } else if (name == QLatin1String("pattern")) {
        f.pattern = text;
    } else if (name == QLatin1String("patternHint")) {
        f.patternHint = text;
    } else if (name == QLatin1String("decimals")) {
        f.decimals = std::clamp(value.toInt(), 0, kMaxDecimalDigits);
    } else if (name == QLatin1String("options")) {
        f.options.clear();
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            const QString k = (eq > 0 ? line.left(eq) : line).trimmed();
            const QString label = (eq > 0 ? line.mid(eq + 1) : line).trimmed();
            if (!k.isEmpty())
                f.options.append({k, label.isEmpty() ? k : label});
        }
    } else if (name == QLatin1String("currencies")) {
        f.currencies.clear();
        for (const QString &c : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            f.currencies.append(c.trimmed().toUpper());
    }
    update();
}

QVariantMap ApprovalDesigner::nodeMap(const RouteNode &n) const
{
    const ApproverSource s = n.approvers.value(0);
    QVariantList people;
    QStringList names;
    for (qint64 id : s.people) {
        people.append(double(id));
        names.append(m_center ? m_center->userName(id) : QString::number(id));
    }
    return QVariantMap{{QStringLiteral("id"), n.id},
                       {QStringLiteral("name"), n.name},
                       {QStringLiteral("mode"), nodeModeName(n.mode)},
                       {QStringLiteral("source"), sourceName(s.kind)},
                       {QStringLiteral("people"), people},
                       {QStringLiteral("peopleText"), names.join(ApprovalText::tr(", "))},
                       {QStringLiteral("levels"), s.levels},
                       {QStringLiteral("department"), double(s.department)},
                       {QStringLiteral("role"), s.role},
                       {QStringLiteral("whenEmpty"),
                        n.whenEmpty == EmptyRule::Skip ? QStringLiteral("skip") : QStringLiteral("admin")}};
}

QVariantList ApprovalDesigner::steps() const
{
    QVariantList out;
    for (const RouteStep &s : m_form.route.steps) {
        if (s.node) {
            out.append(QVariantMap{{QStringLiteral("type"), QStringLiteral("node")},
                                   {QStringLiteral("node"), nodeMap(*s.node)}});
            continue;
        }
        const RouteBranchArm arm = s.arms.value(0);
        const RouteCondition c = arm.conditions.value(0);
        QString value;
        if (c.value.isMap()) {
            const auto money = moneyFromCbor(c.value);
            value = money ? formatAmount(money->minor, money->currency).remove(QLatin1Char(',')) : QString();
        } else if (c.value.isInteger()) {
            const FormField *f = m_form.field(c.field);
            value = f && f->kind == FieldKind::Number ? formatDecimal(c.value.toInteger(), f->decimals, false)
                                                      : QString::number(c.value.toInteger());
        } else {
            value = c.value.toString();
        }
        out.append(QVariantMap{{QStringLiteral("type"), QStringLiteral("branch")},
                               {QStringLiteral("armName"), arm.name},
                               {QStringLiteral("field"), c.field},
                               {QStringLiteral("op"), opName(c.op)},
                               {QStringLiteral("value"), value},
                               {QStringLiteral("node"), nodeMap(arm.nodes.value(0))}});
    }
    return out;
}

QStringList ApprovalDesigner::conditionFields() const
{
    QStringList out;
    for (const FormField &f : m_form.fields) {
        if (f.kind != FieldKind::LineItems && f.kind != FieldKind::MultiLine)
            out.append(f.key);
    }
    for (const ComputedField &c : m_form.computed)
        out.append(c.key);
    return out;
}

void ApprovalDesigner::addNode()
{
    m_form.route.steps.append(
        RouteStep{node(QStringLiteral("node_%1").arg(m_form.route.steps.size() + 1),
                       ApprovalText::tr("Approver"), NodeMode::Sequential, {people({})}, EmptyRule::Skip),
                  {},
                  {}});
    update();
}

void ApprovalDesigner::addBranch()
{
    RouteStep step;
    RouteBranchArm arm;
    arm.name = ApprovalText::tr("When it applies");
    RouteCondition c;
    c.field = conditionFields().value(0);
    c.op = RouteCondition::Op::Gt;
    c.value = 0;
    arm.conditions = {c};
    arm.nodes = {node(QStringLiteral("branch_%1").arg(m_form.route.steps.size() + 1),
                      ApprovalText::tr("Approver"), NodeMode::Sequential, {role(QStringLiteral("finance"))},
                      EmptyRule::ToAdmin)};
    step.arms = {arm};
    m_form.route.steps.append(step);
    update();
}

void ApprovalDesigner::removeStep(int index)
{
    if (index < 0 || index >= m_form.route.steps.size())
        return;
    m_form.route.steps.removeAt(index);
    update();
}

RouteNode *ApprovalDesigner::nodeAt(int index)
{
    if (index < 0 || index >= m_form.route.steps.size())
        return nullptr;
    RouteStep &s = m_form.route.steps[index];
    if (s.node)
        return &*s.node;
    if (s.arms.isEmpty() || s.arms[0].nodes.isEmpty())
        return nullptr;
    return &s.arms[0].nodes[0];
}

void ApprovalDesigner::setStepValue(int index, const QString &name, const QVariant &value)
{
    RouteNode *n = nodeAt(index);
    if (!n)
        return;
    RouteStep &step = m_form.route.steps[index];
    const QString text = value.toString();
    if (n->approvers.isEmpty())
        n->approvers = {people({})};
    ApproverSource &source = n->approvers[0];
    const QString problemKey = QStringLiteral("step.%1.value").arg(index);
    if (name == QLatin1String("name")) {
        n->name = text;
    } else if (name == QLatin1String("mode")) {
        n->mode = nodeModeFromName(text).value_or(NodeMode::Sequential);
    } else if (name == QLatin1String("whenEmpty")) {
        n->whenEmpty = text == QLatin1String("admin") ? EmptyRule::ToAdmin : EmptyRule::Skip;
    } else if (name == QLatin1String("source")) {
        const QList<qint64> keep = source.people;
        if (text == QLatin1String("manager"))
            source = manager(1);
        else if (text == QLatin1String("department_head"))
            source = departmentHead(0);
        else if (text == QLatin1String("role"))
            source = role(QStringLiteral("finance"));
        else
            source = people(keep);
    } else if (name == QLatin1String("levels")) {
        source.levels = std::clamp(value.toInt(), 1, 20);
    } else if (name == QLatin1String("department")) {
        source.department = qint64(value.toDouble());
    } else if (name == QLatin1String("role")) {
        source.role = text.trimmed();
    } else if (name == QLatin1String("addPerson")) {
        const qint64 id = qint64(value.toDouble());
        if (id > 0 && !source.people.contains(id))
            source.people.append(id);
    } else if (name == QLatin1String("removePerson")) {
        source.people.removeAll(qint64(value.toDouble()));
    } else if (!step.node && !step.arms.isEmpty()) {
        RouteBranchArm &arm = step.arms[0];
        if (arm.conditions.isEmpty())
            arm.conditions.append(RouteCondition());
        RouteCondition &c = arm.conditions[0];
        if (name == QLatin1String("armName")) {
            arm.name = text;
        } else if (name == QLatin1String("field")) {
            c.field = text;
        } else if (name == QLatin1String("op")) {
            c.op = opFromName(text).value_or(RouteCondition::Op::Eq);
        } else if (name == QLatin1String("value")) {
            m_inputProblems.remove(problemKey);
            const FormField *f = m_form.field(c.field);
            const ComputedField *computed = m_form.computedField(c.field);
            if (computed && computed->kind == ComputedField::Kind::Sum) {
                const MoneyParse p = parseMoney(text, QStringLiteral("CNY"));
                if (p.money)
                    c.value = toCbor(*p.money);
                else
                    m_inputProblems.insert(problemKey, p.error);
            } else if (computed) {
                bool ok = false;
                const qint64 halfDays = text.toLongLong(&ok);
                if (ok)
                    c.value = halfDays;
                else
                    m_inputProblems.insert(problemKey, ApprovalText::tr("write a number of half days"));
            } else if (f) {
                const FieldInput in = fieldValueFromText(*f, text);
                if (in.value)
                    c.value = *in.value;
                else
                    m_inputProblems.insert(problemKey, in.error);
            }
        }
    }
    update();
}

QVariantList ApprovalDesigner::ccPeople() const
{
    QVariantList out;
    for (const ApproverSource &s : m_form.route.ccOnSubmit) {
        if (s.kind != ApproverSource::Kind::People)
            continue;
        for (qint64 id : s.people)
            out.append(QVariantMap{
                {QStringLiteral("id"), double(id)},
                {QStringLiteral("name"), m_center ? m_center->userName(id) : QString::number(id)}});
    }
    return out;
}

void ApprovalDesigner::addCcPerson(double userId)
{
    const qint64 id = qint64(userId);
    if (id <= 0)
        return;
    for (ApproverSource &s : m_form.route.ccOnSubmit) {
        if (s.kind == ApproverSource::Kind::People) {
            if (!s.people.contains(id))
                s.people.append(id);
            update();
            return;
        }
    }
    m_form.route.ccOnSubmit.append(people({id}));
    update();
}

void ApprovalDesigner::removeCcPerson(double userId)
{
    for (ApproverSource &s : m_form.route.ccOnSubmit) {
        if (s.kind == ApproverSource::Kind::People)
            s.people.removeAll(qint64(userId));
    }
    update();
}

QString ApprovalDesigner::ccText() const
{
    QStringList names;
    for (const QVariant &p : ccPeople())
        names.append(p.toMap().value(QStringLiteral("name")).toString());
    return names.isEmpty() ? ApprovalText::tr("Nobody is copied on submission.")
                           : ApprovalText::tr("On submission: %1").arg(names.join(ApprovalText::tr(", ")));
}

QVariantList ApprovalDesigner::templateChoices() const
{
    QVariantList out{QVariantMap{{QStringLiteral("key"), QString()},
                                 {QStringLiteral("name"), ApprovalText::tr("A new form")}}};
    if (m_center)
        out += m_center->templates();
    return out;
}

QVariantList ApprovalDesigner::kindChoices() const
{
    const QList<QPair<const char *, QString>> kinds = {{"text", ApprovalText::tr("Text")},
                                                       {"multiline", ApprovalText::tr("Several lines")},
                                                       {"number", ApprovalText::tr("Number")},
                                                       {"money", ApprovalText::tr("Money")},
                                                       {"date", ApprovalText::tr("Date")},
                                                       {"date_range", ApprovalText::tr("Period (half days)")},
                                                       {"single_choice", ApprovalText::tr("One choice")},
                                                       {"multi_choice", ApprovalText::tr("Several choices")},
                                                       {"person", ApprovalText::tr("Person")},
                                                       {"department", ApprovalText::tr("Department")},
                                                       {"line_items", ApprovalText::tr("Line items")}};
    QVariantList out;
    for (const auto &[value, text] : kinds)
        out.append(
            QVariantMap{{QStringLiteral("value"), QLatin1String(value)}, {QStringLiteral("text"), text}});
    return out;
}

QString ApprovalDesigner::ccRole() const
{
    for (const ApproverSource &s : m_form.route.ccOnComplete) {
        if (s.kind == ApproverSource::Kind::Role)
            return s.role;
    }
    return {};
}

void ApprovalDesigner::setCcRole(const QString &roleName)
{
    m_form.route.ccOnComplete.removeIf(
        [](const ApproverSource &s) { return s.kind == ApproverSource::Kind::Role; });
    if (!roleName.trimmed().isEmpty())
        m_form.route.ccOnComplete.append(role(roleName.trimmed()));
    update();
}

bool ApprovalDesigner::save()
{
    if (!m_problems.isEmpty()) {
        setStatus(ApprovalText::tr("Cannot save yet: %1").arg(m_problems.first()));
        return false;
    }
    if (!m_center || !m_center->putTemplate(m_form)) {
        setStatus(m_center ? m_center->error() : QString());
        return false;
    }
    setStatus(
        m_center->online()
            ? ApprovalText::tr("Saved: “%1” is sent to the server.").arg(m_form.name)
            : ApprovalText::tr("Saved: “%1” will be sent when the connection is back.").arg(m_form.name));
    return true;
}

} // namespace tack::ui
