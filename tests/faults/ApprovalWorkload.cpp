#include "ApprovalWorkload.h"

#include "ServerLedger.h"

#include <map>

using tack::approvals::ApprovalInstance;
using tack::approvals::InstanceState;

bool ApprovalWorkload::prepare(FaultCluster &, QString *)
{
    return true; // the built-in template and the managers set at start are all it needs
}

QCborMap ApprovalWorkload::values(const QString &what)
{
    QCborMap v;
    v.insert(QLatin1String("title"), QStringLiteral("%1 #%2").arg(what).arg(++m_counter));
    v.insert(QLatin1String("details"), QStringLiteral("asked during a fault scenario"));
    return v;
}

void ApprovalWorkload::act(FaultCluster &cluster, FaultRng &rng)
{
    FaultClient &c = cluster.client(rng.below(cluster.clientCount()));
    const int roll = rng.below(100);
    bool done = false;
    if (roll < 30)
        done = submit(c);
    else if (roll < 65)
        done = decide(c, rng);
    else if (roll < 75)
        done = resubmit(c, rng);
    else if (roll < 83)
        done = withdraw(c, rng);
    else
        done = comment(c, rng);
    if (!done && !decide(c, rng) && !submit(c))
        comment(c, rng);
    ++m_actions;
}

bool ApprovalWorkload::submit(FaultClient &c)
{
    if (m_submits >= kMaxSubmitsPerRun)
        return false;
    QCborMap args;
    args.insert(QLatin1String("id"), tack::client::ClientSession::newObjectId());
    args.insert(QLatin1String("template"), QStringLiteral("general"));
    args.insert(QLatin1String("values"), values(QStringLiteral("request from %1").arg(c.login())));
    c.track(QStringLiteral("approval.submit"), c.session().submit(QStringLiteral("approval.submit"), args),
            args);
    ++m_submits;
    return true;
}

void ApprovalWorkload::sendAct(FaultClient &c, const QString &approval, const QString &action, qint64 version,
                               const QCborMap &extra)
{
    QCborMap args = extra;
    args.insert(QLatin1String("approval"), approval);
    args.insert(QLatin1String("action"), action);
    if (version > 0)
        args.insert(QLatin1String("version"), version);
    c.track(QStringLiteral("approval.act"), c.session().submit(QStringLiteral("approval.act"), args), args);
}

bool ApprovalWorkload::decide(FaultClient &c, FaultRng &rng)
{
    QList<ApprovalInstance> mine;
    for (const ApprovalInstance &a : c.reader().approvals()) {
        if (a.state == InstanceState::Pending && a.currentApprovers().contains(c.userId()))
            mine.append(a);
    }
    if (mine.isEmpty())
        return false;
    const ApprovalInstance &a = rng.pick(mine);
    const int roll = rng.below(10);
    QCborMap extra;
    if (roll < 6) {
        sendAct(c, a.id, QStringLiteral("approve"), a.version);
    } else if (roll < 8) {
        extra.insert(QLatin1String("comment"),
                     QStringLiteral("rejected by %1 #%2").arg(c.login()).arg(++m_counter));
        sendAct(c, a.id, QStringLiteral("reject"), a.version, extra);
    } else {
        sendAct(c, a.id, QStringLiteral("return"), a.version);
    }
    return true;
}

bool ApprovalWorkload::resubmit(FaultClient &c, FaultRng &rng)
{
    QList<ApprovalInstance> returned;
    for (const ApprovalInstance &a : c.reader().approvals()) {
        if (a.state == InstanceState::Returned && a.submitter == c.userId())
            returned.append(a);
    }
    if (returned.isEmpty())
        return false;
    const ApprovalInstance &a = rng.pick(returned);
    QCborMap extra;
    extra.insert(QLatin1String("values"), values(QStringLiteral("resubmitted by %1").arg(c.login())));
    sendAct(c, a.id, QStringLiteral("resubmit"), a.version, extra);
    return true;
}

bool ApprovalWorkload::withdraw(FaultClient &c, FaultRng &rng)
{
    QList<ApprovalInstance> open;
    for (const ApprovalInstance &a : c.reader().approvals()) {
        if ((a.state == InstanceState::Pending || a.state == InstanceState::Returned) &&
            a.submitter == c.userId())
            open.append(a);
    }
    if (open.isEmpty() || !rng.chance(0.5))
        return false;
    const ApprovalInstance &a = rng.pick(open);
    sendAct(c, a.id, QStringLiteral("withdraw"), a.version);
    return true;
}

