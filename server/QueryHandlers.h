#pragma once

#include "ServerStore.h"
#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QStringList>
#include <optional>

namespace tack::server {

struct QueryResult
{
    QueryResult(std::optional<proto::Error> e = std::nullopt, QCborMap r = {})
        : error(std::move(e)), result(std::move(r))
    {}

    std::optional<proto::Error> error;
    QCborMap result;
    // When set, the reply's result also carries `events`: these items, already CBOR-encoded.
    std::optional<QList<QByteArray>> encodedEvents;
};

// Replies are kept well under the 1 MiB frame limit: pages stop early when they reach this many bytes
// and the client asks again from where the page ended.
inline constexpr qsizetype kReplyBudgetBytes = 768 * 1024;

// The read-only requests: fetch, snapshot, history, read_list and audit.list, each checked against the user's
// right to read the stream or conversation.
class QueryHandlers
{
public:
    QueryHandlers(ServerStore &store, qint64 catchupLimit) : m_store(store), m_catchupLimit(catchupLimit) {}

    QueryResult fetch(qint64 user, const QCborMap &request);
    QueryResult snapshot(qint64 user, const QCborMap &request);
    QueryResult history(qint64 user, const QCborMap &request);
    QueryResult readList(qint64 user, const QCborMap &request);
    // The audit log, newest first, for the org's owners and admins (docs/protocol.md `audit.list`).
    QueryResult auditList(qint64 user, const QCborMap &request);
    // The path and port of the user's calendar feed (docs/protocol.md 14.8).
    QueryResult calendarUrl(qint64 user, const QCborMap &request);
    void setCalendarPort(quint16 port) { m_calendarPort = port; }

    // Every stream the user may read: org, u/<user>, then c/<id> of each conversation.
    QStringList readableStreams(qint64 user);
    // Nothing when the user may read the stream; otherwise the error to answer with.
    std::optional<proto::Error> checkReadable(qint64 user, const QString &stream);

private:
    std::optional<proto::Error> checkMember(qint64 user, const QString &conversation);

    ServerStore &m_store;
    qint64 m_catchupLimit;
    quint16 m_calendarPort = 0; // 0: no calendar listener
};

} // namespace tack::server
