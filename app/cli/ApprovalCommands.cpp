// tack-cli approvals: list my approvals, submit a form, act on an approval. Forms are checked here with the
// same validator the server runs again; the server decides, and its refusal is printed as it gives it.
#include "CliCommands.h"
#include "CliOutput.h"
#include "SyncWatch.h"
#include "client/ClientSession.h"
#include "domain/approvals/FormValidator.h"

#include <QJsonArray>

namespace tack::cli {

using namespace tack::approvals;

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QString loginOf(store::Replica &r, qint64 user)
{
    const auto u = r.user(user);
    return u ? u->login : QString::number(user);
}

} // namespace

int CliCommands::approvals()
{
    if (!openSession(Need::Account))
        return kFailed;
    quickSync();
    store::Replica &r = m_session->reader();
    const qint64 me = m_session->account().userId;
    const QList<ApprovalInstance> list = r.approvals();
    if (m_args.json) {
        QJsonArray array;
        for (const ApprovalInstance &a : list) {
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("template"), a.templateKey},
                                     {QStringLiteral("submitter"), loginOf(r, a.submitter)},
                                     {QStringLiteral("state"), instanceStateName(a.state)},
                                     {QStringLiteral("version"), a.version},
                                     {QStringLiteral("my_turn"), a.currentApprovers().contains(me)}});
        }
        CliOutput::printJson(array);
        return kOk;
    }
    for (const ApprovalInstance &a : list) {
        QStringList waiting;
        for (qint64 user : a.currentApprovers())
            waiting.append(loginOf(r, user));
        CliOutput::printLine(
            QStringLiteral("%1 %2  %3 by %4  v%5  %6%7")
                .arg(a.currentApprovers().contains(me) ? QStringLiteral("*") : QStringLiteral(" "), a.id,
                     a.templateKey, loginOf(r, a.submitter))
                .arg(a.version)
                .arg(instanceStateName(a.state),
                     waiting.isEmpty()
                         ? QString()
                         : QStringLiteral(" (waiting for %1)").arg(waiting.join(QStringLiteral(", ")))));
    }
    return kOk;
}

int CliCommands::submitApproval()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString key = m_args.args.at(1);
    store::Replica &r = m_session->reader();
    auto form = r.approvalTemplate(key);
    if (!form && quickSync())
        form = r.approvalTemplate(key);
    if (!form) {
        CliOutput::printError(QStringLiteral("unknown approval form: %1").arg(key));
        return kUsage;
    }
    QCborMap values;
    for (const QString &pair : m_args.fields) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = pair.left(eq);
        const FormField *field = eq > 0 ? form->field(name) : nullptr;
        if (!field) {
            CliOutput::printError(eq > 0 ? QStringLiteral("the %1 form has no field \"%2\"").arg(key, name)
                                         : QStringLiteral("write --field NAME=VALUE"));
            return kUsage;
        }
        const FieldInput input = fieldValueFromText(*field, pair.mid(eq + 1));
        if (!input.value) {
            CliOutput::printError(QStringLiteral("%1: %2").arg(name, input.error));
            return kUsage;
        }
        values.insert(name, *input.value);
    }
    const QList<FieldError> errors = validateForm(*form, values);
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            CliOutput::printError(QStringLiteral("%1: %2").arg(e.field, e.message));
        return kUsage;
    }
    const QString id = client::ClientSession::newObjectId();
    QCborMap args;
    args.insert(QLatin1String("id"), id);
    args.insert(QLatin1String("template"), key);
    args.insert(QLatin1String("values"), values);
    const QString ref = m_session->submit(QStringLiteral("approval.submit"), args);
    return finishWrite(ref, [&](bool sent) {
        if (m_args.json)
            printWriteJson({{QStringLiteral("approval"), id}}, sent);
        else
            CliOutput::printLine(id);
    });
}

int CliCommands::actOnApproval()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString id = m_args.args.at(1);
    const QString actionName = m_args.args.at(2);
    const auto action = approvalActionFromName(actionName);
    if (!action || *action == ApprovalAction::Submit || *action == ApprovalAction::Resubmit) {
        CliOutput::printError(
            QStringLiteral("the action is one of approve, reject, return, withdraw, transfer, "
                           "comment, urge"));
        return kUsage;
    }
    if ((*action == ApprovalAction::Reject || *action == ApprovalAction::Comment) &&
        m_args.comment.trimmed().isEmpty()) {
        CliOutput::printError(QStringLiteral("%1 needs --comment TEXT").arg(actionName));
        return kUsage;
    }
    if ((*action == ApprovalAction::Transfer) == m_args.to.isEmpty()) {
        CliOutput::printError(*action == ApprovalAction::Transfer
                                  ? QStringLiteral("transfer needs --to LOGIN")
                                  : QStringLiteral("--to belongs to transfer"));
        return kUsage;
    }
    store::Replica &r = m_session->reader();
    quickSync(); // decide on the newest version this client can get
    const auto approval = r.approval(id);
    if (!approval) {
        CliOutput::printError(QStringLiteral("unknown approval: %1 (run tack-cli approvals)").arg(id));
        return kFailed;
    }
    QCborMap args;
    args.insert(QLatin1String("approval"), id);
    args.insert(QLatin1String("action"), actionName);
    args.insert(QLatin1String("version"), approval->version);
    if (!m_args.comment.isEmpty())
        args.insert(QLatin1String("comment"), m_args.comment);
    if (*action == ApprovalAction::Transfer) {
        const auto to = resolveLogin(m_args.to);
        if (!to)
            return kFailed;
        args.insert(QLatin1String("to"), *to);
    }
    const QString ref = m_session->submit(QStringLiteral("approval.act"), args);
    return finishWrite(ref, [&](bool sent) {
        printWriteJson({{QStringLiteral("approval"), id}, {QStringLiteral("action"), actionName}}, sent);
    });
}

} // namespace tack::cli
