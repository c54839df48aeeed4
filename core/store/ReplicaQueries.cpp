// Read-side queries: directory, conversation list, messages, search, read counts and the canonical dump.

#include "domain/ChatRules.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QTextStream>

namespace tack::store {
namespace {

#define USER_COLUMNS "id, login, name, title, department, manager, active"
#define USER_COLUMNS_V5 USER_COLUMNS ", employee_id, phone, email, role, departments, on_leave"
#define CONVERSATION_COLUMNS                                                                                 \
    "c.id, c.kind, c.title, c.owner, c.created_at, c.member_count, c.pending, c.unread, c.my_read, "         \
    "coalesce(c.last_seq, 0), coalesce(c.last_at, c.created_at), coalesce(c.last_text, ''), "                \
    "coalesce(c.last_sender, 0), "                                                                           \
    "(SELECT u.name FROM members o JOIN users u ON u.id=o.user WHERE o.conversation=c.id AND o.user<>?1 "    \
    " ORDER BY o.user LIMIT 1)"
#define MESSAGE_COLUMNS                                                                                      \
    "m.id, m.conversation, m.seq, m.sender, m.text, m.at, m.edited_at, m.recalled, m.recalled_by, m.state, " \
    "m.error"

UserRecord readUser(db::Statement &q, int version)
{
    UserRecord u;
    u.id = q.integer(0);
    u.login = q.text(1);
    u.name = q.text(2);
    u.title = q.text(3);
    u.department = q.integer(4);
    u.manager = q.integer(5);
    u.active = q.integer(6) != 0;
    if (version >= 5) { // the query selected USER_COLUMNS_V5
        u.employeeId = q.text(7);
        u.phone = q.text(8);
        u.email = q.text(9);
        u.role = q.text(10);
        for (const QString &part : q.text(11).split(QLatin1Char(','), Qt::SkipEmptyParts))
            u.departments.append(part.toLongLong());
        u.onLeave = q.integer(12) != 0;
    }
    if (u.departments.isEmpty() && u.department > 0)
        u.departments.append(u.department);
    return u;
}

ConversationRecord readConversation(db::Statement &q)
{
    ConversationRecord r;
    r.id = q.text(0);
    r.kind = q.text(1);
    r.title = q.text(2);
    r.owner = q.integer(3);
    r.createdAt = q.integer(4);
    r.memberCount = int(q.integer(5));
    r.pending = q.integer(6) != 0;
    r.unread = q.integer(7);
    r.myRead = q.integer(8);
    r.lastSeq = q.integer(9);
    r.lastAt = q.integer(10);
    r.lastText = q.text(11);
    r.lastSender = q.integer(12);
    r.displayTitle = r.title;
    if (r.kind == QLatin1String("direct") && r.displayTitle.isEmpty())
        r.displayTitle = q.text(13);
    return r;
}

// A direct chat whose other member is not stored yet (just opened offline): take the user id from the
// conversation id and look the name up, else fall back to the login-less id.
void fillDirectTitle(detail::Ctx &c, ConversationRecord &r)
{
    if (r.kind != QLatin1String("direct") || !r.displayTitle.isEmpty())
        return;
    const QStringList parts = r.id.split(QLatin1Char('-'));
    if (parts.size() != 3 || parts[0] != QLatin1String("dm"))
        return;
    const qint64 a = parts[1].toLongLong();
    const qint64 b = parts[2].toLongLong();
    const qint64 other = a == c.me ? b : a;
    auto q = c.sql.get("SELECT name FROM users WHERE id=?1");
    q->bind(1, other);
    if (q->step())
        r.displayTitle = q->text(0);
}

MessageRecord readMessage(db::Statement &q)
{
    MessageRecord m;
    m.id = q.text(0);
    m.conversation = q.text(1);
    m.seq = q.isNull(2) ? 0 : q.integer(2);
    m.sender = q.integer(3);
    m.text = q.text(4);
    m.at = q.integer(5);
    m.editedAt = q.integer(6);
    m.recalled = q.integer(7) != 0;
    m.recalledBy = q.integer(8);
    const QString state = q.text(9);
    m.state = state == QLatin1String("pending")  ? MessageRecord::State::Pending
              : state == QLatin1String("failed") ? MessageRecord::State::Failed
                                                 : MessageRecord::State::Sent;
    m.error = q.text(10);
    return m;
}

// Strips what SQLite cannot take in a bound string and what would only confuse a search.
QString cleanQuery(const QString &query)
{
    QString q = query;
    q.remove(QChar(0));
    return q.trimmed();
}

// FTS5 sees the whole input as one quoted phrase, so operators, parentheses, colons, stars and quotes
// typed by the user are matched literally instead of being parsed.
QString ftsPhrase(QString query)
{
    query.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + query + QLatin1Char('"');
}

// Dump fields must not break the one-row-per-line, tab-separated shape.
QString dumpText(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return text;
}

QString likePattern(QString query)
{
    query.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    query.replace(QLatin1Char('%'), QLatin1String("\\%"));
    query.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + query + QLatin1Char('%');
}

} // namespace

std::optional<UserRecord> Replica::user(qint64 id)
{
    auto c = context();
    auto q = c.sql.get(c.version >= 5 ? "SELECT " USER_COLUMNS_V5 " FROM users WHERE id=?1"
                                      : "SELECT " USER_COLUMNS " FROM users WHERE id=?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readUser(*q, c.version);
}

std::optional<UserRecord> Replica::userByLogin(const QString &login)
{
    auto c = context();
    auto q =
        c.sql.get(c.version >= 5 ? "SELECT " USER_COLUMNS_V5 " FROM users WHERE login=?1 ORDER BY id LIMIT 1"
                                 : "SELECT " USER_COLUMNS " FROM users WHERE login=?1 ORDER BY id LIMIT 1");
    q->bind(1, login);
    if (!q->step())
        return std::nullopt;
    return readUser(*q, c.version);
}

QList<UserRecord> Replica::users()
{
    auto c = context();
    QList<UserRecord> all;
    auto q = c.sql.get(c.version >= 5 ? "SELECT " USER_COLUMNS_V5 " FROM users ORDER BY id"
                                      : "SELECT " USER_COLUMNS " FROM users ORDER BY id");
    while (q->step())
        all.append(readUser(*q, c.version));
    return all;
}

QList<DepartmentRecord> Replica::departments()
{
    auto c = context();
    QList<DepartmentRecord> all;
    auto q = c.sql.get("SELECT id, name, parent, manager FROM departments ORDER BY id");
    while (q->step())
        all.append(DepartmentRecord{q->integer(0), q->text(1), q->integer(2), q->integer(3)});
    return all;
}

QList<ConversationRecord> Replica::conversations()
{
    auto c = context();
    QList<ConversationRecord> all;
    {
        auto q = c.sql.get("SELECT " CONVERSATION_COLUMNS " FROM conversations c "
                           "ORDER BY coalesce(c.last_at, c.created_at) DESC, c.id");
        q->bind(1, c.me);
        while (q->step())
            all.append(readConversation(*q));
    }
    for (ConversationRecord &r : all)
        fillDirectTitle(c, r);
    return all;
}

std::optional<ConversationRecord> Replica::conversation(const QString &id)
{
    auto c = context();
    std::optional<ConversationRecord> r;
    {
        auto q = c.sql.get("SELECT " CONVERSATION_COLUMNS " FROM conversations c WHERE c.id=?2");
        q->bind(1, c.me).bind(2, id);
        if (q->step())
            r = readConversation(*q);
    }
    if (r)
        fillDirectTitle(c, *r);
    return r;
}

QList<MemberRecord> Replica::members(const QString &conversation)
{
    auto c = context();
    QList<MemberRecord> all;
    auto q = c.sql.get("SELECT user, role, read FROM members WHERE conversation=?1 ORDER BY user");
    q->bind(1, conversation);
    while (q->step())
        all.append(MemberRecord{q->integer(0), q->text(1), q->integer(2)});
    return all;
}

std::optional<MemberRecord> Replica::member(const QString &conversation, qint64 user)
{
    auto c = context();
    auto q = c.sql.get("SELECT user, role, read FROM members WHERE conversation=?1 AND user=?2");
    q->bind(1, conversation).bind(2, user);
    if (!q->step())
        return std::nullopt;
    return MemberRecord{q->integer(0), q->text(1), q->integer(2)};
}

QList<MessageRecord> Replica::messages(const QString &conversation, int limit, qint64 beforeSeq)
{
    auto c = context();
    QList<MessageRecord> page;
    {
        auto q = c.sql.get("SELECT " MESSAGE_COLUMNS " FROM messages m WHERE m.conversation=?1 "
                           "AND m.seq IS NOT NULL AND (?2=0 OR m.seq<?2) ORDER BY m.seq DESC LIMIT ?3");
        q->bind(1, conversation).bind(2, beforeSeq).bind(3, limit);
        while (q->step())
            page.prepend(readMessage(*q));
    }
    if (beforeSeq == 0) {
        // Local messages not yet sequenced are the newest; all of them follow the page, oldest first.
        auto q = c.sql.get("SELECT " MESSAGE_COLUMNS " FROM messages m WHERE m.conversation=?1 "
                           "AND m.seq IS NULL ORDER BY m.rid");
        q->bind(1, conversation);
        while (q->step())
            page.append(readMessage(*q));
    }
    return page;
}

std::optional<MessageRecord> Replica::message(const QString &id)
{
    auto c = context();
    auto q = c.sql.get("SELECT " MESSAGE_COLUMNS " FROM messages m WHERE m.id=?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return readMessage(*q);
}

qint64 Replica::lowestSeq(const QString &conversation)
{
    auto c = context();
    auto q =
        c.sql.get("SELECT coalesce(min(seq), 0) FROM messages WHERE conversation=?1 AND seq IS NOT NULL");
    q->bind(1, conversation);
    q->step();
    return q->integer(0);
}

QList<MessageRecord> Replica::searchMessages(const QString &query, int limit)
{
    auto c = context();
    QList<MessageRecord> found;
    const QString cleaned = cleanQuery(query);
    if (cleaned.isEmpty() || limit <= 0)
        return found;
    // Trigram tokens need three characters (code points, not UTF-16 units); shorter queries scan.
    const bool useIndex = cleaned.toUcs4().size() >= 3;
    auto q =
        useIndex
            ? c.sql.get("SELECT " MESSAGE_COLUMNS " FROM messages_fts f JOIN messages m ON m.rid=f.rowid "
                        "WHERE messages_fts MATCH ?1 AND m.recalled=0 ORDER BY m.at DESC, m.rid DESC "
                        "LIMIT ?2")
            : c.sql.get("SELECT " MESSAGE_COLUMNS " FROM messages m WHERE m.text LIKE ?1 ESCAPE '\\' "
                        "AND m.recalled=0 ORDER BY m.at DESC, m.rid DESC LIMIT ?2");
    q->bind(1, useIndex ? ftsPhrase(cleaned) : likePattern(cleaned)).bind(2, limit);
    while (q->step())
        found.append(readMessage(*q));
    return found;
}

int Replica::readCount(const QString &conversation, qint64 seq, qint64 sender)
{
    auto c = context();
    auto q = c.sql.get("SELECT count(*) FROM members WHERE conversation=?1 AND user<>?3 AND read>=?2");
    q->bind(1, conversation).bind(2, seq).bind(3, sender);
    q->step();
    return int(q->integer(0));
}

// One line per row, fields separated by tabs, rows ordered by key, so two replicas of one account compare
// as text. Only server-confirmed state goes in: conversations and their members once confirmed (not
// pending), messages by their server_* columns and only with a seq, no maintained list columns.
//
// Messages: a snapshot of c/X holds only the newest 200 messages, while a replica that followed the events
// holds everything it ever saw (plus history pages). To compare the two, the dump takes, per conversation,
// the newest 200 messages by seq; events applied after a snapshot extend both replicas alike.
QString Replica::dumpSyncedState()
{
    auto c = context();
    QString out;
    QTextStream s(&out);
    const QChar tab = QLatin1Char('\t');
    {
        auto q = c.sql.get(c.version >= 5 ? "SELECT " USER_COLUMNS_V5 " FROM users ORDER BY id"
                                          : "SELECT " USER_COLUMNS " FROM users ORDER BY id");
        while (q->step()) {
            const UserRecord u = readUser(*q, c.version);
            s << "user" << tab << u.id << tab << dumpText(u.login) << tab << dumpText(u.name) << tab
              << dumpText(u.title) << tab << u.department << tab << u.manager << tab << int(u.active);
            if (c.version >= 5)
                s << tab << dumpText(u.employeeId) << tab << dumpText(u.phone) << tab << dumpText(u.email)
                  << tab << dumpText(u.role) << tab << detail::joinIds(u.departments) << tab
                  << int(u.onLeave);
            s << '\n';
        }
    }
    for (const DepartmentRecord &d : departments())
        s << "dept" << tab << d.id << tab << dumpText(d.name) << tab << d.parent << tab << d.manager << '\n';
    {
        auto q = c.sql.get("SELECT id, kind, title, owner, created_at, member_count FROM conversations "
                           "WHERE pending=0 ORDER BY id");
        while (q->step())
            s << "conv" << tab << q->text(0) << tab << q->text(1) << tab << dumpText(q->text(2)) << tab
              << q->integer(3) << tab << q->integer(4) << tab << q->integer(5) << '\n';
    }
    {
        auto q =
            c.sql.get("SELECT m.conversation, m.user, m.role, m.read FROM members m JOIN conversations c "
                      "ON c.id=m.conversation WHERE c.pending=0 ORDER BY m.conversation, m.user");
        while (q->step())
            s << "member" << tab << q->text(0) << tab << q->integer(1) << tab << q->text(2) << tab
              << q->integer(3) << '\n';
    }
    {
        auto q = c.sql.get(
            "SELECT conversation, seq, id, sender, server_text, at, server_edited_at, server_recalled, "
            "server_recalled_by FROM (SELECT *, row_number() OVER (PARTITION BY conversation "
            "ORDER BY seq DESC) AS newest FROM messages WHERE seq IS NOT NULL) "
            "WHERE newest<=200 ORDER BY conversation, seq");
        while (q->step())
            s << "msg" << tab << q->text(0) << tab << q->integer(1) << tab << q->text(2) << tab
              << q->integer(3) << tab << dumpText(q->text(4)) << tab << q->integer(5) << tab << q->integer(6)
              << tab << q->integer(7) << tab << q->integer(8) << '\n';
    }
    {
        auto q = c.sql.get("SELECT stream, seq FROM cursors ORDER BY stream");
        while (q->step())
            s << "cursor" << tab << q->text(0) << tab << q->integer(1) << '\n';
    }
    detail::dumpDings(c, s);
    detail::dumpTodos(c, s);
    detail::dumpApprovals(c, s);
    s.flush();
    return out;
}

} // namespace tack::store
