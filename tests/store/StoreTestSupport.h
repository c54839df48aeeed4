#pragma once

// Builders for protocol objects and events, shared by the store suites.

#include "domain/ChatRules.h"
#include "store/Replica.h"

#include <QCborArray>
#include <QCborMap>
#include <QTemporaryDir>

namespace storetest {

using tack::store::Replica;

inline QCborMap userObj(qint64 id, const QString &login, const QString &name, qint64 department = 0)
{
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("login"), login},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("title"), QStringLiteral("Engineer")},
                    {QStringLiteral("department"), department},
                    {QStringLiteral("manager"), 0},
                    {QStringLiteral("active"), true}};
}

inline QCborMap deptObj(qint64 id, const QString &name, qint64 parent = 0)
{
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("parent"), parent},
                    {QStringLiteral("manager"), 0}};
}

inline QCborMap convObj(const QString &id, const QString &kind, const QString &title, qint64 owner,
                        qint64 memberCount, qint64 createdAt = 1000)
{
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("owner"), owner},
                    {QStringLiteral("created_at"), createdAt},
                    {QStringLiteral("member_count"), memberCount}};
}

inline QCborMap memberObj(qint64 user, const QString &role = QStringLiteral("member"), qint64 read = 0)
{
    return QCborMap{
        {QStringLiteral("user"), user}, {QStringLiteral("role"), role}, {QStringLiteral("read"), read}};
}

inline QCborMap msgObj(const QString &id, const QString &conv, qint64 seq, qint64 sender, const QString &text,
                       qint64 at = 0, qint64 editedAt = 0, bool recalled = false, qint64 recalledBy = 0)
{
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("conversation"), conv},
                    {QStringLiteral("seq"), seq},
                    {QStringLiteral("sender"), sender},
                    {QStringLiteral("text"), recalled ? QString() : text},
                    {QStringLiteral("at"), at ? at : 100000 + seq},
                    {QStringLiteral("edited_at"), editedAt},
                    {QStringLiteral("recalled"), recalled},
                    {QStringLiteral("recalled_by"), recalledBy}};
}

inline QCborMap event(const QString &stream, qint64 seq, const QString &kind, const QCborMap &data,
                      qint64 by = 0)
{
    return QCborMap{{QStringLiteral("stream"), stream}, {QStringLiteral("seq"), seq},
                    {QStringLiteral("kind"), kind},     {QStringLiteral("at"), 100000 + seq},
                    {QStringLiteral("by"), by},         {QStringLiteral("data"), data}};
}

inline QCborMap one(const char *key, const QCborValue &value)
{
    return QCborMap{{QString::fromLatin1(key), value}};
}

// Appends events to one stream with consecutive seqs.
class StreamWriter
{
public:
    explicit StreamWriter(QString stream, qint64 seq = 0) : m_stream(std::move(stream)), m_seq(seq) {}

    QCborMap add(const QString &kind, const QCborMap &data, qint64 by = 0)
    {
        QCborMap e = event(m_stream, ++m_seq, kind, data, by);
        m_events.append(e);
        return e;
    }
    QCborMap newMessage(const QString &id, qint64 sender, const QString &text)
    {
        return add(
            QStringLiteral("msg.new"),
            one("message", msgObj(id, tack::streams::conversationOf(m_stream), m_seq + 1, sender, text)),
            sender);
    }
    QList<QCborMap> take() { return std::exchange(m_events, {}); }
    qint64 seq() const { return m_seq; }
    const QString &stream() const { return m_stream; }

private:
    QString m_stream;
    qint64 m_seq;
    QList<QCborMap> m_events;
};

// A replica in a temporary folder, logged in as `me`.
struct TempReplica
{
    QTemporaryDir dir;
    Replica replica;
    QString path;

    explicit TempReplica(qint64 me = 1, const QString &name = QStringLiteral("replica.db"))
    {
        path = dir.filePath(name);
        replica.open(path);
        replica.setAccount(
            {QStringLiteral("ws://localhost"), QStringLiteral("me"), me, QStringLiteral("tok")});
    }
    Replica *operator->() { return &replica; }
};

// A group conversation `id` with members 1 (me, owner), 2 and 3, plus the users in the directory.
inline void seedGroup(Replica &r, const QString &id, const QString &title = QStringLiteral("Sales"))
{
    StreamWriter org(QStringLiteral("org"), r.cursor(QStringLiteral("org")));
    org.add(QStringLiteral("user.put"), one("user", userObj(1, QStringLiteral("me"), QStringLiteral("Me"))));
    org.add(QStringLiteral("user.put"),
            one("user", userObj(2, QStringLiteral("wang"), QStringLiteral("Wang Fang"))));
    org.add(QStringLiteral("user.put"),
            one("user", userObj(3, QStringLiteral("li"), QStringLiteral("Li Lei"))));
    r.applyEvents(org.stream(), org.take());
    StreamWriter c(tack::streams::conversation(id));
    c.add(QStringLiteral("conv.put"), one("conversation", convObj(id, QStringLiteral("group"), title, 1, 3)));
    c.add(QStringLiteral("member.put"), one("member", memberObj(1, QStringLiteral("owner"))));
    c.add(QStringLiteral("member.put"), one("member", memberObj(2)));
    c.add(QStringLiteral("member.put"), one("member", memberObj(3)));
    r.applyEvents(c.stream(), c.take());
}

} // namespace storetest
