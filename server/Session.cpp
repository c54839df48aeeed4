#include "Session.h"

#include "protocol/Frame.h"

#include <QTimer>

namespace tack::server {

namespace {
constexpr int kCloseTooSlow = 4008;
constexpr int kSlowReaderGraceMs = 5000;
} // namespace

Session::Session(QWebSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    // Above the protocol limit, so an oversize frame reaches us and gets a typed `too_large` answer;
    // anything beyond this is refused by QWebSocket itself.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(proto::kMaxFrameBytes) * 2);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(proto::kMaxFrameBytes) * 2);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &bytes) { emit binaryReceived(this, bytes); });
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &) { emit textReceived(this); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] { emit disconnected(this); });
    // Written counts frame headers too, so the count can only err towards less backlog than there is.
    connect(m_socket, &QWebSocket::bytesWritten, this,
            [this](qint64 written) { m_unsent = qMax<qint64>(0, m_unsent - written); });
}

Session::~Session() = default;

void Session::authenticate(qint64 user, const QByteArray &tokenHash)
{
    m_user = user;
    m_tokenHash = tokenHash;
}

void Session::forgetUser()
{
    m_user = 0;
    m_tokenHash.clear();
}

void Session::sendBytes(const QByteArray &bytes)
{
    if (m_closing)
        return;
    m_socket->sendBinaryMessage(bytes);
    m_unsent += bytes.size();
    if (m_unsentLimit > 0 && m_unsent > m_unsentLimit)
        dropSlowReader();
}

void Session::dropSlowReader()
{
    qWarning("tack-server: closing a connection of user %lld from %s that stopped reading: %lld bytes unsent "
             "(limit %lld)",
             m_user, qPrintable(address()), m_unsent, m_unsentLimit);
    close(kCloseTooSlow, QStringLiteral("not reading fast enough"));
    // The close frame waits behind everything unsent; a peer that does not read will not answer it.
    QTimer::singleShot(kSlowReaderGraceMs, m_socket, [socket = m_socket] {
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
    });
}

void Session::sendFrame(const QCborMap &frame)
{
    sendBytes(proto::encodeFrame(frame));
}

void Session::sendAck(quint64 id, const QCborMap &result)
{
    sendFrame(proto::ackFrame(id, result));
}

void Session::sendError(quint64 id, const proto::Error &error)
{
    sendFrame(proto::errorFrame(id, error));
}

void Session::sendErrorAndClose(quint64 id, const proto::Error &error, int closeCode)
{
    sendError(id, error);
    close(closeCode, error.message.left(100));
}

void Session::close(int closeCode, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
}

std::optional<qint64> Session::barrier(const QString &client) const
{
    const auto it = m_barriers.constFind(client);
    if (it == m_barriers.constEnd())
        return std::nullopt;
    return *it;
}

void Session::setBarrier(const QString &client, qint64 mutation)
{
    if (!m_barriers.contains(client))
        m_barriers.insert(client, mutation);
}

void Session::clearBarrier(const QString &client)
{
    m_barriers.remove(client);
}

} // namespace tack::server
