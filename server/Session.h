#pragma once

#include "protocol/ErrorCode.h"

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QWebSocket>

namespace tack::server {

// The state of one WebSocket connection: who is logged in, which streams it follows and the
// per-client out_of_order barriers of docs/protocol.md section 6.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(QWebSocket *socket, QObject *parent);
    ~Session() override;

    QWebSocket *socket() const { return m_socket; }
    // The peer's IP address, for the audit log.
    QString address() const { return m_socket->peerAddress().toString(); }
    bool isAuthenticated() const { return m_user != 0; }
    qint64 user() const { return m_user; }
    const QByteArray &tokenHash() const { return m_tokenHash; }
    void authenticate(qint64 user, const QByteArray &tokenHash);
    void forgetUser();

    void sendBytes(const QByteArray &bytes);
    void sendFrame(const QCborMap &frame);
    void sendAck(quint64 id, const QCborMap &result);
    void sendError(quint64 id, const proto::Error &error);
    // Sends the error, then closes the connection with the WebSocket close code.
    void sendErrorAndClose(quint64 id, const proto::Error &error, int closeCode);
    void close(int closeCode, const QString &reason);
    bool isClosing() const { return m_closing; }

    // Bytes handed to the socket that it has not written out yet. Above the limit (0: none) the peer is not
    // reading what it is sent: the connection is closed with 4008 and dropped a few seconds later, so one
    // stuck client cannot make the server hold its events in memory without end. The client reconnects
    // and catches up from its cursors; nothing is lost.
    void setUnsentLimit(qint64 bytes) { m_unsentLimit = bytes; }
    qint64 unsentBytes() const { return m_unsent; }

    // The mutation a client must resend before its later ones are accepted, if any.
    std::optional<qint64> barrier(const QString &client) const;
    void setBarrier(const QString &client, qint64 mutation);
    void clearBarrier(const QString &client);

    // Password checks running for this connection.
    int pendingLogins() const { return m_pendingLogins; }
    void setPendingLogins(int n) { m_pendingLogins = n; }

    // Maintained by Fanout.
    QSet<QString> &streams() { return m_streams; }

signals:
    void binaryReceived(tack::server::Session *session, const QByteArray &bytes);
    void textReceived(tack::server::Session *session);
    void disconnected(tack::server::Session *session);

private:
    void dropSlowReader();

    QWebSocket *m_socket;
    qint64 m_unsent = 0;
    qint64 m_unsentLimit = 0;
    qint64 m_user = 0;
    QByteArray m_tokenHash;
    bool m_closing = false;
    int m_pendingLogins = 0;
    QHash<QString, qint64> m_barriers;
    QSet<QString> m_streams;
};

} // namespace tack::server
