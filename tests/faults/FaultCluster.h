#pragma once

#include "DeliveryLog.h"
#include "FaultProxy.h"
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QCborMap>
#include <deque>
#include <memory>
#include <random>
#include <vector>

class ServerLedger;

// Seeded randomness for a scenario: every choice comes from here, so the printed seed replays a run.
class FaultRng
{
public:
    explicit FaultRng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 0 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(double p) { return double(m_engine() >> 11) * 0x1.0p-53 < p; }
    template <typename List> const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

// The figures a scenario prints and asserts on.
struct FaultTally
{
    quint64 cycles = 0;     // server kill -9 and restart
    quint64 mutations = 0;  // acknowledged mutations checked against the server
    quint64 refused = 0;    // refused mutations checked to have left no trace
    quint64 lost = 0;       // acknowledged, yet missing (or never settled once the faults stopped)
    quint64 duplicated = 0; // applied twice on the server, or an event applied twice by a client
    quint64 skipped = 0;    // events a client skipped
    quint64 events = 0;     // events applied by the clients
    quint64 problemsSeen = 0;
    QStringList problems; // the first few, for the failure message

    void problem(const QString &text)
    {
        ++problemsSeen;
        if (problems.size() < 25)
            problems.append(text);
    }
};

// One mutation a client was asked for, and what became of it.
struct TrackedMutation
{
    enum class Fate
    {
        Waiting,   // handed to the client, not on its disk yet
        Queued,    // in the outbox
        NotQueued, // the client refused it locally (queueFailed) or nothing needed sending
        Acked,     // the server acknowledged it
        Refused    // the server refused it for good
    };
    QString name;
    QString ref;
    QCborMap args;
    qint64 mutation = -1;
    Fate fate = Fate::Waiting;
    QString code;
};

// A ClientSession (through SyncTestClient) plus the record of every mutation it was asked for and of every
// cursor move of its replica.
class FaultClient : public QObject
{
    Q_OBJECT

public:
    FaultClient(const QString &login, tack::sync::SyncOptions options);

    SyncTestClient &test() { return m_client; }
    tack::client::ClientSession &session() { return m_client.session(); }
    tack::store::Replica &reader() { return m_client.reader(); }
    const QString &login() const { return m_login; }
    qint64 userId() { return m_client.userId(); }
    QString clientId() const { return m_clientId; }
    DeliveryLog &deliveries() { return m_deliveries; }

    // Records a call just made on session() that answers with queued/queueFailed(ref).
    void track(const QString &name, const QString &ref, const QCborMap &args = {});
    const std::vector<TrackedMutation> &mutations() const { return m_mutations; }
    // The tracked mutation with this mutation id, if any.
    const TrackedMutation *byMutation(qint64 mutation) const;
    // Online, nothing waiting to be written, nothing in the outbox.
    bool idle();
    QString trackingProblem() const { return m_trackingProblem; }

private:
    void onQueued(const QString &ref, qint64 mutation, bool ok);

    QString m_login;
    SyncTestClient m_client;
    QString m_clientId;
    DeliveryLog m_deliveries;
    std::vector<TrackedMutation> m_mutations;
    std::deque<size_t> m_waiting;
    QHash<qint64, size_t> m_byMutation;
    QString m_trackingProblem;
};

// A tack-server child process, a FaultProxy in front of it, and clients that talk through the proxy.
class FaultCluster
{
public:
    static tack::sync::SyncOptions clientOptions();

    // Starts a fresh server with one account per login and one client per entry of `devices` (a login
    // may appear twice: two devices of one person), all logged in through the proxy. `managers` maps a
    // login to its manager's login (an earlier one), for approvals routed to managers.
    bool start(const QStringList &logins, const QStringList &devices, QString *error,
               const QHash<QString, QString> &managers = {});
    ServerProcess &server() { return m_server; }
    FaultProxy &proxy() { return m_proxy; }
    qint64 userId(const QString &login) const { return m_users.value(login); }
    QList<qint64> userIds() const { return m_users.values(); }
    int clientCount() const { return int(m_clients.size()); }
    FaultClient &client(int i) { return *m_clients.at(size_t(i)); }

    // SIGKILL, then `serve` again on the same data folder and port; waits for its ready line.
    bool killAndRestart(QString *error);
    bool allIdle();
    // Faults off: waits until every client is online, caught up and has an empty outbox.
    bool drain(int timeoutMs, QString *error);
    // After drain(): every replica must equal a fresh bootstrap of its account, with its cursors at the
    // server's heads; then reads the server's ledger into `ledger` and checks every promise that does not
    // depend on the domain: each acknowledged mutation recorded once by the server, refused ones without
    // effect, the op log without holes, every client's cursor moves continuous. False when the ledger
    // could not be read.
    bool verify(ServerLedger &ledger, FaultTally &tally, QString *error);

private:
    ServerProcess m_server;
    FaultProxy m_proxy;
    QHash<QString, qint64> m_users;
    std::vector<std::unique_ptr<FaultClient>> m_clients;
};

// One domain's share of a fault scenario. Chat is the first; todos, boards and approvals add their own
// workload class and join the list the scenario draws actions from.
class FaultWorkload
{
public:
    virtual ~FaultWorkload() = default;
    virtual QString name() const = 0;
    // Once all clients are logged in: create what the actions need (e.g. a first group).
    virtual bool prepare(FaultCluster &cluster, QString *error) = 0;
    // Issues one random action through one random client (tracked with FaultClient::track).
    virtual void act(FaultCluster &cluster, FaultRng &rng) = 0;
    // After the run, with every client drained: the domain's own promises against the server's ledger.
    virtual void verify(FaultCluster &cluster, const ServerLedger &ledger, FaultTally &tally) = 0;
};
