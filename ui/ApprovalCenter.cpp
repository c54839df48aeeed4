#include "ApprovalCenter.h"

#include "StoreReader.h"
#include "client/ClientSession.h"
#include "domain/approvals/ApprovalActions.h"
#include "domain/approvals/BuiltinTemplates.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApprovals, "tack.ui.approvals")

namespace tack::ui {

using namespace approvals;

namespace {

bool isBuiltin(const QString &key)
{
    for (const FormTemplate &t : builtinTemplates()) {
        if (t.key == key)
            return true;
    }
    return false;
}

bool isDecision(ApprovalAction action)
{
    return action == ApprovalAction::Approve || action == ApprovalAction::Reject ||
           action == ApprovalAction::Return || action == ApprovalAction::Transfer;
}

} // namespace

ApprovalCenter::ApprovalCenter(StoreReader *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &StoreReader::openedChanged, this, [this] {
        m_directory.reset();
        m_baseline = false;
        m_announcedRefusals.clear();
        refresh();
    });
    connect(store, &StoreReader::directoryChanged, this, [this] {
        m_directory.reset();
        refresh();
    });
}

ApprovalCenter::~ApprovalCenter() = default;

void ApprovalCenter::setClient(client::ClientSession *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_online = client && client->state() == client::ClientSession::State::Online;
    emit onlineChanged();
    clearError();
    if (!m_client) {
        m_views.clear();
        m_index.clear();
        m_refusals.clear();
        m_waiting = 0;
        emit changed();
        return;
    }
    using C = client::ClientSession;
    connect(m_client, &C::stateChanged, this, [this](C::State state, int) {
        const bool online = state == C::State::Online;
        if (online != m_online) {
            m_online = online;
            emit onlineChanged();
        }
    });
    connect(m_client, &C::approvalsChanged, this, &ApprovalCenter::refresh);
    connect(m_client, &C::queued, this, &ApprovalCenter::refresh);
    connect(m_client, &C::mutationSettled, this, &ApprovalCenter::refresh);
    connect(
        m_client, &C::mutationFailed, this,
        [this](qint64, const QString &name, const QString &, const QString &) { onMutationFailed(name); });
}

qint64 ApprovalCenter::me() const
{
    return m_store && m_store->isOpen() ? m_store->myUserId() : 0;
}

void ApprovalCenter::refresh()
{
    const QList<client::ApprovalView> before = m_views;
    m_views.clear();
    m_index.clear();
    m_refusals.clear();
    if (m_store && m_store->isOpen() && me() > 0) {
        try {
            if (!m_directory)
                m_directory = std::make_unique<client::ReplicaOrgDirectory>(m_store->replica());
            m_views = client::ApprovalOverlay::read(m_store->replica(), me(), *m_directory);
            m_refusals = client::ApprovalOverlay::refusals(m_store->replica());
        } catch (const db::SqlError &e) {
            qCWarning(lcApprovals) << "reading approvals failed:" << e.text();
        }
    }
    for (qsizetype i = 0; i < m_views.size(); ++i)
        m_index.insert(m_views[i].instance.id, i);
    int waiting = 0;
    for (const client::ApprovalView &v : std::as_const(m_views)) {
        if (!v.localOnly && v.instance.currentApprovers().contains(me()))
            ++waiting;
    }
    m_waiting = waiting;
    if (m_baseline)
        announce(before);
    m_baseline = m_store && m_store->isOpen();
    emit changed();
}

