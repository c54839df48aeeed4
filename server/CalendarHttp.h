#pragma once

#include "ServerStore.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace tack::server {

// A minimal HTTP/1.1 listener for the calendar feeds (docs/protocol.md 14.8): `GET
// /calendar/<user>/<token>.ics` answers the feed; a wrong token is 403, any other path 404, another method
// 405. One request per connection; requests larger than 8 KiB are refused.
class CalendarHttp : public QObject
{
    Q_OBJECT

public:
    explicit CalendarHttp(ServerStore &store, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &type,
                 const QByteArray &body);

    ServerStore &m_store;
    QTcpServer *m_server = nullptr;
};

} // namespace tack::server
