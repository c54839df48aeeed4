#include "ApprovalFormModel.h"

#include "ApprovalCenter.h"
#include "ApprovalValueText.h"
#include "domain/approvals/ApprovalRouter.h"
#include "domain/approvals/Decimal.h"
#include "domain/approvals/HalfDayRange.h"
#include "domain/approvals/Money.h"

#include <QCborArray>
#include <algorithm>

namespace tack::ui {

using namespace approvals;

namespace {

const QStringList kDefaultCurrencies = {QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                        QStringLiteral("JPY"), QStringLiteral("HKD")};

QStringList currenciesOf(const FormField &field)
{
    if (field.kind == FieldKind::LineItems) {
        for (const FormField &c : field.columns) {
            if (c.kind == FieldKind::Money)
                return c.currencies.isEmpty() ? kDefaultCurrencies : c.currencies;
        }
        return {};
    }
    if (field.kind != FieldKind::Money)
        return {};
    return field.currencies.isEmpty() ? kDefaultCurrencies : field.currencies;
}

QVariantList optionsOf(const FormField &field)
{
    QVariantList out;
    for (const ChoiceOption &o : field.options)
        out.append(QVariantMap{{QStringLiteral("key"), o.key}, {QStringLiteral("label"), o.label}});
    return out;
}

// The field kind's text form of a stored value (fieldValueFromText's inverse), for editing a returned form.
QString textOf(const FormField &field, const QCborValue &v, QString *currency)
{
    if (v.isUndefined() || v.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Number:
        return formatDecimal(v.toInteger(), field.decimals, false);
    case FieldKind::Money: {
        const auto money = moneyFromCbor(v);
        if (!money)
            return {};
        if (currency)
            *currency = money->currency;
        return formatAmount(money->minor, money->currency).remove(QLatin1Char(','));
    }
    case FieldKind::DateRange: {
        const QCborMap m = v.toMap();
        return QStringLiteral("%1%2..%3%4")
            .arg(m.value(QLatin1String("from")).toString(), m.value(QLatin1String("from_half")).toString(),
                 m.value(QLatin1String("to")).toString(), m.value(QLatin1String("to_half")).toString());
    }
    case FieldKind::MultiChoice: {
        QStringList keys;
        for (const QCborValue &k : v.toArray())
            keys.append(k.toString());
        return keys.join(QLatin1Char(','));
    }
    case FieldKind::Person:
    case FieldKind::Department:
        return QString::number(v.toInteger());
    case FieldKind::LineItems:
        return {};
    default:
        return v.toString();
    }
}

QString hintOf(const FormField &f)
{
    if (!f.patternHint.isEmpty())
        return f.patternHint;
    const bool text = f.kind == FieldKind::Text || f.kind == FieldKind::MultiLine;
    if (text && f.max)
        return ApprovalText::tr("Up to %n character(s)", nullptr, int(*f.max));
    if (f.kind == FieldKind::Number && (f.min || f.max)) {
        const QString lo = f.min ? formatDecimal(*f.min, f.decimals) : QString();
        const QString hi = f.max ? formatDecimal(*f.max, f.decimals) : QString();
        if (f.min && f.max)
            return ApprovalText::tr("From %1 to %2").arg(lo, hi);
        return f.min ? ApprovalText::tr("At least %1").arg(lo) : ApprovalText::tr("At most %1").arg(hi);
    }
    if (f.kind == FieldKind::Date || f.kind == FieldKind::DateRange)
        return ApprovalText::tr("Dates like 2026-11-23");
    return {};
}

} // namespace

ApprovalFormModel::ApprovalFormModel(QObject *parent) : KeyedListModel(parent)
{}

void ApprovalFormModel::setCenter(ApprovalCenter *center)
{
    if (m_center == center)
        return;
    if (m_center)
        m_center->disconnect(this);
    m_center = center;
    emit centerChanged();
    load();
}

void ApprovalFormModel::setTemplateKey(const QString &key)
{
    if (m_templateKey == key)
        return;
    m_templateKey = key;
    m_approvalId.clear();
    load();
}

void ApprovalFormModel::setApprovalId(const QString &id)
{
    if (m_approvalId == id)
        return;
    m_approvalId = id;
    // Start from the approval's values, not from what was typed.
    beginResetModel();
    m_rows.clear();
    endResetModel();
    const client::ApprovalView *v = m_center && !id.isEmpty() ? m_center->view(id) : nullptr;
    if (v)
        m_templateKey = v->instance.templateKey;
    load();
}

void ApprovalFormModel::retranslate()
{
    load(); // labels of built-in templates follow the language
}

void ApprovalFormModel::load()
{
    beginResetModel();
    QList<Row> previous = m_rows;
    m_rows.clear();
    m_showAll = false;
    m_form = m_center && !m_templateKey.isEmpty() ? m_center->formTemplate(m_templateKey) : std::nullopt;
    const client::ApprovalView *editing =
        m_center && !m_approvalId.isEmpty() ? m_center->view(m_approvalId) : nullptr;
    if (m_form) {
        for (const FormField &f : m_form->fields) {
            Row r;
            r.field = f;
            const QStringList currencies = currenciesOf(f);
            r.currency = currencies.isEmpty() ? QString() : currencies.first();
            // A language switch keeps what was typed.
            for (const Row &p : std::as_const(previous)) {
                if (p.field.key == f.key && p.field.kind == f.kind) {
                    r.text = p.text;
                    r.currency = p.currency;
                    r.items = p.items;
                    r.touched = p.touched;
                }
            }
            if (editing && previous.isEmpty()) {
                const QCborValue v = editing->instance.values.value(f.key);
                r.text = textOf(f, v, &r.currency);
                if (f.kind == FieldKind::LineItems) {
                    for (const QCborValue &item : v.toArray()) {
                        QHash<QString, QString> cells;
                        for (const FormField &c : f.columns)
                            cells.insert(c.key, textOf(c, item.toMap().value(c.key), &r.currency));
                        r.items.append(cells);
                    }
                }
            }
            if (f.kind == FieldKind::LineItems && r.items.isEmpty())
                r.items.append(QHash<QString, QString>());
            m_rows.append(r);
        }
    }
    endResetModel();
    emit templateChanged();
    recompute();
}

void ApprovalFormModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_approvalId.clear();
    load();
}

int ApprovalFormModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].field.key == key)
            return int(i);
    }
    return -1;
}

std::optional<QCborValue> ApprovalFormModel::valueOf(const Row &row, QString *problem) const
{
    const FormField &f = row.field;
    if (f.kind == FieldKind::LineItems) {
        QCborArray items;
        for (const auto &cells : row.items) {
            QCborMap item;
            bool any = false;
            for (const FormField &c : f.columns) {
                const QString text = cells.value(c.key).trimmed();
                if (text.isEmpty())
                    continue;
                any = true;
                const FieldInput in = fieldValueFromText(
                    c, c.kind == FieldKind::Money ? text + QLatin1Char(' ') + row.currency : text);
                if (in.value)
                    item.insert(c.key, *in.value);
                else
                    item.insert(c.key, QStringLiteral("?")); // the validator names it wrong_type
            }
            if (any)
                items.append(item);
        }
        if (items.isEmpty())
            return std::nullopt;
        return QCborValue(items);
    }
    const QString text = f.kind == FieldKind::MultiLine ? row.text : row.text.trimmed();
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const FieldInput in =
        fieldValueFromText(f, f.kind == FieldKind::Money ? text + QLatin1Char(' ') + row.currency : text);
    if (!in.value && problem)
        *problem = in.error;
    return in.value;
}

QCborMap ApprovalFormModel::values() const
{
    QCborMap out;
    for (const Row &r : m_rows) {
        if (const auto v = valueOf(r, nullptr))
            out.insert(r.field.key, *v);
    }
    return out;
}

