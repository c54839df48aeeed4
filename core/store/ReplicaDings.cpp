// DINGs in the replica (protocol.md: ding.sent, ding.confirmed, snapshot `dings` rows): applying them,
// staging them from snapshots, the optimistic confirmation and the queries the alert and status views use.
// All of it needs schema version 4; on older files (tests open them) it does nothing.

#include "domain/ChatRules.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QCborArray>
#include <QTextStream>

namespace tack::store {
namespace detail {

bool hasDings(const Ctx &c)
{
    return c.version >= 4;
}

bool applyDingEvent(Ctx &c, const QString &conversation, const QString &kind, const QCborMap &event,
                    ApplyOutcome &out)
{
    const bool sent = kind == QLatin1String("ding.sent");
    if (!sent && kind != QLatin1String("ding.confirmed"))
        return false;
    if (!hasDings(c))
        return true;
    const QCborMap data = field(event, "data").toMap();
    const QString message = field(data, "message").toString();
    if (message.isEmpty())
        malformed(QStringLiteral("%1 without a message").arg(kind));
    const qint64 at = field(event, "at").toInteger();
    if (sent) {
        // dinged_at and round only move forward; a confirmation stays (the server never re-DINGs it).
        auto q = c.sql.get(
            "INSERT INTO dings(conversation, message, user, sender, dinged_at, round, confirmed_at, "
            "server_confirmed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0) ON CONFLICT(message, user) DO UPDATE "
            "SET sender=excluded.sender, dinged_at=max(dinged_at, excluded.dinged_at), "
            "round=max(round, excluded.round)");
        for (const QCborValue &u : field(data, "users").toArray()) {
            if (u.toInteger() <= 0)
                malformed(QStringLiteral("ding.sent with an invalid user"));
            q->bind(1, conversation)
                .bind(2, message)
                .bind(3, u.toInteger())
                .bind(4, field(event, "by").toInteger())
                .bind(5, at)
                .bind(6, field(data, "round").toInteger());
            q->run();
        }
    } else {
        const qint64 user = field(data, "user").toInteger();
        if (user <= 0)
            malformed(QStringLiteral("ding.confirmed without a user"));
        // The first confirmation wins; a row we never saw DINGed still records who confirmed.
        auto q = c.sql.get(
            "INSERT INTO dings(conversation, message, user, sender, dinged_at, round, confirmed_at, "
            "server_confirmed_at) VALUES (?1, ?2, ?3, 0, 0, 0, ?4, ?4) ON CONFLICT(message, user) DO UPDATE "
            "SET server_confirmed_at=CASE WHEN server_confirmed_at=0 THEN excluded.server_confirmed_at "
            "ELSE server_confirmed_at END, confirmed_at=CASE WHEN server_confirmed_at=0 THEN "
            "excluded.server_confirmed_at ELSE server_confirmed_at END");
        q->bind(1, conversation).bind(2, message).bind(3, user).bind(4, at > 0 ? at : 1);
        q->run();
    }
    out.conversations.insert(conversation);
    out.dings = true;
    return true;
}

void stageDings(Ctx &c, const QString &stream, const QCborMap &rows)
{
    if (!hasDings(c))
        return;
    for (const QCborValue &v : field(rows, "dings").toArray()) {
        const QCborMap d = v.toMap();
        const QString message = field(d, "message").toString();
        const qint64 user = field(d, "user").toInteger();
        if (message.isEmpty() || user <= 0)
            malformed(QStringLiteral("snapshot of %1: ding without a message or user").arg(stream));
        auto q =
            c.sql.get("INSERT OR REPLACE INTO stage_dings(stream, message, user, sender, dinged_at, round, "
                      "confirmed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        q->bind(1, stream)
            .bind(2, message)
            .bind(3, user)
            .bind(4, field(d, "by").toInteger())
            .bind(5, field(d, "dinged_at").toInteger())
            .bind(6, field(d, "round").toInteger())
            .bind(7, field(d, "confirmed_at").toInteger());
        q->run();
    }
}

void swapDings(Ctx &c, const QString &stream, const QString &conversation, ApplyOutcome &out)
{
    if (!hasDings(c))
        return;
    auto drop = c.sql.get("DELETE FROM dings WHERE conversation=?1");
    drop->bind(1, conversation);
    drop->run();
    auto insert = c.sql.get("INSERT INTO dings(conversation, message, user, sender, dinged_at, round, "
                            "confirmed_at, server_confirmed_at) SELECT ?2, message, user, sender, dinged_at, "
                            "round, confirmed_at, confirmed_at FROM stage_dings WHERE stream=?1");
    insert->bind(1, stream).bind(2, conversation);
    insert->run();
    out.dings = true;
}

void clearDingStaging(Ctx &c, const QString &stream)
{
    if (!hasDings(c))
        return;
    auto q = c.sql.get("DELETE FROM stage_dings WHERE stream=?1");
    q->bind(1, stream);
    q->run();
}

void dropDings(Ctx &c, const QString &conversation)
{
    if (!hasDings(c))
        return;
    auto q = c.sql.get("DELETE FROM dings WHERE conversation=?1");
    q->bind(1, conversation);
    q->run();
    clearDingStaging(c, streams::conversation(conversation));
}

void confirmDingLocally(Ctx &c, const QString &message, qint64 at, ApplyOutcome &out)
{
    if (!hasDings(c))
        return;
    auto q = c.sql.get("UPDATE dings SET confirmed_at=?3 WHERE message=?1 AND user=?2 AND confirmed_at=0 "
                       "RETURNING conversation");
    q->bind(1, message).bind(2, c.me).bind(3, at > 0 ? at : 1);
    while (q->step()) {
        out.conversations.insert(q->text(0));
        out.dings = true;
    }
}

void undoDingConfirm(Ctx &c, const QString &message, ApplyOutcome &out)
{
    if (!hasDings(c))
        return;
    auto q = c.sql.get("UPDATE dings SET confirmed_at=server_confirmed_at WHERE message=?1 AND user=?2 "
                       "AND confirmed_at<>server_confirmed_at RETURNING conversation");
    q->bind(1, message).bind(2, c.me);
    while (q->step()) {
        out.conversations.insert(q->text(0));
        out.dings = true;
    }
}

void dumpDings(Ctx &c, QTextStream &s)
{
    if (!hasDings(c))
        return;
    // What a snapshot carries: the unconfirmed, and DINGs on the newest 200 messages of each chat.
    auto q = c.sql.get(
        "SELECT d.conversation, d.message, d.user, d.sender, d.dinged_at, d.round, d.server_confirmed_at "
        "FROM dings d WHERE d.server_confirmed_at=0 OR d.message IN (SELECT id FROM (SELECT id, "
        "row_number() OVER (PARTITION BY conversation ORDER BY seq DESC) AS newest FROM messages "
        "WHERE seq IS NOT NULL AND conversation=d.conversation) WHERE newest<=200) "
        "ORDER BY d.conversation, d.message, d.user");
    const QChar tab = QLatin1Char('\t');
    while (q->step())
        s << "ding" << tab << q->text(0) << tab << q->text(1) << tab << q->integer(2) << tab << q->integer(3)
          << tab << q->integer(4) << tab << q->integer(5) << tab << q->integer(6) << '\n';
}

} // namespace detail

namespace {

#define DING_COLUMNS                                                                                         \
    "d.message, d.conversation, d.user, CASE WHEN d.sender<>0 THEN d.sender ELSE coalesce(m.sender, 0) "     \
    "END, "                                                                                                  \
    "d.dinged_at, d.confirmed_at, d.round, coalesce(m.text, ''), coalesce(m.recalled, 0), "                  \
    "coalesce(su.name, ''), coalesce(ru.name, ''), coalesce(c.title, '')"
#define DING_JOINS                                                                                           \
    " FROM dings d LEFT JOIN messages m ON m.id=d.message LEFT JOIN conversations c ON c.id=d.conversation " \
    "LEFT JOIN users su ON su.id=(CASE WHEN d.sender<>0 THEN d.sender ELSE m.sender END) "                   \
    "LEFT JOIN users ru ON ru.id=d.user "

DingRecord readDing(db::Statement &q)
{
    DingRecord r;
    r.message = q.text(0);
    r.conversation = q.text(1);
    r.user = q.integer(2);
    r.sender = q.integer(3);
    r.dingedAt = q.integer(4);
    r.confirmedAt = q.integer(5);
    r.round = q.integer(6);
    r.text = q.text(7);
    r.recalled = q.integer(8) != 0;
    r.senderName = q.text(9);
    r.userName = q.text(10);
    r.conversationTitle = q.text(11);
    return r;
}

} // namespace

QList<DingRecord> Replica::pendingDingsForMe()
{
    auto c = context();
    QList<DingRecord> out;
    if (!detail::hasDings(c))
        return out;
    // A recalled message's alert goes away: there is nothing left to read.
    auto q = c.sql.get("SELECT " DING_COLUMNS DING_JOINS
                       "WHERE d.user=?1 AND d.confirmed_at=0 AND coalesce(m.recalled, 0)=0 "
                       "ORDER BY d.dinged_at DESC, d.message");
    q->bind(1, c.me);
    while (q->step())
        out.append(readDing(*q));
    return out;
}

QList<DingRecord> Replica::dingsForMessage(const QString &message)
{
    auto c = context();
    QList<DingRecord> out;
    if (!detail::hasDings(c))
        return out;
    auto q = c.sql.get("SELECT " DING_COLUMNS DING_JOINS
                       "WHERE d.message=?1 ORDER BY d.confirmed_at<>0, coalesce(ru.name, ''), d.user");
    q->bind(1, message);
    while (q->step())
        out.append(readDing(*q));
    return out;
}

} // namespace tack::store
