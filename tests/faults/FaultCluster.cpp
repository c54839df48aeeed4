#include "FaultCluster.h"

#include "ServerLedger.h"

#include <QTest>

using tack::store::Replica;

FaultClient::FaultClient(const QString &login, tack::sync::SyncOptions options)
    : m_login(login), m_client(std::move(options))
{
    session().withEngineReplica([this](Replica &r) {
        m_clientId = r.clientId();
        r.setCursorObserver([this](const Replica::CursorMove &move) { m_deliveries.record(move); });
    });
    auto &s = session();
    connect(&s, &tack::client::ClientSession::queued, this,
            [this](const QString &ref, qint64 mutation) { onQueued(ref, mutation, true); });
    connect(&s, &tack::client::ClientSession::queueFailed, this,
            [this](const QString &ref, const QString &) { onQueued(ref, -1, false); });
    connect(&s, &tack::client::ClientSession::mutationSettled, this, [this](qint64 mutation) {
        if (const auto it = m_byMutation.constFind(mutation); it != m_byMutation.cend())
            m_mutations[*it].fate = TrackedMutation::Fate::Acked;
    });
    connect(&s, &tack::client::ClientSession::mutationFailed, this,
            [this](qint64 mutation, const QString &, const QString &code, const QString &) {
                if (const auto it = m_byMutation.constFind(mutation); it != m_byMutation.cend()) {
                    m_mutations[*it].fate = TrackedMutation::Fate::Refused;
                    m_mutations[*it].code = code;
                }
            });
}

void FaultClient::track(const QString &name, const QString &ref, const QCborMap &args)
{
    m_waiting.push_back(m_mutations.size());
    TrackedMutation m;
    m.name = name;
    m.ref = ref;
    m.args = args;
    m_mutations.push_back(std::move(m));
}

void FaultClient::onQueued(const QString &ref, qint64 mutation, bool ok)
{
    // The session answers every write in the order it was asked for.
    if (m_waiting.empty() || m_mutations[m_waiting.front()].ref != ref) {
        if (m_trackingProblem.isEmpty())
            m_trackingProblem = QStringLiteral("%1: queued(%2) answers no tracked write").arg(m_login, ref);
        return;
    }
    const size_t index = m_waiting.front();
    m_waiting.pop_front();
    TrackedMutation &m = m_mutations[index];
    m.mutation = mutation;
    if (!ok || mutation <= 0) {
        m.fate = TrackedMutation::Fate::NotQueued;
        return;
    }
    m.fate = TrackedMutation::Fate::Queued;
    m_byMutation.insert(mutation, index);
}

const TrackedMutation *FaultClient::byMutation(qint64 mutation) const
{
    const auto it = m_byMutation.constFind(mutation);
    return it == m_byMutation.cend() ? nullptr : &m_mutations[*it];
}

bool FaultClient::idle()
{
    return m_waiting.empty() && m_client.online() && session().unconfirmedWrites() == 0 &&
           m_client.pendingCount() == 0;
}

tack::sync::SyncOptions FaultCluster::clientOptions()
{
    tack::sync::SyncOptions options = SyncTestClient::fastOptions();
    options.clientName = QStringLiteral("tack-faults/0.1");
    // Reconnect fast after each kill; notice a stalled connection within a second.
    options.reconnect.baseMs = 10;
    options.reconnect.capMs = 250;
    options.retry.baseMs = 10;
    options.retry.capMs = 250;
    options.timing.connectTimeoutMs = 2000;
    options.timing.pingIntervalMs = 500;
    return options;
}

bool FaultCluster::start(const QStringList &logins, const QStringList &devices, QString *error,
                         const QHash<QString, QString> &managers)
{
    if (!m_server.start()) {
        *error = m_server.errorString();
        return false;
    }
    for (const QString &login : logins) {
        QStringList extra;
        if (managers.contains(login))
            extra << QStringLiteral("--manager") << QString::number(m_users.value(managers.value(login)));
        const qint64 id = m_server.addUser(login, login, synctest::kPassword, extra);
        if (id <= 0) {
            *error = m_server.errorString();
            return false;
        }
        m_users.insert(login, id);
    }
    m_proxy.setUpstream(m_server.port());
    if (!m_proxy.listen()) {
        *error = m_proxy.errorString();
        return false;
    }
    for (const QString &login : devices) {
        m_clients.push_back(std::make_unique<FaultClient>(login, clientOptions()));
        if (!m_clients.back()->test().login(m_proxy.url(), login, synctest::kPassword, error))
            return false;
    }
    return true;
}

bool FaultCluster::killAndRestart(QString *error)
{
    if (!m_server.kill()) {
        *error = QStringLiteral("tack-server did not die on SIGKILL");
        return false;
    }
    if (!m_server.restart()) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

bool FaultCluster::allIdle()
{
    for (auto &c : m_clients) {
        if (!c->idle())
            return false;
    }
    return true;
}

bool FaultCluster::drain(int timeoutMs, QString *error)
{
    m_proxy.setFaultsEnabled(false);
    if (!QTest::qWaitFor([this] { return allIdle(); }, timeoutMs)) {
        QStringList busy;
        for (auto &c : m_clients) {
            if (!c->idle())
                busy.append(QStringLiteral("%1 (online %2, outbox %3, unconfirmed %4)")
                                .arg(c->login())
                                .arg(c->test().online())
                                .arg(c->test().pendingCount())
                                .arg(c->session().unconfirmedWrites()));
        }
        *error = QStringLiteral("outboxes did not drain once the faults stopped: %1").arg(busy.join(", "));
        return false;
    }
    return true;
}

namespace {

QString firstDifference(const QString &a, const QString &b)
{
    const QStringList la = a.split(QLatin1Char('\n')), lb = b.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i) {
        if (la.value(i) != lb.value(i))
            return QStringLiteral("line %1: replica '%2', bootstrap '%3'")
                .arg(i + 1)
                .arg(la.value(i), lb.value(i));
    }
    return {};
}

} // namespace

