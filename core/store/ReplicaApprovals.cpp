// Approvals in the replica (protocol.md 6.1: approval.put on u/ streams, approval.template on org, the
// snapshot rows `approvals` and `approval_templates`): the server's copy of every approval the account takes
// part in, kept as the wire object. All of it needs schema version 7; on older files it does nothing.

#include "domain/ChatRules.h"
#include "domain/approvals/BuiltinTemplates.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>
#include <QTextStream>
#include <algorithm>

namespace tack::store {
namespace detail {
namespace {

bool hasApprovals(const Ctx &c)
{
    return c.version >= 7;
}

// Stores the approval unless a copy at a higher version is already there (events and snapshot pages may
// arrive in either order; a version only grows).
void putApproval(Ctx &c, const QCborMap &approval, ApplyOutcome &out)
{
    const QString id = field(approval, "id").toString();
    const qint64 version = field(approval, "version").toInteger();
    if (id.isEmpty() || version <= 0)
        malformed(QStringLiteral("an approval without an id or version"));
    auto q =
        c.sql.get("INSERT INTO approvals(id, template, submitter, state, version, body) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET template=excluded.template, "
                  "submitter=excluded.submitter, state=excluded.state, version=excluded.version, "
                  "body=excluded.body WHERE excluded.version >= approvals.version");
    q->bind(1, id)
        .bind(2, field(approval, "template").toString())
        .bind(3, field(approval, "submitter").toInteger())
        .bind(4, field(approval, "state").toString())
        .bind(5, version)
        .bindBlob(6, approval.toCborValue().toCbor());
    q->run();
    out.approvals = true;
}

void putTemplate(Ctx &c, const QCborMap &form, ApplyOutcome &out)
{
    const QString key = field(form, "key").toString();
    if (key.isEmpty())
        malformed(QStringLiteral("an approval template without a key"));
    auto q = c.sql.get("INSERT OR REPLACE INTO approval_templates(key, body) VALUES (?1, ?2)");
    q->bind(1, key).bindBlob(2, form.toCborValue().toCbor());
    q->run();
    out.approvals = true;
}

bool hasRoles(const Ctx &c)
{
    return c.version >= 8;
}

// Replaces the members of one approval role ({role, users}); no users removes the role.
void putRole(Ctx &c, const QCborMap &row, ApplyOutcome &out)
{
    if (!hasRoles(c))
        return;
    const QString role = field(row, "role").toString();
    if (role.isEmpty())
        malformed(QStringLiteral("an approval role without a name"));
    auto del = c.sql.get("DELETE FROM approval_roles WHERE role=?1");
    del->bind(1, role);
    del->run();
    for (const QCborValue &user : field(row, "users").toArray()) {
        auto q = c.sql.get("INSERT OR IGNORE INTO approval_roles(role, user) VALUES (?1, ?2)");
        q->bind(1, role).bind(2, user.toInteger());
        q->run();
    }
    out.approvals = true;
}

} // namespace

bool applyApprovalEvent(Ctx &c, const QString &kind, const QCborMap &data, ApplyOutcome &out)
{
    const bool put = kind == QLatin1String("approval.put");
    const bool form = kind == QLatin1String("approval.template");
    const bool role = kind == QLatin1String("approval.role");
    if (!put && !form && !role && kind != QLatin1String("approval.notice"))
        return false;
    if (!hasApprovals(c))
        return true;
    if (role)
        putRole(c, data, out);
    else if (put)
        putApproval(c, field(data, "approval").toMap(), out);
    else if (form)
        putTemplate(c, field(data, "template").toMap(), out);
    return true; // a notice is for the app to show; the approval.put beside it carries the state
}

void stageApprovals(Ctx &c, const QString &stream, const QCborMap &rows)
{
    if (!hasApprovals(c))
        return;
    for (const char *key : {"approvals", "approval_templates", "approval_roles"}) {
        for (const QCborValue &v : field(rows, key).toArray()) {
            auto q = c.sql.get("INSERT INTO stage_approvals(stream, kind, body) VALUES (?1, ?2, ?3)");
            q->bind(1, stream).bind(2, QLatin1String(key)).bindBlob(3, v.toMap().toCborValue().toCbor());
            q->run();
        }
    }
}

void swapApprovals(Ctx &c, const QString &stream, ApplyOutcome &out)
{
    if (!hasApprovals(c))
        return;
    // Approvals never stop being visible to a participant, so staged copies are merged, not swapped: the
    // snapshot carries only the most recently changed ones.
    QList<QPair<QString, QCborMap>> staged;
    {
        auto q = c.sql.get("SELECT kind, body FROM stage_approvals WHERE stream=?1");
        q->bind(1, stream);
        while (q->step())
            staged.append({q->text(0), QCborValue::fromCbor(q->blob(1)).toMap()});
    }
    // The org snapshot lists every approval role, so those are swapped.
    if (stream == tack::streams::org() && hasRoles(c)) {
        c.sql.get("DELETE FROM approval_roles")->run();
        out.approvals = true;
    }
    for (const auto &[kind, body] : staged) {
        if (kind == QLatin1String("approvals"))
            putApproval(c, body, out);
        else if (kind == QLatin1String("approval_roles"))
            putRole(c, body, out);
        else
            putTemplate(c, body, out);
    }
}

void clearApprovalStaging(Ctx &c, const QString &stream)
{
    if (!hasApprovals(c))
        return;
    auto q = c.sql.get("DELETE FROM stage_approvals WHERE stream=?1");
    q->bind(1, stream);
    q->run();
}

void dumpApprovals(Ctx &c, QTextStream &s)
{
    if (!hasApprovals(c))
        return;
    auto q =
        c.sql.get("SELECT id, template, submitter, state, version, hex(body) FROM approvals ORDER BY id");
    while (q->step())
        s << "approval|" << q->text(0) << '|' << q->text(1) << '|' << q->integer(2) << '|' << q->text(3)
          << '|' << q->integer(4) << '|' << q->text(5) << '\n';
    auto t = c.sql.get("SELECT key, hex(body) FROM approval_templates ORDER BY key");
    while (t->step())
        s << "approval_template|" << t->text(0) << '|' << t->text(1) << '\n';
    if (!hasRoles(c))
        return;
    auto r = c.sql.get("SELECT role, user FROM approval_roles ORDER BY role, user");
    while (r->step())
        s << "approval_role|" << r->text(0) << '|' << r->integer(1) << '\n';
}

} // namespace detail

QList<approvals::ApprovalInstance> Replica::approvals()
{
    auto c = context();
    QList<approvals::ApprovalInstance> out;
    if (!detail::hasApprovals(c))
        return out;
    auto q = c.sql.get("SELECT body FROM approvals");
    while (q->step())
        out.append(approvals::approvalInstanceFromCbor(QCborValue::fromCbor(q->blob(0)).toMap()));
    // Newest activity first.
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        const qint64 at = a.history.isEmpty() ? 0 : a.history.last().at;
        const qint64 bt = b.history.isEmpty() ? 0 : b.history.last().at;
        return at != bt ? at > bt : a.id < b.id;
    });
    return out;
}

