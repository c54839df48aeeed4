// FaultProxy and FaultPlan: frames are parsed right, bytes arrive intact and in order whatever the proxy
// delays or splits, cuts land exactly where they were asked for, the same seed gives the same faults, and a
// real client works through a proxy that splits and stalls its frames.
#include "FaultProxy.h"
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using faults::Direction;
using faults::FaultPlan;
using faults::FaultRates;
using faults::FrameFate;

namespace {

QByteArray wsFrame(const QByteArray &payload, bool masked)
{
    QByteArray f;
    f.append(char(0x82)); // FIN + binary
    const quint8 mask = masked ? 0x80 : 0;
    const quint64 size = quint64(payload.size());
    if (size < 126) {
        f.append(char(mask | size));
    } else if (size < 65536) {
        f.append(char(mask | 126));
        f.append(char(size >> 8));
        f.append(char(size & 0xff));
    } else {
        f.append(char(mask | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char((size >> (8 * i)) & 0xff));
    }
    if (masked)
        f.append("\x11\x22\x33\x44", 4);
    return f + payload;
}

const QByteArray kRequestHead = "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n";
const QByteArray kResponseHead = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";

// Handshake head plus `count` frames of pseudo-random sizes (some over 125 and 65535 bytes).
QList<QByteArray> traffic(quint32 seed, int count, bool masked, const QByteArray &head)
{
    QRandomGenerator rng(seed);
    QList<QByteArray> frames{head};
    for (int i = 0; i < count; ++i) {
        const int pick = int(rng.bounded(100));
        const int size = pick < 70 ? int(rng.bounded(126)) : pick < 97 ? 126 + int(rng.bounded(4000)) : 70000;
        QByteArray payload(size, Qt::Uninitialized);
        for (char &c : payload)
            c = char(rng.bounded(256));
        frames.append(wsFrame(payload, masked));
    }
    return frames;
}

QByteArray joined(const QList<QByteArray> &parts, qsizetype count = -1)
{
    QByteArray out;
    for (qsizetype i = 0; i < (count < 0 ? parts.size() : count); ++i)
        out += parts.at(i);
    return out;
}

// An upstream that records what it receives and can send to its one peer.
struct Upstream
{
    QTcpServer server;
    QTcpSocket *peer = nullptr;
    QByteArray received;
    bool peerClosed = false;

    bool listen()
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            peer = server.nextPendingConnection();
            QObject::connect(peer, &QTcpSocket::readyRead, &server, [this] { received += peer->readAll(); });
            QObject::connect(peer, &QTcpSocket::disconnected, &server, [this] { peerClosed = true; });
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
};

struct Downstream
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

    bool connectTo(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(10000);
    }
};

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void frameLengthsFollowWebSocketHeaders()
    {
        QCOMPARE(faults::completeFrameLength("GET / HTTP/1.1\r\nHost: x\r\n", false), 0);
        QCOMPARE(faults::completeFrameLength(kRequestHead + "\x82\x05", false), kRequestHead.size());
        const QByteArray small = wsFrame("hello", false);
        QCOMPARE(faults::completeFrameLength(small, true), small.size());
        QCOMPARE(faults::completeFrameLength(small.left(3), true), 0);
        QCOMPARE(faults::completeFrameLength(small + "\x82", true), small.size());
        const QByteArray masked = wsFrame(QByteArray(300, 'x'), true);
        QCOMPARE(masked.size(), 2 + 2 + 4 + 300);
        QCOMPARE(faults::completeFrameLength(masked, true), masked.size());
        QCOMPARE(faults::completeFrameLength(masked.left(3), true), 0);
        const QByteArray large = wsFrame(QByteArray(70000, 'y'), false);
        QCOMPARE(large.size(), 2 + 8 + 70000);
        QCOMPARE(faults::completeFrameLength(large, true), large.size());
        QCOMPARE(faults::completeFrameLength(large.left(9), true), 0);
        QCOMPARE(faults::completeFrameLength(large.left(large.size() - 1), true), 0);
        // A header that claims more than the proxy would hold: passed on unparsed.
        QCOMPARE(
            faults::completeFrameLength(QByteArray("\x82\x7f\x7f\xff\xff\xff\xff\xff\xff\xff", 10), true),
            -1);
        QCOMPARE(faults::completeFrameLength(QByteArray(70 * 1024, 'z'), false), -1);
    }

