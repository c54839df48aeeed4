#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>

class QWebSocket;
class QWebSocketServer;

// A tiny in-process protocol peer for engine tests: it answers what a test scripts and records every
// request, so paths a real server rarely takes (must_refetch, retryable errors, held gaps) can be driven.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    // Return true when the request was answered; unanswered requests get an `unknown_type` error.
    using Handler = std::function<bool(QWebSocket &peer, const QCborMap &request)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static void ack(QWebSocket &peer, const QCborMap &request, const QCborMap &result);
    static void error(QWebSocket &peer, const QCborMap &request, const QString &code, bool retryable);
    static void push(QWebSocket &peer, const QCborArray &events);

    // Every request received, in order, over all connections.
    QList<QCborMap> requests;
    QList<QCborMap> requestsOfType(const QString &type) const;
    QWebSocket *lastPeer() const { return m_peers.isEmpty() ? nullptr : m_peers.last(); }
    int connectionCount() const { return m_connections; }
    void dropConnections();

private:
    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_peers;
    Handler m_handler;
    int m_connections = 0;
};

// Builders for frames and objects.
namespace scripted {
QCborMap user(qint64 id);
QCborMap event(const QString &stream, qint64 seq, const QString &kind, const QCborMap &data);
QCborMap userPut(qint64 seq); // an org event adding user `seq`
QCborMap streamHead(const QString &stream, qint64 head);
} // namespace scripted
