#include "BoardCardsModel.h"

#include "BoardText.h"
#include "DisplayText.h"
#include "StoreReader.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoardCards, "tack.ui.boards")

namespace tack::ui {

BoardCardsModel::BoardCardsModel(QObject *parent) : BoardModelBase(parent)
{}

void BoardCardsModel::setColumnId(const QString &id)
{
    if (m_column == id)
        return;
    m_column = id;
    emit columnIdChanged();
    refresh();
}

int BoardCardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString BoardCardsModel::summary(const Row &r) const
{
    QStringList parts{r.title};
    if (!r.assigneeNames.isEmpty())
        parts.append(tr("assigned to %1").arg(r.assigneeNames.join(QLatin1String(", "))));
    if (r.due > 0)
        parts.append(boardtext::dueText(r.due));
    if (!r.labels.isEmpty())
        parts.append(tr("labels: %1").arg(r.labels.join(QLatin1String(", "))));
    if (r.checklistTotal > 0)
        parts.append(tr("checklist %1 of %2 done").arg(r.checklistDone).arg(r.checklistTotal));
    if (!r.movedFrom.isEmpty())
        parts.append(boardtext::movedFromText(r.movedFrom));
    return parts.join(QLatin1String("; "));
}

QVariant BoardCardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case CardIdRole:
        return r.id;
    case NotesRole:
        return r.notes;
    case AssigneesRole: {
        QVariantList out;
        for (qsizetype i = 0; i < r.assignees.size(); ++i)
            out.append(QVariantMap{{QStringLiteral("userId"), double(r.assignees.at(i))},
                                   {QStringLiteral("name"), r.assigneeNames.value(i)},
                                   {QStringLiteral("initials"), text::initials(r.assigneeNames.value(i))},
                                   {QStringLiteral("login"), r.assigneeLogins.value(i)}});
        return out;
    }
    case AssigneeNamesRole:
        return r.assigneeNames.join(QLatin1String(", "));
    case DueRole:
        return double(r.due);
    case DueTextRole:
        return r.due > 0 ? boardtext::dueText(r.due) : QString();
    case OverdueRole:
        return !r.done && r.due > 0 && r.due < QDateTime::currentMSecsSinceEpoch();
    case LabelsRole:
        return r.labels;
    case ChecklistDoneRole:
        return r.checklistDone;
    case ChecklistTotalRole:
        return r.checklistTotal;
    case ChecklistTextRole:
        return r.checklistTotal > 0
                   ? tr("%1/%2", "checklist items done/all").arg(r.checklistDone).arg(r.checklistTotal)
                   : QString();
    case DoneRole:
        return r.done;
    case MovedFromRole:
        return r.movedFrom;
    case MovedFromTextRole:
        return r.movedFrom.isEmpty() ? QString() : boardtext::movedFromText(r.movedFrom);
    case PendingRole:
        return r.pending;
    case SummaryRole:
        return summary(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardCardsModel::roleNames() const
{
    return {{CardIdRole, "cardId"},
            {TitleRole, "title"},
            {NotesRole, "notes"},
            {AssigneesRole, "assignees"},
            {AssigneeNamesRole, "assigneeNames"},
            {DueRole, "due"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},
            {LabelsRole, "labels"},
            {ChecklistDoneRole, "checklistDone"},
            {ChecklistTotalRole, "checklistTotal"},
            {ChecklistTextRole, "checklistText"},
            {DoneRole, "done"},
            {MovedFromRole, "movedFrom"},
            {MovedFromTextRole, "movedFromText"},
            {PendingRole, "pending"},
            {SummaryRole, "summary"}};
}

int BoardCardsModel::rowOf(const QString &cardId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == cardId)
            return int(i);
    }
    return -1;
}

QString BoardCardsModel::cardAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void BoardCardsModel::refresh()
{
    QList<Row> next;
    if (canRead() && !m_column.isEmpty()) {
        try {
            for (const store::TodoRecord &t : m_store->replica().cards(m_column)) {
                Row r;
                r.id = t.id;
                r.title = t.title;
                r.notes = t.notes;
                r.assignees = t.assignees;
                for (qint64 user : t.assignees) {
                    r.assigneeNames.append(m_store->userName(user));
                    const auto u = m_store->replica().user(user);
                    r.assigneeLogins.append(u ? u->login : QString());
                }
                r.due = t.due;
                r.labels = t.labels;
                r.checklistTotal = int(t.checklist.size());
                r.checklistDone = int(std::count_if(t.checklist.cbegin(), t.checklist.cend(),
                                                    [](const store::ChecklistItem &i) { return i.done; }));
                r.done = t.done;
                r.movedFrom = t.movedFromTitle;
                r.pending = t.pending;
                next.append(r);
            }
        } catch (const db::SqlError &e) {
            qCWarning(lcBoardCards) << "cannot read cards" << e.what();
            return;
        }
    }
    replaceRows(m_rows, next, [](const Row &r) { return r.id; });
}

} // namespace tack::ui
