#include "Server.h"

#include "AuditLog.h"
#include "Clock.h"
#include "DirectoryStore.h"
#include "MutationApplier.h"
#include "OpLog.h"
#include "OverdueEscalation.h"
#include "PasswordHasher.h"
#include "Session.h"
#include "TokenStore.h"
#include "domain/ChatRules.h"
#include "protocol/ArgReader.h"
#include "protocol/Frame.h"

#include <QLoggingCategory>
#include <QSet>
#include <QThreadPool>
#include <QWebSocketServer>
#include <sqlite3.h>

namespace tack::server {

Q_LOGGING_CATEGORY(lcServer, "tack.server")

namespace {

using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

constexpr int kCloseProtocolError = 1002;
constexpr int kCloseTooBig = 1009;
constexpr int kCloseGoingAway = 1001;
constexpr int kClosePolicyViolation = 1008;
constexpr int kExternalPollMs = 500;
constexpr int kSessionCheckMs = 30 * 1000;
constexpr int kMaxPendingLoginsPerSession = 4;

Error internalError(const db::SqlError &e)
{
    qCWarning(lcServer) << "storage failure:" << e.text();
    return Error{ErrorCode::Internal, QStringLiteral("the server could not store or read data; try again")};
}

QCborMap outcomeRecord(const MutationOutcome &o)
{
    QCborMap m;
    if (o.ok()) {
        m.insert(QLatin1String("result"), o.result);
    } else {
        m.insert(QLatin1String("code"), proto::errorCodeName(o.error->code));
        m.insert(QLatin1String("message"), o.error->message);
    }
    return m;
}

// The client's address as one text per host (an IPv4 client stays IPv4 on a dual-stack socket).
QString addressOf(const Session *session)
{
    const QHostAddress peer = session->socket()->peerAddress();
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

Error rateLimited(const QString &message, qint64 waitMs)
{
    const int seconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
    return Error{ErrorCode::RateLimited, message.arg(seconds), seconds};
}

} // namespace

Server::Server(ServerStore &store, const Options &options, QObject *parent)
    : QObject(parent), m_store(store), m_options(options), m_queries(store, options.catchupLimit),
      m_faultRandom(quint32(options.faultSeed ^ (options.faultSeed >> 32))), m_checkpointer(store.db()),
      m_limiter(options.requestRates), m_loginThrottle(options.loginPolicy)
{
    m_monotonic.start();
    m_socketServer = new QWebSocketServer(
        QStringLiteral("tack-server"),
        options.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (options.tls)
        m_socketServer->setSslConfiguration(*options.tls);
    connect(m_socketServer, &QWebSocketServer::newConnection, this, &Server::onNewConnection);
    m_deliveredHeads = OpLog(m_store.sql()).allHeads();
    m_dataVersion = dataVersion();
    connect(&m_externalPoll, &QTimer::timeout, this, &Server::pollExternalChanges);
    m_externalPoll.start(kExternalPollMs);
    connect(&m_sessionCheck, &QTimer::timeout, this, [this] { closeEndedSessions(0); });
    m_sessionCheck.start(kSessionCheckMs);
    m_heldReadsTimer.setSingleShot(true);
    connect(&m_heldReadsTimer, &QTimer::timeout, this, &Server::flushHeldReads);
    if (options.escalationDelayMs > 0) {
        connect(&m_escalation, &QTimer::timeout, this, &Server::escalateOverdue);
        m_escalation.start(options.escalationCheckMs);
    }
}

Server::~Server()
{
    // Password checks still running post their results to this object; let them finish first.
    QThreadPool::globalInstance()->waitForDone();
}

bool Server::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_socketServer->listen(address, port))
        return true;
    if (error)
        *error = m_socketServer->errorString();
    return false;
}

quint16 Server::port() const
{
    return m_socketServer->serverPort();
}

void Server::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_externalPoll.stop();
    m_socketServer->close();
    if (!m_queue.isEmpty())
        runBatch();
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions)
        s->close(kCloseGoingAway, QStringLiteral("server shutting down"));
    if (m_sessions.isEmpty())
        emit drained();
}