bool ApprovalWorkload::comment(FaultClient &c, FaultRng &rng)
{
    const QList<ApprovalInstance> all = c.reader().approvals();
    if (all.isEmpty())
        return false;
    QCborMap extra;
    extra.insert(QLatin1String("comment"),
                 QStringLiteral("comment by %1 #%2").arg(c.login()).arg(++m_counter));
    sendAct(c, rng.pick(all.mid(0, 20)).id, QStringLiteral("comment"), 0, extra); // recent ones mostly
    return true;
}

void ApprovalWorkload::verify(FaultCluster &cluster, const ServerLedger &ledger, FaultTally &tally)
{
    struct Act
    {
        QString who;
        qint64 actor = 0;
        QString action;
        qint64 version = 0; // seen; the history entry carries version + 1 for a state change
        QString comment;
    };
    std::map<QString, QList<Act>> acts; // approval id -> acknowledged actions on it
    for (int i = 0; i < cluster.clientCount(); ++i) {
        FaultClient &c = cluster.client(i);
        for (const TrackedMutation &m : c.mutations()) {
            const bool acked = m.fate == TrackedMutation::Fate::Acked;
            if (m.name == QLatin1String("approval.submit")) {
                const QString id = m.args.value(QLatin1String("id")).toString();
                const auto stored = ledger.approvals().constFind(id);
                if (!acked) {
                    if (stored != ledger.approvals().cend() && stored->submitter == c.userId())
                        tally.problem(
                            QStringLiteral("%1: approval %2 was refused but exists").arg(c.login(), id));
                    continue;
                }
                if (stored == ledger.approvals().cend()) {
                    ++tally.lost;
                    tally.problem(
                        QStringLiteral("%1: acknowledged approval %2 is missing").arg(c.login(), id));
                    continue;
                }
                int submits = 0;
                for (const QCborMap &h : stored->history)
                    submits += h.value(QLatin1String("action")).toString() == QLatin1String("submit");
                if (stored->submitter != c.userId() || submits != 1) {
                    ++tally.duplicated;
                    tally.problem(QStringLiteral("approval %1: submitter %2, %3 submit entries")
                                      .arg(id)
                                      .arg(stored->submitter)
                                      .arg(submits));
                }
                acts[id]; // an approval nobody acted on still gets its history checked
            } else if (acked && m.name == QLatin1String("approval.act")) {
                acts[m.args.value(QLatin1String("approval")).toString()].append(
                    Act{c.login(), c.userId(), m.args.value(QLatin1String("action")).toString(),
                        m.args.value(QLatin1String("version")).toInteger(),
                        m.args.value(QLatin1String("comment")).toString()});
            }
        }
    }
    for (const auto &[id, list] : acts) {
        const auto stored = ledger.approvals().constFind(id);
        if (stored == ledger.approvals().cend()) {
            if (!list.isEmpty()) {
                ++tally.lost;
                tally.problem(QStringLiteral("approval %1 was acted on but is missing").arg(id));
            }
            continue;
        }
        for (const Act &a : list) {
            const bool comment = a.action == QLatin1String("comment");
            int found = 0;
            for (const QCborMap &h : stored->history) {
                if (h.value(QLatin1String("actor")).toInteger() != a.actor ||
                    h.value(QLatin1String("action")).toString() != a.action)
                    continue;
                if (comment ? h.value(QLatin1String("comment")).toString() == a.comment
                            : h.value(QLatin1String("version")).toInteger() == a.version + 1)
                    ++found;
            }
            if (found != 1) {
                ++(found == 0 ? tally.lost : tally.duplicated);
                tally.problem(
                    QStringLiteral("approval %1: %2's acknowledged %3 at version %4 is in the history "
                                   "%5 times")
                        .arg(id, a.who, a.action)
                        .arg(a.version)
                        .arg(found));
            }
        }
        // Besides the submission and Tack's own entries (actor 0), the history holds only what was
        // acknowledged: a refused or repeated action left nothing.
        qsizetype byPeople = 0;
        for (qsizetype i = 1; i < stored->history.size(); ++i)
            byPeople += stored->history.at(i).value(QLatin1String("actor")).toInteger() != 0;
        if (byPeople != list.size())
            tally.problem(
                QStringLiteral("approval %1 has %2 history entries by people, %3 acknowledged actions")
                    .arg(id)
                    .arg(byPeople)
                    .arg(list.size()));
        const qint64 last = stored->history.isEmpty()
                                ? 0
                                : stored->history.last().value(QLatin1String("version")).toInteger();
        if (stored->version != last)
            tally.problem(QStringLiteral("approval %1 is at version %2, its history at %3")
                              .arg(id)
                              .arg(stored->version)
                              .arg(last));
    }
}
