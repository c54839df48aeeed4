// The account's signed-in sessions: the `sessions` request and closing connections whose session ended
// (revoked from another device, signed out, or expired). Part of Server.
#include "Clock.h"
#include "Server.h"
#include "Session.h"
#include "TokenStore.h"

#include <QCborArray>
#include <QLoggingCategory>

namespace tack::server {

namespace {
constexpr int kCloseSessionEnded = 4001; // application close code: sign in again
}

void Server::handleSessions(Session *session, quint64 id)
{
    QCborArray list;
    try {
        for (const TokenStore::SessionRow &row :
             TokenStore(m_store.sql()).liveSessions(session->user(), Clock::nowMs())) {
            QCborMap m;
            m.insert(QLatin1String("id"), TokenStore::idOf(row.hash));
            m.insert(QLatin1String("device"), row.device);
            m.insert(QLatin1String("address"), row.address);
            m.insert(QLatin1String("created_at"), row.createdAt);
            m.insert(QLatin1String("last_used"), row.lastUsed);
            m.insert(QLatin1String("expires_at"), row.expiresAt);
            m.insert(QLatin1String("current"), row.hash == session->tokenHash());
            list.append(m);
        }
    } catch (const db::SqlError &e) {
        qWarning("tack-server: reading sessions failed: %s", qPrintable(e.text()));
        return session->sendError(id,
                                  proto::Error{proto::ErrorCode::Internal,
                                               QStringLiteral("the server could not read data; try again")});
    }
    QCborMap result;
    result.insert(QLatin1String("sessions"), list);
    session->sendAck(id, result);
}

void Server::closeEndedSessions(qint64 user)
{
    const qint64 now = Clock::nowMs();
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (!s->isAuthenticated() || s->isClosing() || (user != 0 && s->user() != user))
            continue;
        TokenStore::Status status = TokenStore::Status::Valid;
        try {
            status = TokenStore(m_store.sql()).statusOf(s->tokenHash(), now);
        } catch (const db::SqlError &) {
            continue; // try again on the next check
        }
        if (status == TokenStore::Status::Valid)
            continue;
        const proto::Error error =
            status == TokenStore::Status::Expired
                ? proto::Error{proto::ErrorCode::TokenExpired,
                               QStringLiteral("the session has expired; log in again")}
                : proto::Error{
                      proto::ErrorCode::SessionRevoked,
                      QStringLiteral("this session was signed out from another device; log in again")};
        m_fanout.unsubscribeAll(s);
        s->forgetUser();
        s->sendErrorAndClose(0, error, kCloseSessionEnded);
    }
}

} // namespace tack::server