bool Server::isDrained() const
{
    return m_shuttingDown && m_sessions.isEmpty();
}

void Server::onNewConnection()
{
    while (QWebSocket *socket = m_socketServer->nextPendingConnection()) {
        auto *session = new Session(socket, this);
        session->setUnsentLimit(m_options.maxUnsentBytes);
        m_sessions.append(session);
        connect(session, &Session::binaryReceived, this, &Server::onBinary);
        connect(session, &Session::textReceived, this, [](Session *s) {
            s->sendErrorAndClose(0,
                                 Error{ErrorCode::BadFrame, QStringLiteral("text messages are not allowed")},
                                 kCloseProtocolError);
        });
        connect(session, &Session::disconnected, this, &Server::onDisconnected);
    }
}

void Server::onDisconnected(Session *session)
{
    m_limiter.forgetConnection(session);
    m_fanout.unsubscribeAll(session);
    m_sessions.removeOne(session);
    presenceDown(session);
    session->deleteLater();
    if (m_shuttingDown && m_sessions.isEmpty())
        emit drained();
}

void Server::onBinary(Session *session, const QByteArray &bytes)
{
    if (session->isClosing())
        return;
    const proto::DecodedFrame decoded = proto::decodeFrame(bytes);
    if (!decoded.ok()) {
        const bool tooLarge = decoded.error->code == ErrorCode::TooLarge;
        session->sendErrorAndClose(proto::frameId(decoded.frame), *decoded.error,
                                   tooLarge ? kCloseTooBig : kCloseProtocolError);
        return;
    }
    const QCborValue id = decoded.frame.value(QLatin1String("id"));
    if (!id.isInteger() || id.toInteger() < 0) {
        session->sendErrorAndClose(
            0, Error{ErrorCode::BadFrame, QStringLiteral("a request needs an unsigned integer `id`")},
            kCloseProtocolError);
        return;
    }
    dispatch(session, quint64(id.toInteger()), proto::frameType(decoded.frame), decoded.frame);
}

bool Server::admitRequest(Session *session, quint64 id, const QString &type, const QCborMap &frame)
{
    const qint64 waitMs = m_limiter.admit(session, session->user(), addressOf(session), monotonicMs());
    if (waitMs == 0)
        return true;
    if (type == QLatin1String("mutate") && session->isAuthenticated()) {
        // Like any retryable refusal of a mutation: the client's later ones wait until this one is resent.
        const QCborValue client = frame.value(QLatin1String("client"));
        const QCborValue mutation = frame.value(QLatin1String("mutation"));
        if (client.isString() && mutation.isInteger())
            session->setBarrier(client.toString(), mutation.toInteger());
    }
    session->sendError(id, rateLimited(QStringLiteral("too many requests; try again in %1 s"), waitMs));
    return false;
}

void Server::dispatch(Session *session, quint64 id, const QString &type, const QCborMap &frame)
{
    if (!admitRequest(session, id, type, frame))
        return;
    if (type == QLatin1String("login"))
        return handleLogin(session, id, frame);
    if (type == QLatin1String("hello"))
        return handleHello(session, id, frame);
    if (type == QLatin1String("ping")) {
        QCborMap result;
        result.insert(QLatin1String("server_time"), Clock::nowMs());
        return session->sendAck(id, result);
    }
    using Query = QueryResult (QueryHandlers::*)(qint64, const QCborMap &);
    static const QHash<QString, Query> queries{
        {QStringLiteral("fetch"), &QueryHandlers::fetch},
        {QStringLiteral("snapshot"), &QueryHandlers::snapshot},
        {QStringLiteral("history"), &QueryHandlers::history},
        {QStringLiteral("read_list"), &QueryHandlers::readList},
        {QStringLiteral("audit.list"), &QueryHandlers::auditList},
        {QStringLiteral("calendar.url"), &QueryHandlers::calendarUrl},
    };
    const Query query = queries.value(type, nullptr);
    const bool presence = type == QLatin1String("presence.set") || type == QLatin1String("presence.list");
    const bool known = query || presence || type == QLatin1String("mutate") ||
                       type == QLatin1String("logout") || type == QLatin1String("sessions");
    if (!known)
        return session->sendError(
            id, Error{ErrorCode::UnknownType, QStringLiteral("unknown request type '%1'").arg(type)});
    if (!session->isAuthenticated())
        return session->sendError(id,
                                  Error{ErrorCode::Unauthenticated, QStringLiteral("send `hello` first")});
    if (type == QLatin1String("mutate"))
        return handleMutate(session, id, frame);
    if (type == QLatin1String("logout"))
        return handleLogout(session, id);
    if (type == QLatin1String("sessions"))
        return handleSessions(session, id);
    if (type == QLatin1String("presence.set"))
        return handlePresenceSet(session, id, frame);
    if (type == QLatin1String("presence.list"))
        return handlePresenceList(session, id);
    try {
        const QueryResult r = (m_queries.*query)(session->user(), frame);
        if (r.error)
            session->sendError(id, *r.error);
        else if (r.encodedEvents)
            session->sendBytes(proto::encodeAckWithEncodedArray(id, r.result, QLatin1StringView("events"),
                                                                *r.encodedEvents));
        else
            session->sendAck(id, r.result);
    } catch (const db::SqlError &e) {
        session->sendError(id, internalError(e));
    }
}

