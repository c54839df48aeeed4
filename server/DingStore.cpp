#include "DingStore.h"

namespace tack::server {
namespace {

constexpr const char *kColumns =
    "d.conversation, d.message, d.user, m.sender, d.dinged_at, d.confirmed_at, d.rounds";

DingRow readDing(const db::Statement &s)
{
    return DingRow{s.text(0),    s.text(1),    s.integer(2), s.integer(3),
                   s.integer(4), s.integer(5), s.integer(6)};
}

} // namespace

QCborMap toCbor(const DingRow &d)
{
    QCborMap m;
    m.insert(QLatin1String("message"), d.message);
    m.insert(QLatin1String("user"), d.user);
    m.insert(QLatin1String("by"), d.sender);
    m.insert(QLatin1String("dinged_at"), d.dingedAt);
    m.insert(QLatin1String("confirmed_at"), d.confirmedAt);
    m.insert(QLatin1String("round"), d.round);
    return m;
}

std::optional<DingRow> DingStore::ding(const QString &message, qint64 user)
{
    auto s =
        m_sql.get((QByteArray("SELECT ") + kColumns +
                   " FROM dings d JOIN messages m ON m.id = d.message WHERE d.message = ? AND d.user = ?")
                      .constData());
    s->bind(1, message).bind(2, user);
    if (!s->step())
        return std::nullopt;
    return readDing(*s);
}

qint64 DingStore::lastRound(const QString &message)
{
    auto s = m_sql.get("SELECT coalesce(max(rounds), 0) FROM dings WHERE message = ?");
    s->bind(1, message);
    s->step();
    return s->integer(0);
}

void DingStore::putDing(const QString &conversation, const QString &message, qint64 user, qint64 at,
                        qint64 round)
{
    m_sql
        .get("INSERT INTO dings(conversation, message, user, dinged_at, confirmed_at, rounds) "
             "VALUES(?1, ?2, ?3, ?4, 0, ?5) ON CONFLICT(message, user) DO UPDATE SET "
             "dinged_at = excluded.dinged_at, rounds = excluded.rounds WHERE confirmed_at = 0")
        ->bind(1, conversation)
        .bind(2, message)
        .bind(3, user)
        .bind(4, at)
        .bind(5, round)
        .run();
}

void DingStore::confirm(const QString &message, qint64 user, qint64 at)
{
    m_sql.get("UPDATE dings SET confirmed_at = ? WHERE message = ? AND user = ? AND confirmed_at = 0")
        ->bind(1, at)
        .bind(2, message)
        .bind(3, user)
        .run();
}

QList<DingRow> DingStore::snapshotRows(const QString &conversation, qint64 minSeq, int limit)
{
    auto s = m_sql.get((QByteArray("SELECT ") + kColumns +
                        " FROM dings d JOIN messages m ON m.id = d.message WHERE d.conversation = ?1 "
                        "AND (d.confirmed_at = 0 OR m.seq >= ?2) "
                        "ORDER BY d.confirmed_at <> 0, m.seq DESC, d.user LIMIT ?3")
                           .constData());
    s->bind(1, conversation).bind(2, minSeq).bind(3, limit);
    QList<DingRow> out;
    while (s->step())
        out.append(readDing(*s));
    return out;
}

} // namespace tack::server
