#include "SyncWatch.h"

#include "client/ClientSession.h"

#include <QEventLoop>
#include <QTimer>

namespace tack::cli {

SyncWatch::SyncWatch(client::ClientSession &session) : QObject(&session)
{
    using S = client::ClientSession;
    connect(&session, &S::caughtUp, this, [this] {
        caughtUp = true;
        emit changed();
    });
    connect(&session, &S::outboxDrained, this, [this] {
        drained = true;
        emit changed();
    });
    connect(&session, &S::connectionFailed, this, [this](const QString &reason) {
        if (connectionError.isEmpty())
            connectionError = reason;
        emit changed();
    });
    connect(&session, &S::signedOut, this, [this](const QString &reason) {
        signedOutReason = reason.isEmpty() ? tr("signed out") : reason;
        emit changed();
    });
    connect(&session, &S::storageError, this, [this](const QString &message) {
        storageError = message;
        emit changed();
    });
    connect(&session, &S::loginFinished, this, [this](bool ok, const QString &code, const QString &message) {
        loginDone = true;
        loginOk = ok;
        loginCode = code;
        loginMessage = message;
        emit changed();
    });
    connect(&session, &S::certificateRejected, this,
            [this](const QString &fingerprint, bool, const QString &) { rejectedFingerprint = fingerprint; });
    connect(&session, &S::queued, this, [this](const QString &ref, qint64 mutation) {
        queued.insert(ref, mutation);
        emit changed();
    });
    connect(&session, &S::queueFailed, this, [this](const QString &ref, const QString &message) {
        queueErrors.insert(ref, message);
        emit changed();
    });
    connect(&session, &S::mutationSettled, this, [this](qint64 mutation) {
        settled.insert(mutation);
        emit changed();
    });
    connect(&session, &S::mutationFailed, this,
            [this](qint64 mutation, const QString &name, const QString &code, const QString &message) {
                failed.insert(mutation, Failure{name, code, message});
                emit changed();
            });
    connect(&session, &S::historyLoaded, this, [this] {
        historyDone = true;
        emit changed();
    });
}

bool SyncWatch::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const QMetaObject::Connection check = connect(this, &SyncWatch::changed, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(qMax(0, timeoutMs));
    loop.exec();
    disconnect(check);
    return done();
}

} // namespace tack::cli
