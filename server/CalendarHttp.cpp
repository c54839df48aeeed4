#include "CalendarHttp.h"

#include "CalendarFeed.h"
#include "Clock.h"
#include "db/Sqlite.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

namespace tack::server {

Q_LOGGING_CATEGORY(lcCalendar, "tack.calendar")

namespace {

constexpr qsizetype kMaxRequestBytes = 8 * 1024;

} // namespace

CalendarHttp::CalendarHttp(ServerStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool CalendarHttp::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 CalendarHttp::port() const
{
    return m_server->serverPort();
}

void CalendarHttp::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &type,
                           const QByteArray &body)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

void CalendarHttp::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->setProperty("answered", true);
        return respond(socket, 431, "Request Header Fields Too Large", "text/plain", "request too large\n");
    }
    if (!socket->canReadLine() || !socket->peek(kMaxRequestBytes).contains("\r\n\r\n"))
        return; // wait for the whole request head
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return respond(socket, 400, "Bad Request", "text/plain", "bad request\n");
    if (requestLine[0] != "GET" && requestLine[0] != "HEAD")
        return respond(socket, 405, "Method Not Allowed", "text/plain", "only GET\n");
    const QString path = QString::fromLatin1(requestLine[1]).section(QLatin1Char('?'), 0, 0);
    if (!path.startsWith(QLatin1String("/calendar/")))
        return respond(socket, 404, "Not Found", "text/plain", "not found\n");
    try {
        CalendarFeed feed(m_store);
        // The log names the user, never the token.
        const qint64 user = feed.userForPath(path);
        if (user == 0) {
            qCInfo(lcCalendar) << "refused a calendar request with a wrong or missing token";
            return respond(socket, 403, "Forbidden", "text/plain", "wrong or missing calendar token\n");
        }
        const QByteArray body = feed.ics(user, Clock::nowMs());
        respond(socket, 200, "OK", "text/calendar; charset=utf-8",
                requestLine[0] == "HEAD" ? QByteArray() : body);
    } catch (const db::SqlError &e) {
        qCWarning(lcCalendar) << "calendar feed failed:" << e.text();
        respond(socket, 503, "Service Unavailable", "text/plain", "try again later\n");
    }
}

} // namespace tack::server
