// Applying remote data: stream events, history pages, dropping streams; the row writers they share with
// snapshots; and the maintained conversation-list columns.

#include "domain/ChatRules.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>
#include <algorithm>

namespace tack::store {
namespace detail {
namespace {

QString idText(const QCborValue &v)
{
    // Conversation references are ids; accept an object carrying the id too.
    return v.isMap() ? field(v.toMap(), "id").toString() : v.toString();
}

void requireId(qint64 id, const char *what)
{
    if (id <= 0)
        malformed(QStringLiteral("%1 without a valid id").arg(QLatin1String(what)));
}

void requireText(const QString &id, const char *what)
{
    if (id.isEmpty())
        malformed(QStringLiteral("%1 without an id").arg(QLatin1String(what)));
}

} // namespace

QString departmentIds(const QCborMap &user)
{
    QList<qint64> ids;
    for (const QCborValue &v : field(user, "departments").toArray()) {
        const qint64 id = v.toInteger();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return joinIds(ids);
}

void putUser(Ctx &c, const QCborMap &user)
{
    const qint64 id = field(user, "id").toInteger();
    requireId(id, "user");
    if (c.version >= 5) {
        auto q = c.sql.get(
            "INSERT INTO users(id, login, name, title, department, manager, active, employee_id, phone, "
            "email, "
            "role, departments, on_leave) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
            "ON CONFLICT(id) DO UPDATE SET login=excluded.login, name=excluded.name, title=excluded.title, "
            "department=excluded.department, manager=excluded.manager, active=excluded.active, "
            "employee_id=excluded.employee_id, phone=excluded.phone, email=excluded.email, "
            "role=excluded.role, "
            "departments=excluded.departments, on_leave=excluded.on_leave");
        q->bind(1, id)
            .bind(2, field(user, "login").toString())
            .bind(3, field(user, "name").toString())
            .bind(4, field(user, "title").toString())
            .bind(5, field(user, "department").toInteger())
            .bind(6, field(user, "manager").toInteger())
            .bind(7, field(user, "active").toBool(true))
            .bind(8, field(user, "employee_id").toString())
            .bind(9, field(user, "phone").toString())
            .bind(10, field(user, "email").toString())
            .bind(11, field(user, "role").toString())
            .bind(12, departmentIds(user))
            .bind(13, field(user, "on_leave").toBool(false));
        q->run();
        indexPerson(c, id);
        return;
    }
    auto q =
        c.sql.get("INSERT INTO users(id, login, name, title, department, manager, active) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET login=excluded.login, "
                  "name=excluded.name, title=excluded.title, department=excluded.department, "
                  "manager=excluded.manager, active=excluded.active");
    q->bind(1, id)
        .bind(2, field(user, "login").toString())
        .bind(3, field(user, "name").toString())
        .bind(4, field(user, "title").toString())
        .bind(5, field(user, "department").toInteger())
        .bind(6, field(user, "manager").toInteger())
        .bind(7, field(user, "active").toBool(true));
    q->run();
}

void putDepartment(Ctx &c, const QCborMap &department)
{
    const qint64 id = field(department, "id").toInteger();
    requireId(id, "department");
    auto q = c.sql.get("INSERT INTO departments(id, name, parent, manager) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT(id) DO UPDATE SET name=excluded.name, parent=excluded.parent, "
                       "manager=excluded.manager");
    q->bind(1, id)
        .bind(2, field(department, "name").toString())
        .bind(3, field(department, "parent").toInteger())
        .bind(4, field(department, "manager").toInteger());
    q->run();
}

void putConversation(Ctx &c, const QCborMap &conversation, bool authoritative)
{
    const QString id = field(conversation, "id").toString();
    requireText(id, "conversation");
    auto q = c.sql.get(
        authoritative
            ? "INSERT INTO conversations(id, kind, title, owner, created_at, member_count, pending) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0) ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, "
              "title=excluded.title, owner=excluded.owner, created_at=excluded.created_at, "
              "member_count=excluded.member_count, pending=0"
            : "INSERT INTO conversations(id, kind, title, owner, created_at, member_count, pending) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0) ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, "
              "title=excluded.title, owner=excluded.owner, created_at=excluded.created_at, "
              "member_count=excluded.member_count, pending=0 WHERE conversations.pending=1");
    QString kind = field(conversation, "kind").toString();
    if (kind.isEmpty())
        kind = QStringLiteral("group");
    q->bind(1, id)
        .bind(2, kind)
        .bind(3, field(conversation, "title").toString())
        .bind(4, field(conversation, "owner").toInteger())
        .bind(5, field(conversation, "created_at").toInteger())
        .bind(6, field(conversation, "member_count").toInteger());
    q->run();
}

void putMember(Ctx &c, const QString &conversation, const QCborMap &member)
{
    const qint64 user = field(member, "user").toInteger();
    requireId(user, "member");
    QString role = field(member, "role").toString();
    if (role.isEmpty())
        role = QStringLiteral("member");
    auto q = c.sql.get("INSERT INTO members(conversation, user, role, read) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT(conversation, user) DO UPDATE SET role=excluded.role, "
                       "read=max(read, excluded.read)");
    q->bind(1, conversation).bind(2, user).bind(3, role).bind(4, field(member, "read").toInteger());
    q->run();
}

void bufferMessage(Ctx &c, const QString &conversation, const QCborMap &message)
{
    const QString id = field(message, "id").toString();
    requireText(id, "message");
    const qint64 seq = field(message, "seq").toInteger();
    if (seq <= 0)
        malformed(QStringLiteral("message %1 without a seq").arg(id));
    const bool recalled = field(message, "recalled").toBool(false);
    auto q =
        c.sql.get("INSERT INTO temp.incoming_messages(id, conversation, seq, sender, text, at, edited_at, "
                  "recalled, recalled_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q->bind(1, id)
        .bind(2, conversation)
        .bind(3, seq)
        .bind(4, field(message, "sender").toInteger())
        .bind(5, recalled ? QString() : field(message, "text").toString())
        .bind(6, field(message, "at").toInteger())
        .bind(7, field(message, "edited_at").toInteger())
        .bind(8, recalled)
        .bind(9, field(message, "recalled_by").toInteger());
    q->run();
    c.bufferedMessages = true;
}

void flushMessages(Ctx &c)
{
    if (!c.bufferedMessages)
        return;
    auto insert = c.sql.get(
        "INSERT INTO messages(id, conversation, seq, sender, text, at, edited_at, recalled, recalled_by, "
        "state, "
        "error, server_text, server_edited_at, server_recalled, server_recalled_by) "
        "SELECT id, conversation, seq, sender, text, at, edited_at, recalled, recalled_by, 'sent', '', text, "
        "edited_at, recalled, recalled_by FROM temp.incoming_messages WHERE true ORDER BY n "
        "ON CONFLICT(id) DO UPDATE SET" TACK_MESSAGE_UPSERT_SET);
    insert->run();
    auto clear = c.sql.get("DELETE FROM temp.incoming_messages");
    clear->run();
    c.bufferedMessages = false;
}

void dropConversation(Ctx &c, const QString &conversation)
{
    const QString stream = streams::conversation(conversation);
    static const char *const byConversation[] = {
        "DELETE FROM messages WHERE conversation=?1",
        "DELETE FROM members WHERE conversation=?1",
        "DELETE FROM conversations WHERE id=?1",
    };
    for (const char *sql : byConversation) {
        auto q = c.sql.get(sql);
        q->bind(1, conversation);
        q->run();
    }
    if (c.version >= 3) {
        auto q = c.sql.get("DELETE FROM drafts WHERE conversation=?1");
        q->bind(1, conversation);
        q->run();
    }
    dropDings(c, conversation);
    dropTodoMarks(c, conversation);
    static const char *const byStream[] = {
        "DELETE FROM cursors WHERE stream=?1",
        "DELETE FROM stage_conversations WHERE stream=?1",
        "DELETE FROM stage_members WHERE stream=?1",
        "DELETE FROM stage_messages WHERE stream=?1",
    };
    for (const char *sql : byStream) {
        auto q = c.sql.get(sql);
        q->bind(1, stream);
        q->run();
    }
}

void setCursor(Ctx &c, const QString &stream, qint64 seq)
{
    auto q = c.sql.get("INSERT INTO cursors(stream, seq) VALUES (?1, ?2) "
                       "ON CONFLICT(stream) DO UPDATE SET seq=excluded.seq");
    q->bind(1, stream).bind(2, seq);
    q->run();
}

void refreshSummaries(Ctx &c, const ApplyOutcome &out)
{
    for (const QString &id : out.conversations) {
        // The newest message: a local one not yet sequenced if any, else the highest seq. Two indexed
        // lookups instead of one ORDER BY that would sort the whole conversation.
        auto local =
            c.sql.get("SELECT seq, at, text, sender FROM messages WHERE conversation=?1 AND seq IS NULL "
                      "ORDER BY rid DESC LIMIT 1");
        local->bind(1, id);
        auto synced = c.sql.get("SELECT seq, at, text, sender FROM messages WHERE conversation=?1 "
                                "AND seq IS NOT NULL ORDER BY seq DESC LIMIT 1");
        synced->bind(1, id);
        db::Statement *last = nullptr;
        if (local->step())
            last = &*local;
        else if (synced->step())
            last = &*synced;

        auto q = c.sql.get("UPDATE conversations SET my_read=coalesce((SELECT read FROM members WHERE "
                           "conversation=?1 AND user=?2), 0),"
                           " unread=(SELECT count(*) FROM messages WHERE conversation=?1 AND "
                           "seq>coalesce((SELECT read FROM members "
                           "  WHERE conversation=?1 AND user=?2), 0) AND sender<>?2 AND recalled=0),"
                           " last_seq=?3, last_at=?4, last_text=?5, last_sender=?6 WHERE id=?1");
        q->bind(1, id).bind(2, c.me);
        if (last) {
            if (last->isNull(0))
                q->bindNull(3);
            else
                q->bind(3, last->integer(0));
            q->bind(4, last->integer(1)).bind(5, last->text(2)).bind(6, last->integer(3));
        } else {
            q->bindNull(3).bindNull(4).bindNull(5).bindNull(6);
        }
        q->run();
    }
}

void applyEvent(Ctx &c, const QString &stream, const QCborMap &event, ApplyOutcome &out)
{
    const QString kind = field(event, "kind").toString();
    const QCborMap data = field(event, "data").toMap();
    const QString conv = streams::conversationOf(stream);

    if (kind == QLatin1String("msg.new")) {
        bufferMessage(c, conv, field(data, "message").toMap());
        out.conversations.insert(conv);
        return;
    }
    flushMessages(c); // later events may refer to the buffered messages

    if (kind == QLatin1String("msg.edit")) {
        const QString id = field(data, "message").toString();
        requireText(id, "msg.edit");
        auto q = c.sql.get("UPDATE messages SET server_text=?2, server_edited_at=?3, text=?2, edited_at=?3 "
                           "WHERE id=?1 AND server_recalled=0 AND ?3>=server_edited_at");
        q->bind(1, id).bind(2, field(data, "text").toString()).bind(3, field(data, "edited_at").toInteger());
        q->run();
        out.conversations.insert(conv);
    } else if (kind == QLatin1String("msg.recall")) {
        const QString id = field(data, "message").toString();
        requireText(id, "msg.recall");
        auto q = c.sql.get("UPDATE messages SET server_recalled=1, server_recalled_by=?2, server_text='', "
                           "recalled=1, recalled_by=?2, text='' WHERE id=?1");
        q->bind(1, id).bind(2, field(data, "recalled_by").toInteger());
        q->run();
        out.conversations.insert(conv);
    } else if (kind == QLatin1String("read")) {
        const qint64 user = field(data, "user").toInteger();
        requireId(user, "read");
        auto q = c.sql.get("UPDATE members SET read=max(read, ?3) WHERE conversation=?1 AND user=?2");
        q->bind(1, conv).bind(2, user).bind(3, field(data, "upto").toInteger());
        q->run();
        out.conversations.insert(conv);
    } else if (kind == QLatin1String("member.put")) {
        putMember(c, conv, field(data, "member").toMap());
        out.conversations.insert(conv);
    } else if (kind == QLatin1String("member.removed")) {
        const qint64 user = field(data, "user").toInteger();
        requireId(user, "member.removed");
        auto q = c.sql.get("DELETE FROM members WHERE conversation=?1 AND user=?2");
        q->bind(1, conv).bind(2, user);
        q->run();
        out.conversations.insert(conv);
    } else if (kind == QLatin1String("conv.put")) {
        const QCborMap object = field(data, "conversation").toMap();
        putConversation(c, object, true);
        out.conversations.insert(field(object, "id").toString());
    } else if (applyDingEvent(c, conv, kind, event, out)) {
        // ding.sent / ding.confirmed
    } else if (applyTodoEvent(c, stream, kind, event, out)) {
        // todos, boards, columns, todo marks, board membership
    } else if (applyApprovalEvent(c, kind, field(event, "data").toMap(), out)) {
        // approval.put / approval.template / approval.notice
    } else if (kind == QLatin1String("user.put")) {
        putUser(c, field(data, "user").toMap());
        out.directory = true;
    } else if (kind == QLatin1String("dept.put")) {
        putDepartment(c, field(data, "department").toMap());
        out.directory = true;
    } else if (kind == QLatin1String("dept.removed")) {
        const qint64 id = field(data, "department").toInteger();
        requireId(id, "dept.removed");
        auto q = c.sql.get("DELETE FROM departments WHERE id=?1");
        q->bind(1, id);
        q->run();
        out.directory = true;
    } else if (kind == QLatin1String("conv.joined")) {
        // The conversation's own stream is authoritative for its row; this only makes it visible early.
        const QCborMap object = field(data, "conversation").toMap();
        putConversation(c, object, false);
        const QString id = field(object, "id").toString();
        out.conversations.insert(id);
        const QString joined = streams::conversation(id);
        // Left earlier in this batch stays in leftStreams: its data and cursor are gone, so the stream has
        // to be forgotten and synced afresh, not carried on from the old cursor.
        if (!out.joinedStreams.contains(joined))
            out.joinedStreams.append(joined);
    } else if (kind == QLatin1String("conv.left")) {
        const QString id = idText(field(data, "conversation"));
        requireText(id, "conv.left");
        dropConversation(c, id);
        out.conversations.insert(id);
        out.dings = true;
        const QString left = streams::conversation(id);
        out.joinedStreams.removeAll(left);
        if (!out.leftStreams.contains(left))
            out.leftStreams.append(left);
    }
    // Unknown kinds are skipped (a newer server may add some); the cursor still moves past them.
}

} // namespace detail

ApplyOutcome Replica::applyEvents(const QString &stream, const QList<QCborMap> &events)
{
    auto c = context();
    QList<QCborMap> ordered = events;
    std::stable_sort(ordered.begin(), ordered.end(), [](const QCborMap &a, const QCborMap &b) {
        return detail::field(a, "seq").toInteger() < detail::field(b, "seq").toInteger();
    });

    ApplyOutcome out;
    db::Transaction tx(m_db);
    const qint64 start = cursor(stream);
    qint64 at = start;
    for (const QCborMap &event : ordered) {
        const qint64 seq = detail::field(event, "seq").toInteger();
        if (seq <= at)
            continue; // duplicate
        if (seq != at + 1)
            break; // gap: the caller fetches the missing events
        detail::applyEvent(c, stream, event, out);
        at = seq;
    }
    if (at == start)
        return out; // nothing new; the transaction rolls back having written nothing
    detail::flushMessages(c);
    detail::setCursor(c, stream, at);
    detail::finishRemoteWrite(c, out);
    tx.commit();
    noteCursorMove(CursorMove::Kind::Events, stream, start, at, out);
    return out;
}

void Replica::noteCursorMove(CursorMove::Kind kind, const QString &stream, qint64 from, qint64 to,
                             const ApplyOutcome &out)
{
    if (!m_cursorObserver)
        return;
    m_cursorObserver(CursorMove{kind, stream, from, to});
    for (const QString &left : out.leftStreams) {
        if (left != stream || kind != CursorMove::Kind::Dropped)
            m_cursorObserver(CursorMove{CursorMove::Kind::Dropped, left, 0, 0});
    }
}

ApplyOutcome Replica::dropStream(const QString &stream)
{
    auto c = context();
    ApplyOutcome out;
    db::Transaction tx(m_db);
    const QString conv = streams::conversationOf(stream);
    if (!conv.isEmpty()) {
        detail::dropConversation(c, conv);
        out.conversations.insert(conv);
        out.leftStreams.append(stream);
        out.dings = true;
    } else if (stream.startsWith(QLatin1String("t/")) || stream.startsWith(QLatin1String("b/"))) {
        detail::dropTodoStream(c, stream, out);
        if (stream.startsWith(QLatin1String("b/")))
            out.leftStreams.append(stream);
    } else {
        if (stream == streams::org()) {
            m_db.exec("DELETE FROM users; DELETE FROM departments;");
            detail::indexAllPeople(c);
            out.directory = true;
        }
        for (const char *sql :
             {"DELETE FROM cursors WHERE stream=?1", "DELETE FROM stage_users WHERE stream=?1",
              "DELETE FROM stage_departments WHERE stream=?1",
              "DELETE FROM stage_conversations WHERE stream=?1"}) {
            auto q = c.sql.get(sql);
            q->bind(1, stream);
            q->run();
        }
    }
    detail::finishRemoteWrite(c, out);
    tx.commit();
    noteCursorMove(CursorMove::Kind::Dropped, stream, 0, 0, out);
    return out;
}

ApplyOutcome Replica::storeHistory(const QString &conversation, const QList<QCborMap> &messages)
{
    auto c = context();
    ApplyOutcome out;
    db::Transaction tx(m_db);
    {
        auto exists = c.sql.get("SELECT 1 FROM conversations WHERE id=?1");
        exists->bind(1, conversation);
        if (!exists->step())
            return out; // left meanwhile: nothing to attach the history to
    }
    for (const QCborMap &message : messages)
        detail::bufferMessage(c, conversation, message);
    out.conversations.insert(conversation);
    detail::finishRemoteWrite(c, out);
    tx.commit();
    return out;
}

} // namespace tack::store
