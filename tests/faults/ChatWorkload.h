#pragma once

#include "FaultCluster.h"

// Random chat actions for a fault scenario: send, edit, recall, read markers, groups and their members,
// DINGs and their confirmations; afterwards every acknowledged message must be on the server exactly once
// with the text of its last acknowledged edit (or recalled), and refused ones nowhere.
class ChatWorkload : public FaultWorkload
{
public:
    QString name() const override { return QStringLiteral("chat"); }
    bool prepare(FaultCluster &cluster, QString *error) override;
    void act(FaultCluster &cluster, FaultRng &rng) override;
    void verify(FaultCluster &cluster, const ServerLedger &ledger, FaultTally &tally) override;

    quint64 actions() const { return m_actions; }

private:
    bool send(FaultClient &c, FaultRng &rng);
    bool edit(FaultClient &c, FaultRng &rng);
    bool recall(FaultClient &c, FaultRng &rng);
    bool read(FaultClient &c, FaultRng &rng);
    bool createGroup(FaultCluster &cluster, FaultClient &c, FaultRng &rng);
    bool addMember(FaultCluster &cluster, FaultClient &c, FaultRng &rng);
    bool removeMember(FaultClient &c, FaultRng &rng);
    bool ding(FaultClient &c, FaultRng &rng);
    bool confirm(FaultClient &c);

    QStringList myGroups(FaultClient &c, bool ownedOnly);
    QString nextText(const QString &what);

    quint64 m_actions = 0;
    quint64 m_counter = 0;
    QHash<FaultClient *, QStringList> m_sent;       // message ids each client sent
    QHash<FaultClient *, QSet<QString>> m_recalled; // ... and recalled
};
