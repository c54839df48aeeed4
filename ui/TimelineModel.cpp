#include "TimelineModel.h"

#include "DisplayText.h"
#include "FollowSource.h"
#include "ListDiff.h"
#include "StoreReader.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcTimeline, "tack.ui.timeline")

namespace tack::ui {

namespace {

constexpr qint64 kGroupGapMs = 5 * 60 * 1000;

QString stateText(store::MessageRecord::State s)
{
    switch (s) {
    case store::MessageRecord::State::Pending:
        return QStringLiteral("pending");
    case store::MessageRecord::State::Failed:
        return QStringLiteral("failed");
    case store::MessageRecord::State::Sent:
        break;
    }
    return QStringLiteral("sent");
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : KeyedListModel(parent)
{}

void TimelineModel::setStore(StoreReader *store)
{
    // todosChanged: the todo marks on messages.
    if (!follow(this, m_store, store, &TimelineModel::refresh, &StoreReader::directoryChanged,
                &StoreReader::todosChanged))
        return;
    if (m_store) {
        connect(m_store, &StoreReader::conversationsChanged, this, &TimelineModel::onConversationsChanged);
        connect(m_store, &StoreReader::openedChanged, this, &TimelineModel::reload);
        connect(m_store, &StoreReader::historyFinished, this, &TimelineModel::historyLoaded);
    }
    emit storeChanged();
    reload();
}

void TimelineModel::setConversationId(const QString &id)
{
    if (m_conversation == id)
        return;
    m_conversation = id;
    emit conversationIdChanged();
    reload();
}

qint64 TimelineModel::newestSeq() const
{
    for (const Row &r : m_rows) {
        if (r.msg.seq > 0)
            return r.msg.seq;
    }
    return 0;
}

qint64 TimelineModel::oldestSeq() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->msg.seq > 0)
            return it->msg.seq;
    }
    return 0;
}

void TimelineModel::setHistoryState(bool pending, bool atStart)
{
    if (pending == m_historyPending && atStart == m_atStart)
        return;
    m_historyPending = pending;
    m_atStart = atStart;
    emit historyStateChanged();
}

QList<TimelineModel::Row> TimelineModel::decorate(const QList<store::MessageRecord> &messages)
{
    QList<Row> rows;
    rows.reserve(messages.size());
    const qint64 me = m_store->myUserId();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        Row row;
        row.msg = *it;
        row.senderName = m_store->userName(it->sender);
        if (it->recalled)
            row.recalledByName = m_store->userName(it->recalledBy);
        if (it->sender == me && it->seq > 0) {
            row.othersCount = int(m_otherReads.size());
            row.readCount =
                int(m_otherReads.end() - std::lower_bound(m_otherReads.begin(), m_otherReads.end(), it->seq));
        }
        rows.append(row);
    }
    return rows;
}

void TimelineModel::reload()
{
    const ChangeScope scope(m_changing);
    beginResetModel();
    m_rows.clear();
    m_otherReads.clear();
    m_todoMarks.clear();
    m_historyFailed = false;
    m_historyPending = false;
    m_atStart = false;
    m_title.clear();
    m_memberCount = 0;
    endResetModel();
    emit headerChanged();
    emit historyStateChanged();
    refresh();
    emit countChanged();
}

void TimelineModel::onConversationsChanged(const QStringList &ids)
{
    if (!m_conversation.isEmpty() && ids.contains(m_conversation))
        refresh();
}

void TimelineModel::refresh()
{
    if (!m_store || !m_store->isOpen() || m_conversation.isEmpty())
        return;
    QList<store::MessageRecord> messages;
    try {
        store::Replica &replica = m_store->replica();
        const auto record = replica.conversation(m_conversation);
        const QString title = record ? record->displayTitle : QString();
        const int members = record ? record->memberCount : 0;
        if (title != m_title || members != m_memberCount) {
            m_title = title;
            m_memberCount = members;
            emit headerChanged();
        }
        m_otherReads.clear();
        const qint64 me = m_store->myUserId();
        for (const store::MemberRecord &m : replica.members(m_conversation)) {
            if (m.user != me)
                m_otherReads.push_back(m.read);
        }
        std::sort(m_otherReads.begin(), m_otherReads.end());
        m_todoMarks = replica.todoMarks(m_conversation);
        // Keep the loaded window: everything from the oldest loaded message up, plus anything new.
        const qint64 floor = oldestSeq();
        const int want = int(std::max<qsizetype>(m_rows.size() + kPageSize, kPageSize));
        messages = replica.messages(m_conversation, want);
        if (floor > 0)
            messages.erase(
                std::remove_if(messages.begin(), messages.end(),
                               [floor](const store::MessageRecord &m) { return m.seq && m.seq < floor; }),
                messages.end());
    } catch (const db::SqlError &e) {
        qCWarning(lcTimeline) << "cannot read messages" << e.what();
        return;
    }
    m_historyFailed = false;
    const QList<Row> next = decorate(messages);
    const int before = int(m_rows.size());
    const ChangeScope scope(m_changing);
    morphRows(m_rows, next, [](const Row &r) { return r.msg.id; });
    m_rows = next;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (before != m_rows.size())
        emit countChanged();
}

