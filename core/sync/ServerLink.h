#pragma once

#include "sync/RequestTracker.h"

#include <QCborArray>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace tack::sync {

struct LinkTiming
{
    int connectTimeoutMs = 10000;
    int pingIntervalMs = 25000; // a ping unanswered by the next tick closes the connection
};

// One WebSocket connection to a tack-server: CBOR frames out, decoded replies routed to the request that
// asked, `events` pushes handed on. Detects a dead peer with protocol pings. Lives on the sync thread.
class ServerLink : public QObject
{
    Q_OBJECT

public:
    using Timing = LinkTiming;

    explicit ServerLink(QObject *parent = nullptr);
    ~ServerLink() override;

    void setTiming(Timing timing) { m_timing = timing; }
    // The SHA-256 (hex) of the one self-signed certificate to accept for wss://; empty for none.
    void setTrustedFingerprint(const QString &hex) { m_trustedFingerprint = hex; }
    // Starts connecting; `opened` or `closed` follows. An open connection is dropped first, silently.
    void open(const QUrl &url);
    // Drops the connection; `closed(why)` follows unless `quiet`.
    void close(const QString &why, bool quiet = false);
    bool isOpen() const { return m_open; }

    // Sends a request of `type` with `fields` and a fresh id; `handler` runs exactly once with the answer
    // (or with Reply::disconnected). Returns the request id, 0 when the request could not be sent (the
    // handler has then already run).
    quint64 request(const QString &type, QCborMap fields, RequestTracker::Handler handler);

signals:
    void opened();
    // The connection attempt failed or the connection ended; emitted once per open().
    void closed(const QString &reason);
    void eventsReceived(const QCborArray &events);
    // An error the server pushed outside any request (id 0), e.g. account_disabled when the account was
    // deactivated; the server closes the connection right after it.
    void errorPushed(const QString &code, const QString &message);
    // The server's TLS certificate was refused (then `closed` follows). `trustable`: only its issuer is
    // unknown, so the person may trust it by `fingerprint` (hex).
    void certificateRejected(const QString &fingerprint, bool trustable, const QString &problem);
    void presenceReceived(const QCborArray &users); // a `presence` push: [{user, state}]

private:
    void onConnected();
    void onDisconnected();
    void onBinary(const QByteArray &bytes);
    void onPingTick();
    void onSslErrors(const QList<QSslError> &errors);
    void finish(const QString &why, bool quiet);

    QWebSocket *m_socket = nullptr;
    Timing m_timing;
    RequestTracker m_requests;
    QTimer m_connectTimer;
    QTimer m_pingTimer;
    bool m_connecting = false;
    bool m_open = false;
    bool m_pingOutstanding = false;
    QString m_closeReason;
    QString m_trustedFingerprint;
};

} // namespace tack::sync
