#include "OpLog.h"

#include <QCborValue>

namespace tack::server {

QCborMap OpLog::append(const QString &stream, const QString &kind, const QCborMap &data,
                       const EventOrigin &origin)
{
    const qint64 seq = head(stream) + 1;
    m_sql.get("INSERT INTO streams(stream, head) VALUES(?1, ?2) ON CONFLICT(stream) DO UPDATE SET head = ?2")
        ->bind(1, stream)
        .bind(2, seq)
        .run();

    QCborMap event;
    event.insert(QLatin1String("stream"), stream);
    event.insert(QLatin1String("seq"), seq);
    event.insert(QLatin1String("kind"), kind);
    event.insert(QLatin1String("at"), origin.at);
    event.insert(QLatin1String("by"), origin.by);
    if (!origin.client.isEmpty() && origin.mutation >= 0) {
        event.insert(QLatin1String("client"), origin.client);
        event.insert(QLatin1String("mutation"), origin.mutation);
    }
    event.insert(QLatin1String("data"), data);

    m_sql.get("INSERT INTO events(stream, seq, body) VALUES(?, ?, ?)")
        ->bind(1, stream)
        .bind(2, seq)
        .bindBlob(3, event.toCborValue().toCbor())
        .run();
    return event;
}

qint64 OpLog::head(const QString &stream)
{
    auto s = m_sql.get("SELECT head FROM streams WHERE stream = ?");
    s->bind(1, stream);
    return s->step() ? s->integer(0) : 0;
}

QCborArray OpLog::tail(const QString &stream, qint64 after, int limit)
{
    auto s = m_sql.get("SELECT body FROM events WHERE stream = ? AND seq > ? ORDER BY seq LIMIT ?");
    s->bind(1, stream).bind(2, after).bind(3, limit);
    QCborArray out;
    while (s->step())
        out.append(QCborValue::fromCbor(s->blob(0)));
    return out;
}

QList<QByteArray> OpLog::tailEncoded(const QString &stream, qint64 after, int limit, qsizetype budgetBytes)
{
    auto s = m_sql.get("SELECT body FROM events WHERE stream = ? AND seq > ? ORDER BY seq LIMIT ?");
    s->bind(1, stream).bind(2, after).bind(3, limit);
    QList<QByteArray> out;
    qsizetype bytes = 0;
    while (s->step()) {
        QByteArray body = s->blob(0);
        bytes += body.size();
        if (!out.isEmpty() && bytes > budgetBytes)
            break;
        out.append(std::move(body));
    }
    return out;
}

QHash<QString, qint64> OpLog::allHeads()
{
    auto s = m_sql.get("SELECT stream, head FROM streams");
    QHash<QString, qint64> out;
    while (s->step())
        out.insert(s->text(0), s->integer(1));
    return out;
}

} // namespace tack::server