void TimelineModel::appendOlder(const QList<store::MessageRecord> &olderAscending)
{
    if (olderAscending.isEmpty())
        return;
    const QList<Row> rows = decorate(olderAscending);
    const ChangeScope scope(m_changing);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    if (first > 0) // the previously oldest row may lose its day header or join a group
        emit dataChanged(index(first - 1), index(first - 1));
    emit countChanged();
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_store || !m_store->isOpen() || m_conversation.isEmpty())
        return false;
    // With nothing synced there is nothing to page behind (a snapshot brings the newest messages).
    return !m_atStart && !m_historyPending && !m_historyFailed && oldestSeq() > 0;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_changing > 0) {
        // Called from a view reacting to our own change signal: page after the change is complete.
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    const qint64 floor = oldestSeq();
    QList<store::MessageRecord> older;
    try {
        older = m_store->replica().messages(m_conversation, kPageSize, floor);
    } catch (const db::SqlError &e) {
        qCWarning(lcTimeline) << "cannot read older messages" << e.what();
        m_historyFailed = true;
        return;
    }
    if (!older.isEmpty()) {
        appendOlder(older);
        return;
    }
    // The replica has nothing older: ask the server for messages before the oldest one it has.
    setHistoryState(true, false);
    m_store->askHistory(m_conversation, floor);
}

void TimelineModel::historyLoaded(const QString &conversation, int count, bool more, bool failed)
{
    if (conversation != m_conversation || !m_historyPending)
        return;
    if (failed) {
        m_historyFailed = true;
        setHistoryState(false, false);
        return;
    }
    setHistoryState(false, !more && count == 0);
    const qint64 floor = oldestSeq();
    try {
        appendOlder(m_store->replica().messages(m_conversation, kPageSize, floor));
    } catch (const db::SqlError &e) {
        qCWarning(lcTimeline) << "cannot read fetched history" << e.what();
    }
    if (!more)
        setHistoryState(false, true);
}

int TimelineModel::rowOf(const QString &messageId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).msg.id == messageId)
            return i;
    }
    return -1;
}

int TimelineModel::revealMessage(const QString &messageId)
{
    int row = rowOf(messageId);
    if (row >= 0 || !m_store || !m_store->isOpen())
        return row;
    try {
        const auto target = m_store->replica().message(messageId);
        if (!target || target->conversation != m_conversation || target->seq <= 0)
            return -1;
        while (oldestSeq() > target->seq) {
            const auto older = m_store->replica().messages(m_conversation, 200, oldestSeq());
            if (older.isEmpty())
                break;
            appendOlder(older);
        }
        // A little context above the message.
        if (const qint64 floor = oldestSeq(); floor > 0)
            appendOlder(m_store->replica().messages(m_conversation, 10, floor));
    } catch (const db::SqlError &e) {
        qCWarning(lcTimeline) << "cannot reveal message" << e.what();
    }
    return rowOf(messageId);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = index.row();
    const Row &row = m_rows.at(i);
    const store::MessageRecord &m = row.msg;
    const Row *older = i + 1 < m_rows.size() ? &m_rows.at(i + 1) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case MessageIdRole:
        return m.id;
    case SeqRole:
        return m.seq;
    case SenderIdRole:
        return m.sender;
    case SenderNameRole:
        return row.senderName;
    case SenderInitialsRole:
        return text::initials(row.senderName);
    case OwnRole:
        return m_store && m.sender == m_store->myUserId();
    case AtRole:
        return m.at;
    case TimeTextRole:
        return text::clockTime(m.at);
    case DayTextRole:
        return text::dayHeading(m.at, QDateTime::currentMSecsSinceEpoch());
    case ShowDayRole:
        return !older || text::localDay(older->msg.at) != text::localDay(m.at);
    case GroupedRole:
        return older && older->msg.sender == m.sender && !older->msg.recalled && !m.recalled &&
               m.at - older->msg.at < kGroupGapMs && text::localDay(older->msg.at) == text::localDay(m.at);
    case StateRole:
        return stateText(m.state);
    case ErrorRole:
        return m.error;
    case EditedRole:
        return m.editedAt > 0;
    case RecalledRole:
        return m.recalled;
    case RecalledByNameRole:
        return row.recalledByName;
    case ReadCountRole:
        return row.readCount;
    case UnreadCountRole:
        return row.othersCount - row.readCount;
    case TodoMarkRole:
        return m_todoMarks.value(m.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{MessageIdRole, "messageId"},
            {SeqRole, "seq"},
            {TextRole, "text"},
            {SenderIdRole, "senderId"},
            {SenderNameRole, "senderName"},
            {SenderInitialsRole, "senderInitials"},
            {OwnRole, "own"},
            {AtRole, "at"},
            {TimeTextRole, "timeText"},
            {DayTextRole, "dayText"},
            {ShowDayRole, "showDay"},
            {GroupedRole, "grouped"},
            {StateRole, "state"},
            {ErrorRole, "error"},
            {TodoMarkRole, "todoMark"},
            {EditedRole, "edited"},
            {RecalledRole, "recalled"},
            {RecalledByNameRole, "recalledByName"},
            {ReadCountRole, "readCount"},
            {UnreadCountRole, "unreadCount"}};
}

} // namespace tack::ui
