#include "AttendanceRecords.h"

#include <QDate>

namespace tack::server {
namespace {

using namespace approvals;

const FormField *firstOfKind(const FormTemplate &form, FieldKind kind)
{
    for (const FormField &f : form.fields) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

QString choiceValue(const FormTemplate &form, const QCborMap &values, const QString &preferred)
{
    const FormField *chosen = nullptr;
    for (const FormField &f : form.fields) {
        if (f.kind != FieldKind::SingleChoice)
            continue;
        if (f.key == preferred) {
            chosen = &f;
            break;
        }
        if (!chosen)
            chosen = &f;
    }
    return chosen ? values.value(chosen->key).toString() : QString();
}

qint64 approvedAt(const ApprovalInstance &instance)
{
    for (auto it = instance.history.crbegin(); it != instance.history.crend(); ++it) {
        if (it->action == ApprovalAction::Approve || it->action == ApprovalAction::Submit ||
            it->action == ApprovalAction::Resubmit)
            return it->at;
    }
    return 0;
}

bool isDay(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate).isValid() && text.size() == 10;
}

} // namespace

std::optional<AttendanceRecord> attendanceRecordOf(const ApprovalInstance &instance, const FormTemplate &form)
{
    if (instance.state != InstanceState::Approved)
        return std::nullopt;
    AttendanceRecord r;
    r.approval = instance.id;
    r.user = instance.submitter;
    r.kind = instance.templateKey;
    r.approvedAt = approvedAt(instance);
    if (r.kind == QLatin1String("leave")) {
        const FormField *period = firstOfKind(form, FieldKind::DateRange);
        if (!period)
            return std::nullopt;
        const QCborMap range = instance.values.value(period->key).toMap();
        r.from = range.value(QLatin1String("from")).toString();
        r.fromHalf = range.value(QLatin1String("from_half")).toString();
        r.to = range.value(QLatin1String("to")).toString();
        r.toHalf = range.value(QLatin1String("to_half")).toString();
        r.type = choiceValue(form, instance.values, QStringLiteral("type"));
        for (const ComputedField &c : form.computed) {
            if (c.kind == ComputedField::Kind::Duration && c.source == period->key)
                r.halfDays = instance.values.value(c.key).toInteger();
        }
    } else if (r.kind == QLatin1String("overtime")) {
        const FormField *day = firstOfKind(form, FieldKind::Date);
        const FormField *hours = firstOfKind(form, FieldKind::Number);
        if (!day || !hours)
            return std::nullopt;
        r.from = r.to = instance.values.value(day->key).toString();
        qint64 scale = 1;
        for (int i = 0; i < hours->decimals && i < 18; ++i)
            scale *= 10;
        r.minutes = instance.values.value(hours->key).toInteger() * 60 / scale;
        r.type = choiceValue(form, instance.values, QStringLiteral("compensation"));
    } else {
        return std::nullopt;
    }
    if (!isDay(r.from) || !isDay(r.to))
        return std::nullopt;
    return r;
}

void AttendanceRecords::put(const AttendanceRecord &r)
{
    m_sql
        .get("INSERT OR IGNORE INTO attendance_records(approval, user, kind, type, from_day, from_half, "
             "to_day, "
             "to_half, half_days, minutes, approved_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, r.approval)
        .bind(2, r.user)
        .bind(3, r.kind)
        .bind(4, r.type)
        .bind(5, r.from)
        .bind(6, r.fromHalf)
        .bind(7, r.to)
        .bind(8, r.toHalf)
        .bind(9, r.halfDays)
        .bind(10, r.minutes)
        .bind(11, r.approvedAt)
        .run();
}

QList<AttendanceRecord> AttendanceRecords::overlapping(const QString &from, const QString &to, qint64 user)
{
    auto s =
        m_sql.get("SELECT approval, user, kind, type, from_day, from_half, to_day, to_half, half_days, "
                  "minutes, approved_at FROM attendance_records WHERE (?1 = '' OR to_day >= ?1) AND "
                  "(?2 = '' OR from_day <= ?2) AND (?3 = 0 OR user = ?3) ORDER BY from_day, user, approval");
    s->bind(1, from).bind(2, to).bind(3, user);
    QList<AttendanceRecord> out;
    while (s->step()) {
        AttendanceRecord r;
        r.approval = s->text(0);
        r.user = s->integer(1);
        r.kind = s->text(2);
        r.type = s->text(3);
        r.from = s->text(4);
        r.fromHalf = s->text(5);
        r.to = s->text(6);
        r.toHalf = s->text(7);
        r.halfDays = s->integer(8);
        r.minutes = s->integer(9);
        r.approvedAt = s->integer(10);
        out.append(r);
    }
    return out;
}

} // namespace tack::server
