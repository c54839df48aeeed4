#include "Fanout.h"

#include "Session.h"

namespace tack::server {

void Fanout::subscribe(Session *session, const QString &stream)
{
    m_byStream[stream].insert(session);
    session->streams().insert(stream);
}

void Fanout::unsubscribe(Session *session, const QString &stream)
{
    session->streams().remove(stream);
    auto it = m_byStream.find(stream);
    if (it == m_byStream.end())
        return;
    it->remove(session);
    if (it->isEmpty())
        m_byStream.erase(it);
}

void Fanout::unsubscribeAll(Session *session)
{
    const QSet<QString> streams = session->streams();
    for (const QString &stream : streams)
        unsubscribe(session, stream);
}

QList<Session *> Fanout::subscribers(const QString &stream) const
{
    const auto it = m_byStream.constFind(stream);
    return it == m_byStream.constEnd() ? QList<Session *>() : it->values();
}

} // namespace tack::server
