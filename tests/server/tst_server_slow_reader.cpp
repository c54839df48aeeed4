// A client that stops reading must not make tack-server keep its events in memory without end. Once more
// than `--max-unsent-kib` waits for it, the server closes that connection (4008, dropped after a grace
// period), says so in its log, and goes on serving everybody else; the same token still works afterwards.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"
#include "protocol/Frame.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QtTest>

using namespace testwire;

namespace {

constexpr int kWaitMs = 20000;
constexpr int kMaxMessages = 800; // 30 KB each: far above what the kernel's socket buffers hold
const QString kChat = QStringLiteral("client-team");
const QByteArray kDropLine = "stopped reading";

// A binary WebSocket frame as a client must send it (RFC 6455 section 5.2: masked).
QByteArray maskedFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x82));
    const quint64 n = quint64(payload.size());
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xff));
    }
    const quint32 key = QRandomGenerator::global()->generate();
    const char mask[4] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

// The client half of a WebSocket over a bare TCP socket, so that it can stop reading: after the handshake
// its read buffer is capped, Qt stops taking bytes from the kernel, and the server's side backs up.
class StuckReader
{
public:
    bool open(const QUrl &url, const QString &token)
    {
        m_socket.connectToHost(url.host(), quint16(url.port()));
        if (!m_socket.waitForConnected(kWaitMs))
            return false;
        const QByteArray key = QByteArray::number(QRandomGenerator::global()->generate64()).toBase64();
        m_socket.write("GET / HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' +
                       QByteArray::number(url.port()) +
                       "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
                       "\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray response;
        while (!response.contains("\r\n\r\n")) {
            if (!m_socket.waitForReadyRead(kWaitMs))
                return false;
            response += m_socket.read(1); // byte by byte: nothing after the headers is taken
            while (m_socket.bytesAvailable() > 0 && !response.contains("\r\n\r\n"))
                response += m_socket.read(1);
        }
        if (!response.startsWith("HTTP/1.1 101"))
            return false;
        m_socket.setReadBufferSize(4096);
        const QCborMap hello = map({{"type", "hello"}, {"id", 1}, {"version", 1}, {"token", token}});
        m_socket.write(maskedFrame(tack::proto::encodeFrame(hello)));
        return m_socket.waitForBytesWritten(kWaitMs);
    }
    // Reads again (and throws away) whatever arrives.
    void resume()
    {
        m_socket.setReadBufferSize(0);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_socket.readAll(); });
        m_socket.readAll();
    }
    QAbstractSocket::SocketState state() const { return m_socket.state(); }

private:
    QTcpSocket m_socket;
};

} // namespace

class TestServerSlowReader : public QObject
{
    Q_OBJECT

private slots:
    void aReaderThatStopsIsDroppedWhileOthersCarryOn()
    {
        ServerProcess server;
        QVERIFY2(server.startDemo({QStringLiteral("--max-unsent-kib"), QStringLiteral("64")}),
                 qPrintable(server.errorString()));
        WireClient wang, sun;
        QVERIFY(wang.connectTo(server.url()));
        QVERIFY(!wang.loginAndHello(QStringLiteral("wangfang"), QStringLiteral("tack-demo")).isEmpty());
        QVERIFY(sun.connectTo(server.url()));
        const QString token = sun.login(QStringLiteral("sunli"), QStringLiteral("tack-demo"));
        QVERIFY(!token.isEmpty());
        QVERIFY(isAck(sun.hello(token)));

        // 孙丽's second connection stops reading; 王芳 keeps writing to a chat they share.
        StuckReader stuck;
        QVERIFY(stuck.open(server.url(), token));
        const QString text(10000, QChar(0x4E2D)); // 中: 30 KB of UTF-8
        QStringList sent;
        while (sent.size() < kMaxMessages && !server.serverStderr().contains(kDropLine)) {
            const QString id = QStringLiteral("slow-%1").arg(sent.size());
            const QCborMap r = wang.mutate(QStringLiteral("msg.send"),
                                           map({{"conversation", kChat}, {"id", id}, {"text", text}}));
            QVERIFY2(isAck(r), describe(r));
            sent.append(id);
        }
        QVERIFY2(server.serverStderr().contains(kDropLine),
                 qPrintable(QStringLiteral("still connected after %1 messages").arg(sent.size())));
        QVERIFY(!server.serverStderr().contains(token.toLatin1()));

        // The connection that reads got every message, in order.
        QStringList received;
        while (received.size() < sent.size()) {
            const QCborArray events = sun.nextEvents();
            QVERIFY2(!events.isEmpty(),
                     qPrintable(QStringLiteral("%1 of %2").arg(received.size()).arg(sent.size())));
            for (const QCborValue &v : events) {
                const QCborMap e = v.toMap();
                if (e.value(QLatin1String("kind")).toString() == QLatin1String("msg.new"))
                    received.append(e.value(QLatin1String("data"))
                                        .toMap()
                                        .value(QLatin1String("message"))
                                        .toMap()
                                        .value(QLatin1String("id"))
                                        .toString());
            }
        }
        QCOMPARE(received, sent);

        // The stuck one is gone once it reads again (or the grace period ends); its token still works.
        stuck.resume();
        QTRY_COMPARE_WITH_TIMEOUT(stuck.state(), QAbstractSocket::UnconnectedState, kWaitMs);
        WireClient again;
        QVERIFY(again.connectTo(server.url()));
        QVERIFY(isAck(again.hello(token)));
        QVERIFY(isAck(wang.request(QStringLiteral("ping"))));
    }
};

QTEST_GUILESS_MAIN(TestServerSlowReader)
#include "tst_server_slow_reader.moc"
