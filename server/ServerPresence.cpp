// Server: live presence (docs/protocol.md, "Presence"). Kept apart from Server.cpp: presence is in memory
// only, never in the op log, and pushed as `presence` frames to the connections that asked for
// `presence.list` (so clients that do not know presence never see the frames).

#include "Server.h"
#include "Session.h"

#include "protocol/ArgReader.h"

#include <QCborArray>

namespace tack::server {

using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

namespace {

QCborArray presenceList(const QHash<qint64, QString> &states)
{
    QList<qint64> users = states.keys();
    std::sort(users.begin(), users.end());
    QCborArray list;
    for (qint64 user : std::as_const(users)) {
        QCborMap entry;
        entry.insert(QLatin1String("user"), user);
        entry.insert(QLatin1String("state"), states.value(user));
        list.append(entry);
    }
    return list;
}

} // namespace

void Server::pushPresence(const std::optional<PresenceTracker::Change> &change)
{
    if (!change)
        return;
    QCborMap frame;
    frame.insert(QLatin1String("type"), QStringLiteral("presence"));
    frame.insert(QLatin1String("users"), presenceList({{change->user, change->state}}));
    for (Session *s : std::as_const(m_presenceWatchers)) {
        if (s->isAuthenticated() && !s->isClosing())
            s->sendFrame(frame);
    }
}

void Server::presenceUp(Session *session)
{
    pushPresence(m_presence.connectionDown(session));
    pushPresence(m_presence.connectionUp(session, session->user()));
}

void Server::presenceDown(Session *session)
{
    m_presenceWatchers.remove(session);
    pushPresence(m_presence.connectionDown(session));
}

void Server::handlePresenceSet(Session *session, quint64 id, const QCborMap &frame)
{
    ArgReader a(frame);
    const QString state = a.text("state", 1, 16);
    if (auto e = a.error())
        return session->sendError(id, *e);
    if (!PresenceTracker::isReportable(state))
        return session->sendError(
            id, Error{ErrorCode::InvalidArgs, QStringLiteral("`state` must be \"online\" or \"away\"")});
    const auto change = m_presence.report(session, state);
    session->sendAck(id, {});
    pushPresence(change);
}

void Server::handlePresenceList(Session *session, quint64 id)
{
    QCborMap result;
    result.insert(QLatin1String("users"), presenceList(m_presence.present()));
    session->sendAck(id, result);
    m_presenceWatchers.insert(session);
}

} // namespace tack::server