void Server::handleLogin(Session *session, quint64 id, const QCborMap &frame)
{
    ArgReader a(frame);
    const QString login = a.text("login", 1, 200);
    const QString password = a.text("password", 0, 1024);
    const QString device = a.optionalText("device", 200).value_or(QString());
    if (auto e = a.error())
        return session->sendError(id, *e);
    const QString address = addressOf(session);
    if (const qint64 waitMs = m_loginThrottle.waitMs(login, address, monotonicMs())) {
        auditLockedOutLogin(login, address);
        return session->sendError(
            id, rateLimited(QStringLiteral("too many failed logins; try again in %1 s"), waitMs));
    }
    qint64 user = 0;
    QString hash;
    try {
        if (const auto row = DirectoryStore(m_store.sql()).userByLogin(login)) {
            user = row->id;
            hash = row->passwordHash;
        }
    } catch (const db::SqlError &e) {
        return session->sendError(id, internalError(e));
    }
    // Argon2 takes tens of milliseconds and 19 MiB: run it on the pool, never on the event loop, and
    // only a few at a time per connection.
    if (session->pendingLogins() >= kMaxPendingLoginsPerSession)
        return session->sendError(
            id, rateLimited(QStringLiteral("too many logins at once; try again in %1 s"), 1000));
    session->setPendingLogins(session->pendingLogins() + 1);
    QPointer<Session> guard(session);
    QThreadPool::globalInstance()->start([this, guard, id, user, hash, password, device, login, address] {
        // An unknown login is checked against a decoy hash so it costs the same as a wrong password.
        const bool ok = PasswordHasher::verify(hash.isEmpty() ? PasswordHasher::decoyHash() : hash, password);
        QMetaObject::invokeMethod(
            this,
            [this, guard, id, user, ok, device, login, address] {
                finishLogin(guard, id, user, ok && user != 0, device, login, address);
            },
            Qt::QueuedConnection);
    });
}

void Server::auditLockedOutLogin(const QString &login, const QString &address)
{
    // A refused attempt is a failed login too: admins must see someone still guessing during a lockout.
    // The request rate limits bound how fast such entries can be written.
    try {
        const auto row = DirectoryStore(m_store.sql()).userByLogin(login);
        AuditLog(m_store).append(
            0, QStringLiteral("login.failed"), row ? QStringLiteral("user:%1").arg(row->id) : QString(),
            {{QStringLiteral("login"), login}, {QStringLiteral("reason"), QStringLiteral("locked_out")}},
            address);
    } catch (const db::SqlError &e) {
        qCWarning(lcServer) << "could not audit a locked-out login:" << e.text();
    }
}

