#include "ScriptedServer.h"

#include "protocol/Frame.h"

#include <QWebSocket>
#include <QWebSocketServer>

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    m_server = new QWebSocketServer(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode, this);
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *peer = m_server->nextPendingConnection()) {
            ++m_connections;
            m_peers.append(peer);
            connect(peer, &QWebSocket::disconnected, this, [this, peer] {
                m_peers.removeAll(peer);
                peer->deleteLater();
            });
            connect(peer, &QWebSocket::binaryMessageReceived, this, [this, peer](const QByteArray &bytes) {
                const auto decoded = tack::proto::decodeFrame(bytes);
                if (!decoded.ok())
                    return;
                requests.append(decoded.frame);
                if (!m_handler || !m_handler(*peer, decoded.frame))
                    error(*peer, decoded.frame, QStringLiteral("unknown_type"), false);
            });
        }
    });
}

ScriptedServer::~ScriptedServer()
{
    dropConnections();
}

bool ScriptedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort()));
}

void ScriptedServer::dropConnections()
{
    const QList<QWebSocket *> peers = m_peers;
    for (QWebSocket *peer : peers)
        peer->abort();
}

QList<QCborMap> ScriptedServer::requestsOfType(const QString &type) const
{
    QList<QCborMap> out;
    for (const QCborMap &r : requests) {
        if (r.value(QLatin1String("type")).toString() == type)
            out.append(r);
    }
    return out;
}

void ScriptedServer::ack(QWebSocket &peer, const QCborMap &request, const QCborMap &result)
{
    peer.sendBinaryMessage(
        tack::proto::encodeFrame(tack::proto::ackFrame(tack::proto::frameId(request), result)));
}

void ScriptedServer::error(QWebSocket &peer, const QCborMap &request, const QString &code, bool retryable)
{
    QCborMap f;
    f.insert(QLatin1String("type"), QLatin1String("error"));
    f.insert(QLatin1String("id"), qint64(tack::proto::frameId(request)));
    f.insert(QLatin1String("code"), code);
    f.insert(QLatin1String("message"), QStringLiteral("scripted %1").arg(code));
    f.insert(QLatin1String("retryable"), retryable);
    peer.sendBinaryMessage(tack::proto::encodeFrame(f));
}

void ScriptedServer::push(QWebSocket &peer, const QCborArray &events)
{
    peer.sendBinaryMessage(tack::proto::encodeFrame(tack::proto::eventsFrame(events)));
}

namespace scripted {

QCborMap user(qint64 id)
{
    QCborMap u;
    u.insert(QLatin1String("id"), id);
    u.insert(QLatin1String("login"), QStringLiteral("user%1").arg(id));
    u.insert(QLatin1String("name"), QStringLiteral("User %1").arg(id));
    u.insert(QLatin1String("title"), QString());
    u.insert(QLatin1String("department"), 0);
    u.insert(QLatin1String("manager"), 0);
    u.insert(QLatin1String("active"), true);
    return u;
}

QCborMap event(const QString &stream, qint64 seq, const QString &kind, const QCborMap &data)
{
    QCborMap e;
    e.insert(QLatin1String("stream"), stream);
    e.insert(QLatin1String("seq"), seq);
    e.insert(QLatin1String("kind"), kind);
    e.insert(QLatin1String("at"), qint64(1700000000000) + seq);
    e.insert(QLatin1String("by"), 0);
    e.insert(QLatin1String("data"), data);
    return e;
}

QCborMap userPut(qint64 seq)
{
    QCborMap data;
    data.insert(QLatin1String("user"), user(seq));
    return event(QStringLiteral("org"), seq, QStringLiteral("user.put"), data);
}

QCborMap streamHead(const QString &stream, qint64 head)
{
    QCborMap m;
    m.insert(QLatin1String("stream"), stream);
    m.insert(QLatin1String("head"), head);
    return m;
}

} // namespace scripted