void ApprovalCenter::announce(const QList<client::ApprovalView> &before)
{
    QHash<QString, const ApprovalInstance *> old;
    for (const client::ApprovalView &v : before)
        old.insert(v.instance.id, &v.instance);
    const qint64 myId = me();
    for (const client::ApprovalView &v : std::as_const(m_views)) {
        if (v.localOnly)
            continue;
        const ApprovalInstance &a = v.instance;
        const ApprovalInstance *was = old.value(a.id);
        const QString what = templateName(a.templateKey);
        const QString who = userName(a.submitter);
        const bool myTurn = a.currentApprovers().contains(myId);
        if (myTurn && (!was || !was->currentApprovers().contains(myId))) {
            emit notice(a.id, tr("Your turn to approve"), tr("%1 from %2").arg(what, who));
            continue;
        }
        if (a.submitter == myId && was) {
            for (qsizetype i = was->history.size(); i < a.history.size(); ++i) {
                const HistoryEntry &h = a.history[i];
                if (!isDecision(h.action) || h.actor == myId)
                    continue;
                const QString by = h.actor == 0 ? tr("Tack") : userName(h.actor);
                QString text;
                switch (h.action) {
                case ApprovalAction::Approve:
                    text = a.state == InstanceState::Approved ? tr("%1 approved your %2; it is approved.")
                                                              : tr("%1 approved your %2.");
                    break;
                case ApprovalAction::Reject:
                    text = tr("%1 rejected your %2.");
                    break;
                case ApprovalAction::Return:
                    text = tr("%1 returned your %2 for changes.");
                    break;
                default:
                    text = tr("%1 passed your %2 on to someone else.");
                    break;
                }
                emit notice(a.id, tr("A decision on your request"), text.arg(by, what));
            }
            continue;
        }
        if (!was && a.submitter != myId && !myTurn &&
            (a.route.ccOnSubmit.contains(myId) || a.route.ccOnComplete.contains(myId)))
            emit notice(a.id, tr("Copied to you"), tr("%1 from %2").arg(what, who));
    }
    for (const client::ApprovalRefusal &r : std::as_const(m_refusals)) {
        if (m_announcedRefusals.contains(r.mutation))
            continue;
        m_announcedRefusals.insert(r.mutation, true);
        emit refused(r.approval, refusalText(r));
    }
}

void ApprovalCenter::onMutationFailed(const QString &name)
{
    if (handles(name))
        refresh(); // the refusal is announced from the outbox row, with the approval as it is now
}

const client::ApprovalView *ApprovalCenter::view(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_views[*it];
}

QVariantList ApprovalCenter::templates() const
{
    QVariantList out;
    if (!m_store || !m_store->isOpen())
        return out;
    try {
        for (const FormTemplate &t : m_store->replica().approvalTemplates()) {
            out.append(QVariantMap{{QStringLiteral("key"), t.key},
                                   {QStringLiteral("name"), t.name},
                                   {QStringLiteral("description"), t.description},
                                   {QStringLiteral("builtin"), isBuiltin(t.key)}});
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcApprovals) << "reading templates failed:" << e.text();
    }
    return out;
}

std::optional<FormTemplate> ApprovalCenter::formTemplate(const QString &key) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    try {
        return m_store->replica().approvalTemplate(key);
    } catch (const db::SqlError &) {
        return std::nullopt;
    }
}

QString ApprovalCenter::templateName(const QString &key) const
{
    const auto form = formTemplate(key);
    return form ? form->name : key;
}

QString ApprovalCenter::userName(qint64 id) const
{
    if (id == 0)
        return tr("Tack");
    return m_store ? m_store->userName(id) : QStringLiteral("#%1").arg(id);
}

QString ApprovalCenter::departmentName(qint64 id) const
{
    if (!m_store || !m_store->isOpen())
        return QStringLiteral("#%1").arg(id);
    try {
        const auto d = m_store->replica().department(id);
        return d ? d->name : QStringLiteral("#%1").arg(id);
    } catch (const db::SqlError &) {
        return QStringLiteral("#%1").arg(id);
    }
}

QString ApprovalCenter::refusalFor(const QString &approvalId) const
{
    for (qsizetype i = m_refusals.size() - 1; i >= 0; --i) {
        if (m_refusals[i].approval == approvalId)
            return refusalText(m_refusals[i]);
    }
    return {};
}

