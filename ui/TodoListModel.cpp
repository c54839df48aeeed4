#include "TodoListModel.h"

#include "DisplayText.h"
#include "FollowSource.h"
#include "StoreReader.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTodoList, "tack.ui.todos")

namespace tack::ui {

namespace {

QDateTime local(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
}

// The first moment of the local day after the one `now` is in.
qint64 endOfDay(qint64 now)
{
    return QDateTime(local(now).date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

bool TodoListModel::Row::operator==(const Row &o) const
{
    const store::TodoRecord &a = todo;
    const store::TodoRecord &b = o.todo;
    return a.id == b.id && a.title == b.title && a.notes == b.notes && a.assignees == b.assignees &&
           a.due == b.due && a.remind == b.remind && a.priority == b.priority && a.done == b.done &&
           a.board == b.board && a.conversation == b.conversation && a.message == b.message &&
           a.pending == b.pending && assigneeNames == o.assigneeNames && creatorName == o.creatorName &&
           escalatedAt == o.escalatedAt && escalatedText == o.escalatedText;
}

TodoListModel::TodoListModel(QObject *parent) : KeyedListModel(parent)
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_wake, &QTimer::timeout, this, &TodoListModel::refresh);
}

void TodoListModel::setStore(StoreReader *store)
{
    if (!follow(this, m_store, store, &TodoListModel::refresh, &StoreReader::todosChanged,
                &StoreReader::directoryChanged, &StoreReader::openedChanged))
        return;
    emit storeChanged();
    refresh();
}

void TodoListModel::setView(View view)
{
    if (m_view == view)
        return;
    m_view = view;
    emit viewChanged();
    refresh();
}

void TodoListModel::setClockForTest(qint64 nowMs)
{
    m_testNow = nowMs;
    refresh();
}

qint64 TodoListModel::now() const
{
    return m_testNow > 0 ? m_testNow : QDateTime::currentMSecsSinceEpoch();
}

int TodoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString TodoListModel::dueText(qint64 due, qint64 now)
{
    if (due <= 0)
        return {};
    const QDateTime when = local(due);
    const qint64 days = when.date().toJulianDay() - local(now).date().toJulianDay();
    const QString clock = text::clockTime(due);
    if (days == 0)
        return tr("Today %1").arg(clock);
    if (days == 1)
        return tr("Tomorrow %1").arg(clock);
    if (days == -1)
        return tr("Yesterday %1").arg(clock);
    if (days > 1 && days < 7)
        return tr("%1 %2", "weekday and time")
            .arg(QLocale().dayName(when.date().dayOfWeek(), QLocale::ShortFormat), clock);
    return tr("%1 %2", "date and time").arg(QLocale().toString(when.date(), QLocale::ShortFormat), clock);
}

QString TodoListModel::priorityText(int priority)
{
    switch (priority) {
    case 1:
        return tr("Low", "todo priority");
    case 2:
        return tr("Medium", "todo priority");
    case 3:
        return tr("High", "todo priority");
    default:
        return {};
    }
}

QVariant TodoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const store::TodoRecord &t = r.todo;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case TodoIdRole:
        return t.id;
    case NotesRole:
        return t.notes;
    case DueRole:
        return double(t.due);
    case DueTextRole:
        return dueText(t.due, m_readAt);
    case OverdueRole:
        return !t.done && t.due > 0 && t.due < m_readAt;
    case RemindRole:
        return double(t.remind);
    case PriorityRole:
        return t.priority;
    case PriorityTextRole:
        return priorityText(t.priority);
    case DoneRole:
        return t.done;
    case AssigneeIdsRole: {
        QVariantList ids;
        for (qint64 id : t.assignees)
            ids.append(double(id));
        return ids;
    }
    case AssigneeNamesRole:
        return r.assigneeNames;
    case CreatorNameRole:
        return r.creatorName;
    case ConversationRole:
        return t.conversation;
    case MessageRole:
        return t.message;
    case BoardRole:
        return t.board;
    case PendingRole:
        return t.pending;
    case EscalatedAtRole:
        return double(r.escalatedAt);
    case EscalatedTextRole:
        return r.escalatedText;
    default:
        return {};
    }
}

