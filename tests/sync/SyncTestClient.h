#pragma once

#include "client/ClientSession.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <functional>
#include <memory>

// One Tack client for integration tests: a ClientSession on its own temporary replica, quick reconnect
// timings, and a record of everything the session reported. Waits process events (QTest::qWaitFor);
// nothing sleeps.
class SyncTestClient : public QObject
{
    Q_OBJECT

public:
    explicit SyncTestClient(QObject *parent = nullptr) : SyncTestClient(fastOptions(), parent) {}
    explicit SyncTestClient(tack::sync::SyncOptions options, QObject *parent = nullptr);
    ~SyncTestClient() override;

    static tack::sync::SyncOptions fastOptions();

    tack::client::ClientSession &session() { return *m_session; }
    tack::store::Replica &reader() { return m_session->reader(); }
    QString replicaPath() const { return m_path; }

    // Logs in and waits for the first catch-up. False with `error` set on failure.
    bool login(const QUrl &url, const QString &login, const QString &password, QString *error = nullptr);
    qint64 userId() { return m_session->account().userId; }

    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000);
    // Waits until the local write `ref` is on disk; returns its mutation id (-1 on failure).
    qint64 waitQueued(const QString &ref);
    // Online, caught up, and nothing left in the outbox.
    bool waitSettled(int timeoutMs = 60000);
    bool online() const { return m_session->state() == tack::client::ClientSession::State::Online; }

    int pendingCount();
    QList<tack::store::MessageRecord> messages(const QString &conversation);
    // Messages with a server seq (state Sent), ascending.
    QList<tack::store::MessageRecord> sentMessages(const QString &conversation);
    QString dump();
    qint64 engineCursor(const QString &stream);

    struct Failure
    {
        QString name;
        QString code;
        QString message;
    };

    int caughtUpCount = 0;
    int drainedCount = 0;
    bool loginDone = false;
    bool loginOk = false;
    QString loginCode;
    QStringList signedOutReasons;
    QStringList storageErrors;
    QHash<QString, qint64> queuedRefs;
    QHash<QString, QString> queueErrors;
    QList<qint64> settledOrder;
    QHash<qint64, Failure> failures;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<tack::client::ClientSession> m_session;
};

class ServerProcess;

namespace synctest {

inline const QString kPassword = QStringLiteral("a long test password");

// Starts a fresh server (no demo data) with `serveArgs` and adds one user per login (name = login,
// password kPassword). Returns the user ids by login, empty on failure (see server.errorString()).
QHash<QString, qint64> startWithUsers(ServerProcess &server, const QStringList &logins,
                                      const QStringList &serveArgs = {});

// Ids of `messages` in order.
QStringList ids(const QList<tack::store::MessageRecord> &messages);

} // namespace synctest
