#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>
#include <deque>

using faults::Direction;
using faults::FrameFate;

// One direction of one connection: bytes read from `from`, cut into frames, queued as pieces for `to`.
struct FaultProxy::Pipe
{
    struct Out
    {
        QByteArray bytes;
        int pauseMs = 0;
        bool endsFrame = false;
        bool cutAfter = false;
    };

    QTcpSocket *from = nullptr;
    QTcpSocket *to = nullptr;
    QByteArray inbox;
    bool handshakeDone = false;
    bool raw = false; // not parseable as frames: forwarded as read
    quint64 framesIn = 0;
    std::deque<Out> queue;
    QTimer timer;
    bool paused = false; // the head piece's pause has been waited for
    bool sourceClosed = false;
    bool cutQueued = false; // a cut is scheduled: nothing read after it goes anywhere
};

struct FaultProxy::Link
{
    quint64 id = 0;
    std::unique_ptr<QTcpSocket> client;
    std::unique_ptr<QTcpSocket> server;
    Pipe pipes[2];
    bool upstreamReady = false;
    bool dead = false;

    Pipe &pipe(Direction d) { return pipes[int(d)]; }
};

FaultProxy::FaultProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    for (auto &entry : m_links)
        release(*entry.second);
    m_links.clear();
}

void FaultProxy::release(Link &link)
{
    // No signal of a socket going away may reach a half-destroyed link.
    link.dead = true;
    for (QTcpSocket *socket : {link.client.get(), link.server.get()}) {
        socket->disconnect(this);
        socket->abort();
    }
}

void FaultProxy::setUpstream(quint16 port, const QHostAddress &host)
{
    m_upstreamPort = port;
    m_upstreamHost = host;
}

bool FaultProxy::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setFaults(quint64 seed, const faults::FaultRates &rates)
{
    m_plan.setSeed(seed);
    m_plan.setRates(rates);
    m_enabled = true;
}

void FaultProxy::cutAll()
{
    QList<quint64> ids;
    for (const auto &entry : m_links)
        ids.append(entry.first);
    for (quint64 id : std::as_const(ids)) {
        auto it = m_links.find(id);
        if (it != m_links.end() && !it->second->dead)
            cut(*it->second);
    }
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *accepted = m_server.nextPendingConnection()) {
        auto link = std::make_unique<Link>();
        Link &l = *link;
        l.id = m_nextLink++;
        ++m_stats.connections;
        accepted->setParent(nullptr);
        l.client.reset(accepted);
        l.server = std::make_unique<QTcpSocket>();
        l.client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        l.pipe(Direction::ToServer).from = l.client.get();
        l.pipe(Direction::ToServer).to = l.server.get();
        l.pipe(Direction::ToClient).from = l.server.get();
        l.pipe(Direction::ToClient).to = l.client.get();
        for (Direction d : {Direction::ToServer, Direction::ToClient}) {
            Pipe &p = l.pipe(d);
            p.timer.setSingleShot(true);
            connect(&p.timer, &QTimer::timeout, this, [this, &l, d] { pump(l, d); });
            connect(p.from, &QTcpSocket::readyRead, this, [this, &l, d] { onReadable(l, d); });
            connect(p.from, &QTcpSocket::disconnected, this, [this, &l, d] { onClosed(l, d); });
        }
        connect(l.server.get(), &QTcpSocket::connected, this, [this, &l] {
            l.upstreamReady = true;
            l.server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            pump(l, Direction::ToServer);
        });
        connect(l.server.get(), &QTcpSocket::errorOccurred, this, [this, &l](QAbstractSocket::SocketError) {
            if (!l.upstreamReady && !l.dead) {
                // The server is not there (killed, restarting): the client sees its connection end.
                ++m_stats.upstreamFailures;
                l.dead = true;
                l.client->abort();
                finish(l.id);
            }
        });
        const quint64 id = l.id;
        m_links.emplace(id, std::move(link));
        l.server->connectToHost(m_upstreamHost, m_upstreamPort);
        onReadable(l, Direction::ToServer); // bytes may have come with the connection
    }
}

void FaultProxy::onReadable(Link &link, Direction direction)
{
    if (link.dead)
        return;
    Pipe &p = link.pipe(direction);
    if (p.from->isOpen())
        p.inbox += p.from->readAll();
    schedule(link, direction);
    pump(link, direction);
}

