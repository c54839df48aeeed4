#include "TodoRows.h"

namespace tack::server {
namespace {

QCborArray ids(const QList<qint64> &list)
{
    QCborArray out;
    for (qint64 id : list)
        out.append(id);
    return out;
}

} // namespace

QCborMap toCbor(const TodoRow &t)
{
    QCborMap m;
    m.insert(QLatin1String("id"), t.id);
    m.insert(QLatin1String("creator"), t.creator);
    m.insert(QLatin1String("title"), t.title);
    m.insert(QLatin1String("notes"), t.notes);
    m.insert(QLatin1String("assignees"), ids(t.assignees));
    m.insert(QLatin1String("due"), t.due);
    m.insert(QLatin1String("remind"), t.remind);
    m.insert(QLatin1String("priority"), t.priority);
    m.insert(QLatin1String("done"), t.done);
    m.insert(QLatin1String("done_at"), t.doneAt);
    m.insert(QLatin1String("done_by"), t.doneBy);
    m.insert(QLatin1String("board"), t.board);
    m.insert(QLatin1String("column"), t.column);
    m.insert(QLatin1String("order"), QString::fromLatin1(t.order));
    m.insert(QLatin1String("labels"), t.labels);
    m.insert(QLatin1String("checklist"), t.checklist);
    m.insert(QLatin1String("conversation"), t.conversation);
    m.insert(QLatin1String("message"), t.message);
    m.insert(QLatin1String("moved_from"), t.movedFrom);
    m.insert(QLatin1String("moved_from_title"), t.movedFromTitle);
    m.insert(QLatin1String("created_at"), t.createdAt);
    m.insert(QLatin1String("updated_at"), t.updatedAt);
    m.insert(QLatin1String("rev"), t.rev);
    m.insert(QLatin1String("deleted"), t.deleted);
    return m;
}

QCborMap toCbor(const BoardRow &b)
{
    QCborMap m;
    m.insert(QLatin1String("id"), b.id);
    m.insert(QLatin1String("title"), b.title);
    m.insert(QLatin1String("owner"), b.owner);
    m.insert(QLatin1String("created_at"), b.createdAt);
    m.insert(QLatin1String("members"), ids(b.members));
    m.insert(QLatin1String("rev"), b.rev);
    return m;
}

QCborMap toCbor(const ColumnRow &c)
{
    QCborMap m;
    m.insert(QLatin1String("id"), c.id);
    m.insert(QLatin1String("board"), c.board);
    m.insert(QLatin1String("title"), c.title);
    m.insert(QLatin1String("order"), QString::fromLatin1(c.order));
    m.insert(QLatin1String("wip"), c.wip);
    m.insert(QLatin1String("rev"), c.rev);
    m.insert(QLatin1String("deleted"), c.deleted);
    return m;
}

} // namespace tack::server