void ApprovalFormModel::recompute()
{
    m_errors.clear();
    m_computedLines.clear();
    m_chain.clear();
    m_ccText.clear();
    if (m_form && m_center) {
        QCborMap vals;
        QList<FieldError> parseErrors;
        for (const Row &r : std::as_const(m_rows)) {
            QString problem;
            if (const auto v = valueOf(r, &problem))
                vals.insert(r.field.key, *v);
            else if (!problem.isEmpty())
                parseErrors.append(FieldError{r.field.key, FieldErrorKind::WrongType, problem});
        }
        m_errors = parseErrors;
        for (const FieldError &e : validateForm(*m_form, vals, m_center->directory())) {
            const bool parsed = std::any_of(parseErrors.cbegin(), parseErrors.cend(),
                                            [&](const FieldError &p) { return p.field == e.field; });
            if (!parsed)
                m_errors.append(e);
        }
        const QCborMap full = withComputedValues(*m_form, vals);
        for (const ComputedField &c : m_form->computed) {
            const QString text = approvaltext::computed(c, full.value(c.key));
            if (!text.isEmpty())
                m_computedLines.append(ApprovalText::tr("%1: %2").arg(c.label, text));
        }
        if (const OrgDirectory *dir = m_center->directory()) {
            const qint64 submitter = m_center->me();
            const ResolvedRoute route = resolveRoute(m_form->route, submitter, full, *dir);
            for (const ResolvedNode &n : route.nodes) {
                QStringList names;
                for (qint64 id : n.approvers)
                    names.append(m_center->userName(id));
                QString note;
                if (n.skipped) {
                    note = ApprovalText::tr("Skipped: nobody to approve");
                } else if (n.toAdmins) {
                    note = ApprovalText::tr("Nobody found: the org's admins approve");
                }
                m_chain.append(QVariantMap{{QStringLiteral("name"), n.name},
                                           {QStringLiteral("mode"), approvaltext::mode(n.mode)},
                                           {QStringLiteral("approvers"), names.join(ApprovalText::tr(", "))},
                                           {QStringLiteral("note"), note},
                                           {QStringLiteral("skipped"), n.skipped}});
            }
            QStringList cc;
            for (qint64 id : route.ccOnSubmit + route.ccOnComplete) {
                const QString name = m_center->userName(id);
                if (!cc.contains(name))
                    cc.append(name);
            }
            bool ccRoles = false;
            for (const ApproverSource &s : m_form->route.ccOnSubmit + m_form->route.ccOnComplete)
                ccRoles = ccRoles || s.kind == ApproverSource::Kind::Role;
            if (!cc.isEmpty())
                m_ccText = ApprovalText::tr("CC: %1").arg(cc.join(ApprovalText::tr(", ")));
            else if (ccRoles)
                m_ccText = ApprovalText::tr("CC: an approval role, when it is done");
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {ErrorRole, ItemErrorsRole, ChosenNameRole});
    emit valuesChanged();
}

QString ApprovalFormModel::errorFor(int row) const
{
    const Row &r = m_rows.at(row);
    if (!m_showAll && !r.touched)
        return {};
    for (const FieldError &e : m_errors) {
        if (e.field == r.field.key)
            return e.message;
    }
    return {};
}

QStringList ApprovalFormModel::itemErrorsFor(int row) const
{
    const Row &r = m_rows.at(row);
    QStringList out(r.items.size());
    if (!m_showAll && !r.touched)
        return out;
    const QString prefix = r.field.key + QLatin1Char('[');
    for (const FieldError &e : m_errors) {
        if (!e.field.startsWith(prefix))
            continue;
        // "items[2].amount"
        const qsizetype close = e.field.indexOf(QLatin1Char(']'));
        const int item = e.field.mid(prefix.size(), close - prefix.size()).toInt();
        const QString column = e.field.mid(close + 2);
        QString label = column;
        for (const FormField &c : r.field.columns) {
            if (c.key == column)
                label = c.label;
        }
        if (item >= 0 && item < out.size() && out[item].isEmpty())
            out[item] = ApprovalText::tr("%1: %2").arg(label, e.message);
    }
    return out;
}

void ApprovalFormModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].text == text)
        return;
    m_rows[row].text = text;
    m_rows[row].touched = true;
    emit dataChanged(index(row), index(row), {TextRole});
    recompute();
}

