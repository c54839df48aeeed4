#include "sync/SyncEngine.h"

#include "db/Sqlite.h"
#include "domain/ChatRules.h"
#include "protocol/Frame.h"
#include "sync/OutboxFlusher.h"
#include "sync/StreamCoordinator.h"
#include "sync/SyncLog.h"

namespace tack::sync {
namespace {

bool endsSession(proto::ErrorCode code)
{
    return code == proto::ErrorCode::Unauthenticated || code == proto::ErrorCode::TokenExpired ||
           code == proto::ErrorCode::AccountDisabled || code == proto::ErrorCode::SessionRevoked;
}

} // namespace

SyncEngine::SyncEngine(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_backoff(m_options.reconnect), m_reconnectTimer(this)
{
    m_link = new ServerLink(this);
    m_link->setTiming(m_options.timing);
    m_link->setTrustedFingerprint(m_options.trustedCertificate);
    m_streams = new StreamCoordinator(m_replica, *m_link, this);
    m_outbox = new OutboxFlusher(m_replica, *m_link, this);
    m_outbox->setBackoffPolicy(m_options.retry);

    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncEngine::connectNow);
    connect(m_link, &ServerLink::opened, this, &SyncEngine::onOpened);
    connect(m_link, &ServerLink::closed, this, &SyncEngine::onClosed);
    connect(m_link, &ServerLink::eventsReceived, m_streams, &StreamCoordinator::receive);
    // A deactivated account learns it from the pushed error, before the connection even closes.
    connect(m_link, &ServerLink::errorPushed, this, [this](const QString &code, const QString &message) {
        const auto known = proto::errorCodeFromName(code);
        if (known && endsSession(*known))
            signOut(code + QLatin1String(": ") + message);
    });
    connect(m_link, &ServerLink::certificateRejected, this,
            [this](const QString &fingerprint, bool trustable, const QString &problem) {
                m_certificateTrustable = trustable;
                emit certificateRejected(fingerprint, trustable, problem);
            });

    connect(m_streams, &StreamCoordinator::caughtUp, this, &SyncEngine::onCaughtUp);
    connect(m_link, &ServerLink::presenceReceived, this,
            [this](const QCborArray &users) { emit presenceReceived(users, false); });
    connect(m_streams, &StreamCoordinator::conversationsChanged, this, &SyncEngine::conversationsChanged);
    connect(m_streams, &StreamCoordinator::directoryChanged, this, &SyncEngine::directoryChanged);
    connect(m_streams, &StreamCoordinator::todosChanged, this, &SyncEngine::todosChanged);
    connect(m_streams, &StreamCoordinator::approvalsChanged, this, &SyncEngine::approvalsChanged);
    // Failures are handled from the event loop, never inside the stack that is still walking the streams.
    connect(m_streams, &StreamCoordinator::storageFailed, this, &SyncEngine::onStorageFailed,
            Qt::QueuedConnection);
    connect(m_streams, &StreamCoordinator::needsReconnect, this, &SyncEngine::dropConnection,
            Qt::QueuedConnection);

    connect(m_outbox, &OutboxFlusher::settled, this, &SyncEngine::mutationSettled);
    connect(m_outbox, &OutboxFlusher::failed, this, &SyncEngine::mutationFailed);
    connect(m_outbox, &OutboxFlusher::conversationsChanged, this, &SyncEngine::conversationsChanged);
    connect(m_outbox, &OutboxFlusher::todosChanged, this, &SyncEngine::todosChanged);
    connect(m_outbox, &OutboxFlusher::acknowledged, this,
            [this](const QString &name, const QCborMap &args, const QCborMap &result) {
                // The ack of a sent message carries its seq: if its live event was lost, this finds the gap.
                if (name == QLatin1String("msg.send") && result.contains(QLatin1String("seq")))
                    m_streams->noteHead(
                        streams::conversation(args.value(QLatin1String("conversation")).toString()),
                        result.value(QLatin1String("seq")).toInteger());
            });
    connect(m_outbox, &OutboxFlusher::drained, this, &SyncEngine::outboxDrained);
    connect(m_outbox, &OutboxFlusher::storageFailed, this, &SyncEngine::onStorageFailed,
            Qt::QueuedConnection);
    connect(m_outbox, &OutboxFlusher::retryScheduled, this, [](int attempt, int delayMs) {
        qCInfo(lcSync) << "outbox retry" << attempt << "in" << delayMs << "ms";
    });
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    m_link->close(QString(), true);
}

bool SyncEngine::openReplica(const QString &path, QString *error)
{
    try {
        m_replica.open(path);
        m_outbox->setClientId(m_replica.clientId());
        m_replicaOpen = true;
        return true;
    } catch (const db::SqlError &e) {
        if (error)
            *error = e.text();
        m_replica.close();
        return false;
    }
}

void SyncEngine::closeReplica()
{
    stop();
    if (m_replicaOpen)
        m_replica.close();
    m_replicaOpen = false;
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(int(state));
}

void SyncEngine::login(const QUrl &server, const QString &login, const QString &password)
{
    if (!m_replicaOpen) {
        emit loginFinished(false, QStringLiteral("no_replica"), tr("the local replica is not open"));
        return;
    }
    m_running = false;
    m_reconnectTimer.stop();
    m_link->close(QString(), true);
    m_streams->reset();
    m_outbox->stop();
    m_server = server;
    m_pendingLogin = PendingLogin{login, password};
    connectNow();
}

void SyncEngine::start()
{
    if (!m_replicaOpen) {
        emit signedOut(tr("the local replica is not open"));
        return;
    }
    store::Replica::Account account;
    try {
        account = m_replica.account();
    } catch (const db::SqlError &e) {
        emit storageError(tr("reading the account failed: %1").arg(e.text()));
        return;
    }
    if (account.token.isEmpty() || account.serverUrl.isEmpty()) {
        emit signedOut(tr("not logged in"));
        return;
    }
    m_server = QUrl(account.serverUrl);
    m_token = account.token;
    m_running = true;
    if (m_state == State::Offline && !m_reconnectTimer.isActive())
        connectNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_pendingLogin.reset();
    m_link->close(QString(), true);
    m_streams->reset();
    m_outbox->stop();
    m_helloDone = false;
    setState(State::Offline);
}

void SyncEngine::setTrustedCertificate(const QString &fingerprint)
{
    m_options.trustedCertificate = fingerprint;
    m_link->setTrustedFingerprint(fingerprint);
}

void SyncEngine::connectNow()
{
    m_reconnectTimer.stop();
    m_certificateTrustable.reset();
    setState(State::Connecting);
    m_link->open(m_server);
}

void SyncEngine::onOpened()
{
    if (m_pendingLogin)
        sendLogin();
    else
        sendHello();
}

void SyncEngine::onClosed(const QString &reason)
{
    if (m_helloDone && m_watchPresence)
        emit presenceReceived({}, true); // offline: nobody's presence is known
    m_helloDone = false;
    m_streams->reset();
    m_outbox->stop();
    setState(State::Offline);
    if (m_pendingLogin) {
        m_pendingLogin.reset();
        const QString code = !m_certificateTrustable   ? QStringLiteral("unreachable")
                             : *m_certificateTrustable ? QStringLiteral("untrusted_certificate")
                                                       : QStringLiteral("bad_certificate");
        emit loginFinished(false, code,
                           tr("cannot reach %1: %2").arg(m_server.toString(QUrl::RemoveUserInfo), reason));
        return;
    }
    emit connectionFailed(reason);
    if (m_running)
        scheduleReconnect();
}

void SyncEngine::scheduleReconnect()
{
    const int delay = m_backoff.next();
    qCInfo(lcSync) << "reconnecting in" << delay << "ms, attempt" << m_backoff.attempt();
    m_reconnectTimer.start(delay);
    emit retryScheduled(m_backoff.attempt(), delay);
}

void SyncEngine::dropConnection(const QString &why)
{
    if (m_state != State::Offline)
        m_link->close(why); // onClosed follows and schedules the retry
}

void SyncEngine::sendLogin()
{
    QCborMap fields;
    fields.insert(QLatin1String("login"), m_pendingLogin->login);
    fields.insert(QLatin1String("password"), m_pendingLogin->password);
    if (!m_options.device.isEmpty())
        fields.insert(QLatin1String("device"), m_options.device);
    m_link->request(QStringLiteral("login"), fields, [this](const Reply &reply) { onLoginReply(reply); });
}

void SyncEngine::onLoginReply(const Reply &reply)
{
    if (reply.disconnected)
        return; // onClosed reports the failed login
    const PendingLogin attempt = m_pendingLogin.value_or(PendingLogin{});
    m_pendingLogin.reset();
    const auto refuse = [this](const QString &code, const QString &message) {
        m_link->close(QString(), true);
        setState(State::Offline);
        emit loginFinished(false, code, message);
    };
    if (!reply.ok) {
        const QString message =
            reply.error.code == proto::ErrorCode::RateLimited
                ? tr("Too many attempts, try again in %1 s").arg(qMax(1, reply.error.retryAfter))
                : reply.error.message;
        refuse(proto::errorCodeName(reply.error.code), message);
        return;
    }
    const QString token = reply.result.value(QLatin1String("token")).toString();
    const QCborMap user = reply.result.value(QLatin1String("user")).toMap();
    const qint64 userId = user.value(QLatin1String("id")).toInteger(0);
    if (token.isEmpty() || userId <= 0) {
        refuse(QStringLiteral("bad_reply"), tr("the server's login reply has no token or user"));
        return;
    }
    try {
        const store::Replica::Account existing = m_replica.account();
        if (existing.userId != 0 && existing.userId != userId) {
            refuse(QStringLiteral("profile_in_use"),
                   tr("this profile holds the account %1; use another profile for %2")
                       .arg(existing.login, attempt.login));
            return;
        }
        store::Replica::Account account;
        account.serverUrl = m_server.toString(QUrl::RemoveUserInfo);
        account.login = user.value(QLatin1String("login")).toString(attempt.login);
        account.userId = userId;
        account.token = token;
        m_replica.setAccount(account);
    } catch (const db::SqlError &e) {
        emit storageError(tr("storing the account failed: %1").arg(e.text()));
        refuse(QStringLiteral("storage"), tr("storing the account failed: %1").arg(e.text()));
        return;
    }
    m_token = token;
    m_running = true;
    emit loginFinished(true, QString(), QString());
    sendHello();
}

void SyncEngine::sendHello()
{
    QCborMap fields;
    fields.insert(QLatin1String("version"), proto::kProtocolVersion);
    fields.insert(QLatin1String("token"), m_token);
    fields.insert(QLatin1String("client"), m_options.clientName);
    m_link->request(QStringLiteral("hello"), fields, [this](const Reply &reply) { onHelloReply(reply); });
}

void SyncEngine::onHelloReply(const Reply &reply)
{
    if (reply.disconnected)
        return;
    if (!reply.ok) {
        if (endsSession(reply.error.code)) {
            signOut(proto::errorCodeName(reply.error.code) + QLatin1String(": ") + reply.error.message);
            return;
        }
        dropConnection(tr("hello refused: %1").arg(reply.error.message));
        return;
    }
    m_helloDone = true;
    startPresence();
    setState(State::Syncing);
    m_streams->begin(reply.result.value(QLatin1String("streams")).toArray());
}

void SyncEngine::startPresence()
{
    if (m_presence != QLatin1String("online"))
        setPresence(m_presence);
    if (!m_watchPresence)
        return;
    m_link->request(QStringLiteral("presence.list"), {}, [this](const Reply &reply) {
        if (reply.ok)
            emit presenceReceived(reply.result.value(QLatin1String("users")).toArray(), true);
        else if (!reply.disconnected) // a server without presence: everyone stays offline
            qCDebug(lcSync) << "presence.list refused:" << reply.error.message;
    });
}

void SyncEngine::setWatchPresence(bool watch)
{
    m_watchPresence = watch;
}

void SyncEngine::setPresence(const QString &state)
{
    if (state != QLatin1String("online") && state != QLatin1String("away"))
        return;
    m_presence = state;
    if (!m_helloDone)
        return;
    QCborMap fields;
    fields.insert(QLatin1String("state"), state);
    m_link->request(QStringLiteral("presence.set"), fields, [](const Reply &reply) {
        if (!reply.ok && !reply.disconnected)
            qCDebug(lcSync) << "presence.set refused:" << reply.error.message;
    });
}

void SyncEngine::onCaughtUp()
{
    setState(State::Online);
    m_backoff.reset();
    emit caughtUp();
    m_outbox->start(); // local mutations go out only on top of a caught-up replica
}

void SyncEngine::onStorageFailed(const QString &message)
{
    emit storageError(message);
    dropConnection(tr("local storage failed"));
}

void SyncEngine::signOut(const QString &reason)
{
    qCInfo(lcSync) << "signed out:" << reason;
    m_running = false;
    m_reconnectTimer.stop();
    m_link->close(QString(), true);
    m_streams->reset();
    m_outbox->stop();
    m_helloDone = false;
    try {
        m_replica.clearToken();
    } catch (const db::SqlError &e) {
        emit storageError(tr("forgetting the token failed: %1").arg(e.text()));
    }
    setState(State::Offline);
    emit signedOut(reason);
}

void SyncEngine::enqueue(const QString &ref, const QString &name, const QCborMap &args)
{
    if (!m_replicaOpen) {
        emit queueFailed(ref, tr("the local replica is not open"));
        return;
    }
    store::ApplyOutcome outcome;
    qint64 mutation = 0;
    try {
        mutation = m_replica.enqueue(name, args, &outcome);
    } catch (const db::SqlError &e) {
        const QString message = tr("saving the change failed: %1").arg(e.text());
        emit storageError(message);
        emit queueFailed(ref, message);
        return;
    }
    emit queued(ref, mutation);
    if (!outcome.conversations.isEmpty())
        emit conversationsChanged(QStringList(outcome.conversations.cbegin(), outcome.conversations.cend()));
    if (outcome.directory)
        emit directoryChanged();
    if (outcome.todos || !outcome.boards.isEmpty())
        emit todosChanged(QStringList(outcome.boards.cbegin(), outcome.boards.cend()));
    m_outbox->kick();
}

void SyncEngine::retryMessage(const QString &ref, const QString &messageId)
{
    if (!m_replicaOpen) {
        emit queueFailed(ref, tr("the local replica is not open"));
        return;
    }
    qint64 mutation = 0;
    QString conversation;
    try {
        mutation = m_replica.retryMessage(messageId);
        if (const auto message = m_replica.message(messageId))
            conversation = message->conversation;
    } catch (const db::SqlError &e) {
        const QString message = tr("saving the change failed: %1").arg(e.text());
        emit storageError(message);
        emit queueFailed(ref, message);
        return;
    }
    if (mutation == 0) {
        emit queueFailed(ref, tr("the message %1 has nothing to send again").arg(messageId));
        return;
    }
    emit queued(ref, mutation);
    if (!conversation.isEmpty())
        emit conversationsChanged({conversation});
    m_outbox->kick();
}

void SyncEngine::setDraft(const QString &conversation, const QString &text)
{
    if (!m_replicaOpen)
        return;
    try {
        m_replica.setDraft(conversation, text);
    } catch (const db::SqlError &e) {
        emit storageError(tr("saving the draft failed: %1").arg(e.text()));
    }
}

void SyncEngine::logout()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_pendingLogin.reset();
    if (m_replicaOpen) {
        try {
            m_replica.clearToken(); // first, so a crash or a lost reply cannot keep the account signed in
        } catch (const db::SqlError &e) {
            emit storageError(tr("forgetting the token failed: %1").arg(e.text()));
        }
    }
    auto finish = [this] {
        m_link->close(QString(), true);
        m_streams->reset();
        m_outbox->stop();
        m_helloDone = false;
        m_token.clear();
        setState(State::Offline);
        emit loggedOut();
    };
    if (!m_helloDone) {
        finish();
        return;
    }
    // The server revokes the token, answers and closes; a lost connection ends the logout all the same.
    m_link->request(QStringLiteral("logout"), {}, [finish](const Reply &) { finish(); });
}

