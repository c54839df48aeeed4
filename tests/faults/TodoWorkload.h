#pragma once

#include "FaultCluster.h"

// Random todo and board actions for a fault scenario: personal todos, cards created, edited, done, moved
// between and within columns and deleted, and columns added, renamed, moved and deleted (their cards move
// to the left-most column left). Afterwards every acknowledged todo and column is on the server with its
// last acknowledged title (columns: the rename the server applied last), done flag and deletion; refused
// creations exist nowhere; every live card sits in a live column of its board.
class TodoWorkload : public FaultWorkload
{
public:
    QString name() const override { return QStringLiteral("todos"); }
    bool prepare(FaultCluster &cluster, QString *error) override;
    void act(FaultCluster &cluster, FaultRng &rng) override;
    void verify(FaultCluster &cluster, const ServerLedger &ledger, FaultTally &tally) override;

    quint64 actions() const { return m_actions; }

private:
    bool createCard(FaultClient &c, FaultRng &rng);
    bool createTodo(FaultClient &c);
    bool moveCard(FaultClient &c, FaultRng &rng);
    bool retitle(FaultClient &c, FaultRng &rng);
    bool setDone(FaultClient &c, FaultRng &rng);
    bool remove(FaultClient &c, FaultRng &rng);
    bool addColumn(FaultClient &c, FaultRng &rng);
    bool renameColumn(FaultClient &c, FaultRng &rng);
    bool moveColumn(FaultClient &c, FaultRng &rng);
    bool deleteColumn(FaultClient &c, FaultRng &rng);

    QString pickBoard(FaultClient &c, FaultRng &rng);
    QStringList liveOwn(FaultClient &c); // todos this client created and has not deleted
    QString nextText(const QString &what);

    quint64 m_actions = 0;
    quint64 m_counter = 0;
    QHash<FaultClient *, QStringList> m_created; // todo ids each client created
    QHash<FaultClient *, QSet<QString>> m_deleted;
};
