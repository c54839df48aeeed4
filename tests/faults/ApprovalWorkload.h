#pragma once

#include "FaultCluster.h"

// Random approval actions for a fault scenario, on the built-in `general` template routed to the
// submitter's manager: submit, approve / reject / return by the current approver, resubmit and withdraw by
// the submitter, comments by anyone taking part; every state change carries the version the client saw
// (compare-and-set), so two devices or a stale replica race and one of them is refused. Afterwards each
// acknowledged submission exists once, and each acknowledged action is in its approval's history exactly
// once (by actor, action and the version it made), with nothing in the history nobody asked for.
class ApprovalWorkload : public FaultWorkload
{
public:
    // A fresh bootstrap carries a person's 200 most recently changed approvals (protocol 5): a run submits
    // fewer, so every replica can still equal one.
    static constexpr int kMaxSubmitsPerRun = 120;

    QString name() const override { return QStringLiteral("approvals"); }
    bool prepare(FaultCluster &cluster, QString *error) override;
    void act(FaultCluster &cluster, FaultRng &rng) override;
    void verify(FaultCluster &cluster, const ServerLedger &ledger, FaultTally &tally) override;

    quint64 actions() const { return m_actions; }

private:
    bool submit(FaultClient &c);
    bool decide(FaultClient &c, FaultRng &rng);
    bool resubmit(FaultClient &c, FaultRng &rng);
    bool withdraw(FaultClient &c, FaultRng &rng);
    bool comment(FaultClient &c, FaultRng &rng);
    void sendAct(FaultClient &c, const QString &approval, const QString &action, qint64 version,
                 const QCborMap &extra = {});
    QCborMap values(const QString &what);

    quint64 m_actions = 0;
    quint64 m_counter = 0;
    int m_submits = 0;
};
