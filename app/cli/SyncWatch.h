#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>

namespace tack::client {
class ClientSession;
}

namespace tack::cli {

// Records what a ClientSession reports, so a command can wait for "caught up", "drained", a failure or a
// deadline with one event loop.
class SyncWatch : public QObject
{
    Q_OBJECT

public:
    explicit SyncWatch(client::ClientSession &session);

    // Runs the event loop until `done()` holds or `timeoutMs` passes; returns done().
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);

    bool caughtUp = false;
    bool drained = false;
    QString connectionError; // the first failed connection attempt or dropped connection
    QString signedOutReason;
    QString storageError;
    QString loginCode;
    QString loginMessage;
    bool loginDone = false;
    bool loginOk = false;
    QString rejectedFingerprint;         // hex SHA-256 of a server certificate refused during this command
    QHash<QString, qint64> queued;       // ref -> mutation id
    QHash<QString, QString> queueErrors; // ref -> why it could not be stored
    QSet<qint64> settled;
    struct Failure
    {
        QString name;
        QString code;
        QString message;
    };
    QHash<qint64, Failure> failed;
    bool historyDone = false;

signals:
    void changed();
};

} // namespace tack::cli
