#include "store/ReplicaTypes.h"

namespace tack::store {

QString stateName(MessageRecord::State state)
{
    switch (state) {
    case MessageRecord::State::Pending:
        return QStringLiteral("pending");
    case MessageRecord::State::Failed:
        return QStringLiteral("failed");
    case MessageRecord::State::Sent:
        break;
    }
    return QStringLiteral("sent");
}

void ApplyOutcome::merge(const ApplyOutcome &other)
{
    conversations.unite(other.conversations);
    directory = directory || other.directory;
    dings = dings || other.dings;
    todos = todos || other.todos;
    approvals = approvals || other.approvals;
    boards.unite(other.boards);
    for (const QString &s : other.joinedStreams) {
        if (!joinedStreams.contains(s))
            joinedStreams.append(s);
    }
    for (const QString &s : other.leftStreams) {
        if (!leftStreams.contains(s))
            leftStreams.append(s);
    }
}

} // namespace tack::store
