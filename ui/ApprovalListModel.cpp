#include "ApprovalListModel.h"

#include "ApprovalCenter.h"
#include "ApprovalValueText.h"
#include "DisplayText.h"
#include "FollowSource.h"

#include <QDateTime>

namespace tack::ui {

using namespace approvals;

namespace {

bool inBox(const QString &box, const ApprovalInstance &a, qint64 me)
{
    const bool myTurn = a.currentApprovers().contains(me);
    if (box == QLatin1String("todo"))
        return myTurn;
    if (box == QLatin1String("mine"))
        return a.submitter == me;
    if (box == QLatin1String("cc"))
        return a.submitter != me && (a.route.ccOnSubmit.contains(me) || (a.state == InstanceState::Approved &&
                                                                         a.route.ccOnComplete.contains(me)));
    if (box == QLatin1String("done")) {
        if (myTurn || a.submitter == me)
            return false;
        for (const HistoryEntry &h : a.history) {
            if (h.actor == me && h.action != ApprovalAction::Comment)
                return true;
        }
    }
    return false;
}

} // namespace

ApprovalListModel::ApprovalListModel(QObject *parent) : KeyedListModel(parent)
{}

void ApprovalListModel::setCenter(ApprovalCenter *center)
{
    if (!follow(this, m_center, center, &ApprovalListModel::refresh, &ApprovalCenter::changed))
        return;
    emit centerChanged();
    refresh();
}

void ApprovalListModel::setBox(const QString &box)
{
    if (m_box == box)
        return;
    m_box = box;
    emit boxChanged();
    refresh();
}

QList<ApprovalListModel::Row> ApprovalListModel::readRows() const
{
    QList<Row> rows;
    if (!m_center)
        return rows;
    const qint64 me = m_center->me();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const client::ApprovalView &v : m_center->views()) {
        const ApprovalInstance &a = v.instance;
        if (!inBox(m_box, a, me))
            continue;
        Row r;
        r.id = a.id;
        const auto form = m_center->formTemplate(a.templateKey);
        r.templateName = form ? form->name : a.templateKey;
        r.submitterName = m_center->userName(a.submitter);
        r.submitterLogin = QString::number(a.submitter);
        r.summary = form ? approvaltext::summary(*form, a.values, *m_center) : QString();
        r.state = instanceStateName(a.state);
        r.stateText = approvaltext::state(a.state);
        QStringList waiting;
        for (qint64 id : a.currentApprovers())
            waiting.append(m_center->userName(id));
        if (!waiting.isEmpty())
            r.waiting = ApprovalText::tr("Waiting for %1").arg(waiting.join(ApprovalText::tr(", ")));
        r.timeText = a.history.isEmpty() ? QString() : text::listTime(a.history.last().at, now);
        r.local = !v.pendingActions.isEmpty();
        rows.append(r);
    }
    return rows;
}

void ApprovalListModel::refresh()
{
    if (syncRows(m_rows, readRows(), [](const Row &r) { return r.id; }))
        emit countChanged();
}

int ApprovalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ApprovalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case TemplateNameRole:
        return r.templateName;
    case SubmitterNameRole:
        return r.submitterName;
    case SubmitterLoginRole:
        return r.submitterLogin;
    case InitialsRole:
        return text::initials(r.submitterName);
    case SummaryRole:
        return r.summary;
    case StateRole:
        return r.state;
    case StateTextRole:
        return r.stateText;
    case WaitingRole:
        return r.waiting;
    case TimeTextRole:
        return r.timeText;
    case LocalRole:
        return r.local;
    default:
        return {};
    }
}

QHash<int, QByteArray> ApprovalListModel::roleNames() const
{
    return {{IdRole, "approvalId"},
            {TemplateNameRole, "templateName"},
            {SubmitterNameRole, "submitterName"},
            {SubmitterLoginRole, "submitterLogin"},
            {InitialsRole, "initials"},
            {SummaryRole, "summary"},
            {StateRole, "approvalState"},
            {StateTextRole, "stateText"},
            {WaitingRole, "waiting"},
            {TimeTextRole, "timeText"},
            {LocalRole, "local"}};
}

QString ApprovalListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ApprovalListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace tack::ui
