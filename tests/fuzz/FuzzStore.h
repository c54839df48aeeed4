#pragma once

#include "ServerStore.h"

#include <QList>
#include <QTemporaryDir>

// A scratch server database for fuzz targets: a temporary folder, the schema, and a little of everything
// (an owner, an admin, two members, a department, a group with messages and a DING, a direct chat, a todo,
// a board with columns and a card, a pending approval) made through MutationApplier itself, so fuzzed
// arguments can name things that exist.
class FuzzStore
{
public:
    FuzzStore();
    tack::server::ServerStore &store() { return m_store; }
    // 0 (the system) and the four people, in that order: owner, admin, member, other member.
    const QList<qint64> &actors() const { return m_actors; }
    qint64 nextMutation() { return ++m_mutation; }

private:
    QTemporaryDir m_dir;
    tack::server::ServerStore m_store;
    QList<qint64> m_actors{0};
    qint64 m_mutation = 0;
};
