#include "ApprovalMutations.h"

#include "AdminSupport.h"
#include "AttendanceRecords.h"
#include "AuditLog.h"
#include "domain/ChatRules.h"
#include "domain/approvals/ApprovalActions.h"
#include "domain/approvals/FormValidator.h"
#include "protocol/ArgReader.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tack::server {
namespace {

using namespace approvals;
using admin::failure;
using admin::single;
using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

constexpr int kMaxCommentChars = 2000;
constexpr int kMaxFieldErrorsInMessage = 5;
constexpr int kMaxRoleMembers = 500;

ErrorCode errorFor(RefusalCode code)
{
    switch (code) {
    case RefusalCode::NotVisible:
        return ErrorCode::NotFound;
    case RefusalCode::Stale:
    case RefusalCode::Finished:
        return ErrorCode::Conflict;
    case RefusalCode::NotAllowed:
        return ErrorCode::Forbidden;
    case RefusalCode::ReasonRequired:
    case RefusalCode::BadTarget:
        return ErrorCode::InvalidArgs;
    }
    return ErrorCode::Internal;
}

QString notFound(const QString &id)
{
    // An instance someone may not see looks exactly like one that does not exist.
    return QStringLiteral("no approval '%1'").arg(id);
}

} // namespace

ApprovalMutations::ApprovalMutations(ServerStore &store, const MutationContext &ctx, Recorder record)
    : m_store(store), m_ctx(ctx), m_record(std::move(record)), m_approvals(store.sql()),
      m_directory(store.sql())
{}

QStringList ApprovalMutations::names()
{
    return {QStringLiteral("approval.act"), QStringLiteral("approval.role.put"),
            QStringLiteral("approval.submit"), QStringLiteral("approval.template.put")};
}

bool ApprovalMutations::handles(const QString &name)
{
    return names().contains(name);
}

MutationOutcome ApprovalMutations::apply(const QString &name, const QCborMap &args)
{
    if (name == QLatin1String("approval.submit"))
        return submit(args);
    if (name == QLatin1String("approval.act"))
        return act(args);
    if (name == QLatin1String("approval.template.put"))
        return templatePut(args);
    if (name == QLatin1String("approval.role.put"))
        return rolePut(args);
    return failure(ErrorCode::UnknownMutation, QStringLiteral("unknown mutation '%1'").arg(name));
}

std::optional<Error> ApprovalMutations::checkValues(const FormTemplate &form, const QCborMap &values)
{
    const QList<FieldError> errors = validateForm(form, values, &m_directory);
    if (errors.isEmpty())
        return std::nullopt;
    QStringList parts;
    for (qsizetype i = 0; i < errors.size() && i < kMaxFieldErrorsInMessage; ++i)
        parts.append(QStringLiteral("%1 (%2): %3")
                         .arg(errors[i].field, fieldErrorKindName(errors[i].kind), errors[i].message));
    if (errors.size() > kMaxFieldErrorsInMessage)
        parts.append(QStringLiteral("and %1 more").arg(errors.size() - kMaxFieldErrorsInMessage));
    return Error{ErrorCode::InvalidArgs, QStringLiteral("values: ") + parts.join(QStringLiteral("; "))};
}

void ApprovalMutations::keepAttendance(const ApprovalInstance &instance, const FormTemplate &form)
{
    if (const auto record = attendanceRecordOf(instance, form))
        AttendanceRecords(m_store.sql()).put(*record);
}

void ApprovalMutations::publish(const ApprovalInstance &instance, const QList<qint64> &notify,
                                ApprovalAction action)
{
    const QCborMap object = single("approval", toCbor(instance));
    for (qint64 user : instance.participants())
        m_record(streams::user(user), "approval.put", object);
    for (qint64 user : notify) {
        QCborMap notice;
        notice.insert(QLatin1String("approval"), instance.id);
        notice.insert(QLatin1String("action"), approvalActionName(action));
        notice.insert(QLatin1String("state"), instanceStateName(instance.state));
        notice.insert(QLatin1String("your_turn"), instance.currentApprovers().contains(user));
        m_record(streams::user(user), "approval.notice", notice);
    }
}

