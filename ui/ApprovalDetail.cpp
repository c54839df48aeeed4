#include "ApprovalDetail.h"

#include "ApprovalCenter.h"
#include "ApprovalValueText.h"
#include "FollowSource.h"
#include "LanguageNotifier.h"

namespace tack::ui {

using namespace approvals;

ApprovalDetail::ApprovalDetail(QObject *parent) : QObject(parent)
{
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, &ApprovalDetail::refresh);
}

void ApprovalDetail::setCenter(ApprovalCenter *center)
{
    if (!follow(this, m_center, center, &ApprovalDetail::refresh, &ApprovalCenter::changed,
                &ApprovalCenter::onlineChanged))
        return;
    emit centerChanged();
    refresh();
}

void ApprovalDetail::setApprovalId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    refresh();
}

void ApprovalDetail::refresh()
{
    const client::ApprovalView *v = m_center ? m_center->view(m_id) : nullptr;
    m_exists = v != nullptr;
    m_fields.clear();
    m_chain.clear();
    m_cc.clear();
    m_pending.clear();
    m_refusal = m_center && !m_id.isEmpty() ? m_center->refusalFor(m_id) : QString();
    m_canDecide = m_canWithdraw = m_canResubmit = m_canUrge = false;
    if (!v) {
        m_title = m_submitter = m_state = m_stateText = QString();
        emit changed();
        return;
    }
    const ApprovalInstance &a = v->instance;
    const qint64 me = m_center->me();
    const auto form = m_center->formTemplate(a.templateKey);
    m_title = form ? form->name : a.templateKey;
    m_submitter = m_center->userName(a.submitter);
    m_state = instanceStateName(a.state);
    m_stateText = approvaltext::state(a.state);
    if (form)
        m_fields = approvaltext::fields(*form, a.values, *m_center);

    // Who did what at each node since the route last started (submission or resubmission).
    qsizetype start = 0;
    for (qsizetype i = 0; i < a.history.size(); ++i) {
        if (a.history[i].action == ApprovalAction::Submit || a.history[i].action == ApprovalAction::Resubmit)
            start = i;
    }
    const QList<qint64> waiting = a.currentApprovers();
    for (int n = 0; n < a.route.nodes.size(); ++n) {
        const ResolvedNode &node = a.route.nodes[n];
        QStringList people;
        for (qint64 id : node.approvers) {
            QString mark;
            for (qsizetype i = start; i < a.history.size(); ++i) {
                const HistoryEntry &h = a.history[i];
                if (h.node != n || h.actor != id)
                    continue;
                if (h.action == ApprovalAction::Approve)
                    mark = ApprovalText::tr("%1 ✓", "approved").arg(m_center->userName(id));
                else if (h.action == ApprovalAction::Reject)
                    mark = ApprovalText::tr("%1 ✗", "rejected").arg(m_center->userName(id));
                else if (h.action == ApprovalAction::Return)
                    mark = ApprovalText::tr("%1 ↩", "returned").arg(m_center->userName(id));
            }
            if (mark.isEmpty() && a.node == n && waiting.contains(id))
                mark = ApprovalText::tr("%1 (waiting)").arg(m_center->userName(id));
            people.append(mark.isEmpty() ? m_center->userName(id) : mark);
        }
        QString status;
        if (node.skipped)
            status = ApprovalText::tr("Skipped: nobody to approve");
        else if (a.state == InstanceState::Pending && a.node == n)
            status = ApprovalText::tr("Now");
        else if (a.state == InstanceState::Approved || (a.state == InstanceState::Pending && n < a.node))
            status = ApprovalText::tr("Done");
        m_chain.append(
            QVariantMap{{QStringLiteral("name"), node.name},
                        {QStringLiteral("mode"), approvaltext::mode(node.mode)},
                        {QStringLiteral("people"), people.join(ApprovalText::tr(", "))},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("current"), a.state == InstanceState::Pending && a.node == n}});
    }
    QStringList cc;
    for (qint64 id : a.route.ccOnSubmit + a.route.ccOnComplete) {
        const QString name = m_center->userName(id);
        if (!cc.contains(name))
            cc.append(name);
    }
    if (!cc.isEmpty())
        m_cc = ApprovalText::tr("CC: %1").arg(cc.join(ApprovalText::tr(", ")));
    if (!v->pendingActions.isEmpty()) {
        QStringList actions;
        for (const QString &name : v->pendingActions) {
            if (const auto action = approvalActionFromName(name))
                actions.append(approvaltext::action(*action));
        }
        m_pending = m_center->online()
                        ? ApprovalText::tr("Sending: %1").arg(actions.join(ApprovalText::tr(", ")))
                        : ApprovalText::tr("Offline: %1 will be sent when the connection is back; the server "
                                           "decides.")
                              .arg(actions.join(ApprovalText::tr(", ")));
    }
    m_canDecide = waiting.contains(me);
    m_canWithdraw =
        a.submitter == me && (a.state == InstanceState::Pending || a.state == InstanceState::Returned);
    m_canResubmit = a.submitter == me && a.state == InstanceState::Returned;
    m_canUrge = a.submitter == me && a.state == InstanceState::Pending;
    emit changed();
}

} // namespace tack::ui
