#include "client/ClientSession.h"

#include "db/Sqlite.h"
#include "domain/ChatRules.h"
#include "protocol/ArgReader.h"

#include <QUuid>
#include <cmath>

namespace tack::client {

ClientSession::ClientSession(const QString &replicaPath, sync::SyncOptions options, QObject *parent)
    : QObject(parent), m_path(replicaPath), m_countdown(this)
{
    m_thread.setObjectName(QStringLiteral("tack-sync"));
    m_engine = new sync::SyncEngine(std::move(options));
    m_engine->moveToThread(&m_thread);
    m_thread.start();

    using E = sync::SyncEngine;
    constexpr auto queued = Qt::QueuedConnection;
    connect(m_engine, &E::stateChanged, this, &ClientSession::onEngineState, queued);
    connect(m_engine, &E::retryScheduled, this, &ClientSession::onRetryScheduled, queued);
    connect(m_engine, &E::connectionFailed, this, &ClientSession::connectionFailed, queued);
    connect(m_engine, &E::loginFinished, this, &ClientSession::loginFinished, queued);
    connect(m_engine, &E::certificateRejected, this, &ClientSession::certificateRejected, queued);
    // A write that worked ends a storage problem: catching up, queueing or settling all write the replica.
    connect(
        m_engine, &E::caughtUp, this,
        [this] {
            setStorageProblem(QString());
            emit caughtUp();
        },
        queued);
    connect(m_engine, &E::outboxDrained, this, &ClientSession::outboxDrained, queued);
    connect(
        m_engine, &E::queued, this,
        [this](const QString &ref, qint64 mutation) {
            --m_unconfirmed;
            if (mutation > 0)
                setStorageProblem(QString());
            emit this->queued(ref, mutation);
        },
        queued);
    connect(
        m_engine, &E::queueFailed, this,
        [this](const QString &ref, const QString &message) {
            --m_unconfirmed;
            emit queueFailed(ref, message);
        },
        queued);
    connect(
        m_engine, &E::mutationSettled, this,
        [this](qint64 mutation) {
            setStorageProblem(QString());
            emit mutationSettled(mutation);
        },
        queued);
    connect(m_engine, &E::mutationFailed, this, &ClientSession::mutationFailed, queued);
    connect(m_engine, &E::conversationsChanged, this, &ClientSession::conversationsChanged, queued);
    connect(m_engine, &E::directoryChanged, this, &ClientSession::directoryChanged, queued);
    connect(m_engine, &E::todosChanged, this, &ClientSession::todosChanged, queued);
    connect(m_engine, &E::approvalsChanged, this, &ClientSession::approvalsChanged, queued);
    connect(m_engine, &E::presenceReceived, this, &ClientSession::presenceReceived, queued);
    connect(
        m_engine, &E::storageError, this,
        [this](const QString &message) {
            setStorageProblem(message);
            emit storageError(message);
        },
        queued);
    connect(m_engine, &E::signedOut, this, &ClientSession::signedOut, queued);
    connect(m_engine, &E::loggedOut, this, &ClientSession::loggedOut, queued);
    connect(m_engine, &E::requestFinished, this, &ClientSession::onRequestFinished, queued);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        const int seconds = retrySeconds();
        emit stateChanged(m_state, seconds);
        if (seconds == 0)
            m_countdown.stop();
    });
}

ClientSession::~ClientSession()
{
    sync::SyncEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine] { engine->closeReplica(); }, Qt::BlockingQueuedConnection);
    engine->deleteLater(); // runs on the worker as it finishes
    m_thread.quit();
    m_thread.wait();
    m_reader.close();
}

template <typename Work> void ClientSession::post(Work &&work)
{
    QMetaObject::invokeMethod(m_engine, std::forward<Work>(work), Qt::QueuedConnection);
}

bool ClientSession::open(QString *error)
{
    bool ok = false;
    QString why;
    sync::SyncEngine *engine = m_engine;
    const QString path = m_path;
    QMetaObject::invokeMethod(
        engine, [engine, path, &ok, &why] { ok = engine->openReplica(path, &why); },
        Qt::BlockingQueuedConnection);
    if (ok) {
        try {
            m_reader.openReadOnly(m_path);
        } catch (const db::SqlError &e) {
            ok = false;
            why = e.text();
        }
    }
    if (!ok && error)
        *error = why;
    m_open = ok;
    return ok;
}

store::Replica::Account ClientSession::account()
{
    if (!m_open)
        return {};
    try {
        return m_reader.account();
    } catch (const db::SqlError &) {
        return {};
    }
}

bool ClientSession::loggedIn()
{
    const store::Replica::Account a = account();
    return a.userId > 0 && !a.token.isEmpty();
}

void ClientSession::login(const QUrl &server, const QString &login, const QString &password)
{
    post([engine = m_engine, server, login, password] { engine->login(server, login, password); });
}

