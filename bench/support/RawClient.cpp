#include "RawClient.h"

#include "protocol/Frame.h"

#include <QCborArray>

RawClient::RawClient(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, &RawClient::connected);
    connect(&m_socket, &QWebSocket::disconnected, this, &RawClient::disconnected);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &RawClient::onMessage);
}

void RawClient::open(const QUrl &url)
{
    m_socket.open(url);
}

quint64 RawClient::request(QCborMap frame, Reply onReply)
{
    const quint64 id = m_nextId++;
    frame.insert(QStringLiteral("id"), qint64(id));
    if (onReply)
        m_pending.emplace(id, std::move(onReply));
    m_socket.sendBinaryMessage(tack::proto::encodeFrame(frame));
    return id;
}

void RawClient::onMessage(const QByteArray &bytes)
{
    if (m_ignoreEvents && m_pending.empty())
        return;
    const tack::proto::DecodedFrame decoded = tack::proto::decodeFrame(bytes);
    if (!decoded.ok())
        return;
    const QString type = tack::proto::frameType(decoded.frame);
    if (type == QLatin1String("events")) {
        emit events(decoded.frame.value(QStringLiteral("events")).toArray());
        return;
    }
    const auto it = m_pending.find(tack::proto::frameId(decoded.frame));
    if (it == m_pending.end())
        return;
    Reply reply = std::move(it->second);
    m_pending.erase(it);
    reply(type == QLatin1String("ack"), decoded.frame);
}