bool FaultCluster::verify(ServerLedger &ledger, FaultTally &tally, QString *error)
{
    // Fresh bootstraps, straight to the server: what every replica of that account must now equal.
    std::map<QString, std::unique_ptr<SyncTestClient>> fresh;
    for (auto &c : m_clients) {
        if (fresh.count(c->login()))
            continue;
        auto f = std::make_unique<SyncTestClient>();
        if (!f->login(m_server.url(), c->login(), synctest::kPassword, error))
            return false;
        fresh.emplace(c->login(), std::move(f));
    }
    if (!ledger.load(m_server.dataDir(), error))
        return false;
    for (auto &c : m_clients) {
        SyncTestClient &f = *fresh.at(c->login());
        const QString want = f.dump();
        if (!QTest::qWaitFor([&] { return c->test().dump() == want; }, 30000))
            tally.problem(QStringLiteral("%1's replica differs from a fresh bootstrap, %2")
                              .arg(c->login(), firstDifference(c->test().dump(), want)));
        QHash<QString, qint64> cursors, freshCursors;
        c->session().withEngineReplica([&](Replica &r) { cursors = r.cursors(); });
        f.session().withEngineReplica([&](Replica &r) { freshCursors = r.cursors(); });
        if (cursors != freshCursors)
            tally.problem(QStringLiteral("%1 holds streams %2, a fresh bootstrap %3")
                              .arg(c->login(), QStringList(cursors.keyBegin(), cursors.keyEnd()).join(','),
                                   QStringList(freshCursors.keyBegin(), freshCursors.keyEnd()).join(',')));
        for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
            if (it.value() != ledger.heads().value(it.key()))
                tally.problem(QStringLiteral("%1's cursor of %2 is %3, the server's head %4")
                                  .arg(c->login(), it.key())
                                  .arg(it.value())
                                  .arg(ledger.heads().value(it.key())));
        }
        if (c->deliveries().positions() != cursors)
            tally.problem(
                QStringLiteral("%1: the cursor moves seen do not add up to its cursors").arg(c->login()));
        const DeliveryLog::Verdict v = c->deliveries().take();
        tally.duplicated += v.duplicated;
        tally.skipped += v.skipped;
        tally.events += v.events;
        for (const QString &p : v.problems)
            tally.problem(c->login() + QStringLiteral(": ") + p);
        if (!c->trackingProblem().isEmpty())
            tally.problem(c->trackingProblem());
    }

    for (const QString &p : ledger.streamProblems()) {
        ++tally.lost;
        tally.problem(QStringLiteral("op log: ") + p);
    }
    for (const ServerLedger::MutationKey &key : ledger.repeatedMutations()) {
        ++tally.duplicated;
        tally.problem(QStringLiteral("mutation %1 of client %2 was applied more than once")
                          .arg(key.second)
                          .arg(key.first));
    }
    for (auto &c : m_clients) {
        const QString cid = c->clientId();
        QSet<qint64> sent;
        for (const TrackedMutation &m : c->mutations()) {
            if (m.mutation <= 0)
                continue;
            sent.insert(m.mutation);
            const auto outcome = ledger.outcome(cid, m.mutation);
            switch (m.fate) {
            case TrackedMutation::Fate::Acked:
                ++tally.mutations;
                if (!outcome || !outcome->ok) {
                    ++tally.lost;
                    tally.problem(
                        QStringLiteral("%1: %2 (mutation %3) was acknowledged but the server has %4")
                            .arg(c->login(), m.name)
                            .arg(m.mutation)
                            .arg(outcome ? outcome->code : QStringLiteral("no record of it")));
                }
                break;
            case TrackedMutation::Fate::Refused:
                ++tally.refused;
                if ((outcome && outcome->ok) || !ledger.eventsOf(cid, m.mutation).isEmpty())
                    tally.problem(QStringLiteral("%1: %2 (mutation %3) was refused (%4) yet took effect")
                                      .arg(c->login(), m.name)
                                      .arg(m.mutation)
                                      .arg(m.code));
                break;
            default:
                ++tally.lost;
                tally.problem(QStringLiteral("%1: %2 (mutation %3) never settled")
                                  .arg(c->login(), m.name)
                                  .arg(m.mutation));
                break;
            }
        }
        for (const ServerLedger::MutationKey &key : ledger.recordedMutations(cid)) {
            if (!sent.contains(key.second))
                tally.problem(QStringLiteral("%1: the server applied mutation %2 nobody asked for")
                                  .arg(c->login())
                                  .arg(key.second));
        }
    }
    return true;
}