MutationOutcome ApprovalMutations::submit(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("id");
    const QString key = a.text("template", 1, 64);
    const QCborMap values = a.map("values");
    if (auto e = a.error())
        return failure(*e);
    if (!m_directory.isActivePerson(m_ctx.actor))
        return failure(ErrorCode::Forbidden, QStringLiteral("only an active person can submit an approval"));
    const auto form = m_approvals.formTemplate(key);
    if (!form)
        return failure(ErrorCode::NotFound, QStringLiteral("no approval template '%1'").arg(key));
    if (m_approvals.instanceExists(id))
        return failure(ErrorCode::Conflict, QStringLiteral("the approval id '%1' is taken").arg(id));
    if (auto e = checkValues(*form, values))
        return failure(*e);

    const QCborMap full = withComputedValues(*form, values);
    const ResolvedRoute route = resolveRoute(form->route, m_ctx.actor, full, m_directory);
    ActOutcome outcome;
    const ApprovalInstance instance = startInstance(id, key, m_ctx.actor, full, route, m_ctx.now, &outcome);
    m_approvals.saveInstance(instance, m_ctx.now);
    keepAttendance(instance, *form);
    publish(instance, outcome.notify, ApprovalAction::Submit);

    MutationOutcome out;
    out.result.insert(QLatin1String("approval"), id);
    out.result.insert(QLatin1String("version"), instance.version);
    out.result.insert(QLatin1String("state"), instanceStateName(instance.state));
    return out;
}

MutationOutcome ApprovalMutations::act(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("approval");
    const auto action = approvalActionFromName(a.text("action", 1, 32));
    const qint64 version = a.optionalInteger("version", 0, admin::kMaxId, 0);
    const QString comment = a.optionalText("comment", kMaxCommentChars).value_or(QString());
    const qint64 to = a.optionalInteger("to", 0, admin::kMaxId, 0);
    if (auto e = a.error())
        return failure(*e);
    if (!action || *action == ApprovalAction::Submit)
        return failure(ErrorCode::InvalidArgs,
                       QStringLiteral("action: one of approve, reject, return, resubmit, withdraw, transfer, "
                                      "comment, urge"));
    if (changesState(*action) && !args.contains(QLatin1String("version")))
        return failure(ErrorCode::InvalidArgs,
                       QStringLiteral("version: missing (the version the decision is based on)"));
    auto instance = m_approvals.instance(id);
    if (!instance || !instance->canSee(m_ctx.actor))
        return failure(ErrorCode::NotFound, notFound(id));

    ApprovalIntent intent;
    intent.action = *action;
    intent.actor = m_ctx.actor;
    intent.seenVersion = version;
    intent.comment = comment;
    intent.transferTo = to;
    intent.at = m_ctx.now;
    if (*action == ApprovalAction::Resubmit) {
        if (m_ctx.actor != instance->submitter)
            return failure(ErrorCode::Forbidden, QStringLiteral("only the submitter can resubmit"));
        ArgReader values(args);
        const QCborMap raw = values.map("values");
        if (auto e = values.error())
            return failure(*e);
        const auto form = m_approvals.formTemplate(instance->templateKey);
        if (!form)
            return failure(ErrorCode::NotFound,
                           QStringLiteral("the template '%1' is gone").arg(instance->templateKey));
        if (auto e = checkValues(*form, raw))
            return failure(*e);
        intent.values = withComputedValues(*form, raw);
        intent.route = resolveRoute(form->route, instance->submitter, intent.values, m_directory);
    }

    const ActOutcome outcome = applyIntent(*instance, intent, m_directory);
    if (outcome.refusal)
        return failure(errorFor(outcome.refusal->code), outcome.refusal->message);
    m_approvals.saveInstance(*instance, m_ctx.now);
    if (instance->state == InstanceState::Approved) {
        if (const auto form = m_approvals.formTemplate(instance->templateKey))
            keepAttendance(*instance, *form);
    }
    publish(*instance, outcome.notify, *action);
    if (*action == ApprovalAction::Urge) {
        const auto form = m_approvals.formTemplate(instance->templateKey);
        const QString name = form ? form->name : instance->templateKey;
        const QString words = comment.trimmed();
        m_urge =
            UrgeDing{outcome.notify,
                     words.isEmpty()
                         ? QStringLiteral("Please look at my approval request waiting for you: %1").arg(name)
                         : words};
    }
    if (*action == ApprovalAction::Approve || *action == ApprovalAction::Reject ||
        *action == ApprovalAction::Return || *action == ApprovalAction::Transfer) {
        QJsonObject details{{QStringLiteral("action"), approvalActionName(*action)},
                            {QStringLiteral("template"), instance->templateKey},
                            {QStringLiteral("version"), instance->version},
                            {QStringLiteral("state"), instanceStateName(instance->state)}};
        if (*action == ApprovalAction::Transfer)
            details.insert(QStringLiteral("to"), to);
        AuditLog(m_store).append(m_ctx.actor, QStringLiteral("approval.decide"),
                                 QStringLiteral("approval:") + id, details, m_ctx.address);
    }

    MutationOutcome out;
    out.result.insert(QLatin1String("version"), instance->version);
    out.result.insert(QLatin1String("state"), instanceStateName(instance->state));
    return out;
}