    void planIsAPureFunctionOfTheSeed()
    {
        FaultRates rates;
        rates.cut = 0.05;
        rates.stall = 0.05;
        rates.split = 0.3;
        rates.delay = 0.2;
        const FaultPlan a(42, rates), b(42, rates), c(43, rates);
        int differ = 0;
        QHash<int, int> kinds;
        for (quint64 conn = 1; conn <= 20; ++conn) {
            for (Direction dir : {Direction::ToServer, Direction::ToClient}) {
                for (quint64 frame = 0; frame < 250; ++frame) {
                    const qsizetype length = qsizetype(1 + (conn * 7919 + frame * 104729) % 3000);
                    const FrameFate fa = a.decide(conn, dir, frame, length);
                    const FrameFate fb = b.decide(conn, dir, frame, length);
                    QCOMPARE(int(fa.kind), int(fb.kind));
                    QCOMPARE(fa.pieces.size(), fb.pieces.size());
                    qsizetype sum = 0;
                    for (qsizetype i = 0; i < fa.pieces.size(); ++i) {
                        QCOMPARE(fa.pieces.at(i).length, fb.pieces.at(i).length);
                        QCOMPARE(fa.pieces.at(i).pauseMs, fb.pieces.at(i).pauseMs);
                        QVERIFY(fa.pieces.at(i).length >= 0);
                        QVERIFY(fa.pieces.at(i).pauseMs >= 0);
                        sum += fa.pieces.at(i).length;
                    }
                    if (fa.kind == FrameFate::Kind::Cut) {
                        QVERIFY(fa.cutAfter);
                        QVERIFY(sum < length); // the cut lands inside the frame
                    } else {
                        QVERIFY(!fa.cutAfter);
                        QCOMPARE(sum, length);
                    }
                    if (fa.kind == FrameFate::Kind::Split)
                        QVERIFY(fa.pieces.size() >= 2);
                    if (fa.kind == FrameFate::Kind::Delay)
                        QVERIFY(fa.pieces.first().pauseMs >= 1 &&
                                fa.pieces.first().pauseMs <= rates.maxDelayMs);
                    if (fa.kind == FrameFate::Kind::Stall)
                        QVERIFY(fa.pieces.last().pauseMs >= 1 &&
                                fa.pieces.last().pauseMs <= rates.maxStallMs);
                    ++kinds[int(fa.kind)];
                    if (int(c.decide(conn, dir, frame, length).kind) != int(fa.kind))
                        ++differ;
                }
            }
        }
        QVERIFY(differ > 0); // another seed, other faults
        // 10,000 frames: each kind shows up at about its rate.
        QVERIFY(kinds.value(int(FrameFate::Kind::Cut)) > 350 && kinds.value(int(FrameFate::Kind::Cut)) < 650);
        QVERIFY(kinds.value(int(FrameFate::Kind::Split)) > 2600 &&
                kinds.value(int(FrameFate::Kind::Split)) < 3400);
        QVERIFY(kinds.value(int(FrameFate::Kind::Delay)) > 1700 &&
                kinds.value(int(FrameFate::Kind::Delay)) < 2300);

        const FaultPlan quiet(42, FaultRates{});
        QCOMPARE(int(quiet.decide(1, Direction::ToServer, 3, 100).kind), int(FrameFate::Kind::Pass));
    }

