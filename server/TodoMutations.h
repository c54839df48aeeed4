#pragma once

#include "ChatStore.h"
#include "DirectoryStore.h"
#include "MutationTypes.h"
#include "ServerStore.h"
#include "TodoEvents.h"
#include "TodoStore.h"

#include <QStringList>

namespace tack::server {

// The todo mutations (docs/protocol.md 14.5): todo.create, todo.update, todo.done, todo.move and
// todo.delete. A card is a todo with a board and a column, so these serve cards too. Fields are
// last-writer-wins in server order: an update changes only the fields it names. Runs inside
// MutationApplier's savepoint and records events through it.
class TodoMutations
{
public:
    TodoMutations(ServerStore &store, const MutationContext &ctx, EventRecorder record);

    static QStringList names();
    static bool handles(const QString &name);
    MutationOutcome apply(const QString &name, const QCborMap &args);

private:
    MutationOutcome create(const QCborMap &args);
    MutationOutcome update(const QCborMap &args);
    MutationOutcome done(const QCborMap &args);
    MutationOutcome move(const QCborMap &args);
    MutationOutcome remove(const QCborMap &args);

    // The todo named by args["todo"] when the actor may change it (`forDelete`: the stricter delete rule).
    std::optional<proto::Error> loadEditable(const QCborMap &args, TodoRow &row, bool forDelete);
    // Reads the editable fields present in args into `row`; sets *changed when one differs.
    std::optional<proto::Error> readFields(const QCborMap &args, TodoRow &row, bool *changed);
    // The board column a card goes to, re-homed when `column` was deleted.
    std::optional<proto::Error> targetColumn(const QString &board, const QString &column, ColumnRow &landing,
                                             bool *rehomed, ColumnRow *requested);
    void save(TodoRow &row, const TodoRow *before);

    MutationContext m_ctx;
    EventRecorder m_record;
    TodoStore m_todos;
    DirectoryStore m_dir;
    ChatStore m_chat;
};

} // namespace tack::server
