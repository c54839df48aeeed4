#include "sync/ServerLink.h"

#include "protocol/Frame.h"
#include "sync/CertificateTrust.h"
#include "sync/SyncLog.h"

#include <QWebSocket>

namespace tack::sync {

ServerLink::ServerLink(QObject *parent) : QObject(parent), m_connectTimer(this), m_pingTimer(this)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        close(tr("the server did not answer within %1 s").arg(m_timing.connectTimeoutMs / 1000));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &ServerLink::onPingTick);
}

ServerLink::~ServerLink()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ServerLink::open(const QUrl &url)
{
    if (m_socket)
        finish(QString(), true);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(proto::kMaxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(proto::kMaxFrameBytes));
    connect(m_socket, &QWebSocket::connected, this, &ServerLink::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &ServerLink::onDisconnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ServerLink::onBinary);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_socket && m_closeReason.isEmpty())
                    m_closeReason = m_socket->errorString();
            });
    connect(m_socket, &QWebSocket::sslErrors, this, &ServerLink::onSslErrors);
    m_connecting = true;
    m_closeReason.clear();
    m_connectTimer.start(m_timing.connectTimeoutMs);
    qCDebug(lcSync) << "connecting to" << url.toString(QUrl::RemoveUserInfo);
    m_socket->open(url);
}

void ServerLink::close(const QString &why, bool quiet)
{
    if (!m_socket)
        return;
    finish(why, quiet);
}

void ServerLink::onConnected()
{
    m_connectTimer.stop();
    m_connecting = false;
    m_open = true;
    m_pingOutstanding = false;
    m_pingTimer.start(m_timing.pingIntervalMs);
    emit opened();
}

void ServerLink::onDisconnected()
{
    QString why = m_closeReason;
    if (why.isEmpty() && m_socket && !m_socket->closeReason().isEmpty())
        why = m_socket->closeReason();
    if (why.isEmpty() && m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError)
        why = m_socket->errorString();
    if (why.isEmpty())
        why = m_open ? tr("the connection closed") : tr("could not connect");
    finish(why, false);
}

// Tears the socket down once, fails every waiting request, and reports the end unless quiet.
void ServerLink::finish(const QString &why, bool quiet)
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_connecting = false;
    m_open = false;
    qCDebug(lcSync) << "connection ended:" << why;
    m_requests.failAll(why);
    if (!quiet)
        emit closed(why);
}

quint64 ServerLink::request(const QString &type, QCborMap fields, RequestTracker::Handler handler)
{
    if (!m_open || !m_socket) {
        if (handler)
            handler(Reply::lost(tr("not connected")));
        return 0;
    }
    const quint64 id = m_requests.add(std::move(handler));
    fields.insert(QLatin1String("type"), type);
    fields.insert(QLatin1String("id"), qint64(id));
    const QByteArray bytes = proto::encodeFrame(fields);
    if (bytes.size() > proto::kMaxFrameBytes) {
        // Never send what the server must refuse; the caller hears a final error instead.
        m_requests.resolve(
            id, Reply::failure(
                    {proto::ErrorCode::TooLarge,
                     tr("the request is larger than the %1-byte frame limit").arg(proto::kMaxFrameBytes)}));
        return 0;
    }
    m_socket->sendBinaryMessage(bytes);
    return id;
}

void ServerLink::onBinary(const QByteArray &bytes)
{
    const proto::DecodedFrame decoded = proto::decodeFrame(bytes);
    if (!decoded.ok()) {
        qCWarning(lcSync) << "bad frame from the server:" << decoded.error->message;
        close(tr("the server sent a malformed frame"));
        return;
    }
    const QCborMap &frame = decoded.frame;
    const QString type = proto::frameType(frame);
    if (type == QLatin1String("events")) {
        emit eventsReceived(frame.value(QLatin1String("events")).toArray());
        return;
    }
    if (type == QLatin1String("presence")) {
        emit presenceReceived(frame.value(QLatin1String("users")).toArray());
        return;
    }
    if (type == QLatin1String("ack") || type == QLatin1String("error")) {
        const quint64 id = proto::frameId(frame);
        const Reply reply = type == QLatin1String("ack")
                                ? Reply::ack(frame.value(QLatin1String("result")).toMap())
                                : Reply::failure(proto::errorFromFrame(frame));
        if (id == 0 && !reply.ok) {
            qCWarning(lcSync) << "server error:" << reply.error.message;
            emit errorPushed(proto::errorCodeName(reply.error.code), reply.error.message);
            return;
        }
        if (!m_requests.resolve(id, reply))
            qCDebug(lcSync) << "reply to an unknown request" << id;
        return;
    }
    qCDebug(lcSync) << "ignoring a frame of type" << type; // unknown types are allowed by the contract
}

// Runs inside the handshake: ignoreSslErrors() here lets it go on; otherwise the socket fails and closes.
void ServerLink::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_socket)
        return;
    const CertificateTrust::Verdict verdict = CertificateTrust::judge(errors, m_trustedFingerprint);
    if (verdict.accept) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_closeReason =
        verdict.fingerprint.isEmpty()
            ? verdict.problem
            : tr("%1 (certificate SHA-256 %2)")
                  .arg(verdict.problem, CertificateTrust::displayFingerprint(verdict.fingerprint));
    qCInfo(lcSync) << "refused the server's certificate:" << m_closeReason;
    emit certificateRejected(verdict.fingerprint, verdict.trustable, verdict.problem);
}

void ServerLink::onPingTick()
{
    if (!m_open)
        return;
    if (m_pingOutstanding) {
        close(tr("the server stopped answering"));
        return;
    }
    m_pingOutstanding = true;
    request(QStringLiteral("ping"), {}, [this](const Reply &reply) {
        if (!reply.disconnected)
            m_pingOutstanding = false;
    });
}

} // namespace tack::sync
