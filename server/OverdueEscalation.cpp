#include "OverdueEscalation.h"

#include "AuditLog.h"
#include "DirectoryStore.h"
#include "OpLog.h"
#include "TodoStore.h"
#include "domain/ChatRules.h"

#include <QCborArray>
#include <QMap>

namespace tack::server {

QList<QCborMap> OverdueEscalation::run(qint64 now, int *escalated)
{
    QList<QCborMap> events;
    db::Transaction tx(m_store.db());
    TodoStore todos(m_store.sql());
    DirectoryStore dir(m_store.sql());
    OpLog log(m_store.sql());
    const QList<TodoRow> due = todos.overdueUnescalated(now - m_delayMs, kBatch);
    for (const TodoRow &t : due) {
        // One notice per manager, naming the assignees who report to them.
        QMap<qint64, QCborArray> byManager;
        for (qint64 assignee : t.assignees) {
            const auto person = dir.user(assignee);
            if (!person || person->manager <= 0)
                continue;
            const auto manager = dir.user(person->manager);
            if (manager && manager->active)
                byManager[manager->id].append(assignee);
        }
        for (auto it = byManager.cbegin(); it != byManager.cend(); ++it) {
            QCborMap data;
            data.insert(QLatin1String("todo"), toCbor(t));
            data.insert(QLatin1String("assignees"), it.value());
            data.insert(QLatin1String("overdue_ms"), now - t.due);
            events.append(log.append(streams::user(it.key()), QStringLiteral("todo.escalated"), data,
                                     EventOrigin{0, now, QString(), -1}));
            todos.recordEscalation(it.key(), t.id, now, data); // for snapshots of u/<manager>
            AuditLog(m_store).append(0, QStringLiteral("todo.escalate"), QStringLiteral("todo:") + t.id,
                                     {{QStringLiteral("manager"), it.key()}}, QString());
        }
        todos.setEscalated(t.id, now); // once, also when nobody had a manager to tell
    }
    tx.commit();
    if (escalated)
        *escalated = int(due.size());
    return events;
}

} // namespace tack::server
