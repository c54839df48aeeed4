#include "ChatStore.h"

namespace tack::server {
namespace {

ConversationRow readConversation(const db::Statement &s)
{
    return ConversationRow{s.text(0), s.text(1), s.text(2), s.integer(3), s.integer(4), s.integer(5)};
}

MemberRow readMember(const db::Statement &s, const QString &conversation)
{
    return MemberRow{conversation, s.integer(0), s.text(1), s.integer(2), s.integer(3)};
}

MessageRow readMessage(const db::Statement &s)
{
    MessageRow m;
    m.id = s.text(0);
    m.conversation = s.text(1);
    m.seq = s.integer(2);
    m.sender = s.integer(3);
    m.text = s.text(4);
    m.at = s.integer(5);
    m.editedAt = s.integer(6);
    m.recalled = s.integer(7) != 0;
    m.recalledBy = s.integer(8);
    return m;
}

constexpr const char *kMessageColumns =
    "id, conversation, seq, sender, text, at, edited_at, recalled, recalled_by";

} // namespace

std::optional<ConversationRow> ChatStore::conversation(const QString &id)
{
    auto s =
        m_sql.get("SELECT id, kind, title, owner, created_at, member_count FROM conversations WHERE id = ?");
    s->bind(1, id);
    if (!s->step())
        return std::nullopt;
    return readConversation(*s);
}

void ChatStore::insertConversation(const ConversationRow &c)
{
    m_sql
        .get("INSERT INTO conversations(id, kind, title, owner, created_at, member_count) "
             "VALUES(?, ?, ?, ?, ?, ?)")
        ->bind(1, c.id)
        .bind(2, c.kind)
        .bind(3, c.title)
        .bind(4, c.owner)
        .bind(5, c.createdAt)
        .bind(6, c.memberCount)
        .run();
}

void ChatStore::setConversationTitle(const QString &id, const QString &title)
{
    m_sql.get("UPDATE conversations SET title = ? WHERE id = ?")->bind(1, title).bind(2, id).run();
}

void ChatStore::setConversationOwner(const QString &id, qint64 owner)
{
    m_sql.get("UPDATE conversations SET owner = ? WHERE id = ?")->bind(1, owner).bind(2, id).run();
}

qint64 ChatStore::refreshMemberCount(const QString &id)
{
    m_sql
        .get("UPDATE conversations SET member_count = "
             "(SELECT count(*) FROM members WHERE conversation = ?1) WHERE id = ?1")
        ->bind(1, id)
        .run();
    auto s = m_sql.get("SELECT member_count FROM conversations WHERE id = ?");
    s->bind(1, id);
    return s->step() ? s->integer(0) : 0;
}

QList<ConversationRow> ChatStore::conversationsOf(qint64 user, const QString &afterId, int limit)
{
    auto s =
        m_sql.get("SELECT c.id, c.kind, c.title, c.owner, c.created_at, c.member_count FROM members m "
                  "JOIN conversations c ON c.id = m.conversation WHERE m.user = ? AND m.conversation > ? "
                  "ORDER BY m.conversation LIMIT ?");
    s->bind(1, user).bind(2, afterId).bind(3, limit);
    QList<ConversationRow> out;
    while (s->step())
        out.append(readConversation(*s));
    return out;
}

QStringList ChatStore::conversationIdsOf(qint64 user)
{
    auto s = m_sql.get("SELECT conversation FROM members WHERE user = ? ORDER BY conversation");
    s->bind(1, user);
    QStringList out;
    while (s->step())
        out.append(s->text(0));
    return out;
}

std::optional<MemberRow> ChatStore::member(const QString &conversation, qint64 user)
{
    auto s = m_sql.get("SELECT user, role, read, joined_at FROM members WHERE conversation = ? AND user = ?");
    s->bind(1, conversation).bind(2, user);
    if (!s->step())
        return std::nullopt;
    return readMember(*s, conversation);
}

void ChatStore::putMember(const MemberRow &m)
{
    // An update keeps joined_at, so a group's longest member can be found.
    m_sql
        .get("INSERT INTO members(conversation, user, role, read, joined_at) VALUES(?, ?, ?, ?, ?) "
             "ON CONFLICT(conversation, user) DO UPDATE SET role = excluded.role, read = excluded.read")
        ->bind(1, m.conversation)
        .bind(2, m.user)
        .bind(3, m.role)
        .bind(4, m.read)
        .bind(5, m.joinedAt)
        .run();
}

void ChatStore::removeMember(const QString &conversation, qint64 user)
{
    m_sql.get("DELETE FROM members WHERE conversation = ? AND user = ?")
        ->bind(1, conversation)
        .bind(2, user)
        .run();
}

QList<MemberRow> ChatStore::members(const QString &conversation, qint64 afterUser, int limit)
{
    auto s = m_sql.get(
        "SELECT user, role, read, joined_at FROM members WHERE conversation = ? AND user > ? ORDER BY user "
        "LIMIT ?");
    s->bind(1, conversation).bind(2, afterUser).bind(3, limit);
    QList<MemberRow> out;
    while (s->step())
        out.append(readMember(*s, conversation));
    return out;
}

QList<qint64> ChatStore::memberIds(const QString &conversation)
{
    auto s = m_sql.get("SELECT user FROM members WHERE conversation = ? ORDER BY user");
    s->bind(1, conversation);
    QList<qint64> out;
    while (s->step())
        out.append(s->integer(0));
    return out;
}

void ChatStore::setReadMarker(const QString &conversation, qint64 user, qint64 upto)
{
    m_sql.get("UPDATE members SET read = ? WHERE conversation = ? AND user = ?")
        ->bind(1, upto)
        .bind(2, conversation)
        .bind(3, user)
        .run();
}

std::optional<MessageRow> ChatStore::message(const QString &id)
{
    auto s = m_sql.get((QByteArray("SELECT ") + kMessageColumns + " FROM messages WHERE id = ?").constData());
    s->bind(1, id);
    if (!s->step())
        return std::nullopt;
    return readMessage(*s);
}

void ChatStore::insertMessage(const MessageRow &m)
{
    m_sql
        .get(
            "INSERT INTO messages(id, conversation, seq, sender, text, at, edited_at, recalled, recalled_by) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, m.id)
        .bind(2, m.conversation)
        .bind(3, m.seq)
        .bind(4, m.sender)
        .bind(5, m.text)
        .bind(6, m.at)
        .bind(7, m.editedAt)
        .bind(8, m.recalled)
        .bind(9, m.recalledBy)
        .run();
}

void ChatStore::editMessage(const QString &id, const QString &text, qint64 editedAt)
{
    m_sql.get("UPDATE messages SET text = ?, edited_at = ? WHERE id = ?")
        ->bind(1, text)
        .bind(2, editedAt)
        .bind(3, id)
        .run();
}

void ChatStore::recallMessage(const QString &id, qint64 by)
{
    m_sql.get("UPDATE messages SET text = '', recalled = 1, recalled_by = ? WHERE id = ?")
        ->bind(1, by)
        .bind(2, id)
        .run();
}

QList<MessageRow> ChatStore::messagesBefore(const QString &conversation, qint64 beforeSeq, int limit)
{
    auto s = m_sql.get((QByteArray("SELECT ") + kMessageColumns +
                        " FROM messages WHERE conversation = ? AND seq < ? ORDER BY seq DESC LIMIT ?")
                           .constData());
    s->bind(1, conversation).bind(2, beforeSeq).bind(3, limit);
    QList<MessageRow> out;
    while (s->step())
        out.append(readMessage(*s));
    return out;
}

QList<qint64> ChatStore::readList(const QString &conversation, qint64 seq, bool read, qint64 exclude,
                                  qint64 afterUser, int limit)
{
    // Walk members in user order from the page cursor; the LIMIT bounds the work per page.
    auto s = m_sql.get(read ? "SELECT user FROM members WHERE conversation = ? AND user > ? "
                              "AND read >= ? AND user <> ? ORDER BY user LIMIT ?"
                            : "SELECT user FROM members WHERE conversation = ? AND user > ? "
                              "AND read < ? AND user <> ? ORDER BY user LIMIT ?");
    s->bind(1, conversation).bind(2, afterUser).bind(3, seq).bind(4, exclude).bind(5, limit);
    QList<qint64> out;
    while (s->step())
        out.append(s->integer(0));
    return out;
}

qint64 ChatStore::readCount(const QString &conversation, qint64 seq, bool read, qint64 exclude)
{
    auto s =
        m_sql.get(read ? "SELECT count(*) FROM members WHERE conversation = ? AND read >= ? AND user <> ?"
                       : "SELECT count(*) FROM members WHERE conversation = ? AND read < ? AND user <> ?");
    s->bind(1, conversation).bind(2, seq).bind(3, exclude);
    s->step();
    return s->integer(0);
}

} // namespace tack::server
