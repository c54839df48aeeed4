#pragma once

#include "FaultPlan.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <map>
#include <memory>

class QTcpSocket;

// A loopback TCP proxy for tests, between clients and tack-server: it forwards every WebSocket frame
// (parsed from the byte stream, see FaultPlan) and, as its FaultPlan says, delays frames, splits them into
// pieces, stalls in the middle of one, or cuts the connection part-way through. Order within each
// direction is kept. Faults are off until setFaults(); the seed makes the choice of faults replayable.
//
//     FaultProxy proxy;
//     proxy.setUpstream(server.port());
//     QVERIFY(proxy.listen());
//     proxy.setFaults(seed, rates);
//     client.login(proxy.url(), ...);
//
// Lives on the thread that created it (its sockets run on that thread's event loop).
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        quint64 connections = 0;      // accepted from clients
        quint64 upstreamFailures = 0; // connections closed because the server was not there
        quint64 frames[2] = {0, 0};   // forwarded whole, by faults::Direction
        quint64 bytes[2] = {0, 0};
        quint64 cuts = 0;
        quint64 stalls = 0;
        quint64 splits = 0;
        quint64 delays = 0;
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    void setUpstream(quint16 port, const QHostAddress &host = QHostAddress::LocalHost);
    // Listens on 127.0.0.1 (port 0: any free port). False with errorString() on failure.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // ws://127.0.0.1:PORT
    QString errorString() const { return m_server.errorString(); }

    faults::FaultPlan &plan() { return m_plan; }
    void setFaults(quint64 seed, const faults::FaultRates &rates);
    void setFaultsEnabled(bool on) { m_enabled = on; } // off: every frame passes, as it is
    bool faultsEnabled() const { return m_enabled; }

    // Cuts every open connection now, pending bytes dropped.
    void cutAll();
    int openConnections() const { return int(m_links.size()); }
    const Stats &stats() const { return m_stats; }

signals:
    // A frame went out whole to its destination; `total` counts that direction's frames so far.
    void frameForwarded(faults::Direction direction, quint64 total);
    void connectionCut(quint64 connection);

private:
    struct Link;
    struct Pipe;

    void onNewConnection();
    void onReadable(Link &link, faults::Direction direction);
    void schedule(Link &link, faults::Direction direction);
    void pump(Link &link, faults::Direction direction);
    void onClosed(Link &link, faults::Direction direction);
    void cut(Link &link);
    void finish(quint64 id); // removes the link later (never from inside one of its own socket signals)
    void release(Link &link);

    QTcpServer m_server;
    QHostAddress m_upstreamHost = QHostAddress::LocalHost;
    quint16 m_upstreamPort = 0;
    faults::FaultPlan m_plan;
    bool m_enabled = false;
    quint64 m_nextLink = 1;
    std::map<quint64, std::unique_ptr<Link>> m_links;
    Stats m_stats;
};
