#include "ApprovalTimelineModel.h"

#include "ApprovalCenter.h"
#include "ApprovalValueText.h"
#include "DisplayText.h"
#include "FollowSource.h"

#include <QDateTime>
#include <QLocale>

namespace tack::ui {

using namespace approvals;

ApprovalTimelineModel::ApprovalTimelineModel(QObject *parent) : KeyedListModel(parent)
{}

void ApprovalTimelineModel::setCenter(ApprovalCenter *center)
{
    if (!follow(this, m_center, center, &ApprovalTimelineModel::refresh, &ApprovalCenter::changed))
        return;
    emit centerChanged();
    refresh();
}

void ApprovalTimelineModel::setApprovalId(const QString &id)
{
    if (m_approvalId == id)
        return;
    m_approvalId = id;
    emit approvalIdChanged();
    refresh();
}

QList<ApprovalTimelineModel::Row> ApprovalTimelineModel::readRows() const
{
    QList<Row> rows;
    const client::ApprovalView *v = m_center ? m_center->view(m_approvalId) : nullptr;
    if (!v)
        return rows;
    const ApprovalInstance &a = v->instance;
    for (qsizetype i = 0; i < a.history.size(); ++i) {
        const HistoryEntry &h = a.history[i];
        Row r;
        r.key = QStringLiteral("%1/%2").arg(h.at).arg(i);
        r.actorName = m_center->userName(h.actor);
        r.actorLogin = QString::number(h.actor);
        r.action = approvalActionName(h.action);
        if (h.action == ApprovalAction::Transfer)
            r.sentence =
                ApprovalText::tr("%1 passed it on to %2").arg(r.actorName, m_center->userName(h.target));
        else
            r.sentence = ApprovalText::tr("%1 %2", "a person's name and what they did: 王芳 approved")
                             .arg(r.actorName, approvaltext::action(h.action));
        r.comment = h.comment;
        r.timeText = QLocale().toString(QDateTime::fromMSecsSinceEpoch(h.at), QLocale::ShortFormat);
        if (h.node >= 0 && h.node < a.route.nodes.size())
            r.nodeName = a.route.nodes[h.node].name;
        r.pending = i >= v->confirmedHistory;
        rows.append(r);
    }
    return rows;
}

void ApprovalTimelineModel::refresh()
{
    if (syncRows(m_rows, readRows(), [](const Row &r) { return r.key; }))
        emit countChanged();
}

int ApprovalTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ApprovalTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SentenceRole:
        return r.sentence;
    case ActorNameRole:
        return r.actorName;
    case ActorLoginRole:
        return r.actorLogin;
    case InitialsRole:
        return text::initials(r.actorName);
    case ActionRole:
        return r.action;
    case CommentRole:
        return r.comment;
    case TimeTextRole:
        return r.timeText;
    case NodeNameRole:
        return r.nodeName;
    case PendingRole:
        return r.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> ApprovalTimelineModel::roleNames() const
{
    return {{ActorNameRole, "actorName"}, {ActorLoginRole, "actorLogin"}, {InitialsRole, "initials"},
            {ActionRole, "action"},       {SentenceRole, "sentence"},     {CommentRole, "comment"},
            {TimeTextRole, "timeText"},   {NodeNameRole, "nodeName"},     {PendingRole, "pending"}};
}

} // namespace tack::ui