void ApprovalFormModel::setCurrency(int row, const QString &currency)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].currency == currency)
        return;
    m_rows[row].currency = currency;
    emit dataChanged(index(row), index(row), {CurrencyRole});
    recompute();
}

void ApprovalFormModel::addItem(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].field.kind != FieldKind::LineItems)
        return;
    m_rows[row].items.append(QHash<QString, QString>());
    emit dataChanged(index(row), index(row), {ItemsRole});
    recompute();
}

void ApprovalFormModel::removeItem(int row, int item)
{
    if (row < 0 || row >= m_rows.size() || item < 0 || item >= m_rows[row].items.size())
        return;
    m_rows[row].items.removeAt(item);
    m_rows[row].touched = true;
    emit dataChanged(index(row), index(row), {ItemsRole});
    recompute();
}

void ApprovalFormModel::setItemText(int row, int item, const QString &column, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || item < 0 || item >= m_rows[row].items.size())
        return;
    if (m_rows[row].items[item].value(column) == text)
        return;
    m_rows[row].items[item].insert(column, text);
    m_rows[row].touched = true;
    // The editors keep their own text: only errors and totals change, not the items themselves.
    recompute();
}

QString ApprovalFormModel::submitForm()
{
    m_showAll = true;
    recompute();
    if (!m_form || !m_center || !m_errors.isEmpty())
        return {};
    QString id;
    if (!m_approvalId.isEmpty()) {
        if (m_center->resubmit(m_approvalId, values()))
            id = m_approvalId;
    } else {
        id = m_center->submit(m_form->key, values());
    }
    if (!id.isEmpty())
        emit submitted(id);
    return id;
}

int ApprovalFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ApprovalFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const FormField &f = r.field;
    switch (role) {
    case KeyRole:
        return f.key;
    case Qt::DisplayRole:
    case LabelRole:
        return f.required ? ApprovalText::tr("%1 *", "a required field's label").arg(f.label) : f.label;
    case KindRole:
        return fieldKindName(f.kind);
    case RequiredRole:
        return f.required;
    case HintRole:
        return hintOf(f);
    case OptionsRole:
        return optionsOf(f);
    case CurrenciesRole:
        return currenciesOf(f);
    case CurrencyRole:
        return r.currency;
    case TextRole:
        return r.text;
    case ChosenNameRole: {
        if (!m_center || r.text.trimmed().isEmpty())
            return QString();
        const qint64 id = r.text.toLongLong();
        if (f.kind == FieldKind::Person)
            return m_center->userName(id);
        if (f.kind == FieldKind::Department)
            return m_center->departmentName(id);
        return QString();
    }
    case ErrorRole:
        return errorFor(index.row());
    case ColumnsRole: {
        QVariantList columns;
        for (const FormField &c : f.columns)
            columns.append(QVariantMap{{QStringLiteral("key"), c.key},
                                       {QStringLiteral("label"), c.label},
                                       {QStringLiteral("kind"), fieldKindName(c.kind)},
                                       {QStringLiteral("options"), optionsOf(c)}});
        return columns;
    }
    case ItemsRole: {
        QVariantList items;
        for (const auto &cells : r.items) {
            QVariantMap m;
            for (auto it = cells.cbegin(); it != cells.cend(); ++it)
                m.insert(it.key(), it.value());
            items.append(m);
        }
        return items;
    }
    case ItemErrorsRole:
        return itemErrorsFor(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> ApprovalFormModel::roleNames() const
{
    return {{KeyRole, "fieldKey"},
            {LabelRole, "label"},
            {KindRole, "kind"},
            {RequiredRole, "required"},
            {HintRole, "hint"},
            {OptionsRole, "options"},
            {CurrenciesRole, "currencies"},
            {CurrencyRole, "currency"},
            {TextRole, "text"},
            {ChosenNameRole, "chosenName"},
            {ErrorRole, "error"},
            {ColumnsRole, "columns"},
            {ItemsRole, "items"},
            {ItemErrorsRole, "itemErrors"}};
}

} // namespace tack::ui
