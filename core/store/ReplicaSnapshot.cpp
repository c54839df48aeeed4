// Snapshots (protocol.md section 5): pages go to staging tables keyed by stream, invisible to queries;
// finishSnapshot swaps the staged rows in and sets the cursor in one transaction.

#include "domain/ChatRules.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>
#include <QSet>

namespace tack::store {
namespace {

using detail::Ctx;
using detail::field;

void clearStaging(Ctx &c, const QString &stream)
{
    for (const char *sql :
         {"DELETE FROM stage_users WHERE stream=?1", "DELETE FROM stage_departments WHERE stream=?1",
          "DELETE FROM stage_conversations WHERE stream=?1", "DELETE FROM stage_members WHERE stream=?1",
          "DELETE FROM stage_messages WHERE stream=?1"}) {
        auto q = c.sql.get(sql);
        q->bind(1, stream);
        q->run();
    }
    detail::clearDingStaging(c, stream);
    detail::clearTodoStaging(c, stream);
    detail::clearApprovalStaging(c, stream);
}

void stageConversation(Ctx &c, const QString &stream, const QCborMap &conv)
{
    const QString id = field(conv, "id").toString();
    if (id.isEmpty())
        detail::malformed(QStringLiteral("snapshot of %1: conversation without an id").arg(stream));
    QString kind = field(conv, "kind").toString();
    if (kind.isEmpty())
        kind = QStringLiteral("group");
    auto q =
        c.sql.get("INSERT OR REPLACE INTO stage_conversations(stream, id, kind, title, owner, created_at, "
                  "member_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q->bind(1, stream)
        .bind(2, id)
        .bind(3, kind)
        .bind(4, field(conv, "title").toString())
        .bind(5, field(conv, "owner").toInteger())
        .bind(6, field(conv, "created_at").toInteger())
        .bind(7, field(conv, "member_count").toInteger());
    q->run();
}

void stageOrg(Ctx &c, const QString &stream, const QCborMap &rows)
{
    for (const QCborValue &v : field(rows, "departments").toArray()) {
        const QCborMap d = v.toMap();
        const qint64 id = field(d, "id").toInteger();
        if (id <= 0)
            detail::malformed(QStringLiteral("snapshot of %1: department without an id").arg(stream));
        auto q = c.sql.get("INSERT OR REPLACE INTO stage_departments(stream, id, name, parent, manager) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
        q->bind(1, stream)
            .bind(2, id)
            .bind(3, field(d, "name").toString())
            .bind(4, field(d, "parent").toInteger())
            .bind(5, field(d, "manager").toInteger());
        q->run();
    }
    for (const QCborValue &v : field(rows, "users").toArray()) {
        const QCborMap u = v.toMap();
        const qint64 id = field(u, "id").toInteger();
        if (id <= 0)
            detail::malformed(QStringLiteral("snapshot of %1: user without an id").arg(stream));
        if (c.version >= 5) {
            auto q =
                c.sql.get("INSERT OR REPLACE INTO stage_users(stream, id, login, name, title, department, "
                          "manager, active, employee_id, phone, email, role, departments, on_leave) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
            q->bind(1, stream)
                .bind(2, id)
                .bind(3, field(u, "login").toString())
                .bind(4, field(u, "name").toString())
                .bind(5, field(u, "title").toString())
                .bind(6, field(u, "department").toInteger())
                .bind(7, field(u, "manager").toInteger())
                .bind(8, field(u, "active").toBool(true))
                .bind(9, field(u, "employee_id").toString())
                .bind(10, field(u, "phone").toString())
                .bind(11, field(u, "email").toString())
                .bind(12, field(u, "role").toString())
                .bind(13, detail::departmentIds(u))
                .bind(14, field(u, "on_leave").toBool(false));
            q->run();
            continue;
        }
        auto q = c.sql.get("INSERT OR REPLACE INTO stage_users(stream, id, login, name, title, department, "
                           "manager, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        q->bind(1, stream)
            .bind(2, id)
            .bind(3, field(u, "login").toString())
            .bind(4, field(u, "name").toString())
            .bind(5, field(u, "title").toString())
            .bind(6, field(u, "department").toInteger())
            .bind(7, field(u, "manager").toInteger())
            .bind(8, field(u, "active").toBool(true));
        q->run();
    }
}

void stageConversationStream(Ctx &c, const QString &stream, const QString &conv, const QCborMap &rows)
{
    if (rows.contains(QLatin1String("conversation")))
        stageConversation(c, stream, field(rows, "conversation").toMap());
    for (const QCborValue &v : field(rows, "members").toArray()) {
        const QCborMap m = v.toMap();
        const qint64 user = field(m, "user").toInteger();
        if (user <= 0)
            detail::malformed(QStringLiteral("snapshot of %1: member without a user").arg(stream));
        QString role = field(m, "role").toString();
        if (role.isEmpty())
            role = QStringLiteral("member");
        auto q = c.sql.get("INSERT OR REPLACE INTO stage_members(stream, conversation, user, role, read) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
        q->bind(1, stream).bind(2, conv).bind(3, user).bind(4, role).bind(5, field(m, "read").toInteger());
        q->run();
    }
    for (const QCborValue &v : field(rows, "messages").toArray()) {
        const QCborMap m = v.toMap();
        const QString id = field(m, "id").toString();
        const qint64 seq = field(m, "seq").toInteger();
        if (id.isEmpty() || seq <= 0)
            detail::malformed(QStringLiteral("snapshot of %1: message without an id or seq").arg(stream));
        const bool recalled = field(m, "recalled").toBool(false);
        auto q = c.sql.get(
            "INSERT OR REPLACE INTO stage_messages(stream, id, conversation, seq, sender, text, at, "
            "edited_at, recalled, recalled_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        q->bind(1, stream)
            .bind(2, id)
            .bind(3, conv)
            .bind(4, seq)
            .bind(5, field(m, "sender").toInteger())
            .bind(6, recalled ? QString() : field(m, "text").toString())
            .bind(7, field(m, "at").toInteger())
            .bind(8, field(m, "edited_at").toInteger())
            .bind(9, recalled)
            .bind(10, field(m, "recalled_by").toInteger());
        q->run();
    }
    detail::stageDings(c, stream, rows);
    detail::stageTodoRows(c, stream, rows); // todo marks
}

void swapOrg(Ctx &c, const QString &stream, ApplyOutcome &out)
{
    c.db.exec("DELETE FROM users; DELETE FROM departments;");
    auto users = c.sql.get(
        c.version >= 5
            ? "INSERT INTO users(id, login, name, title, department, manager, active, employee_id, "
              "phone, email, role, departments, on_leave) SELECT id, login, name, title, department, "
              "manager, active, employee_id, phone, email, role, departments, on_leave "
              "FROM stage_users WHERE stream=?1"
            : "INSERT INTO users(id, login, name, title, department, manager, active) "
              "SELECT id, login, name, title, department, manager, active FROM stage_users "
              "WHERE stream=?1");
    users->bind(1, stream);
    users->run();
    detail::indexAllPeople(c);
    auto depts = c.sql.get("INSERT INTO departments(id, name, parent, manager) "
                           "SELECT id, name, parent, manager FROM stage_departments WHERE stream=?1");
    depts->bind(1, stream);
    depts->run();
    out.directory = true;
}

// The membership list: conversations that vanished were left while we were away; new ones were joined.
void swapUserStream(Ctx &c, const QString &stream, ApplyOutcome &out)
{
    QSet<QString> staged;
    {
        auto q = c.sql.get("SELECT id FROM stage_conversations WHERE stream=?1");
        q->bind(1, stream);
        while (q->step())
            staged.insert(q->text(0));
    }
    QStringList gone;
    {
        auto q = c.sql.get("SELECT id FROM conversations WHERE pending=0 ORDER BY id");
        while (q->step()) {
            if (!staged.contains(q->text(0)))
                gone.append(q->text(0));
        }
    }
    for (const QString &id : gone) {
        detail::dropConversation(c, id);
        out.conversations.insert(id);
        out.dings = true;
        out.leftStreams.append(streams::conversation(id));
    }
    auto insert = c.sql.get(
        "INSERT INTO conversations(id, kind, title, owner, created_at, member_count, pending) "
        "SELECT id, kind, title, owner, created_at, member_count, 0 FROM stage_conversations WHERE stream=?1 "
        "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, title=excluded.title, owner=excluded.owner, "
        "created_at=excluded.created_at, member_count=excluded.member_count, pending=0 "
        "WHERE conversations.pending=1");
    insert->bind(1, stream);
    insert->run();
    QStringList ids(staged.begin(), staged.end());
    ids.sort();
    for (const QString &id : ids) {
        out.conversations.insert(id);
        auto q = c.sql.get("SELECT 1 FROM cursors WHERE stream=?1");
        q->bind(1, streams::conversation(id));
        if (!q->step())
            out.joinedStreams.append(streams::conversation(id));
    }
}

void swapConversationStream(Ctx &c, const QString &stream, const QString &conv, ApplyOutcome &out)
{
    auto conversation = c.sql.get(
        "INSERT INTO conversations(id, kind, title, owner, created_at, member_count, pending) "
        "SELECT id, kind, title, owner, created_at, member_count, 0 FROM stage_conversations WHERE stream=?1 "
        "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, title=excluded.title, owner=excluded.owner, "
        "created_at=excluded.created_at, member_count=excluded.member_count, pending=0");
    conversation->bind(1, stream);
    conversation->run();

    auto dropMembers = c.sql.get("DELETE FROM members WHERE conversation=?1");
    dropMembers->bind(1, conv);
    dropMembers->run();
    auto members = c.sql.get("INSERT INTO members(conversation, user, role, read) "
                             "SELECT ?2, user, role, read FROM stage_members WHERE stream=?1");
    members->bind(1, stream).bind(2, conv);
    members->run();

    // Synced messages are replaced; local ones (pending or failed, no seq yet) stay.
    auto dropMessages = c.sql.get("DELETE FROM messages WHERE conversation=?2 AND seq IS NOT NULL "
                                  "AND id NOT IN (SELECT id FROM stage_messages WHERE stream=?1)");
    dropMessages->bind(1, stream).bind(2, conv);
    dropMessages->run();
    auto messages = c.sql.get("INSERT INTO messages(id, conversation, seq, sender, text, at, edited_at, "
                              "recalled, recalled_by, state, "
                              "error, server_text, server_edited_at, server_recalled, server_recalled_by) "
                              "SELECT id, ?2, seq, sender, text, at, edited_at, recalled, recalled_by, "
                              "'sent', '', text, edited_at, "
                              "recalled, recalled_by FROM stage_messages WHERE stream=?1 ORDER BY seq "
                              "ON CONFLICT(id) DO UPDATE SET" TACK_MESSAGE_UPSERT_SET);
    messages->bind(1, stream).bind(2, conv);
    messages->run();
    detail::swapDings(c, stream, conv, out);
    detail::swapTodoStream(c, stream, out); // todo marks
    out.conversations.insert(conv);
}

} // namespace

void Replica::beginSnapshot(const QString &stream)
{
    auto c = context();
    db::Transaction tx(m_db);
    clearStaging(c, stream);
    tx.commit();
}

void Replica::addSnapshotPage(const QString &stream, const QCborMap &rows)
{
    auto c = context();
    db::Transaction tx(m_db);
    const QString conv = streams::conversationOf(stream);
    if (stream == streams::org()) {
        stageOrg(c, stream, rows);
        detail::stageApprovals(c, stream, rows);
    } else if (!conv.isEmpty()) {
        stageConversationStream(c, stream, conv, rows);
    } else if (stream.startsWith(QLatin1String("t/")) || stream.startsWith(QLatin1String("b/"))) {
        detail::stageTodoRows(c, stream, rows);
    } else {
        for (const QCborValue &v : field(rows, "conversations").toArray())
            stageConversation(c, stream, v.toMap());
        detail::stageApprovals(c, stream, rows);
        detail::stageTodoRows(c, stream, rows); // escalations
    }
    tx.commit();
}

ApplyOutcome Replica::finishSnapshot(const QString &stream, qint64 head)
{
    auto c = context();
    ApplyOutcome out;
    db::Transaction tx(m_db);
    const qint64 before = cursor(stream);
    const QString conv = streams::conversationOf(stream);
    if (stream == streams::org())
        swapOrg(c, stream, out);
    else if (!conv.isEmpty())
        swapConversationStream(c, stream, conv, out);
    else if (stream.startsWith(QLatin1String("t/")) || stream.startsWith(QLatin1String("b/")))
        detail::swapTodoStream(c, stream, out);
    else {
        swapUserStream(c, stream, out);
        detail::swapTodoStream(c, stream, out); // escalations
    }
    if (stream == streams::org() || stream.startsWith(QLatin1String("u/")))
        detail::swapApprovals(c, stream, out);
    clearStaging(c, stream);
    detail::setCursor(c, stream, head);
    detail::finishRemoteWrite(c, out);
    tx.commit();
    noteCursorMove(CursorMove::Kind::Snapshot, stream, before, head, out);
    return out;
}

} // namespace tack::store