void FaultProxy::schedule(Link &link, Direction direction)
{
    Pipe &p = link.pipe(direction);
    if (p.cutQueued) {
        p.inbox.clear();
        return;
    }
    while (!p.inbox.isEmpty()) {
        if (p.raw) {
            p.queue.push_back(Pipe::Out{p.inbox, 0, false, false});
            p.inbox.clear();
            return;
        }
        const qsizetype length = faults::completeFrameLength(p.inbox, p.handshakeDone);
        if (length < 0) {
            p.raw = true;
            continue;
        }
        if (length == 0)
            return;
        const QByteArray frame = p.inbox.left(length);
        p.inbox.remove(0, length);
        p.handshakeDone = true;
        const quint64 index = p.framesIn++;
        const FrameFate fate =
            m_enabled ? m_plan.decide(link.id, direction, index, length) : FrameFate::pass(length);
        switch (fate.kind) {
        case FrameFate::Kind::Pass:
            break;
        case FrameFate::Kind::Delay:
            ++m_stats.delays;
            break;
        case FrameFate::Kind::Split:
            ++m_stats.splits;
            break;
        case FrameFate::Kind::Stall:
            ++m_stats.stalls;
            break;
        case FrameFate::Kind::Cut:
            break; // counted when it happens
        }
        qsizetype offset = 0;
        for (const faults::Piece &piece : fate.pieces) {
            p.queue.push_back(Pipe::Out{frame.mid(offset, piece.length), piece.pauseMs, false, false});
            offset += piece.length;
        }
        if (p.queue.empty() || fate.pieces.isEmpty())
            p.queue.push_back(Pipe::Out{});
        p.queue.back().endsFrame = !fate.cutAfter;
        p.queue.back().cutAfter = fate.cutAfter;
        if (fate.cutAfter) {
            p.cutQueued = true;
            p.inbox.clear(); // nothing after a cut reaches anyone
            return;
        }
    }
}

void FaultProxy::pump(Link &link, Direction direction)
{
    if (link.dead)
        return;
    if (direction == Direction::ToServer && !link.upstreamReady)
        return;
    Pipe &p = link.pipe(direction);
    if (p.timer.isActive())
        return;
    while (!p.queue.empty()) {
        Pipe::Out &out = p.queue.front();
        if (out.pauseMs > 0 && !p.paused) {
            p.paused = true;
            p.timer.start(out.pauseMs);
            return;
        }
        p.paused = false;
        if (!out.bytes.isEmpty() && p.to->state() == QAbstractSocket::ConnectedState) {
            p.to->write(out.bytes);
            m_stats.bytes[int(direction)] += quint64(out.bytes.size());
        }
        const bool endsFrame = out.endsFrame;
        const bool cutAfter = out.cutAfter;
        p.queue.pop_front();
        if (cutAfter) {
            p.to->flush();
            cut(link);
            return;
        }
        if (endsFrame) {
            const quint64 total = ++m_stats.frames[int(direction)];
            // Queued, so a receiver may kill the server or cut connections without re-entering this loop.
            QMetaObject::invokeMethod(
                this, [this, direction, total] { emit frameForwarded(direction, total); },
                Qt::QueuedConnection);
        }
    }
    if (p.sourceClosed) {
        // Everything the peer sent before it closed has gone out: close towards the other side too.
        if (p.to->state() == QAbstractSocket::ConnectedState)
            p.to->disconnectFromHost();
        const Pipe &other = link.pipes[1 - int(direction)];
        if (other.sourceClosed || other.from->state() == QAbstractSocket::UnconnectedState)
            finish(link.id);
    }
}

void FaultProxy::onClosed(Link &link, Direction direction)
{
    if (link.dead)
        return;
    Pipe &p = link.pipe(direction);
    if (p.sourceClosed)
        return;
    if (p.from->isOpen())
        p.inbox += p.from->readAll();
    schedule(link, direction);
    if (!p.inbox.isEmpty()) {
        // A frame the peer never finished: pass on what there is, as the connection would have.
        p.queue.push_back(Pipe::Out{p.inbox, 0, false, false});
        p.inbox.clear();
    }
    p.sourceClosed = true;
    if (direction == Direction::ToServer && !link.upstreamReady) {
        // The client left before the server answered the connect: nothing to deliver.
        link.dead = true;
        link.server->abort();
        finish(link.id);
        return;
    }
    pump(link, direction);
}

void FaultProxy::cut(Link &link)
{
    if (link.dead)
        return;
    link.dead = true;
    ++m_stats.cuts;
    link.client->abort();
    link.server->abort();
    const quint64 id = link.id;
    QMetaObject::invokeMethod(
        this, [this, id] { emit connectionCut(id); }, Qt::QueuedConnection);
    finish(id);
}

void FaultProxy::finish(quint64 id)
{
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            auto it = m_links.find(id);
            if (it == m_links.end())
                return;
            release(*it->second);
            m_links.erase(it);
        },
        Qt::QueuedConnection);
}
