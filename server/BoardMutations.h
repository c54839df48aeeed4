#pragma once

#include "DirectoryStore.h"
#include "MutationTypes.h"
#include "ServerStore.h"
#include "TodoEvents.h"
#include "TodoStore.h"

#include <QStringList>

namespace tack::server {

// The board mutations (docs/protocol.md 14.5): board.create, board.update, board.member.add,
// board.member.remove, column.create, column.update, column.move and column.delete. Any board member may
// change the board and its columns; only the owner removes other members. Runs inside MutationApplier's
// savepoint and records events through it.
class BoardMutations
{
public:
    BoardMutations(ServerStore &store, const MutationContext &ctx, EventRecorder record);

    static QStringList names();
    static bool handles(const QString &name);
    MutationOutcome apply(const QString &name, const QCborMap &args);

private:
    MutationOutcome boardCreate(const QCborMap &args);
    MutationOutcome boardUpdate(const QCborMap &args);
    MutationOutcome memberAdd(const QCborMap &args);
    MutationOutcome memberRemove(const QCborMap &args);
    MutationOutcome columnCreate(const QCborMap &args);
    MutationOutcome columnUpdate(const QCborMap &args);
    MutationOutcome columnMove(const QCborMap &args);
    MutationOutcome columnDelete(const QCborMap &args);

    // The board named by args[key] when the actor is a member of it.
    std::optional<proto::Error> loadBoard(const QCborMap &args, const char *key, BoardRow &board);
    // The live column named by args["column"] on a board the actor is a member of.
    std::optional<proto::Error> loadColumn(const QCborMap &args, ColumnRow &column,
                                           bool allowDeleted = false);
    std::optional<proto::Error> checkNewMember(qint64 user);
    void putBoard(BoardRow &board);
    void putColumn(ColumnRow &column);

    MutationContext m_ctx;
    EventRecorder m_record;
    TodoStore m_todos;
    DirectoryStore m_dir;
};

} // namespace tack::server
