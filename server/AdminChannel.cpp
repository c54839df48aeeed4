#include "AdminChannel.h"

#include "Clock.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QtEndian>

namespace tack::server {
namespace {

constexpr qint64 kMaxFrameBytes = 256LL * 1024 * 1024; // an import file travels in one frame
constexpr int kConnectTimeoutMs = 3000;
constexpr int kReplyTimeoutMs = 10 * 60 * 1000;

QByteArray frame(const QCborMap &map)
{
    const QByteArray body = map.toCborValue().toCbor();
    QByteArray out(4, '\0');
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

// Takes one complete frame off the front of `buffer`; nothing while incomplete. Sets *bad on a frame that
// can never be valid.
std::optional<QCborMap> takeFrame(QByteArray &buffer, bool *bad)
{
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 size = qFromBigEndian<quint32>(buffer.constData());
    if (size > kMaxFrameBytes) {
        *bad = true;
        return std::nullopt;
    }
    if (buffer.size() < 4 + qsizetype(size))
        return std::nullopt;
    const QCborValue value = QCborValue::fromCbor(buffer.mid(4, size));
    buffer.remove(0, 4 + size);
    if (!value.isMap()) {
        *bad = true;
        return std::nullopt;
    }
    return value.toMap();
}

} // namespace

AdminChannel::AdminChannel(ServerStore &store, std::function<void()> afterCommand, QObject *parent)
    : QObject(parent), m_store(store), m_afterCommand(std::move(afterCommand))
{
    connect(&m_server, &QLocalServer::newConnection, this, &AdminChannel::onConnection);
}

AdminChannel::~AdminChannel()
{
    m_server.close();
}

QString AdminChannel::socketName(const QString &dataDir)
{
#ifdef Q_OS_WIN
    // Named pipes live in their own namespace: name the pipe after the folder.
    const QByteArray path = QDir(dataDir).absolutePath().toLower().toUtf8();
    return QStringLiteral("tack-admin-") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(32));
#else
    return QDir(dataDir).absoluteFilePath(QStringLiteral("admin.sock"));
#endif
}

bool AdminChannel::listen(const QString &dataDir, QString *error)
{
    const QString name = socketName(dataDir);
    // The caller holds the data folder's serve.lock, so a socket left here belongs to a dead server.
    QLocalServer::removeServer(name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(name))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void AdminChannel::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            bool bad = false;
            const auto request = takeFrame(*buffer, &bad);
            if (bad) {
                socket->abort();
                return;
            }
            if (!request)
                return;
            const AdminReply reply = runOrgCommand(m_store, adminRequestFromCbor(*request), Clock::nowMs());
            if (m_afterCommand)
                m_afterCommand();
            socket->write(frame(reply.toCbor()));
            socket->disconnectFromServer();
        });
    }
}

std::optional<AdminReply> AdminChannel::send(const QString &dataDir, const AdminRequest &request,
                                             QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(dataDir));
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return std::nullopt;
    socket.write(frame(toCbor(request)));
    QByteArray buffer;
    for (;;) {
        if (!socket.waitForReadyRead(kReplyTimeoutMs) && socket.bytesAvailable() == 0) {
            if (error)
                *error = QStringLiteral("the running server did not answer (%1)").arg(socket.errorString());
            return AdminReply{1, {}, error ? *error : QString(), {}};
        }
        buffer.append(socket.readAll());
        bool bad = false;
        if (const auto reply = takeFrame(buffer, &bad))
            return AdminReply::fromCbor(*reply);
        if (bad)
            return AdminReply{1, {}, QStringLiteral("the running server sent a malformed answer"), {}};
    }
}

} // namespace tack::server