void Server::finishLogin(QPointer<Session> session, quint64 id, qint64 user, bool passwordOk,
                         const QString &device, const QString &login, const QString &address)
{
    // A wrong password counts even when the connection is already gone.
    if (passwordOk)
        m_loginThrottle.recordSuccess(login);
    else
        m_loginThrottle.recordFailure(login, address, monotonicMs());
    // A failed login is audited in a transaction of its own, with the login tried (never the password).
    auto auditFailure = [&](const char *reason) {
        AuditLog(m_store).append(
            0, QStringLiteral("login.failed"), user ? QStringLiteral("user:%1").arg(user) : QString(),
            {{QStringLiteral("login"), login}, {QStringLiteral("reason"), QLatin1String(reason)}}, address);
    };
    if (!passwordOk) {
        // Audited even when the connection is gone: hanging up must not hide a guess.
        try {
            auditFailure("bad_credentials");
        } catch (const db::SqlError &e) {
            qCWarning(lcServer) << "could not audit a failed login:" << e.text();
        }
    }
    if (!session)
        return;
    session->setPendingLogins(session->pendingLogins() - 1);
    if (session->isClosing())
        return;
    try {
        if (!passwordOk)
            return session->sendError(
                id, Error{ErrorCode::BadCredentials, QStringLiteral("wrong login or password")});
        const auto row = DirectoryStore(m_store.sql()).user(user);
        if (!row) {
            auditFailure("bad_credentials");
            return session->sendError(
                id, Error{ErrorCode::BadCredentials, QStringLiteral("wrong login or password")});
        }
        if (!row->active) {
            auditFailure("account_disabled");
            return session->sendError(
                id, Error{ErrorCode::AccountDisabled, QStringLiteral("this account is disabled")});
        }
        db::Transaction tx(m_store.db());
        const TokenStore::Issued issued =
            TokenStore(m_store.sql()).issue(user, device, address, Clock::nowMs(), m_options.tokenLifetimeMs);
        AuditLog(m_store).append(user, QStringLiteral("login"), QStringLiteral("user:%1").arg(user),
                                 {{QStringLiteral("device"), device}}, address);
        tx.commit();
        QCborMap result;
        result.insert(QLatin1String("token"), issued.token);
        result.insert(QLatin1String("user"), toCbor(*row));
        result.insert(QLatin1String("expires_at"), issued.expiresAt);
        session->sendAck(id, result);
    } catch (const db::SqlError &e) {
        session->sendError(id, internalError(e));
    }
}

void Server::handleHello(Session *session, quint64 id, const QCborMap &frame)
{
    const QCborValue version = frame.value(QLatin1String("version"));
    if (!version.isInteger() || version.toInteger() != proto::kProtocolVersion) {
        return session->sendErrorAndClose(
            id,
            Error{ErrorCode::BadVersion,
                  QStringLiteral("this server speaks protocol version %1").arg(proto::kProtocolVersion)},
            kCloseProtocolError);
    }
    ArgReader a(frame);
    const QString token = a.text("token", 1, 256);
    if (auto e = a.error())
        return session->sendError(id, *e);
    try {
        const TokenStore::Lookup lookup = TokenStore(m_store.sql()).check(token, Clock::nowMs());
        if (lookup.status == TokenStore::Status::Unknown)
            return session->sendError(
                id, Error{ErrorCode::Unauthenticated, QStringLiteral("unknown or revoked token")});
        if (lookup.status == TokenStore::Status::Expired)
            return session->sendError(
                id, Error{ErrorCode::TokenExpired, QStringLiteral("the token has expired; log in again")});
        const auto user = DirectoryStore(m_store.sql()).user(lookup.user);
        if (!user)
            return session->sendError(
                id, Error{ErrorCode::Unauthenticated, QStringLiteral("unknown or revoked token")});
        if (!user->active)
            return session->sendError(
                id, Error{ErrorCode::AccountDisabled, QStringLiteral("this account is disabled")});

        TokenStore(m_store.sql()).touch(lookup.hash, addressOf(session), Clock::nowMs());
        m_fanout.unsubscribeAll(session);
        session->authenticate(user->id, lookup.hash);
        OpLog log(m_store.sql());
        QCborArray streamList;
        const QStringList readable = m_queries.readableStreams(user->id);
        for (const QString &stream : readable) {
            m_fanout.subscribe(session, stream);
            QCborMap entry;
            entry.insert(QLatin1String("stream"), stream);
            entry.insert(QLatin1String("head"), log.head(stream));
            streamList.append(entry);
        }
        QCborMap result;
        result.insert(QLatin1String("user"), toCbor(*user));
        result.insert(QLatin1String("server_time"), Clock::nowMs());
        result.insert(QLatin1String("streams"), streamList);
        result.insert(QLatin1String("catchup_limit"), m_options.catchupLimit);
        result.insert(QLatin1String("max_frame"), qint64(proto::kMaxFrameBytes));
        session->sendAck(id, result);
        presenceUp(session);
    } catch (const db::SqlError &e) {
        session->sendError(id, internalError(e));
    }
}