void SyncEngine::markRead(const QString &ref, const QString &conversation, qint64 upto)
{
    if (!m_replicaOpen) {
        emit queueFailed(ref, tr("the local replica is not open"));
        return;
    }
    qint64 mine = 0;
    try {
        const std::optional<store::ConversationRecord> record = m_replica.conversation(conversation);
        if (!record) {
            emit queueFailed(ref, tr("unknown chat %1").arg(conversation));
            return;
        }
        if (upto <= 0) // everything applied so far; the newest row may be a pending message without a seq
            upto = std::max(record->lastSeq, m_replica.cursor(streams::conversation(conversation)));
        mine = record->myRead;
    } catch (const db::SqlError &e) {
        emit queueFailed(ref, e.text());
        return;
    }
    if (upto <= 0 || upto <= mine) {
        emit queued(ref, 0); // already read that far: nothing to send
        return;
    }
    QCborMap args;
    args.insert(QLatin1String("conversation"), conversation);
    args.insert(QLatin1String("upto"), upto);
    enqueue(ref, QStringLiteral("read"), args);
}

void SyncEngine::finishRequest(quint64 tag, const Reply &reply)
{
    if (reply.ok)
        emit requestFinished(tag, reply.result, QString(), QString());
    else if (reply.disconnected)
        emit requestFinished(tag, {}, QStringLiteral("offline"), tr("not connected to the server"));
    else
        emit requestFinished(tag, {}, proto::errorCodeName(reply.error.code), reply.error.message);
}

