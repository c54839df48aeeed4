#include "AuditLog.h"

#include "Clock.h"
#include "DirectoryStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QtEndian>
#include <mutex>
#include <sodium.h>
#include <sqlite3.h>

namespace tack::server {

Q_LOGGING_CATEGORY(lcAudit, "tack.server.audit")

namespace {

using audit::AuditRecord;

constexpr const char *kHeadKey = "audit_head";

constexpr const char *kSelect =
    "SELECT a.seq, a.at, a.actor, coalesce(u.login, ''), a.address, a.action, a.target, a.details, "
    "a.prev_hash, a.hash FROM audit_log a LEFT JOIN users u ON u.id = a.actor ";

AuditRecord readRecord(const db::Statement &s)
{
    AuditRecord r;
    r.seq = s.integer(0);
    r.at = s.integer(1);
    r.actor = s.integer(2);
    r.actorLogin = s.text(3);
    r.address = s.text(4);
    r.action = s.text(5);
    r.target = s.text(6);
    r.details = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
    r.prevHash = s.blob(8);
    r.hash = s.blob(9);
    return r;
}

void appendInteger(QByteArray &out, qint64 v)
{
    char bytes[8];
    qToBigEndian(v, bytes);
    out.append(bytes, 8);
}

void appendText(QByteArray &out, const QByteArray &utf8)
{
    char bytes[4];
    qToBigEndian(quint32(utf8.size()), bytes);
    out.append(bytes, 4);
    out.append(utf8);
}

QByteArray encodeWith(const AuditRecord &r, const QByteArray &details)
{
    QByteArray out;
    appendInteger(out, r.seq);
    appendInteger(out, r.at);
    appendInteger(out, r.actor);
    appendText(out, r.address.toUtf8());
    appendText(out, r.action.toUtf8());
    appendText(out, r.target.toUtf8());
    appendText(out, details);
    return out;
}

QByteArray blake2b(const QByteArray &prevHash, const QByteArray &encoded)
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium failed to initialise");
    });
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, AuditLog::kHashBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(prevHash.constData()),
                              quint64(prevHash.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(encoded.constData()),
                              quint64(encoded.size()));
    QByteArray out(AuditLog::kHashBytes, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), AuditLog::kHashBytes);
    return out;
}

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("token")) ||
           k.contains(QLatin1String("secret"));
}

} // namespace

QString AuditVerification::problemName(Problem p)
{
    switch (p) {
    case Problem::None:
        return QStringLiteral("intact");
    case Problem::Altered:
        return QStringLiteral("altered");
    case Problem::Missing:
        return QStringLiteral("missing");
    case Problem::OutOfOrder:
        return QStringLiteral("out of order");
    case Problem::TailRemoved:
        return QStringLiteral("tail removed");
    }
    return {};
}

QString AuditVerification::summary() const
{
    if (ok())
        return QStringLiteral("audit log intact: %1 entries, head %2")
            .arg(entries)
            .arg(QString::fromLatin1(head.toHex()));
    return QStringLiteral("audit log broken at seq %1 (%2): %3")
        .arg(badSeq)
        .arg(problemName(problem), reason);
}

QByteArray AuditLog::encode(const AuditRecord &entry)
{
    return encodeWith(entry, audit::canonicalDetails(entry.details));
}

QByteArray AuditLog::chainHash(const QByteArray &prevHash, const AuditRecord &entry)
{
    return blake2b(prevHash, encode(entry));
}

qint64 AuditLog::append(qint64 actor, const QString &action, const QString &target,
                        const QJsonObject &details, const QString &address)
{
    AuditRecord entry;
    entry.at = Clock::nowMs();
    entry.actor = actor;
    entry.address = address;
    entry.action = action;
    entry.target = target;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (isSecretKey(it.key())) {
            qCWarning(lcAudit) << "dropped the detail" << it.key() << "of an audit entry:" << action;
            continue;
        }
        entry.details.insert(it.key(), it.value());
    }
    if (!sqlite3_get_autocommit(m_store.db().handle()))
        return appendInTransaction(std::move(entry));
    db::Transaction tx(m_store.db());
    const qint64 seq = appendInTransaction(std::move(entry));
    tx.commit();
    return seq;
}

