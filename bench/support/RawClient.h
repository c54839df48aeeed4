#pragma once

#include <QCborMap>
#include <QObject>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <unordered_map>

// A minimal protocol client for benchmarks: one WebSocket, requests with callbacks, event pushes as a
// signal. It skips the replica on purpose, so the figures measure the server and the wire.
class RawClient : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(bool ok, const QCborMap &frame)>;

    explicit RawClient(QObject *parent = nullptr);

    void open(const QUrl &url);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    quint64 request(QCborMap frame, Reply onReply = {});
    void close() { m_socket.close(); }
    // While on and no request is waiting for its reply, incoming frames (then only event pushes) are
    // dropped undecoded: a bench standing in for thousands of members would otherwise measure itself.
    void setIgnoreEvents(bool ignore) { m_ignoreEvents = ignore; }

signals:
    void connected();
    void disconnected();
    void events(const QCborArray &events);

private:
    void onMessage(const QByteArray &bytes);

    QWebSocket m_socket;
    quint64 m_nextId = 1;
    bool m_ignoreEvents = false;
    std::unordered_map<quint64, Reply> m_pending;
};
