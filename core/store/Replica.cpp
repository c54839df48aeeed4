// Replica lifetime, identity (client id, account), cursors and drafts.

#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <sqlite3.h>

namespace tack::store {

namespace detail {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString newObjectId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString id;
    id.reserve(32);
    for (quint32 w : words)
        id += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return id;
}

void malformed(const QString &what)
{
    throw db::SqlError(SQLITE_MISMATCH, what);
}

} // namespace detail

namespace {

QString metaValue(StatementCache &sql, const char *key)
{
    auto q = sql.get("SELECT value FROM meta WHERE key=?1");
    q->bind(1, key);
    return q->step() ? q->text(0) : QString();
}

void setMetaValue(StatementCache &sql, const char *key, const QString &value)
{
    auto q = sql.get("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                     "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    q->bind(1, key).bind(2, value);
    q->run();
}

} // namespace

Replica::Replica() : m_statements(std::make_unique<StatementCache>(m_db))
{}

Replica::~Replica()
{
    close();
}

void Replica::close()
{
    m_statements->clear(); // finalize before the connection goes
    m_db.close();
    m_path.clear();
    m_userId = -1;
    m_version = 0;
}

int Replica::schemaVersion()
{
    return m_db.userVersion();
}

detail::Ctx Replica::context()
{
    if (!m_db.isOpen())
        throw db::SqlError(SQLITE_MISUSE, QStringLiteral("the replica is not open"));
    // Re-read until an account is stored: another connection (the sync worker) may sign in after this
    // one opened. A replica belongs to one account, so a known id never changes.
    if (m_userId <= 0)
        m_userId = metaValue(*m_statements, "user_id").toLongLong();
    return detail::Ctx{m_db, *m_statements, m_userId, m_version};
}

QString Replica::clientId()
{
    auto c = context();
    QString id = metaValue(c.sql, "client_id");
    if (id.isEmpty()) {
        // Only a file damaged by hand lacks it; make one so the client can still talk to the server.
        db::Transaction tx(m_db);
        id = detail::newObjectId();
        setMetaValue(c.sql, "client_id", id);
        tx.commit();
    }
    return id;
}

Replica::Account Replica::account()
{
    auto c = context();
    Account a;
    a.serverUrl = metaValue(c.sql, "server_url");
    a.login = metaValue(c.sql, "login");
    a.userId = metaValue(c.sql, "user_id").toLongLong();
    a.token = metaValue(c.sql, "token");
    return a;
}

void Replica::setAccount(const Account &account)
{
    auto c = context();
    db::Transaction tx(m_db);
    setMetaValue(c.sql, "server_url", account.serverUrl);
    setMetaValue(c.sql, "login", account.login);
    setMetaValue(c.sql, "user_id", QString::number(account.userId));
    setMetaValue(c.sql, "token", account.token);
    tx.commit();
    m_userId = account.userId;
}

void Replica::clearToken()
{
    auto c = context();
    auto q = c.sql.get("DELETE FROM meta WHERE key='token'");
    q->run();
}

qint64 Replica::cursor(const QString &stream)
{
    auto c = context();
    auto q = c.sql.get("SELECT seq FROM cursors WHERE stream=?1");
    q->bind(1, stream);
    return q->step() ? q->integer(0) : 0;
}

QHash<QString, qint64> Replica::cursors()
{
    auto c = context();
    QHash<QString, qint64> all;
    auto q = c.sql.get("SELECT stream, seq FROM cursors");
    while (q->step())
        all.insert(q->text(0), q->integer(1));
    return all;
}

QString Replica::draft(const QString &conversation)
{
    auto c = context();
    auto q = c.sql.get("SELECT text FROM drafts WHERE conversation=?1");
    q->bind(1, conversation);
    return q->step() ? q->text(0) : QString();
}

void Replica::setDraft(const QString &conversation, const QString &text)
{
    auto c = context();
    if (text.isEmpty()) {
        auto q = c.sql.get("DELETE FROM drafts WHERE conversation=?1");
        q->bind(1, conversation);
        q->run();
        return;
    }
    auto q = c.sql.get(
        "INSERT INTO drafts(conversation, text, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(conversation) DO UPDATE SET text=excluded.text, updated_at=excluded.updated_at");
    q->bind(1, conversation).bind(2, text).bind(3, detail::nowMs());
    q->run();
}

} // namespace tack::store
