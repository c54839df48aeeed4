#include "ConversationListModel.h"

#include "ChatPrefs.h"
#include "DisplayText.h"
#include "FollowSource.h"
#include "ListDiff.h"
#include "StoreReader.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChatList, "tack.ui.chatlist")

namespace tack::ui {

ConversationListModel::ConversationListModel(QObject *parent) : KeyedListModel(parent)
{}

void ConversationListModel::setStore(StoreReader *store)
{
    if (!follow(this, m_store, store, &ConversationListModel::refresh, &StoreReader::conversationsChanged,
                &StoreReader::directoryChanged, &StoreReader::openedChanged))
        return;
    emit storeChanged();
    refresh();
}

void ConversationListModel::setPrefs(ChatPrefs *prefs)
{
    if (m_prefs == prefs)
        return;
    if (m_prefs)
        disconnect(m_prefs, nullptr, this, nullptr);
    m_prefs = prefs;
    if (m_prefs)
        connect(m_prefs, &ChatPrefs::changed, this, &ConversationListModel::refresh);
    emit prefsChanged();
    refresh();
}

void ConversationListModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    emit filterChanged();
    refresh();
}

QList<ConversationListModel::Row> ConversationListModel::readRows()
{
    QList<Row> rows;
    if (!m_store || !m_store->isOpen())
        return rows;
    QList<store::ConversationRecord> records;
    try {
        records = m_store->replica().conversations();
    } catch (const db::SqlError &e) {
        qCWarning(lcChatList) << "cannot read conversations" << e.what();
        return m_rows; // keep showing what we had
    }
    const QString needle = m_filter.trimmed();
    const qint64 me = m_store->myUserId();
    for (const store::ConversationRecord &r : records) {
        if (!needle.isEmpty() && !r.displayTitle.contains(needle, Qt::CaseInsensitive))
            continue;
        Row row;
        row.record = r;
        row.pinned = m_prefs && m_prefs->isPinned(r.id);
        row.muted = m_prefs && m_prefs->isMuted(r.id);
        const QString line = text::oneLine(r.lastText);
        if (r.lastSeq > 0 && r.lastText.isEmpty())
            row.preview = tr("[Message recalled]");
        else if (r.kind == QLatin1String("group") && r.lastSender != 0 && !line.isEmpty())
            row.preview = (r.lastSender == me ? tr("Me") : m_store->userName(r.lastSender)) +
                          QStringLiteral(": ") + line;
        else
            row.preview = line;
        rows.append(row);
    }
    // Pinned first; the replica already orders by activity, and the sort is stable.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.pinned && !b.pinned; });
    return rows;
}

void ConversationListModel::refresh()
{
    const QList<Row> next = readRows();
    const int before = int(m_rows.size());
    morphRows(m_rows, next, [](const Row &r) { return r.record.id; });
    m_rows = next;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (before != m_rows.size())
        emit countChanged();
    int unread = 0;
    for (const Row &r : std::as_const(m_rows))
        unread += int(r.record.unread);
    if (unread != m_totalUnread) {
        m_totalUnread = unread;
        emit totalUnreadChanged();
    }
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void ConversationListModel::retranslate()
{
    refresh(); // previews ("Me: …", "[Message recalled]") are made while refreshing
    KeyedListModel::retranslate();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const store::ConversationRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.displayTitle;
    case ConversationIdRole:
        return r.id;
    case InitialsRole:
        return text::initials(r.displayTitle);
    case KindRole:
        return r.kind;
    case PreviewRole:
        return row.preview;
    case TimeTextRole:
        return text::listTime(r.lastAt, QDateTime::currentMSecsSinceEpoch());
    case LastAtRole:
        return r.lastAt;
    case UnreadRole:
        return int(r.unread);
    case PinnedRole:
        return row.pinned;
    case MutedRole:
        return row.muted;
    case MemberCountRole:
        return r.memberCount;
    case PendingRole:
        return r.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"},
            {TitleRole, "title"},
            {InitialsRole, "initials"},
            {KindRole, "kind"},
            {PreviewRole, "preview"},
            {TimeTextRole, "timeText"},
            {LastAtRole, "lastAt"},
            {UnreadRole, "unread"},
            {PinnedRole, "pinned"},
            {MutedRole, "muted"},
            {MemberCountRole, "memberCount"},
            {PendingRole, "pending"}};
}

int ConversationListModel::rowOf(const QString &conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.id == conversationId)
            return i;
    }
    return -1;
}

QString ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).record.id : QString();
}

int ConversationListModel::unmutedUnread() const
{
    int n = 0;
    for (const Row &r : m_rows) {
        if (!r.muted)
            n += int(r.record.unread);
    }
    return n;
}

} // namespace tack::ui