void SyncEngine::requestReadList(quint64 tag, const QString &conversation, const QString &message,
                                 const QString &state, qint64 after, int limit)
{
    if (!m_helloDone) {
        finishRequest(tag, Reply::lost(QString()));
        return;
    }
    QCborMap fields;
    fields.insert(QLatin1String("conversation"), conversation);
    fields.insert(QLatin1String("message"), message);
    fields.insert(QLatin1String("state"), state);
    if (after > 0)
        fields.insert(QLatin1String("after"), after);
    if (limit > 0)
        fields.insert(QLatin1String("limit"), limit);
    m_link->request(QStringLiteral("read_list"), fields,
                    [this, tag](const Reply &reply) { finishRequest(tag, reply); });
}

void SyncEngine::requestQuery(quint64 tag, const QString &type, const QCborMap &fields)
{
    if (!m_helloDone) {
        finishRequest(tag, Reply::lost(QString()));
        return;
    }
    m_link->request(type, fields, [this, tag](const Reply &reply) { finishRequest(tag, reply); });
}

void SyncEngine::requestHistory(quint64 tag, const QString &conversation, qint64 before, int limit)
{
    if (!m_helloDone) {
        finishRequest(tag, Reply::lost(QString()));
        return;
    }
    QCborMap fields;
    fields.insert(QLatin1String("conversation"), conversation);
    fields.insert(QLatin1String("before"), before);
    if (limit > 0)
        fields.insert(QLatin1String("limit"), limit);
    m_link->request(QStringLiteral("history"), fields, [this, tag, conversation](const Reply &reply) {
        if (!reply.ok) {
            finishRequest(tag, reply);
            return;
        }
        QList<QCborMap> messages;
        for (const QCborValue &value : reply.result.value(QLatin1String("messages")).toArray())
            messages.append(value.toMap());
        try {
            const store::ApplyOutcome outcome = m_replica.storeHistory(conversation, messages);
            if (!outcome.conversations.isEmpty())
                emit conversationsChanged(
                    QStringList(outcome.conversations.cbegin(), outcome.conversations.cend()));
        } catch (const db::SqlError &e) {
            emit storageError(tr("storing history failed: %1").arg(e.text()));
            emit requestFinished(tag, {}, QStringLiteral("storage"), e.text());
            return;
        }
        QCborMap result;
        result.insert(QLatin1String("count"), qint64(messages.size()));
        result.insert(QLatin1String("more"), reply.result.value(QLatin1String("more")).toBool(false));
        emit requestFinished(tag, result, QString(), QString());
    });
}

} // namespace tack::sync
