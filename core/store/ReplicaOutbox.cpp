// The outbox: local mutations with their optimistic effects, the overlay that keeps those effects visible
// on top of remote data, and settling, failing and retrying them.

#include "domain/ChatRules.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>
#include <QSet>

namespace tack::store {
namespace detail {
namespace {

bool conversationExists(Ctx &c, const QString &id, bool *pending = nullptr)
{
    auto q = c.sql.get("SELECT pending FROM conversations WHERE id=?1");
    q->bind(1, id);
    if (!q->step())
        return false;
    if (pending)
        *pending = q->integer(0) != 0;
    return true;
}

void insertPendingConversation(Ctx &c, const QString &id, const QString &kind, const QString &title,
                               const QList<qint64> &others, qint64 at)
{
    auto conv =
        c.sql.get("INSERT INTO conversations(id, kind, title, owner, created_at, member_count, pending) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1) ON CONFLICT(id) DO NOTHING");
    conv->bind(1, id).bind(2, kind).bind(3, title).bind(4, c.me).bind(5, at).bind(6, int(others.size() + 1));
    conv->run();
    auto member = c.sql.get("INSERT INTO members(conversation, user, role, read) VALUES (?1, ?2, ?3, 0) "
                            "ON CONFLICT(conversation, user) DO NOTHING");
    member->bind(1, id).bind(2, c.me).bind(3, kind == QLatin1String("group") ? "owner" : "member");
    member->run();
    for (qint64 user : others) {
        member->bind(1, id).bind(2, user).bind(3, "member");
        member->run();
    }
}

// Runs an UPDATE ... RETURNING conversation and records the conversation when a row changed.
void noteReturned(StatementCache::Handle &q, ApplyOutcome &out)
{
    while (q->step())
        out.conversations.insert(q->text(0));
}

QString subjectOf(qint64 me, const QString &name, const QCborMap &args)
{
    if (isTodoMutation(name))
        return todoSubject(name, args);
    if (name == QLatin1String("msg.send") || name == QLatin1String("conv.create"))
        return field(args, "id").toString();
    if (name == QLatin1String("msg.edit") || name == QLatin1String("msg.recall") ||
        name.startsWith(QLatin1String("ding.")))
        return field(args, "message").toString();
    if (name == QLatin1String("dm.open"))
        return chat::directConversationId(me, field(args, "user").toInteger());
    return field(args, "conversation").toString();
}

qint64 insertOutboxRow(Ctx &c, const QString &name, const QCborMap &args, qint64 at)
{
    auto q = c.sql.get("INSERT INTO outbox(name, args, subject, created_at) VALUES (?1, ?2, ?3, ?4)");
    q->bind(1, name).bindBlob(2, QCborValue(args).toCbor()).bind(3, subjectOf(c.me, name, args)).bind(4, at);
    q->run();
    return c.db.lastInsertRowId();
}

OutboxEntry readEntry(db::Statement &q)
{
    // Columns: mutation, name, args, attempts, failed, error, created_at.
    OutboxEntry e;
    e.mutation = q.integer(0);
    e.name = q.text(1);
    e.args = QCborValue::fromCbor(q.blob(2)).toMap();
    e.attempts = int(q.integer(3));
    e.failed = q.integer(4) != 0;
    e.error = q.text(5);
    e.createdAt = q.integer(6);
    return e;
}

} // namespace

void applyLocalEffect(Ctx &c, const QString &name, const QCborMap &args, qint64 at, ApplyOutcome &out)
{
    if (applyTodoLocalEffect(c, name, args, at, out))
        return;
    if (name == QLatin1String("msg.send")) {
        const QString conv = field(args, "conversation").toString();
        if (!conversationExists(c, conv))
            return;
        auto q =
            c.sql.get("INSERT INTO messages(id, conversation, seq, sender, text, at, state, server_text) "
                      "VALUES (?1, ?2, NULL, ?3, ?4, ?5, 'pending', ?4) ON CONFLICT(id) DO NOTHING");
        q->bind(1, field(args, "id").toString())
            .bind(2, conv)
            .bind(3, c.me)
            .bind(4, field(args, "text").toString())
            .bind(5, at);
        q->run();
        if (c.db.changes() > 0)
            out.conversations.insert(conv);
    } else if (name == QLatin1String("msg.edit")) {
        // Never on a recalled message: a recall (remote or our own pending one) beats an edit.
        auto q = c.sql.get("UPDATE messages SET text=?2, edited_at=?3 WHERE id=?1 AND recalled=0 "
                           "AND (text IS NOT ?2 OR edited_at IS NOT ?3) RETURNING conversation");
        q->bind(1, field(args, "message").toString()).bind(2, field(args, "text").toString()).bind(3, at);
        noteReturned(q, out);
    } else if (name == QLatin1String("msg.recall")) {
        auto q =
            c.sql.get("UPDATE messages SET recalled=1, recalled_by=?2, text='' WHERE id=?1 AND recalled=0 "
                      "RETURNING conversation");
        q->bind(1, field(args, "message").toString()).bind(2, c.me);
        noteReturned(q, out);
    } else if (name == QLatin1String("read")) {
        const QString conv = field(args, "conversation").toString();
        auto q = c.sql.get("UPDATE members SET read=?3 WHERE conversation=?1 AND user=?2 AND read<?3");
        q->bind(1, conv).bind(2, c.me).bind(3, field(args, "upto").toInteger());
        q->run();
        if (c.db.changes() > 0)
            out.conversations.insert(conv);
    } else if (name == QLatin1String("conv.create")) {
        const QString id = field(args, "id").toString();
        if (id.isEmpty() || conversationExists(c, id))
            return;
        QList<qint64> others;
        for (const QCborValue &v : field(args, "members").toArray()) {
            const qint64 user = v.toInteger();
            if (user > 0 && user != c.me && !others.contains(user))
                others.append(user);
        }
        insertPendingConversation(c, id, QStringLiteral("group"), field(args, "title").toString(), others,
                                  at);
        out.conversations.insert(id);
    } else if (name == QLatin1String("dm.open")) {
        const qint64 other = field(args, "user").toInteger();
        const QString id = chat::directConversationId(c.me, other);
        if (other <= 0 || conversationExists(c, id))
            return;
        insertPendingConversation(c, id, QStringLiteral("direct"), QString(),
                                  other == c.me ? QList<qint64>() : QList<qint64>{other}, at);
        out.conversations.insert(id);
    } else if (name == QLatin1String("ding.confirm")) {
        confirmDingLocally(c, field(args, "message").toString(), at, out);
    }
    // Other mutations (rename, member changes, roles, ding.send) show once the server's events arrive.
}

void replayOverlay(Ctx &c, ApplyOutcome &out)
{
    struct Pending
    {
        QString name;
        QCborMap args;
        qint64 at;
    };
    QList<Pending> pending;
    {
        auto q = c.sql.get("SELECT name, args, created_at FROM outbox WHERE failed=0 ORDER BY mutation");
        while (q->step())
            pending.append({q->text(0), QCborValue::fromCbor(q->blob(1)).toMap(), q->integer(2)});
    }
    for (const Pending &p : pending)
        applyLocalEffect(c, p.name, p.args, p.at, out);
}

void finishRemoteWrite(Ctx &c, ApplyOutcome &out)
{
    flushMessages(c);
    replayOverlay(c, out);
    refreshSummaries(c, out);
}

} // namespace detail

qint64 Replica::enqueue(const QString &name, const QCborMap &args, ApplyOutcome *outcome)
{
    auto c = context();
    QCborMap stored = args;
    // Objects the client creates need an id before they can be referenced offline; make one if missing.
    const bool creates = name == QLatin1String("msg.send") || name == QLatin1String("conv.create") ||
                         name == QLatin1String("todo.create") || name == QLatin1String("board.create") ||
                         name == QLatin1String("column.create");
    if (creates && detail::field(stored, "id").toString().isEmpty())
        stored.insert(QStringLiteral("id"), detail::newObjectId());

    ApplyOutcome out;
    db::Transaction tx(m_db);
    const qint64 at = detail::nowMs();
    const qint64 mutation = detail::insertOutboxRow(c, name, stored, at);
    detail::applyLocalEffect(c, name, stored, at, out);
    detail::refreshSummaries(c, out);
    tx.commit();
    if (outcome)
        outcome->merge(out);
    return mutation;
}

QList<OutboxEntry> Replica::pendingMutations(int limit)
{
    auto c = context();
    QList<OutboxEntry> entries;
    auto q = c.sql.get("SELECT mutation, name, args, attempts, failed, error, created_at FROM outbox "
                       "WHERE failed=0 ORDER BY mutation LIMIT ?1");
    q->bind(1, limit);
    while (q->step())
        entries.append(detail::readEntry(*q));
    return entries;
}

QList<OutboxEntry> Replica::failedMutations()
{
    auto c = context();
    QList<OutboxEntry> entries;
    auto q = c.sql.get("SELECT mutation, name, args, attempts, failed, error, created_at FROM outbox "
                       "WHERE failed=1 ORDER BY mutation");
    while (q->step())
        entries.append(detail::readEntry(*q));
    return entries;
}

int Replica::pendingCount()
{
    auto c = context();
    auto q = c.sql.get("SELECT count(*) FROM outbox WHERE failed=0");
    q->step();
    return int(q->integer(0));
}

ApplyOutcome Replica::settleMutation(qint64 mutation)
{
    auto c = context();
    ApplyOutcome out;
    db::Transaction tx(m_db);
    auto q = c.sql.get("DELETE FROM outbox WHERE mutation=?1 RETURNING name, args");
    q->bind(1, mutation);
    QString name;
    QCborMap args;
    if (q->step()) {
        name = q->text(0);
        args = QCborValue::fromCbor(q->blob(1)).toMap();
    }
    while (q->step()) {
    }
    if (detail::isTodoMutation(name)) {
        // The server may have placed things differently (a re-keyed order, a card re-homed from a deleted
        // column): what it sent wins now, with the still pending changes on top.
        detail::resetTodoRows(c, name, args, out);
        detail::finishRemoteWrite(c, out);
    }
    tx.commit();
    return out;
}

void Replica::noteAttempt(qint64 mutation, const QString &why)
{
    auto c = context();
    auto q = c.sql.get("UPDATE outbox SET attempts=attempts+1, error=?2 WHERE mutation=?1");
    q->bind(1, mutation).bind(2, why);
    q->run();
}

ApplyOutcome Replica::failMutation(qint64 mutation, const QString &code, const QString &message)
{
    auto c = context();
    ApplyOutcome out;
    db::Transaction tx(m_db);
    QString name;
    QCborMap args;
    {
        auto q = c.sql.get("SELECT name, args FROM outbox WHERE mutation=?1 AND failed=0");
        q->bind(1, mutation);
        if (!q->step())
            return out; // unknown or already failed
        name = q->text(0);
        args = QCborValue::fromCbor(q->blob(1)).toMap();
    }
    const QString why = message.isEmpty() ? code : message;
    {
        // A refused row stays for the person to see and retry, but never with a password in it (an admin's
        // user.create or user.update): what is kept on disk must not hold a credential.
        QCborMap kept = args;
        kept.remove(QLatin1String("password"));
        auto q = c.sql.get("UPDATE outbox SET failed=1, error=?2, args=?3 WHERE mutation=?1");
        q->bind(1, mutation)
            .bind(2, message.isEmpty() ? code : code + QStringLiteral(": ") + message)
            .bindBlob(3, QCborValue(kept).toCbor());
        q->run();
    }

    if (name == QLatin1String("msg.send")) {
        auto q = c.sql.get("UPDATE messages SET state='failed', error=?2 WHERE id=?1 AND seq IS NULL "
                           "RETURNING conversation");
        q->bind(1, detail::field(args, "id").toString()).bind(2, why);
        detail::noteReturned(q, out);
    } else if (name == QLatin1String("msg.edit") || name == QLatin1String("msg.recall")) {
        // Back to what the server last confirmed; other pending changes come back with the overlay.
        auto q = c.sql.get("UPDATE messages SET text=server_text, edited_at=server_edited_at, "
                           "recalled=server_recalled, recalled_by=server_recalled_by WHERE id=?1 "
                           "RETURNING conversation");
        q->bind(1, detail::field(args, "message").toString());
        detail::noteReturned(q, out);
    } else if (name == QLatin1String("ding.confirm")) {
        detail::undoDingConfirm(c, detail::field(args, "message").toString(), out);
    } else if (detail::isTodoMutation(name)) {
        detail::resetTodoRows(c, name, args, out);
    } else if (name == QLatin1String("conv.create") || name == QLatin1String("dm.open")) {
        const QString id = detail::subjectOf(c.me, name, args);
        bool pending = false;
        if (detail::conversationExists(c, id, &pending) && pending) {
            detail::dropConversation(c, id);
            out.conversations.insert(id);
        }
    }
    detail::finishRemoteWrite(c, out);
    tx.commit();
    return out;
}

qint64 Replica::retryMessage(const QString &messageId)
{
    auto c = context();
    db::Transaction tx(m_db);
    QCborMap args;
    QString conv;
    {
        auto q = c.sql.get("SELECT conversation, server_text FROM messages WHERE id=?1 AND state='failed'");
        q->bind(1, messageId);
        if (!q->step())
            return 0;
        conv = q->text(0);
        args.insert(QStringLiteral("conversation"), conv);
        args.insert(QStringLiteral("id"), messageId);
        args.insert(QStringLiteral("text"), q->text(1));
    }
    {
        // Prefer the original arguments, in case the caller sent more than the store knows about.
        auto q = c.sql.get("SELECT args FROM outbox WHERE failed=1 AND name='msg.send' AND subject=?1 "
                           "ORDER BY mutation DESC LIMIT 1");
        q->bind(1, messageId);
        if (q->step())
            args = QCborValue::fromCbor(q->blob(0)).toMap();
    }
    {
        auto q = c.sql.get("DELETE FROM outbox WHERE failed=1 AND name='msg.send' AND subject=?1");
        q->bind(1, messageId);
        q->run();
    }
    const qint64 mutation = detail::insertOutboxRow(c, QStringLiteral("msg.send"), args, detail::nowMs());
    {
        auto q = c.sql.get("UPDATE messages SET state='pending', error='' WHERE id=?1");
        q->bind(1, messageId);
        q->run();
    }
    ApplyOutcome out;
    out.conversations.insert(conv);
    detail::refreshSummaries(c, out);
    tx.commit();
    return mutation;
}

} // namespace tack::store
