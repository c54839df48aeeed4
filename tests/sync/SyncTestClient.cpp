#include "SyncTestClient.h"

#include <QTest>

using tack::client::ClientSession;

SyncTestClient::SyncTestClient(tack::sync::SyncOptions options, QObject *parent) : QObject(parent)
{
    m_path = m_dir.filePath(QStringLiteral("replica.db"));
    m_session = std::make_unique<ClientSession>(m_path, std::move(options));
    QString error;
    if (!m_session->open(&error))
        qFatal("cannot open a test replica: %s", qPrintable(error));

    ClientSession *s = m_session.get();
    connect(s, &ClientSession::caughtUp, this, [this] { ++caughtUpCount; });
    connect(s, &ClientSession::outboxDrained, this, [this] { ++drainedCount; });
    connect(s, &ClientSession::loginFinished, this, [this](bool ok, const QString &code, const QString &) {
        loginDone = true;
        loginOk = ok;
        loginCode = code;
    });
    connect(s, &ClientSession::signedOut, this,
            [this](const QString &reason) { signedOutReasons.append(reason); });
    connect(s, &ClientSession::storageError, this,
            [this](const QString &message) { storageErrors.append(message); });
    connect(s, &ClientSession::queued, this,
            [this](const QString &ref, qint64 m) { queuedRefs.insert(ref, m); });
    connect(s, &ClientSession::queueFailed, this,
            [this](const QString &ref, const QString &why) { queueErrors.insert(ref, why); });
    connect(s, &ClientSession::mutationSettled, this, [this](qint64 m) { settledOrder.append(m); });
    connect(s, &ClientSession::mutationFailed, this,
            [this](qint64 m, const QString &name, const QString &code, const QString &message) {
                failures.insert(m, Failure{name, code, message});
            });
}

SyncTestClient::~SyncTestClient() = default;

tack::sync::SyncOptions SyncTestClient::fastOptions()
{
    tack::sync::SyncOptions options;
    options.clientName = QStringLiteral("tack-tests/0.1");
    options.reconnect.baseMs = 50;
    options.reconnect.capMs = 1000;
    options.retry.baseMs = 50;
    options.retry.capMs = 1000;
    return options;
}

bool SyncTestClient::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool SyncTestClient::login(const QUrl &url, const QString &login, const QString &password, QString *error)
{
    const int before = caughtUpCount;
    loginDone = false;
    m_session->login(url, login, password);
    if (!waitFor([this] { return loginDone; }) || !loginOk) {
        if (error)
            *error = QStringLiteral("login of %1 failed: %2").arg(login, loginCode);
        return false;
    }
    if (!waitFor([this, before] { return caughtUpCount > before; })) {
        if (error)
            *error = QStringLiteral("%1 did not catch up").arg(login);
        return false;
    }
    return true;
}

qint64 SyncTestClient::waitQueued(const QString &ref)
{
    if (!waitFor([&] { return queuedRefs.contains(ref) || queueErrors.contains(ref); }))
        return -1;
    return queuedRefs.value(ref, -1);
}

bool SyncTestClient::waitSettled(int timeoutMs)
{
    return waitFor([this] { return online() && m_session->unconfirmedWrites() == 0 && pendingCount() == 0; },
                   timeoutMs);
}

int SyncTestClient::pendingCount()
{
    return reader().pendingCount();
}

QList<tack::store::MessageRecord> SyncTestClient::messages(const QString &conversation)
{
    return reader().messages(conversation, 100000);
}

QList<tack::store::MessageRecord> SyncTestClient::sentMessages(const QString &conversation)
{
    QList<tack::store::MessageRecord> out;
    for (const auto &m : messages(conversation)) {
        if (m.seq > 0)
            out.append(m);
    }
    return out;
}

QString SyncTestClient::dump()
{
    QString text;
    m_session->withEngineReplica([&text](tack::store::Replica &r) { text = r.dumpSyncedState(); });
    return text;
}

qint64 SyncTestClient::engineCursor(const QString &stream)
{
    qint64 cursor = -1;
    m_session->withEngineReplica([&](tack::store::Replica &r) { cursor = r.cursor(stream); });
    return cursor;
}

#include "ServerProcess.h"

namespace synctest {

QHash<QString, qint64> startWithUsers(ServerProcess &server, const QStringList &logins,
                                      const QStringList &serveArgs)
{
    ServerProcess::Options options;
    options.serveArgs = serveArgs;
    if (!server.start(options))
        return {};
    QHash<QString, qint64> out;
    for (const QString &login : logins) {
        const qint64 id = server.addUser(login, login, kPassword);
        if (id <= 0)
            return {};
        out.insert(login, id);
    }
    return out;
}

QStringList ids(const QList<tack::store::MessageRecord> &messages)
{
    QStringList out;
    for (const auto &m : messages)
        out.append(m.id);
    return out;
}

} // namespace synctest