qint64 AuditLog::appendInTransaction(AuditRecord entry)
{
    // The anchored head, not max(seq): a log whose tail was deleted keeps its gap visible instead of
    // growing a fresh chain over it.
    const Head last = head();
    entry.seq = last.seq + 1;
    entry.prevHash = last.hash;
    const QByteArray details = audit::canonicalDetails(entry.details);
    entry.hash = blake2b(entry.prevHash, encodeWith(entry, details));
    m_store.sql()
        .get("INSERT INTO audit_log(seq, at, actor, address, action, target, details, prev_hash, hash) "
             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bind(1, entry.seq)
        .bind(2, entry.at)
        .bind(3, entry.actor)
        .bind(4, entry.address)
        .bind(5, entry.action)
        .bind(6, entry.target)
        .bind(7, QString::fromUtf8(details))
        .bindBlob(8, entry.prevHash)
        .bindBlob(9, entry.hash)
        .run();
    m_store.setMeta(QLatin1String(kHeadKey),
                    QString::number(entry.seq) + QLatin1Char(':') + QString::fromLatin1(entry.hash.toHex()));
    return entry.seq;
}

AuditLog::Head AuditLog::head()
{
    Head h{0, zeroHash()};
    if (const auto anchored = m_store.meta(QLatin1String(kHeadKey))) {
        const qsizetype colon = anchored->indexOf(QLatin1Char(':'));
        h.seq = anchored->left(colon).toLongLong();
        h.hash = QByteArray::fromHex(anchored->mid(colon + 1).toLatin1());
        return h;
    }
    // No anchor yet (an empty log, or one written before the anchor existed): the last entry.
    auto s = m_store.sql().get("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (s->step()) {
        h.seq = s->integer(0);
        h.hash = s->blob(1);
    }
    return h;
}

QList<AuditRecord> AuditLog::list(const AuditFilter &f)
{
    QList<AuditRecord> out;
    static const QByteArray where =
        QByteArray(kSelect) +
        "WHERE (?1 < 0 OR a.actor = ?1) AND (?2 = '' OR a.action = ?2) AND a.at >= ?3 AND a.at <= ?4 "
        "AND (?5 = 0 OR a.seq < ?5) AND a.seq > ?6 ";
    static const QByteArray newestFirst = where + "ORDER BY a.seq DESC LIMIT ?7";
    static const QByteArray oldestFirst = where + "ORDER BY a.seq LIMIT ?7";
    auto s = m_store.sql().get((f.ascending ? oldestFirst : newestFirst).constData());
    s->bind(1, f.actor)
        .bind(2, f.action)
        .bind(3, f.since)
        .bind(4, f.until)
        .bind(5, f.before)
        .bind(6, f.after);
    s->bind(7, f.limit);
    while (s->step())
        out.append(readRecord(*s));
    return out;
}

QList<AuditRecord> AuditLog::range(qint64 after, int limit)
{
    QList<AuditRecord> out;
    auto s = m_store.sql().get((QByteArray(kSelect) + "WHERE a.seq > ? ORDER BY a.seq LIMIT ?").constData());
    s->bind(1, after).bind(2, limit);
    while (s->step())
        out.append(readRecord(*s));
    return out;
}

std::optional<qint64> AuditLog::seqOfHash(const QByteArray &hash)
{
    auto s = m_store.sql().get("SELECT seq FROM audit_log WHERE hash = ?");
    s->bindBlob(1, hash);
    if (!s->step())
        return std::nullopt;
    return s->integer(0);
}

bool AuditLog::mayRead(qint64 user)
{
    const auto row = DirectoryStore(m_store.sql()).user(user);
    return row && row->active && orgrole::administers(row->role);
}

AuditVerification AuditLog::verify()
{
    using Problem = AuditVerification::Problem;
    AuditVerification v;
    v.head = zeroHash();
    qint64 expected = 1;
    QByteArray prev = zeroHash();
    auto fail = [&](Problem p, qint64 seq, const QString &reason) {
        v.problem = p;
        v.badSeq = seq;
        v.reason = reason;
        return v;
    };
    {
        // One statement is one read transaction: a consistent view while the server keeps appending.
        auto s = m_store.sql().get(
            "SELECT seq, at, actor, address, action, target, CAST(details AS BLOB), prev_hash, hash "
            "FROM audit_log ORDER BY seq");
        while (s->step()) {
            AuditRecord r;
            r.seq = s->integer(0);
            r.at = s->integer(1);
            r.actor = s->integer(2);
            r.address = s->text(3);
            r.action = s->text(4);
            r.target = s->text(5);
            const QByteArray details = s->blob(6);
            r.prevHash = s->blob(7);
            r.hash = s->blob(8);

            if (r.seq != expected) {
                return fail(Problem::Missing, expected,
                            r.seq == expected + 1
                                ? QStringLiteral("entry %1 is missing (deleted)").arg(expected)
                                : QStringLiteral("entries %1 to %2 are missing (deleted)")
                                      .arg(expected)
                                      .arg(r.seq - 1));
            }
            if (r.prevHash != prev) {
                // Linking to another entry of the log means the entry was moved; to nothing, replaced.
                if (const auto from = seqOfHash(r.prevHash); from && *from != r.seq - 1)
                    return fail(Problem::OutOfOrder, r.seq,
                                QStringLiteral("the entry here was written right after entry %1").arg(*from));
                return fail(Problem::Altered, r.seq,
                            QStringLiteral("the entry does not link to entry %1").arg(r.seq - 1));
            }
            if (blake2b(r.prevHash, encodeWith(r, details)) != r.hash)
                return fail(Problem::Altered, r.seq,
                            QStringLiteral("the entry's contents do not match its hash"));
            prev = r.hash;
            ++expected;
            ++v.entries;
        }
    }
    v.head = prev;
    if (const auto anchored = m_store.meta(QLatin1String(kHeadKey))) {
        const qsizetype colon = anchored->indexOf(QLatin1Char(':'));
        const qint64 seq = anchored->left(colon).toLongLong();
        const QByteArray hash = QByteArray::fromHex(anchored->mid(colon + 1).toLatin1());
        if (seq > v.entries)
            return fail(Problem::TailRemoved, v.entries + 1,
                        seq == v.entries + 1 ? QStringLiteral("the last entry (%1) was removed").arg(seq)
                                             : QStringLiteral("entries %1 to %2 were removed from the end")
                                                   .arg(v.entries + 1)
                                                   .arg(seq));
        if (seq < v.entries || hash != prev)
            return fail(Problem::Altered, seq < v.entries ? seq + 1 : seq,
                        QStringLiteral("the anchored head (seq %1) does not match the log").arg(seq));
    } else if (v.entries > 0) {
        return fail(Problem::Altered, v.entries, QStringLiteral("the anchored head is missing"));
    }
    return v;
}

} // namespace tack::server