void Server::handleLogout(Session *session, quint64 id)
{
    try {
        db::Transaction tx(m_store.db());
        TokenStore(m_store.sql()).revoke(session->tokenHash());
        AuditLog(m_store).append(session->user(), QStringLiteral("logout"),
                                 QStringLiteral("user:%1").arg(session->user()), {}, session->address());
        tx.commit();
    } catch (const db::SqlError &e) {
        return session->sendError(id, internalError(e));
    }
    presenceDown(session);
    const qint64 user = session->user();
    m_fanout.unsubscribeAll(session);
    session->forgetUser();
    session->sendAck(id, {});
    session->close(1000, QStringLiteral("logged out"));
    closeEndedSessions(user); // other connections that used the same token
}

void Server::handleMutate(Session *session, quint64 id, const QCborMap &frame)
{
    ArgReader a(frame);
    PendingMutation p;
    p.session = session;
    p.requestId = id;
    p.user = session->user();
    p.address = session->address();
    p.tokenHash = session->tokenHash();
    p.client = a.text("client", 8, 64);
    p.mutation = a.integer("mutation", 0, std::numeric_limits<qint64>::max());
    p.name = a.text("name", 1, 64);
    p.args = a.map("args");
    if (auto e = a.error())
        return session->sendError(id, *e);
    if (!ArgReader::isObjectId(p.client, 8))
        return session->sendError(id,
                                  Error{ErrorCode::InvalidArgs,
                                        QStringLiteral("client: must use only A-Z, a-z, 0-9, '_' and '-'")});
    if (m_shuttingDown)
        return session->sendError(id, Error{ErrorCode::Busy, QStringLiteral("the server is shutting down")});
    m_queue.append(std::move(p));
    scheduleBatch();
}

void Server::scheduleBatch()
{
    if (m_batchScheduled)
        return;
    m_batchScheduled = true;
    QTimer::singleShot(0, this, [this] { runBatch(); });
}