    void forcedFaultsOverrideTheDice()
    {
        FaultPlan plan(7, FaultRates{});
        plan.force(2, Direction::ToClient, 5, FrameFate::cutAt(3));
        const FrameFate cut = plan.decide(2, Direction::ToClient, 5, 10);
        QCOMPARE(int(cut.kind), int(FrameFate::Kind::Cut));
        QCOMPARE(cut.pieces.first().length, qsizetype(3));
        QVERIFY(cut.cutAfter);
        // A cut point past a short frame is clamped to it.
        QCOMPARE(plan.decide(2, Direction::ToClient, 5, 2).pieces.first().length, qsizetype(2));
        QCOMPARE(int(plan.decide(2, Direction::ToServer, 5, 10).kind), int(FrameFate::Kind::Pass));
        plan.clearForced();
        QCOMPARE(int(plan.decide(2, Direction::ToClient, 5, 10).kind), int(FrameFate::Kind::Pass));
    }

    // Both directions arrive byte for byte while frames are split, delayed and stalled.
    void bytesArriveIntactAndInOrder()
    {
        Upstream up;
        QVERIFY(up.listen());
        FaultProxy proxy;
        proxy.setUpstream(up.server.serverPort());
        QVERIFY(proxy.listen());
        FaultRates rates;
        rates.split = 0.4;
        rates.delay = 0.3;
        rates.stall = 0.05;
        rates.maxStallMs = 50;
        proxy.setFaults(1234, rates);

        Downstream down;
        QVERIFY(down.connectTo(proxy.port()));
        const QList<QByteArray> toServer = traffic(1, 150, true, kRequestHead);
        const QList<QByteArray> toClient = traffic(2, 150, false, kResponseHead);
        for (const QByteArray &frame : toServer)
            down.socket.write(frame);
        QTRY_VERIFY_WITH_TIMEOUT(up.peer != nullptr, 10000);
        for (const QByteArray &frame : toClient)
            up.peer->write(frame);
        QTRY_COMPARE_WITH_TIMEOUT(up.received.size(), joined(toServer).size(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(down.received.size(), joined(toClient).size(), 30000);
        QCOMPARE(up.received, joined(toServer));
        QCOMPARE(down.received, joined(toClient));
        QCOMPARE(proxy.stats().frames[int(Direction::ToServer)], quint64(toServer.size()));
        QCOMPARE(proxy.stats().frames[int(Direction::ToClient)], quint64(toClient.size()));
        QVERIFY(proxy.stats().splits > 0);
        QVERIFY(proxy.stats().delays > 0);
        QVERIFY(proxy.stats().stalls > 0);
        QCOMPARE(proxy.stats().cuts, quint64(0));

        // Closing one side closes the other once everything queued went out.
        down.socket.disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(up.peerClosed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.openConnections(), 0, 10000);
    }

    // A cut forced at byte 5 of the client's third frame: the server gets exactly what came before.
    void cutLandsWhereItWasAsked()
    {
        Upstream up;
        QVERIFY(up.listen());
        FaultProxy proxy;
        proxy.setUpstream(up.server.serverPort());
        QVERIFY(proxy.listen());
        proxy.setFaults(1, FaultRates{});
        proxy.plan().force(1, Direction::ToServer, 3, FrameFate::cutAt(5));
        QSignalSpy cuts(&proxy, &FaultProxy::connectionCut);

        Downstream down;
        QVERIFY(down.connectTo(proxy.port()));
        const QList<QByteArray> frames = traffic(3, 6, true, kRequestHead);
        for (const QByteArray &frame : frames)
            down.socket.write(frame);
        QTRY_VERIFY_WITH_TIMEOUT(down.closed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(up.peerClosed, 10000);
        QCOMPARE(up.received, joined(frames, 3) + frames.at(3).left(5));
        QCOMPARE(cuts.size(), 1);
        QCOMPARE(cuts.first().first().toULongLong(), quint64(1));
        QCOMPARE(proxy.stats().cuts, quint64(1));
    }

    // The same seed over the same traffic makes the same faults, including where the random cut falls.
    void sameSeedSameFaults()
    {
        FaultRates rates;
        rates.cut = 0.02;
        rates.split = 0.3;
        rates.delay = 0.2;
        rates.maxDelayMs = 5;
        const QList<QByteArray> frames = traffic(4, 200, true, kRequestHead);
        QByteArray firstReceived;
        FaultProxy::Stats firstStats;
        for (int run = 0; run < 2; ++run) {
            Upstream up;
            QVERIFY(up.listen());
            FaultProxy proxy;
            proxy.setUpstream(up.server.serverPort());
            QVERIFY(proxy.listen());
            proxy.setFaults(99, rates);
            Downstream down;
            QVERIFY(down.connectTo(proxy.port()));
            for (const QByteArray &frame : frames)
                down.socket.write(frame);
            QTRY_VERIFY_WITH_TIMEOUT(down.closed, 20000); // seed 99 cuts this traffic somewhere
            QTRY_VERIFY_WITH_TIMEOUT(up.peerClosed, 10000);
            QCOMPARE(proxy.stats().cuts, quint64(1));
            if (run == 0) {
                firstReceived = up.received;
                firstStats = proxy.stats();
                QVERIFY(up.received.size() < joined(frames).size());
            } else {
                QCOMPARE(up.received, firstReceived);
                QCOMPARE(proxy.stats().splits, firstStats.splits);
                QCOMPARE(proxy.stats().delays, firstStats.delays);
                QCOMPARE(proxy.stats().frames[0], firstStats.frames[0]);
            }
        }
    }

    void serverAwayClosesTheClient()
    {
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        FaultProxy proxy;
        proxy.setUpstream(deadPort);
        QVERIFY(proxy.listen());
        Downstream down;
        QVERIFY(down.connectTo(proxy.port()));
        down.socket.write(kRequestHead);
        QTRY_VERIFY_WITH_TIMEOUT(down.closed, 10000);
        QCOMPARE(proxy.stats().upstreamFailures, quint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(proxy.openConnections(), 0, 10000);
    }

    // Real clients and a real server through a proxy that splits, delays and stalls frames (and cuts now and
    // then): every message arrives once, the outboxes drain.
    void realClientsThroughFaults()
    {
        ServerProcess server;
        const QHash<QString, qint64> ids = synctest::startWithUsers(server, {"ann", "bob"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        FaultProxy proxy;
        proxy.setUpstream(server.port());
        QVERIFY(proxy.listen());
        FaultRates rates;
        rates.split = 0.4;
        rates.delay = 0.2;
        rates.stall = 0.05;
        rates.maxStallMs = 100;
        proxy.setFaults(2024, rates);

        SyncTestClient ann, bob;
        QVERIFY(ann.login(proxy.url(), "ann", synctest::kPassword));
        QVERIFY(bob.login(proxy.url(), "bob", synctest::kPassword));
        const QString group = ann.session().createGroup("Split frames", {ids.value("bob")});
        QVERIFY(bob.waitFor([&] { return bob.reader().members(group).size() == 2; }));
        rates.cut = 0.02;
        proxy.setFaults(2024, rates);
        QStringList sent;
        for (int i = 0; i < 30; ++i) {
            SyncTestClient &from = i % 2 ? bob : ann;
            sent.append(from.session().sendMessage(group, QStringLiteral("through the proxy %1").arg(i)));
        }
        QVERIFY(ann.waitFor([&] { return ann.pendingCount() == 0 && bob.pendingCount() == 0; }));
        proxy.setFaultsEnabled(false);
        QVERIFY(ann.waitSettled());
        QVERIFY(bob.waitSettled());
        QVERIFY(bob.waitFor([&] { return bob.sentMessages(group).size() == sent.size(); }));
        QVERIFY(ann.waitFor([&] { return ann.sentMessages(group).size() == sent.size(); }));
        QCOMPARE(synctest::ids(ann.sentMessages(group)), synctest::ids(bob.sentMessages(group)));
        QVERIFY(proxy.stats().splits > 0);
        QVERIFY(ann.failures.isEmpty());
        QVERIFY(bob.failures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