QString ApprovalCenter::refusalText(const client::ApprovalRefusal &r) const
{
    const client::ApprovalView *v = view(r.approval);
    if (r.code == QLatin1String("conflict") && v && m_directory) {
        if (const auto decision = client::ApprovalOverlay::decisionBefore(v->instance, r)) {
            const QString described =
                describeDecision(*decision, *m_directory, QDateTime::currentMSecsSinceEpoch());
            return tr("Already %1", "followed by e.g. 'approved by Wang Fang at 10:42'").arg(described);
        }
        return tr("This approval changed meanwhile; look at it again.");
    }
    if (r.code == QLatin1String("not_found"))
        return tr("This approval no longer exists, or you are no longer part of it.");
    if (r.code == QLatin1String("forbidden"))
        return tr("It is not your turn or your right to do that.");
    if (r.code == QLatin1String("invalid_args"))
        return tr("The server refused it: %1").arg(r.message);
    return tr("The server refused it (%1).").arg(r.code);
}

void ApprovalCenter::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void ApprovalCenter::clearError()
{
    setError(QString());
}

bool ApprovalCenter::queue(const QString &name, const QCborMap &args)
{
    if (!m_client) {
        setError(tr("Sign in first."));
        return false;
    }
    clearError();
    m_client->submit(name, args);
    return true;
}

QString ApprovalCenter::submit(const QString &templateKey, const QCborMap &values)
{
    const QString id = client::ClientSession::newObjectId();
    QCborMap args;
    args.insert(QLatin1String("id"), id);
    args.insert(QLatin1String("template"), templateKey);
    args.insert(QLatin1String("values"), values);
    return queue(QStringLiteral("approval.submit"), args) ? id : QString();
}

bool ApprovalCenter::resubmit(const QString &approvalId, const QCborMap &values)
{
    const client::ApprovalView *v = view(approvalId);
    if (!v) {
        setError(tr("This approval is not here any more."));
        return false;
    }
    QCborMap args;
    args.insert(QLatin1String("approval"), approvalId);
    args.insert(QLatin1String("action"), QStringLiteral("resubmit"));
    args.insert(QLatin1String("version"), v->instance.version);
    args.insert(QLatin1String("values"), values);
    return queue(QStringLiteral("approval.act"), args);
}

bool ApprovalCenter::putTemplate(const FormTemplate &form)
{
    const QStringList problems = templateProblems(form);
    if (!problems.isEmpty()) {
        setError(problems.first());
        return false;
    }
    QCborMap args;
    args.insert(QLatin1String("template"), toCbor(form));
    return queue(QStringLiteral("approval.template.put"), args);
}

bool ApprovalCenter::act(const QString &approvalId, const QString &actionName, const QString &comment,
                         double to)
{
    const client::ApprovalView *v = view(approvalId);
    const auto action = approvalActionFromName(actionName);
    if (!v || !action || *action == ApprovalAction::Submit || *action == ApprovalAction::Resubmit) {
        setError(tr("That cannot be done on this approval."));
        return false;
    }
    if (!m_directory) {
        setError(tr("Sign in first."));
        return false;
    }
    // The same state machine the server runs: refuse here what it would refuse, with its reason.
    ApprovalInstance copy = v->instance;
    ApprovalIntent intent;
    intent.action = *action;
    intent.actor = me();
    intent.seenVersion = copy.version;
    intent.comment = comment.trimmed();
    if (intent.comment.isEmpty() && intent.action == ApprovalAction::Urge) {
        // The approver reads this in the direct chat: written here, in the submitter's language, rather
        // than the server's English fallback.
        const auto form = formTemplate(copy.templateKey);
        intent.comment = tr("Please look at my approval request waiting for you: %1")
                             .arg(form ? form->name : copy.templateKey);
    }
    intent.transferTo = qint64(to);
    intent.at = QDateTime::currentMSecsSinceEpoch();
    const ActOutcome outcome = applyIntent(copy, intent, *m_directory);
    if (outcome.refusal) {
        setError(outcome.refusal->message);
        return false;
    }
    QCborMap args;
    args.insert(QLatin1String("approval"), approvalId);
    args.insert(QLatin1String("action"), actionName);
    if (changesState(*action))
        args.insert(QLatin1String("version"), v->instance.version);
    if (!intent.comment.isEmpty())
        args.insert(QLatin1String("comment"), intent.comment);
    if (*action == ApprovalAction::Transfer)
        args.insert(QLatin1String("to"), intent.transferTo);
    return queue(QStringLiteral("approval.act"), args);
}

} // namespace tack::ui