void Server::runBatch()
{
    m_batchScheduled = false;
    const QList<PendingMutation> queue = std::exchange(m_queue, {});
    if (queue.isEmpty())
        return;
    struct Reply
    {
        QPointer<Session> session;
        quint64 id = 0;
        std::optional<Error> error;
        QCborMap result;
    };
    QList<Reply> replies;
    QList<QCborMap> events;
    auto refuse = [&](const PendingMutation &p, const Error &e) {
        if (p.session && e.retryable())
            p.session->setBarrier(p.client, p.mutation);
        replies.append(Reply{p.session, p.requestId, e, {}});
    };

    try {
        db::Transaction tx(m_store.db());
        for (const PendingMutation &p : queue) {
            if (p.session) {
                if (const auto barrier = p.session->barrier(p.client)) {
                    if (*barrier != p.mutation) {
                        refuse(p,
                               Error{ErrorCode::OutOfOrder,
                                     QStringLiteral("mutation %1 must be sent again first").arg(*barrier)});
                        continue;
                    }
                    p.session->clearBarrier(p.client);
                }
            }
            try {
                if (const auto stored = m_store.mutationOutcome(p.client, p.mutation)) {
                    if (stored->contains(QLatin1String("result"))) {
                        replies.append(Reply{p.session, p.requestId, std::nullopt,
                                             stored->value(QLatin1String("result")).toMap()});
                    } else {
                        replies.append(Reply{p.session, p.requestId, proto::errorFromFrame(*stored), {}});
                    }
                    continue;
                }
                const qint64 now = Clock::nowMs();
                // One savepoint per mutation: a refused mutation's changes are undone but its outcome is
                // still recorded; an exception (the destructor) undoes the outcome record as well.
                db::Savepoint savepoint(m_store.db());
                MutationApplier applier(m_store,
                                        MutationContext{p.user, p.client, p.mutation, now, p.address});
                applier.setSessionTokenHash(p.tokenHash);
                const MutationOutcome outcome = applier.apply(p.name, p.args);
                if (!outcome.ok())
                    savepoint.rollback();
                m_store.recordMutationOutcome(p.client, p.mutation, p.user, outcomeRecord(outcome), now);
                savepoint.release();
                events.append(outcome.events);
                replies.append(Reply{p.session, p.requestId, outcome.error, outcome.result});
            } catch (const db::SqlError &e) {
                refuse(p, internalError(e));
                // Some failures (a full disk, I/O errors) make SQLite drop the whole transaction: then
                // nothing of this batch is stored and the rest must not run outside a transaction.
                if (sqlite3_get_autocommit(m_store.db().handle()))
                    throw;
            }
        }
        tx.commit();
    } catch (const db::SqlError &e) {
        // BEGIN or COMMIT failed: nothing of this batch is stored.
        const Error failure = internalError(e);
        events.clear();
        replies.clear();
        for (const PendingMutation &p : queue)
            refuse(p, failure);
    }

    deliver(events);
    for (const Reply &r : replies) {
        if (!r.session)
            continue;
        if (r.error)
            r.session->sendError(r.id, *r.error);
        else
            r.session->sendAck(r.id, r.result);
    }
    for (const PendingMutation &p : queue) {
        if (p.name == QLatin1String("session.revoke"))
            closeEndedSessions(p.user); // signed-out devices that are connected right now
    }
}

void Server::endSessionsOf(qint64 user)
{
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->user() != user || s->isClosing())
            continue;
        presenceDown(s);
        m_fanout.unsubscribeAll(s);
        s->forgetUser();
        s->sendErrorAndClose(
            0, Error{ErrorCode::AccountDisabled, QStringLiteral("this account was deactivated")},
            kClosePolicyViolation);
    }
}

qint64 Server::dataVersion()
{
    auto s = m_store.sql().get("PRAGMA data_version");
    s->step();
    return s->integer(0);
}

void Server::pollExternalChanges()
{
    try {
        const qint64 version = dataVersion();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        deliverNewEvents();
    } catch (const db::SqlError &e) {
        qCWarning(lcServer) << "could not read changes made by other processes:" << e.text();
    }
}

void Server::deliverNewEvents()
{
    try {
        OpLog log(m_store.sql());
        const QHash<QString, qint64> heads = log.allHeads();
        for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
            qint64 delivered = m_deliveredHeads.value(it.key());
            if (it.value() <= delivered)
                continue;
            if (!m_fanout.hasSubscribers(it.key())) {
                m_deliveredHeads[it.key()] = it.value();
                continue;
            }
            while (delivered < it.value()) {
                const QCborArray tail = log.tail(it.key(), delivered, 1000);
                if (tail.isEmpty())
                    break;
                QList<QCborMap> events;
                for (const QCborValue &v : tail)
                    events.append(v.toMap());
                deliver(events);
                delivered = tail.last().toMap().value(QLatin1String("seq")).toInteger();
            }
            m_deliveredHeads[it.key()] = it.value();
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcServer) << "could not read changes made by other processes:" << e.text();
    }
}

void Server::escalateOverdue()
{
    if (m_shuttingDown)
        return;
    try {
        int handled = 0;
        const QList<QCborMap> events =
            OverdueEscalation(m_store, m_options.escalationDelayMs).run(Clock::nowMs(), &handled);
        if (handled > 0)
            qCInfo(lcServer) << "overdue escalation:" << handled << "todos," << events.size()
                             << "managers told";
        deliver(events);
    } catch (const db::SqlError &e) {
        qCWarning(lcServer) << "overdue escalation failed, will retry:" << e.text();
    }
}

} // namespace tack::server
