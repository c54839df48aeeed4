// Randomised fault scenario: several real clients do random chat, todo, board and approval actions through a
// FaultProxy that cuts,
// stalls, splits and delays frames, while the real tack-server is killed with SIGKILL and restarted on the
// same data folder and port, over and over. After each run: every acknowledged mutation is on the server
// exactly once, refused ones nowhere, no client applied an event twice or skipped one, every replica equals
// a fresh bootstrap, and the outboxes drained once the faults stopped.
//
// Environment (all optional):
//   TACK_FAULT_SEED=N     replay a run (the seed is printed at the start and in every failure)
//   TACK_FAULT_CYCLES=N   kill/restart cycles in total (default 1000; 20000 with TACK_FAULT_LONG=1)
//   TACK_FAULT_RUNS=N     fresh servers the cycles are spread over (default 4; 20 long)
//   TACK_FAULT_ACTIONS=N  most actions per cycle (default 3; 6 long)
//   TACK_FAULT_LONG=1     the long profile: `TACK_FAULT_LONG=1 ctest -L faults --output-on-failure`
#include "ApprovalWorkload.h"
#include "ChatWorkload.h"
#include "FaultCluster.h"
#include "ServerLedger.h"
#include "TodoWorkload.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <utility>
#include <vector>

namespace {

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

// Runs the event loop until `done()` holds or the timeout; wakes on every forwarded frame and every 5 ms.
template <typename Done> bool waitUntil(FaultProxy &proxy, Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick, deadline;
    deadline.setSingleShot(true);
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&tick, &QTimer::timeout, &loop, check);
    QObject::connect(&proxy, &FaultProxy::frameForwarded, &loop, check);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start(5);
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

class TestFaultScenario : public QObject
{
    Q_OBJECT

private slots:
    // The continuity check itself: it must notice events applied twice, skipped, or a snapshot going back.
    void deliveryLogFlagsRepeatsAndGaps()
    {
        using Kind = DeliveryLog::Move::Kind;
        DeliveryLog log;
        log.record({Kind::Snapshot, "c/a", 0, 5});
        log.record({Kind::Events, "c/a", 5, 7});
        log.record({Kind::Events, "c/a", 7, 8});
        log.record({Kind::Events, "u/1", 0, 3});
        DeliveryLog::Verdict clean = log.take();
        QCOMPARE(clean.events, quint64(6));
        QCOMPARE(clean.snapshots, quint64(1));
        QCOMPARE(clean.duplicated + clean.skipped, quint64(0));
        QVERIFY(clean.problems.isEmpty());

        log.record({Kind::Events, "c/a", 6, 9});   // 7 and 8 again
        log.record({Kind::Events, "u/1", 5, 6});   // 4 and 5 never came
        log.record({Kind::Snapshot, "c/a", 9, 4}); // back below what was applied
        const DeliveryLog::Verdict bad = log.take();
        QCOMPARE(bad.duplicated, quint64(2 + 5));
        QCOMPARE(bad.skipped, quint64(2));
        QCOMPARE(bad.problems.size(), 3);

        log.record({Kind::Dropped, "c/a", 0, 0});
        log.record({Kind::Snapshot, "c/a", 0, 12}); // joined again: a fresh start is no repeat
        QVERIFY(log.take().problems.isEmpty());
        QCOMPARE(log.positions().value("c/a"), qint64(12));
        QCOMPARE(log.positions().value("u/1"), qint64(6));
    }

