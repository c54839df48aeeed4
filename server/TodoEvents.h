#pragma once

#include "TodoRows.h"

#include <functional>

namespace tack::server {

using EventRecorder = std::function<void(const QString &stream, const char *kind, const QCborMap &data)>;

// Where a todo's events go (docs/protocol.md 14.3): `todo.put` with the whole todo on its board's stream (a
// card) and on the todo list `t/<user>` of its creator and of every assignee; `todo.removed` on the lists
// of people who saw it before the change and no longer do.
void publishTodo(const EventRecorder &record, const TodoRow &now, const TodoRow *before);

} // namespace tack::server