QHash<int, QByteArray> TodoListModel::roleNames() const
{
    return {{TodoIdRole, "todoId"},
            {TitleRole, "title"},
            {NotesRole, "notes"},
            {DueRole, "due"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},
            {RemindRole, "remind"},
            {PriorityRole, "priority"},
            {PriorityTextRole, "priorityText"},
            {DoneRole, "done"},
            {AssigneeIdsRole, "assigneeIds"},
            {AssigneeNamesRole, "assigneeNames"},
            {CreatorNameRole, "creatorName"},
            {ConversationRole, "conversation"},
            {MessageRole, "message"},
            {BoardRole, "board"},
            {PendingRole, "pending"},
            {EscalatedAtRole, "escalatedAt"},
            {EscalatedTextRole, "escalatedText"}};
}

QString TodoListModel::todoAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).todo.id : QString();
}

int TodoListModel::rowOf(const QString &todo) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).todo.id == todo)
            return int(i);
    }
    return -1;
}

QList<TodoListModel::Row> TodoListModel::readRows(qint64 now)
{
    QList<Row> rows;
    if (!m_store || !m_store->isOpen())
        return rows;
    store::Replica &replica = m_store->replica();
    auto names = [this](const QList<qint64> &ids) {
        QStringList out;
        for (qint64 id : ids)
            out.append(m_store->userName(id));
        return out.join(tr(", ", "between names"));
    };
    auto rowOf = [&](const store::TodoRecord &t) {
        Row r;
        r.todo = t;
        r.assigneeNames = names(t.assignees);
        r.creatorName = t.creator > 0 ? m_store->userName(t.creator) : QString();
        return r;
    };
    switch (m_view) {
    case View::AssignedByMe:
        for (const store::TodoRecord &t : replica.todosAssignedByMe())
            rows.append(rowOf(t));
        break;
    case View::EscalatedToMe:
        for (const store::EscalationRecord &e : replica.escalations()) {
            // My own copy when I can read the todo (it shows done or changed since); else what was sent.
            const auto mine = replica.todo(e.todo);
            store::TodoRecord t;
            if (mine && !mine->deleted) {
                t = *mine;
            } else {
                t.id = e.todo;
                t.title = e.title;
                t.due = e.due;
                t.assignees = e.assignees;
            }
            Row r = rowOf(t);
            r.assigneeNames = names(e.assignees);
            r.escalatedAt = e.at;
            r.escalatedText = tr("Overdue, escalated %1").arg(text::listTime(e.at, now));
            rows.append(r);
        }
        break;
    default: {
        const store::TodoView section = m_view == View::Overdue ? store::TodoView::Overdue
                                        : m_view == View::Done  ? store::TodoView::Done
                                        : m_view == View::Today ? store::TodoView::Today
                                                                : store::TodoView::Upcoming;
        for (const store::TodoRecord &t : replica.myTodos(section, now, endOfDay(now)))
            rows.append(rowOf(t));
    }
    }
    return rows;
}

void TodoListModel::refresh()
{
    const qint64 at = now();
    QList<Row> next;
    try {
        next = readRows(at);
    } catch (const db::SqlError &e) {
        qCWarning(lcTodoList) << "cannot read todos" << e.what();
        return;
    }
    const bool clockMoved = at != m_readAt;
    m_readAt = at;
    // Due texts and the overdue flag depend on the clock: every row refreshes when it moved.
    if (syncRows(
            m_rows, next, [](const Row &r) { return r.todo.id; }, clockMoved))
        emit countChanged();
    scheduleWake(at);
}

void TodoListModel::scheduleWake(qint64 now)
{
    if (m_testNow > 0) {
        m_wake.stop();
        return;
    }
    qint64 next = endOfDay(now);
    for (const Row &r : std::as_const(m_rows)) {
        if (!r.todo.done && r.todo.due > now)
            next = std::min(next, r.todo.due);
    }
    // Open rows change colour or section at their due time; today's become yesterday's at midnight.
    m_wake.start(int(std::clamp<qint64>(next - now + 50, 1000, 6 * 60 * 60 * 1000)));
}

void TodoListModel::retranslate()
{
    refresh();
    KeyedListModel::retranslate();
}

} // namespace tack::ui
