#include "WireClient.h"

#include "protocol/Frame.h"

#include <QCborValue>
#include <QSignalSpy>
#include <QUuid>

WireClient::WireClient(QObject *parent) : QObject(parent)
{
    m_clientId = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_socket.setMaxAllowedIncomingMessageSize(4 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        const QCborMap frame = QCborValue::fromCbor(bytes).toMap();
        if (frame.value(QLatin1String("type")).toString() == QLatin1String("events"))
            m_events.append(frame);
        else
            m_frames.append(frame);
    });
}

bool WireClient::connectTo(const QUrl &url)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    return connected.wait(kTimeoutMs);
}

bool WireClient::waitForFrame()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    QSignalSpy received(&m_socket, &QWebSocket::binaryMessageReceived);
    QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
    while (received.isEmpty() && closed.isEmpty()) {
        if (!received.wait(kTimeoutMs))
            return !received.isEmpty();
    }
    return !received.isEmpty();
}

QCborMap WireClient::request(QCborMap frame)
{
    if (!frame.contains(QLatin1String("id")))
        frame.insert(QLatin1String("id"), qint64(m_nextId++));
    const qint64 id = frame.value(QLatin1String("id")).toInteger();
    m_socket.sendBinaryMessage(tack::proto::encodeFrame(frame));
    for (;;) {
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            if (m_frames[i].value(QLatin1String("id")).toInteger() == id)
                return m_frames.takeAt(i);
        }
        if (!waitForFrame())
            return {};
    }
}

QCborMap WireClient::request(const QString &type, const QCborMap &fields)
{
    QCborMap frame = fields;
    frame.insert(QLatin1String("type"), type);
    return request(frame);
}

QString WireClient::login(const QString &login, const QString &password)
{
    QCborMap f;
    f.insert(QLatin1String("login"), login);
    f.insert(QLatin1String("password"), password);
    f.insert(QLatin1String("device"), QStringLiteral("test"));
    const QCborMap reply = request(QStringLiteral("login"), f);
    return reply.value(QLatin1String("result")).toMap().value(QLatin1String("token")).toString();
}

QCborMap WireClient::hello(const QString &token)
{
    QCborMap f;
    f.insert(QLatin1String("version"), 1);
    f.insert(QLatin1String("token"), token);
    f.insert(QLatin1String("client"), QStringLiteral("tst_server/0.1"));
    return request(QStringLiteral("hello"), f);
}

QCborMap WireClient::loginAndHello(const QString &login, const QString &password)
{
    const QString token = this->login(login, password);
    if (token.isEmpty())
        return {};
    const QCborMap reply = hello(token);
    if (reply.value(QLatin1String("type")).toString() != QLatin1String("ack"))
        return {};
    const QCborMap result = reply.value(QLatin1String("result")).toMap();
    m_userId = result.value(QLatin1String("user")).toMap().value(QLatin1String("id")).toInteger();
    return result;
}

QCborMap WireClient::mutate(const QString &name, const QCborMap &args, qint64 mutationId)
{
    if (mutationId < 0)
        mutationId = m_nextMutation;
    m_nextMutation = qMax(m_nextMutation, mutationId + 1);
    QCborMap f;
    f.insert(QLatin1String("client"), m_clientId);
    f.insert(QLatin1String("mutation"), mutationId);
    f.insert(QLatin1String("name"), name);
    f.insert(QLatin1String("args"), args);
    return request(QStringLiteral("mutate"), f);
}

void WireClient::sendRaw(const QByteArray &bytes)
{
    m_socket.sendBinaryMessage(bytes);
}

void WireClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

QCborMap WireClient::nextFrame()
{
    if (m_frames.isEmpty() && m_events.isEmpty() && !waitForFrame())
        return {};
    if (!m_frames.isEmpty())
        return m_frames.takeFirst();
    return m_events.takeFirst();
}

QCborArray WireClient::nextEvents()
{
    while (m_events.isEmpty()) {
        if (!waitForFrame())
            return {};
    }
    return m_events.takeFirst().value(QLatin1String("events")).toArray();
}

QCborMap WireClient::waitForEvent(const QString &stream, const QString &kind)
{
    for (;;) {
        const QCborArray events = nextEvents();
        if (events.isEmpty())
            return {};
        for (const QCborValue &v : events) {
            const QCborMap e = v.toMap();
            if (e.value(QLatin1String("stream")).toString() == stream &&
                e.value(QLatin1String("kind")).toString() == kind)
                return e;
        }
    }
}

int WireClient::waitClosed()
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
        if (!closed.wait(kTimeoutMs))
            return -1;
    }
    return int(m_socket.closeCode());
}
