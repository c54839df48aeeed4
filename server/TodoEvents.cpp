#include "TodoEvents.h"

#include "domain/TodoRules.h"

#include <QSet>

namespace tack::server {
namespace {

QList<qint64> listReaders(const TodoRow &t)
{
    QList<qint64> out{t.creator};
    for (qint64 user : t.assignees) {
        if (!out.contains(user))
            out.append(user);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

void publishTodo(const EventRecorder &record, const TodoRow &now, const TodoRow *before)
{
    QCborMap data;
    data.insert(QLatin1String("todo"), toCbor(now));
    if (now.isCard())
        record(streams::board(now.board), "todo.put", data);
    const QList<qint64> readers = listReaders(now);
    for (qint64 user : readers)
        record(streams::todos(user), "todo.put", data);
    if (!before)
        return;
    QCborMap removed;
    removed.insert(QLatin1String("todo"), now.id);
    for (qint64 user : listReaders(*before)) {
        if (!readers.contains(user))
            record(streams::todos(user), "todo.removed", removed);
    }
}

} // namespace tack::server
