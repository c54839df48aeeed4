#include "SearchModel.h"

#include "DisplayText.h"
#include "StoreReader.h"
#include "domain/ChatRules.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearch, "tack.ui.search")

namespace tack::ui {

SearchModel::SearchModel(QObject *parent) : QAbstractListModel(parent)
{}

void SearchModel::setStore(StoreReader *store)
{
    if (m_store == store)
        return;
    m_store = store;
    emit storeChanged();
    refresh();
}

void SearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    emit queryChanged();
    refresh();
}

QList<SearchModel::Row> SearchModel::search(const QString &needle)
{
    QList<Row> rows;
    store::Replica &replica = m_store->replica();
    const qint64 me = m_store->myUserId();
    QHash<QString, QString> titles;
    int chats = 0;
    for (const store::ConversationRecord &c : replica.conversations()) {
        titles.insert(c.id, c.displayTitle);
        if (chats < kMaxPerKind && c.displayTitle.contains(needle, Qt::CaseInsensitive)) {
            rows.append(Row{QStringLiteral("chat"),
                            c.displayTitle,
                            tr("%n member(s)", nullptr, c.memberCount),
                            c.id,
                            {},
                            0,
                            c.lastAt});
            ++chats;
        }
    }
    int people = 0;
    for (const store::UserRecord &u : replica.users()) {
        if (people >= kMaxPerKind)
            break;
        if (!u.active || u.id == me)
            continue;
        if (u.name.contains(needle, Qt::CaseInsensitive) || u.login.contains(needle, Qt::CaseInsensitive)) {
            const QString dm = chat::directConversationId(me, u.id);
            rows.append(
                Row{QStringLiteral("person"), u.name.isEmpty() ? u.login : u.name, u.title, dm, {}, u.id, 0});
            ++people;
        }
    }
    for (const store::MessageRecord &m : replica.searchMessages(needle, kMaxPerKind)) {
        const QString where = titles.value(m.conversation);
        rows.append(
            Row{QStringLiteral("message"),
                m_store->userName(m.sender) + (where.isEmpty() ? QString() : QStringLiteral(" · ") + where),
                text::oneLine(m.text, 120), m.conversation, m.id, m.sender, m.at});
    }
    return rows;
}

void SearchModel::refresh()
{
    QList<Row> rows;
    const QString needle = m_query.trimmed();
    if (m_store && m_store->isOpen() && !needle.isEmpty()) {
        try {
            rows = search(needle);
        } catch (const db::SqlError &e) {
            // A query FTS cannot parse (stray quotes and the like) just finds nothing.
            qCInfo(lcSearch) << "search failed" << e.what();
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KindRole:
        return row.kind;
    case SectionRole:
        if (row.kind == QLatin1String("chat"))
            return tr("Chats");
        if (row.kind == QLatin1String("person"))
            return tr("People");
        return tr("Messages");
    case SubtitleRole:
        return row.subtitle;
    case InitialsRole:
        return text::initials(row.kind == QLatin1String("message")
                                  ? row.title.section(QStringLiteral(" · "), 0, 0)
                                  : row.title);
    case ConversationIdRole:
        return row.conversation;
    case MessageIdRole:
        return row.message;
    case UserIdRole:
        return row.user;
    case TimeTextRole:
        return row.kind == QLatin1String("message")
                   ? text::listTime(row.at, QDateTime::currentMSecsSinceEpoch())
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{KindRole, "kind"},           {SectionRole, "section"},   {TitleRole, "title"},
            {SubtitleRole, "subtitle"},   {InitialsRole, "initials"}, {ConversationIdRole, "conversationId"},
            {MessageIdRole, "messageId"}, {UserIdRole, "userId"},     {TimeTextRole, "timeText"}};
}

} // namespace tack::ui