bool ApprovalMutations::actorAdministers() const
{
    if (m_ctx.actor == 0)
        return true; // tack-server admin on the command line
    const auto actor = DirectoryStore(m_store.sql()).user(m_ctx.actor);
    return actor && actor->active && orgrole::administers(actor->role);
}

MutationOutcome ApprovalMutations::rolePut(const QCborMap &args)
{
    ArgReader a(args);
    const QString role = a.text("role", 1, 64);
    const QList<qint64> requested = a.integerList("users", kMaxRoleMembers, 1, admin::kMaxId);
    if (auto e = a.error())
        return failure(*e);
    if (!ArgReader::isObjectId(role))
        return failure(ErrorCode::InvalidArgs, QStringLiteral("role: 1-64 characters of A-Z a-z 0-9 _ -"));
    if (!actorAdministers())
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins assign approval roles"));
    QList<qint64> users;
    for (qint64 user : requested) {
        if (users.contains(user))
            continue;
        if (!m_directory.isActivePerson(user))
            return failure(ErrorCode::InvalidArgs,
                           QStringLiteral("users: %1 is not an active person").arg(user));
        users.append(user);
    }
    std::sort(users.begin(), users.end());
    m_approvals.setRoleMembers(role, users);
    QCborArray members;
    QJsonArray audited;
    for (qint64 user : users) {
        members.append(user);
        audited.append(user);
    }
    QCborMap data = single("role", role);
    data.insert(QLatin1String("users"), members);
    m_record(streams::org(), "approval.role", data);
    AuditLog(m_store).append(m_ctx.actor, QStringLiteral("approval.role"), QStringLiteral("role:") + role,
                             QJsonObject{{QStringLiteral("users"), audited}}, m_ctx.address);
    return MutationOutcome{};
}

MutationOutcome ApprovalMutations::templatePut(const QCborMap &args)
{
    ArgReader a(args);
    const QCborMap body = a.map("template");
    if (auto e = a.error())
        return failure(*e);
    if (!actorAdministers())
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the org's owners and admins design approval forms"));
    QString why;
    auto form = formTemplateFromCbor(body, &why);
    if (form && !ArgReader::isObjectId(form->key))
        why = QStringLiteral("key: 1-64 characters of A-Z a-z 0-9 _ -");
    if (form && why.isEmpty()) {
        const QStringList problems = templateProblems(*form);
        if (!problems.isEmpty())
            why = problems.first();
    }
    if (!why.isEmpty())
        return failure(ErrorCode::InvalidArgs, QStringLiteral("template: ") + why);
    m_approvals.putTemplate(*form, m_ctx.actor, m_ctx.now);
    m_record(streams::org(), "approval.template", single("template", toCbor(*form)));
    AuditLog(m_store).append(m_ctx.actor, QStringLiteral("approval.template"),
                             QStringLiteral("template:") + form->key,
                             QJsonObject{{QStringLiteral("name"), form->name}}, m_ctx.address);
    return MutationOutcome{};
}

} // namespace tack::server