std::optional<approvals::ApprovalInstance> Replica::approval(const QString &id)
{
    auto c = context();
    if (!detail::hasApprovals(c))
        return std::nullopt;
    auto q = c.sql.get("SELECT body FROM approvals WHERE id=?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return approvals::approvalInstanceFromCbor(QCborValue::fromCbor(q->blob(0)).toMap());
}

QList<qint64> Replica::approvalRoleMembers(const QString &role)
{
    auto c = context();
    QList<qint64> out;
    if (!detail::hasRoles(c))
        return out;
    auto q = c.sql.get("SELECT user FROM approval_roles WHERE role=?1 ORDER BY user");
    q->bind(1, role);
    while (q->step())
        out.append(q->integer(0));
    return out;
}

QStringList Replica::approvalRoles()
{
    auto c = context();
    QStringList out;
    if (!detail::hasRoles(c))
        return out;
    auto q = c.sql.get("SELECT DISTINCT role FROM approval_roles ORDER BY role");
    while (q->step())
        out.append(q->text(0));
    return out;
}

std::optional<approvals::FormTemplate> Replica::approvalTemplate(const QString &key)
{
    auto c = context();
    if (detail::hasApprovals(c)) {
        auto q = c.sql.get("SELECT body FROM approval_templates WHERE key=?1");
        q->bind(1, key);
        if (q->step()) {
            if (auto stored = approvals::formTemplateFromCbor(QCborValue::fromCbor(q->blob(0)), nullptr))
                return stored;
        }
    }
    for (const approvals::FormTemplate &builtin : approvals::builtinTemplates()) {
        if (builtin.key == key)
            return builtin;
    }
    return std::nullopt;
}

QList<approvals::FormTemplate> Replica::approvalTemplates()
{
    auto c = context();
    QList<approvals::FormTemplate> out = approvals::builtinTemplates();
    if (!detail::hasApprovals(c))
        return out;
    QList<approvals::FormTemplate> custom;
    auto q = c.sql.get("SELECT body FROM approval_templates");
    while (q->step()) {
        auto stored = approvals::formTemplateFromCbor(QCborValue::fromCbor(q->blob(0)), nullptr);
        if (!stored)
            continue;
        const auto builtin = std::find_if(
            out.begin(), out.end(), [&](const approvals::FormTemplate &t) { return t.key == stored->key; });
        if (builtin != out.end())
            *builtin = *stored;
        else
            custom.append(*stored);
    }
    std::sort(custom.begin(), custom.end(), [](const auto &a, const auto &b) {
        return a.name != b.name ? a.name.localeAwareCompare(b.name) < 0 : a.key < b.key;
    });
    return out + custom;
}

} // namespace tack::store