void ClientSession::start()
{
    post([engine = m_engine] { engine->start(); });
}

void ClientSession::setTrustedCertificate(const QString &fingerprint)
{
    post([engine = m_engine, fingerprint] { engine->setTrustedCertificate(fingerprint); });
}

void ClientSession::stop()
{
    post([engine = m_engine] { engine->stop(); });
}

int ClientSession::retrySeconds() const
{
    if (m_state != State::Offline || m_retryDeadline.hasExpired() || m_retryDeadline.isForever())
        return 0;
    return int(std::ceil(double(m_retryDeadline.remainingTime()) / 1000.0));
}

void ClientSession::onEngineState(int state)
{
    m_state = State(state);
    if (m_state != State::Offline) {
        m_retryDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        m_countdown.stop();
    }
    emit stateChanged(m_state, retrySeconds());
}

void ClientSession::onRetryScheduled(int attempt, int delayMs)
{
    m_retryDeadline = QDeadlineTimer(delayMs);
    emit retryScheduled(attempt, delayMs);
    emit stateChanged(m_state, retrySeconds());
    m_countdown.start();
}

void ClientSession::enqueue(const QString &ref, const QString &name, const QCborMap &args)
{
    ++m_unconfirmed;
    post([engine = m_engine, ref, name, args] { engine->enqueue(ref, name, args); });
}

void ClientSession::setStorageProblem(const QString &problem)
{
    if (problem == m_storageProblem)
        return;
    m_storageProblem = problem;
    emit storageProblemChanged(problem);
}

QString ClientSession::newObjectId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString ClientSession::sendMessage(const QString &conversation, const QString &text)
{
    if (!proto::ArgReader::isObjectId(conversation) || !chat::isValidMessageText(text))
        return {};
    const QString id = newObjectId();
    QCborMap args;
    args.insert(QLatin1String("conversation"), conversation);
    args.insert(QLatin1String("id"), id);
    args.insert(QLatin1String("text"), text);
    enqueue(id, QStringLiteral("msg.send"), args);
    return id;
}

bool ClientSession::editMessage(const QString &messageId, const QString &text)
{
    if (!proto::ArgReader::isObjectId(messageId) || !chat::isValidMessageText(text))
        return false;
    QCborMap args;
    args.insert(QLatin1String("message"), messageId);
    args.insert(QLatin1String("text"), text);
    enqueue(messageId, QStringLiteral("msg.edit"), args);
    return true;
}

bool ClientSession::recallMessage(const QString &messageId)
{
    if (!proto::ArgReader::isObjectId(messageId))
        return false;
    QCborMap args;
    args.insert(QLatin1String("message"), messageId);
    enqueue(messageId, QStringLiteral("msg.recall"), args);
    return true;
}

void ClientSession::markRead(const QString &conversation, qint64 upto)
{
    ++m_unconfirmed;
    post([engine = m_engine, conversation, upto] { engine->markRead(conversation, conversation, upto); });
}

QString ClientSession::createGroup(const QString &title, const QList<qint64> &memberIds)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > chat::kMaxTitleChars ||
        memberIds.size() > chat::kMaxGroupMembers)
        return {};
    const QString id = newObjectId();
    QCborArray members;
    for (qint64 member : memberIds)
        members.append(member);
    QCborMap args;
    args.insert(QLatin1String("id"), id);
    args.insert(QLatin1String("title"), trimmed);
    args.insert(QLatin1String("members"), members);
    enqueue(id, QStringLiteral("conv.create"), args);
    return id;
}

QString ClientSession::openDirect(qint64 userId)
{
    const qint64 me = account().userId;
    if (me <= 0 || userId <= 0 || userId == me)
        return {};
    const QString id = chat::directConversationId(me, userId);
    QCborMap args;
    args.insert(QLatin1String("user"), userId);
    enqueue(id, QStringLiteral("dm.open"), args);
    return id;
}

QString ClientSession::dingMessage(const QString &messageId, const QList<qint64> &users)
{
    if (!proto::ArgReader::isObjectId(messageId) || users.isEmpty() || users.size() > chat::kMaxGroupMembers)
        return {};
    QCborArray list;
    for (qint64 user : users) {
        if (user <= 0)
            return {};
        list.append(user);
    }
    QCborMap args;
    args.insert(QLatin1String("message"), messageId);
    args.insert(QLatin1String("users"), list);
    const QString ref = QStringLiteral("ding-") + newObjectId();
    enqueue(ref, QStringLiteral("ding.send"), args);
    return ref;
}

bool ClientSession::confirmDing(const QString &messageId)
{
    if (!proto::ArgReader::isObjectId(messageId))
        return false;
    QCborMap args;
    args.insert(QLatin1String("message"), messageId);
    enqueue(messageId, QStringLiteral("ding.confirm"), args);
    return true;
}

