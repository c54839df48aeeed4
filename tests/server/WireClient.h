#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

// A tiny raw-protocol client for server tests: every call sends one frame and waits (on signals, with
// a safety timeout) for the matching reply. Live `events` frames that arrive meanwhile are queued.
class WireClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 20000;

    explicit WireClient(QObject *parent = nullptr);

    bool connectTo(const QUrl &url);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // Sends a request (an `id` is added when missing) and returns the reply (`ack` or `error`), or an
    // empty map on timeout / disconnect.
    QCborMap request(QCborMap frame);
    QCborMap request(const QString &type, const QCborMap &fields = {});

    // Logs in and says hello; returns the hello ack's result, or an empty map.
    QCborMap loginAndHello(const QString &login, const QString &password);
    QString login(const QString &login, const QString &password);
    QCborMap hello(const QString &token);
    // mutate with this client's id and the next mutation id (or an explicit one).
    QCborMap mutate(const QString &name, const QCborMap &args, qint64 mutationId = -1);

    void sendRaw(const QByteArray &bytes);
    void sendText(const QString &text);
    // Waits for any frame (reply or events) and returns it.
    QCborMap nextFrame();
    // Waits until the next live events frame; returns its events.
    QCborArray nextEvents();
    // Waits for live events until one with this stream and kind arrives; returns it or an empty map.
    QCborMap waitForEvent(const QString &stream, const QString &kind);
    bool hasQueuedEvents() const { return !m_events.isEmpty(); }
    void clearEvents() { m_events.clear(); }
    // Waits until the server closes the connection; returns the close code (or -1 on timeout).
    int waitClosed();

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &id) { m_clientId = id; }
    qint64 nextMutationId() const { return m_nextMutation; }
    qint64 userId() const { return m_userId; }

private:
    bool waitForFrame();

    QWebSocket m_socket;
    QList<QCborMap> m_frames; // replies and errors not yet taken
    QList<QCborMap> m_events; // events frames not yet taken
    quint64 m_nextId = 1;
    qint64 m_nextMutation = 1;
    QString m_clientId;
    qint64 m_userId = 0;
};
