#include "sync/RequestTracker.h"

#include <QList>
#include <algorithm>

namespace tack::sync {

quint64 RequestTracker::add(Handler handler)
{
    const quint64 id = m_nextId++;
    m_handlers.insert(id, std::move(handler));
    return id;
}

bool RequestTracker::resolve(quint64 id, const Reply &reply)
{
    auto it = m_handlers.find(id);
    if (it == m_handlers.end())
        return false;
    Handler handler = std::move(it.value());
    m_handlers.erase(it);
    if (handler)
        handler(reply);
    return true;
}

void RequestTracker::cancel(quint64 id)
{
    m_handlers.remove(id);
}

void RequestTracker::failAll(const QString &why)
{
    // Take the handlers out first: a handler may register new requests while we walk.
    QHash<quint64, Handler> waiting;
    waiting.swap(m_handlers);
    QList<quint64> ids = waiting.keys();
    std::sort(ids.begin(), ids.end()); // oldest first, so callers see failures in send order
    const Reply reply = Reply::lost(why);
    for (quint64 id : ids) {
        if (const Handler &handler = waiting.value(id))
            handler(reply);
    }
}

} // namespace tack::sync