bool ClientSession::retryMessage(const QString &messageId)
{
    if (!proto::ArgReader::isObjectId(messageId))
        return false;
    ++m_unconfirmed;
    post([engine = m_engine, messageId] { engine->retryMessage(messageId, messageId); });
    return true;
}

void ClientSession::setDraft(const QString &conversation, const QString &text)
{
    if (conversation.isEmpty())
        return;
    post([engine = m_engine, conversation, text] { engine->setDraft(conversation, text); });
}

void ClientSession::setPresence(const QString &state)
{
    post([engine = m_engine, state] { engine->setPresence(state); });
}

void ClientSession::setWatchPresence(bool watch)
{
    post([engine = m_engine, watch] { engine->setWatchPresence(watch); });
}

void ClientSession::logout()
{
    post([engine = m_engine] { engine->logout(); });
}

QString ClientSession::submit(const QString &name, const QCborMap &args)
{
    const QString ref = QStringLiteral("mutation-") + newObjectId();
    enqueue(ref, name, args);
    return ref;
}

quint64 ClientSession::readList(const QString &conversation, const QString &messageId, const QString &state,
                                qint64 after, int limit)
{
    const quint64 tag = m_nextTag++;
    post([engine = m_engine, tag, conversation, messageId, state, after, limit] {
        engine->requestReadList(tag, conversation, messageId, state, after, limit);
    });
    return tag;
}

quint64 ClientSession::loadHistory(const QString &conversation, qint64 beforeSeq, int limit)
{
    const quint64 tag = m_nextTag++;
    m_historyTags.insert(tag, true);
    post([engine = m_engine, tag, conversation, beforeSeq, limit] {
        engine->requestHistory(tag, conversation, beforeSeq, limit);
    });
    return tag;
}

quint64 ClientSession::listSessions()
{
    const quint64 tag = m_nextTag++;
    m_sessionTags.insert(tag);
    post([engine = m_engine, tag] { engine->requestQuery(tag, QStringLiteral("sessions"), {}); });
    return tag;
}

QString ClientSession::revokeSession(const QString &sessionId)
{
    QCborMap args;
    args.insert(QLatin1String("session"), sessionId);
    return submit(QStringLiteral("session.revoke"), args);
}

QString ClientSession::revokeOtherSessions()
{
    QCborMap args;
    args.insert(QLatin1String("others"), true);
    return submit(QStringLiteral("session.revoke"), args);
}

quint64 ClientSession::query(const QString &type, const QCborMap &fields)
{
    const quint64 tag = m_nextTag++;
    m_queryTags.insert(tag);
    post([engine = m_engine, tag, type, fields] { engine->requestQuery(tag, type, fields); });
    return tag;
}

void ClientSession::onRequestFinished(quint64 tag, const QCborMap &result, const QString &code,
                                      const QString &message)
{
    if (m_queryTags.remove(tag)) {
        emit queryFinished(tag, result, code, message);
        return;
    }
    const bool ok = code.isEmpty();
    if (m_sessionTags.remove(tag)) {
        QList<DeviceSession> sessions;
        for (const QCborValue &v : result.value(QLatin1String("sessions")).toArray()) {
            const QCborMap m = v.toMap();
            DeviceSession d;
            d.id = m.value(QLatin1String("id")).toString();
            d.device = m.value(QLatin1String("device")).toString();
            d.address = m.value(QLatin1String("address")).toString();
            d.createdAt = m.value(QLatin1String("created_at")).toInteger();
            d.lastUsed = m.value(QLatin1String("last_used")).toInteger();
            d.expiresAt = m.value(QLatin1String("expires_at")).toInteger();
            d.current = m.value(QLatin1String("current")).toBool();
            sessions.append(d);
        }
        emit sessionsListed(tag, ok, sessions, code, message);
        return;
    }
    if (m_historyTags.remove(tag)) {
        emit historyLoaded(tag, ok, int(result.value(QLatin1String("count")).toInteger(0)),
                           result.value(QLatin1String("more")).toBool(false), code, message);
        return;
    }
    ReadList list;
    if (ok) {
        for (const QCborValue &user : result.value(QLatin1String("users")).toArray())
            list.users.append(user.toInteger());
        list.readCount = int(result.value(QLatin1String("read_count")).toInteger(0));
        list.unreadCount = int(result.value(QLatin1String("unread_count")).toInteger(0));
        list.next = result.value(QLatin1String("next")).toInteger(0);
    }
    emit readListFinished(tag, ok, list, code, message);
}

void ClientSession::withEngineReplica(const std::function<void(store::Replica &)> &work)
{
    sync::SyncEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, &work] { work(engine->replica()); }, Qt::BlockingQueuedConnection);
}

} // namespace tack::client
