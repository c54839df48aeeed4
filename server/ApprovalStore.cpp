#include "ApprovalStore.h"

#include "domain/approvals/BuiltinTemplates.h"

#include <QCborArray>

namespace tack::server {

using namespace approvals;

std::optional<FormTemplate> ApprovalStore::formTemplate(const QString &key)
{
    auto s = m_sql.get("SELECT body FROM approval_templates WHERE key = ?");
    s->bind(1, key);
    if (s->step()) {
        if (auto stored = formTemplateFromCbor(QCborValue::fromCbor(s->blob(0)), nullptr))
            return stored;
    }
    for (const FormTemplate &builtin : builtinTemplates()) {
        if (builtin.key == key)
            return builtin;
    }
    return std::nullopt;
}

QList<FormTemplate> ApprovalStore::storedTemplates()
{
    QList<FormTemplate> out;
    auto s = m_sql.get("SELECT body FROM approval_templates ORDER BY key");
    while (s->step()) {
        if (auto stored = formTemplateFromCbor(QCborValue::fromCbor(s->blob(0)), nullptr))
            out.append(*stored);
    }
    return out;
}

void ApprovalStore::putTemplate(const FormTemplate &form, qint64 by, qint64 at)
{
    m_sql
        .get(
            "INSERT OR REPLACE INTO approval_templates(key, body, updated_by, updated_at) VALUES(?, ?, ?, ?)")
        ->bind(1, form.key)
        .bindBlob(2, toCbor(form).toCborValue().toCbor())
        .bind(3, by)
        .bind(4, at)
        .run();
}

QList<qint64> ApprovalStore::roleMembers(const QString &role)
{
    QList<qint64> out;
    auto s = m_sql.get("SELECT user FROM approval_roles WHERE role = ? ORDER BY user");
    s->bind(1, role);
    while (s->step())
        out.append(s->integer(0));
    return out;
}

void ApprovalStore::setRoleMembers(const QString &role, const QList<qint64> &users)
{
    m_sql.get("DELETE FROM approval_roles WHERE role = ?")->bind(1, role).run();
    for (qint64 user : users)
        m_sql.get("INSERT OR IGNORE INTO approval_roles(role, user) VALUES(?, ?)")
            ->bind(1, role)
            .bind(2, user)
            .run();
}

QList<QPair<QString, QList<qint64>>> ApprovalStore::roles()
{
    QList<QPair<QString, QList<qint64>>> out;
    auto s = m_sql.get("SELECT role, user FROM approval_roles ORDER BY role, user");
    while (s->step()) {
        const QString role = s->text(0);
        if (out.isEmpty() || out.constLast().first != role)
            out.append({role, {}});
        out.last().second.append(s->integer(1));
    }
    return out;
}

bool ApprovalStore::instanceExists(const QString &id)
{
    auto s = m_sql.get("SELECT 1 FROM approval_instances WHERE id = ?");
    s->bind(1, id);
    return s->step();
}

std::optional<ApprovalInstance> ApprovalStore::instance(const QString &id)
{
    auto s = m_sql.get("SELECT body FROM approval_instances WHERE id = ?");
    s->bind(1, id);
    if (!s->step())
        return std::nullopt;
    ApprovalInstance out = approvalInstanceFromCbor(QCborValue::fromCbor(s->blob(0)).toMap());
    auto h = m_sql.get("SELECT body FROM approval_history WHERE instance = ? ORDER BY position");
    h->bind(1, id);
    while (h->step())
        out.history.append(historyEntryFromCbor(QCborValue::fromCbor(h->blob(0)).toMap()));
    return out;
}

void ApprovalStore::saveInstance(const ApprovalInstance &instance, qint64 at)
{
    ApprovalInstance state = instance;
    state.history.clear(); // kept row by row in approval_history
    m_sql
        .get("INSERT INTO approval_instances(id, template, submitter, state, version, body, created_at, "
             "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = "
             "excluded.state, "
             "version = excluded.version, body = excluded.body, updated_at = excluded.updated_at")
        ->bind(1, instance.id)
        .bind(2, instance.templateKey)
        .bind(3, instance.submitter)
        .bind(4, instanceStateName(instance.state))
        .bind(5, instance.version)
        .bindBlob(6, toCbor(state).toCborValue().toCbor())
        .bind(7, at)
        .bind(8, at)
        .run();
    auto count = m_sql.get("SELECT count(*) FROM approval_history WHERE instance = ?");
    count->bind(1, instance.id);
    count->step();
    const qint64 stored = count->integer(0);
    for (qsizetype i = stored; i < instance.history.size(); ++i)
        m_sql.get("INSERT INTO approval_history(instance, position, body) VALUES(?, ?, ?)")
            ->bind(1, instance.id)
            .bind(2, qint64(i))
            .bindBlob(3, toCbor(instance.history[i]).toCborValue().toCbor())
            .run();
    for (qint64 user : instance.participants())
        m_sql.get("INSERT OR IGNORE INTO approval_viewers(user, instance) VALUES(?, ?)")
            ->bind(1, user)
            .bind(2, instance.id)
            .run();
}

QList<ApprovalInstance> ApprovalStore::visibleTo(qint64 user, int limit)
{
    QStringList ids;
    auto s = m_sql.get("SELECT i.id FROM approval_viewers v JOIN approval_instances i ON i.id = v.instance "
                       "WHERE v.user = ? ORDER BY i.updated_at DESC, i.id LIMIT ?");
    s->bind(1, user).bind(2, qint64(limit));
    while (s->step())
        ids.append(s->text(0));
    QList<ApprovalInstance> out;
    for (const QString &id : ids) {
        if (auto i = instance(id))
            out.append(*i);
    }
    return out;
}

} // namespace tack::server