    void everythingSurvivesKillsAndNetworkFaults()
    {
        const bool longRun = qEnvironmentVariableIntValue("TACK_FAULT_LONG") != 0;
        const quint64 seed = envNumber("TACK_FAULT_SEED", quint64(QDateTime::currentMSecsSinceEpoch()));
        const quint64 totalCycles = envNumber("TACK_FAULT_CYCLES", longRun ? 20000 : 1000);
        const quint64 runs = qMax<quint64>(1, envNumber("TACK_FAULT_RUNS", longRun ? 20 : 4));
        const int maxActions = int(envNumber("TACK_FAULT_ACTIONS", longRun ? 6 : 3));
        say(QStringLiteral(
                "fault scenario: seed %1 (replay with TACK_FAULT_SEED=%1), %2 cycles over %3 runs, "
                "up to %4 actions a cycle")
                .arg(seed)
                .arg(totalCycles)
                .arg(runs)
                .arg(maxActions));

        FaultTally tally;
        quint64 actions = 0;
        QMap<QString, quint64> actionsBy, ackedBy; // per workload; acknowledged mutations per domain
        qint64 restartMs = 0;
        QElapsedTimer clock;
        clock.start();
        for (quint64 run = 0; run < runs; ++run) {
            const quint64 runSeed = faults::FaultPlan::mix(seed + run);
            const quint64 cycles = totalCycles / runs + (run < totalCycles % runs ? 1 : 0);
            const QString where = QStringLiteral("seed %1, run %2").arg(seed).arg(run + 1);
            FaultRng rng(runSeed);
            FaultCluster cluster;
            QString error;
            // Managers for approvals: bob and cat report to ann, dan to bob; ann's requests go to Tack
            // itself.
            QVERIFY2(cluster.start({"ann", "bob", "cat", "dan"}, {"ann", "bob", "cat", "dan", "ann"}, &error,
                                   {{"bob", "ann"}, {"cat", "ann"}, {"dan", "bob"}}),
                     qPrintable(where + ": " + error));
            ChatWorkload chat;
            TodoWorkload todos;
            ApprovalWorkload approvals;
            // Each action goes to one workload: half chat, 30 % todos and boards, 20 % approvals.
            const std::vector<std::pair<FaultWorkload *, int>> workloads{
                {&chat, 50}, {&todos, 30}, {&approvals, 20}};
            for (const auto &w : workloads)
                QVERIFY2(w.first->prepare(cluster, &error),
                         qPrintable(QStringLiteral("%1, %2: %3").arg(where, w.first->name(), error)));

            faults::FaultRates rates;
            rates.cut = 0.01;
            rates.stall = 0.003;
            rates.maxStallMs = 400;
            rates.split = 0.05;
            rates.delay = 0.05;
            rates.maxDelayMs = 20;
            cluster.proxy().setFaults(runSeed, rates);

            for (quint64 cycle = 0; cycle < cycles; ++cycle) {
                const int count = rng.below(maxActions + 1);
                for (int i = 0; i < count; ++i) {
                    int roll = rng.below(100);
                    for (const auto &[workload, weight] : workloads) {
                        if (roll < weight) {
                            workload->act(cluster, rng);
                            break;
                        }
                        roll -= weight;
                    }
                }
                // Kill after a random number of frames, so it lands anywhere: in a hello, a catch-up, between
                // a mutation and its ack. With nothing left to do it falls at once.
                const auto &stats = cluster.proxy().stats();
                const quint64 start = stats.frames[0] + stats.frames[1];
                const quint64 target = 1 + quint64(rng.below(60));
                waitUntil(
                    cluster.proxy(),
                    [&] { return stats.frames[0] + stats.frames[1] - start >= target || cluster.allIdle(); },
                    2000);
                QElapsedTimer restart;
                restart.start();
                QVERIFY2(cluster.killAndRestart(&error),
                         qPrintable(QStringLiteral("%1, cycle %2: %3").arg(where).arg(cycle + 1).arg(error)));
                restartMs += restart.elapsed();
                ++tally.cycles;
            }

            QVERIFY2(cluster.drain(120000, &error), qPrintable(where + ": " + error));
            ServerLedger ledger;
            QVERIFY2(cluster.verify(ledger, tally, &error), qPrintable(where + ": " + error));
            for (const auto &w : workloads)
                w.first->verify(cluster, ledger, tally);
            const quint64 runActions = chat.actions() + todos.actions() + approvals.actions();
            actions += runActions;
            actionsBy[chat.name()] += chat.actions();
            actionsBy[todos.name()] += todos.actions();
            actionsBy[approvals.name()] += approvals.actions();
            for (int i = 0; i < cluster.clientCount(); ++i) {
                for (const TrackedMutation &m : cluster.client(i).mutations()) {
                    if (m.fate != TrackedMutation::Fate::Acked)
                        continue;
                    const QString domain = m.name.startsWith(QLatin1String("approval.")) ? approvals.name()
                                           : m.name.startsWith(QLatin1String("todo.")) ||
                                                   m.name.startsWith(QLatin1String("board.")) ||
                                                   m.name.startsWith(QLatin1String("column."))
                                               ? todos.name()
                                               : chat.name();
                    ++ackedBy[domain];
                }
            }
            const auto &stats = cluster.proxy().stats();
            say(QStringLiteral(
                    "run %1: %2 cycles, %3 actions, %4 server events; proxy: %5 connections, %6 cut, "
                    "%7 stalled, %8 split, %9 delayed")
                    .arg(run + 1)
                    .arg(cycles)
                    .arg(runActions)
                    .arg(ledger.eventCount())
                    .arg(stats.connections)
                    .arg(stats.cuts)
                    .arg(stats.stalls)
                    .arg(stats.splits)
                    .arg(stats.delays));
            // Running totals, so a long run that is stopped early still tells what it checked.
            say(QStringLiteral(
                    "  so far: %1 cycles, mutations checked %2 (+%3 refused), lost %4, duplicated %5, "
                    "events skipped %6, %7 s")
                    .arg(tally.cycles)
                    .arg(tally.mutations)
                    .arg(tally.refused)
                    .arg(tally.lost)
                    .arg(tally.duplicated)
                    .arg(tally.skipped)
                    .arg(clock.elapsed() / 1000));
            if (!tally.problems.isEmpty())
                break; // report the first run that went wrong
        }

        QStringList split;
        for (auto it = actionsBy.cbegin(); it != actionsBy.cend(); ++it)
            split.append(QStringLiteral("%1 %2 actions / %3 acknowledged")
                             .arg(it.key())
                             .arg(it.value())
                             .arg(ackedBy.value(it.key())));
        say(QStringLiteral("by domain: ") + split.join(QStringLiteral(", ")));
        say(QStringLiteral("fault totals: seed %1, cycles %2, actions %3, mutations checked %4 (+%5 refused, "
                           "no trace), lost %6, duplicated %7, events skipped %8, events applied %9, "
                           "mean kill+restart %10 ms, %11 s")
                .arg(seed)
                .arg(tally.cycles)
                .arg(actions)
                .arg(tally.mutations)
                .arg(tally.refused)
                .arg(tally.lost)
                .arg(tally.duplicated)
                .arg(tally.skipped)
                .arg(tally.events)
                .arg(tally.cycles ? restartMs / qint64(tally.cycles) : 0)
                .arg(clock.elapsed() / 1000));
        const QString report = QStringLiteral("seed %1: %2 problem(s):\n  %3")
                                   .arg(seed)
                                   .arg(tally.problemsSeen)
                                   .arg(tally.problems.join(QStringLiteral("\n  ")));
        QVERIFY2(tally.problems.isEmpty(), qPrintable(report));
        QCOMPARE(tally.lost, quint64(0));
        QCOMPARE(tally.duplicated, quint64(0));
        QCOMPARE(tally.skipped, quint64(0));
        QCOMPARE(tally.cycles, totalCycles);
        QVERIFY(tally.mutations > 0);
    }
};

// QtTest's watchdog ends a test function after 5 minutes unless QTEST_FUNCTION_TIMEOUT says otherwise; the
// scenario takes about 90 s on an idle machine, far longer when loaded or with TACK_FAULT_LONG=1, and
// ctest's TIMEOUT bounds it anyway.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT",
                qEnvironmentVariableIntValue("TACK_FAULT_LONG") != 0 ? "86400000" : "1800000");
    QCoreApplication app(argc, argv);
    TestFaultScenario test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_fault_scenario.moc"
