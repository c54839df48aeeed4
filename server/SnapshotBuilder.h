#pragma once

#include "QueryHandlers.h"
#include "ServerStore.h"

namespace tack::server {

// Builds the pages of `snapshot` (docs/protocol.md section 5). The head is read before the rows, so
// rows may only be newer than the head, which replaying events makes harmless.
class SnapshotBuilder
{
public:
    static constexpr int kRowsPerPage = 1000;
    static constexpr int kMessagesOnFirstPage = 200;
    static constexpr int kApprovalsOnFirstPage = 200;   // of a user stream, most recently changed first
    static constexpr int kEscalationsOnFirstPage = 200; // of a user stream: open todos, newest first
    // About 40 bytes each, so with the messages (at most half the reply budget) the page stays in a frame.
    static constexpr int kDingRowsOnFirstPage = 5000;

    explicit SnapshotBuilder(ServerStore &store) : m_store(store) {}

    // The caller has checked that `user` may read `stream`.
    QueryResult build(qint64 user, const QString &stream, const QString &page);

private:
    QueryResult orgPage(const QString &page, QCborMap result);
    QueryResult userPage(qint64 user, const QString &page, QCborMap result);
    QueryResult conversationPage(const QString &conversation, const QString &page, QCborMap result);
    // t/<user> and b/<board> (TodoSnapshot.cpp).
    QueryResult todoListPage(qint64 user, const QString &page, QCborMap result);
    QueryResult boardPage(const QString &board, const QString &page, QCborMap result);

    ServerStore &m_store;
};

} // namespace tack::server
