#pragma once

#include "OrgCommands.h"
#include "ServerStore.h"

#include <QLocalServer>
#include <QObject>
#include <functional>
#include <optional>

namespace tack::server {

// The running server's control socket: `tack-server admin` commands reach the server through a local
// socket in its data folder (a named pipe on Windows) that only the server's own OS user may open, and
// run there through the same mutations as the wire, so connected clients get the events at once.
// Frames: a 4-byte big-endian length, then a CBOR map (AdminRequest, answered by AdminReply).
class AdminChannel : public QObject
{
    Q_OBJECT
public:
    // `afterCommand` runs after each command, to push what it committed.
    AdminChannel(ServerStore &store, std::function<void()> afterCommand, QObject *parent = nullptr);
    ~AdminChannel() override;

    bool listen(const QString &dataDir, QString *error);

    static QString socketName(const QString &dataDir);
    // Sends the request to the server serving dataDir; nothing when none listens.
    static std::optional<AdminReply> send(const QString &dataDir, const AdminRequest &request,
                                          QString *error);

private:
    void onConnection();

    ServerStore &m_store;
    std::function<void()> m_afterCommand;
    QLocalServer m_server;
};

} // namespace tack::server
