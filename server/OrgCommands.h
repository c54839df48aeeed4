#pragma once

#include "ServerStore.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace tack::server {

// One `tack-server admin people|departments|roles|import|export ...` command as it travels from the
// command line to whoever holds the database: the running server (over its control socket) or the
// command itself. Files and the password are read by the command line, never by the server.
struct AdminRequest
{
    QStringList args; // after "admin", without --data, --out and --password-stdin
    QByteArray input; // the CSV file of `import`
    QString password; // from --password-stdin
    bool hasPassword = false;
};

struct AdminReply
{
    int exitCode = 0;
    QByteArray out;         // for stdout (or the --out file of `export`)
    QString err;            // one line for stderr, empty on success
    QList<QCborMap> events; // committed events, for a running server to push

    QCborMap toCbor() const;
    static AdminReply fromCbor(const QCborMap &m);
};

QCborMap toCbor(const AdminRequest &r);
AdminRequest adminRequestFromCbor(const QCborMap &m);

// The command groups this handles.
bool isOrgCommand(const QString &group);
QString orgCommandsUsage();

// Runs the command on the store as the system (actor 0), through the same mutations as the wire, so the
// who-may rules are the system's but every check and event is the same. Never throws for bad input.
AdminReply runOrgCommand(ServerStore &store, const AdminRequest &request, qint64 now);

} // namespace tack::server
