#pragma once

#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QHash>
#include <functional>

namespace tack::sync {

// The answer to one request: an ack's result, an error, or "the connection went away first".
struct Reply
{
    bool ok = false;
    bool disconnected = false; // no answer will come: the connection closed
    QCborMap result;           // the ack's `result`
    proto::Error error;        // for an `error` reply

    static Reply ack(const QCborMap &result) { return Reply{true, false, result, {}}; }
    static Reply failure(const proto::Error &error) { return Reply{false, false, {}, error}; }
    static Reply lost(const QString &why) { return Reply{false, true, {}, {proto::ErrorCode::Busy, why}}; }
};

// Request ids of one connection and what to do when each is answered.
class RequestTracker
{
public:
    using Handler = std::function<void(const Reply &)>;

    // Registers a handler and returns the fresh request id for the frame.
    quint64 add(Handler handler);
    // Runs and forgets the handler of `id`; false when the id is unknown (a stray or repeated reply).
    bool resolve(quint64 id, const Reply &reply);
    // Forgets a request without running its handler (it could not be sent).
    void cancel(quint64 id);
    // The connection closed: every waiting handler hears so, once. Handlers may add new requests meanwhile.
    void failAll(const QString &why);
    int pending() const { return int(m_handlers.size()); }

private:
    quint64 m_nextId = 1;
    QHash<quint64, Handler> m_handlers;
};

} // namespace tack::sync
